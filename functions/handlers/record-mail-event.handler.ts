import { dynamoPorts } from '#composition/aws/dynamo.ts';
import { sesMailerOnFirstSend } from '#composition/aws/ses-on-first-send.ts';
import { runtimePorts } from '#composition/runtime.ts';
import * as z from '#domain/zod.ts';
import { readConfig } from '#shared/config.ts';
import { taskHandler } from '#shared/middleware.ts';
import { recordMailEvent } from '#use-cases/inbound/record-mail-event.ts';

const config = readConfig();
const ports = {
  ...dynamoPorts(config),
  ...sesMailerOnFirstSend(config),
  ...runtimePorts(config),
};

/**
 * An SES event as EventBridge delivers it (`source: aws.ses`; `detail` is SES's event record:
 * `eventType`, `mail.tags` as lists, `bounce.bounceType`). Only what is recorded is read.
 */
const SesEvent = z.object({
  id: z.string().check(z.minLength(1)),
  time: z.iso.datetime({ offset: true }),
  source: z.literal('aws.ses'),
  detail: z.object({
    eventType: z.string(),
    mail: z.object({
      tags: z._default(z.record(z.string(), z.array(z.string())), {}),
    }),
    bounce: z.optional(z.object({ bounceType: z.string() })),
  }),
});

export const handler = taskHandler(SesEvent, (event) =>
  recordMailEvent(
    {
      eventId: event.id,
      eventType: event.detail.eventType,
      at: new Date(event.time).toISOString(),
      tags: {
        requestId: event.detail.mail.tags.requestId?.[0],
        purpose: event.detail.mail.tags.purpose?.[0],
      },
      ...(event.detail.bounce
        ? { bounceType: event.detail.bounce.bounceType }
        : {}),
    },
    ports,
  ),
);
