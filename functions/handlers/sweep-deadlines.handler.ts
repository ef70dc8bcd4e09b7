import { dynamoPorts } from '#composition/aws/dynamo.ts';
import { powertoolsMetrics } from '#composition/aws/metrics.ts';
import { sesMailerOnFirstSend } from '#composition/aws/ses-on-first-send.ts';
import * as z from '#domain/zod.ts';
import { readConfig } from '#shared/config.ts';
import { taskHandler } from '#shared/middleware.ts';
import { sweepDeadlines } from '#use-cases/sweep-deadlines.ts';

const config = readConfig();
const ports = {
  ...dynamoPorts(config),
  ...sesMailerOnFirstSend(config),
  ...powertoolsMetrics(),
};

/** An EventBridge scheduled event: its `time` is the instant the sweep runs for. */
const ScheduledEvent = z.object({ time: z.iso.datetime({ offset: true }) });

export const handler = taskHandler(ScheduledEvent, (event) =>
  sweepDeadlines({ now: new Date(event.time).toISOString() }, ports),
);
