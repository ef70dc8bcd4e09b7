/**
 * SES's events, as its receipt rules' Lambda action and its configuration set's event
 * destination deliver them (SES Developer Guide, "Invoking Lambda functions" and "Amazon SES
 * event publishing: contents of event data"). Only the fields we read are declared.
 */

import { MESSAGE_ID } from '#domain/inbound/inbound-keys.ts';
import type {
  ReceivedMessage,
  Verdict,
  Verdicts,
} from '#domain/inbound/inbound-mail.ts';
import * as z from '#domain/zod.ts';

const VerdictField = z.optional(z.object({ status: z.string() }));

const Receipt = z.object({
  timestamp: z.optional(z.string()),
  recipients: z.array(z.string()).check(z.minLength(1)),
  spamVerdict: VerdictField,
  virusVerdict: VerdictField,
  spfVerdict: VerdictField,
  dkimVerdict: VerdictField,
  dmarcVerdict: VerdictField,
});

export const SesReceiptEvent = z.object({
  Records: z
    .array(
      z.object({
        eventSource: z.literal('aws:ses'),
        ses: z.object({
          mail: z.object({
            timestamp: z.iso.datetime({ offset: true }),
            messageId: z.string().check(z.regex(MESSAGE_ID)),
          }),
          receipt: Receipt,
        }),
      }),
    )
    .check(z.minLength(1)),
});

const VERDICTS = new Set<Verdict>([
  'PASS',
  'FAIL',
  'GRAY',
  'PROCESSING_FAILED',
  'DISABLED',
]);
const verdict = (v: { status: string } | undefined): Verdict | undefined =>
  v && VERDICTS.has(v.status as Verdict) ? (v.status as Verdict) : undefined;

/** The messages of a receipt event, with the verdicts SES gave (none locally). */
export function receivedMessages(
  event: z.infer<typeof SesReceiptEvent>,
): ReceivedMessage[] {
  return event.Records.map(({ ses }) => {
    const r = ses.receipt;
    const verdicts: Verdicts = {};
    const set = (k: keyof Verdicts, v: Verdict | undefined) => {
      if (v) verdicts[k] = v;
    };
    set('spam', verdict(r.spamVerdict));
    set('virus', verdict(r.virusVerdict));
    set('spf', verdict(r.spfVerdict));
    set('dkim', verdict(r.dkimVerdict));
    set('dmarc', verdict(r.dmarcVerdict));
    return {
      messageId: ses.mail.messageId,
      receivedAt: new Date(ses.mail.timestamp).toISOString(),
      recipients: r.recipients,
      verdicts,
    };
  });
}
