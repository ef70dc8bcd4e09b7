import { dynamoPorts } from '#composition/aws/dynamo.ts';
import { inboundMailbox } from '#composition/aws/inbound.ts';
import { sesMailer } from '#composition/aws/ses.ts';
import { runtimePorts } from '#composition/runtime.ts';
import type * as z from '#domain/zod.ts';
import { ENV, readConfig } from '#shared/config.ts';
import { taskHandler } from '#shared/middleware.ts';
import { logger } from '#shared/powertools.ts';
import { receivedMessages, SesReceiptEvent } from '#shared/ses-events.ts';
import { receiveEmail } from '#use-cases/inbound/receive-email.ts';

const config = readConfig();
const { inbox, inboundDomain } = inboundMailbox();
const ports = {
  ...dynamoPorts(config),
  ...sesMailer(config),
  ...runtimePorts(config),
  inbox,
};

/** SES receipt rule → Lambda action (Event invocation), after the S3 action stored the message. */
export const handler = taskHandler(
  SesReceiptEvent,
  async (event: z.infer<typeof SesReceiptEvent>) => {
    if (!inboundDomain)
      throw new Error(`Missing environment variable ${ENV.inboundDomain}`);
    for (const message of receivedMessages(event)) {
      const outcome = await receiveEmail(message, inboundDomain, ports);
      // Identifiers and outcomes only: never the sender, the recipients or the words.
      logger.info('inbound message', {
        messageId: message.messageId,
        ...('requestId' in outcome
          ? { requestId: outcome.requestId, typed: outcome.typed }
          : { ignored: outcome.ignored }),
      });
    }
  },
);
