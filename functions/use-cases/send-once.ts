import { TransientError } from '#domain/errors.ts';
import type { LinkPurpose, LinkRecord } from '#domain/links.ts';
import type { Ports } from '#ports/index.ts';
import type { OutboundEmail } from '#ports/mailer.ts';
import type { SentMailRecord } from '#ports/sent-mail.ts';
import { issueLink } from './links.ts';

/** What {@link sendOnce} sends: the message, and a reference a repeat may need (a link's hash). */
export interface Composed {
  email: OutboundEmail;
  ref?: string;
}

export type SendOnceResult =
  | { sent: true; messageId: string; ref?: string }
  | { sent: false; record: SentMailRecord; messageId: string };

/**
 * Sends the email of `purpose` for a request once, however often the step that sends it is
 * retried (Step Functions Retry, an operator retry, a reconciler restart).
 * 1. claim `(requestId, purpose)` in the sent-mail log (a conditional write); already SENT: send
 *    nothing and return the record (its `ref`, e.g. the link the email carried);
 * 2. compose (links are issued only now, so a skipped send issues none) and send;
 * 3. record SENT with the message id; a failed send gives the claim back, so a retry sends.
 * A claim left SENDING (the process died between 1 and 3) is taken over and sent again: an
 * email is never lost, and is duplicated only when a process dies after the mailer accepted
 * the message and before step 3 was written (milliseconds), or when two invocations of one
 * step run at the same time (Step Functions does not do that within an execution).
 * @example await sendOnce(ports, { requestId, purpose: 'result' }, async () => ({ email }));
 */
export async function sendOnce(
  ports: Pick<Ports, 'mailer' | 'sentMail' | 'clock'>,
  key: { requestId: string; purpose: string },
  compose: () => Composed | Promise<Composed>,
): Promise<SendOnceResult> {
  const claim = await ports.sentMail.claim(
    key.requestId,
    key.purpose,
    ports.clock.now().toISOString(),
  );
  if (!claim.claimed)
    return {
      sent: false,
      record: claim.record,
      messageId: claim.record.messageId ?? '',
    };
  let messageId: string;
  let ref: string | undefined;
  try {
    const composed = await compose();
    ref = composed.ref;
    messageId = (
      await ports.mailer.send({
        ...composed.email,
        tags: { requestId: key.requestId, purpose: key.purpose },
      })
    ).messageId;
  } catch (error) {
    await ports.sentMail
      .release(key.requestId, key.purpose, claim.claims)
      .catch(() => undefined);
    throw error;
  }
  await ports.sentMail.markSent(key.requestId, key.purpose, claim.claims, {
    messageId,
    sentAt: ports.clock.now().toISOString(),
    ref,
  });
  return { sent: true, messageId, ref };
}

/** Follow-ups of one email whose link cannot carry the token any more (used or expired). */
const MAX_RELINKS = 5;

/**
 * The email of `purpose` whose link resumes a waiting task (a decision, a release review), once:
 * when it already went out (a retried task, a restarted execution), the new task token is parked
 * on the link it carried, so the email in the inbox still works; only when that link is used or
 * expired does a fresh email go out (purpose `<purpose>:<n>`). The link (of purpose `link`,
 * carrying the task token) is issued only when an email is composed; `compose` writes the email
 * around its URL.
 */
export async function sendTaskLinkOnce(
  input: {
    requestId: string;
    taskToken: string;
    purpose: string;
    link: LinkPurpose;
  },
  compose: (url: string) => Promise<OutboundEmail>,
  ports: Pick<Ports, 'links' | 'mailer' | 'sentMail' | 'clock' | 'settings'>,
): Promise<{ purpose: string; messageId: string; expiresAt?: string }> {
  let purpose = input.purpose;
  for (let relink = 0; relink <= MAX_RELINKS; relink++) {
    let expiresAt = '';
    const out = await sendOnce(
      ports,
      { requestId: input.requestId, purpose },
      async () => {
        const link = await issueLink(input.link, input.requestId, ports, {
          taskToken: input.taskToken,
        });
        expiresAt = link.expiresAt;
        return { email: await compose(link.url), ref: link.tokenHash };
      },
    );
    if (out.sent) return { purpose, messageId: out.messageId, expiresAt };
    const ref = out.record.ref;
    if (
      ref &&
      (await ports.links.rebind(
        ref,
        input.taskToken,
        ports.clock.now().toISOString(),
      ))
    )
      return { purpose, messageId: out.messageId };
    purpose = `${input.purpose}:${relink + 1}`;
  }
  throw new TransientError('The email could not be sent');
}

/**
 * The link through which the workflow waits for a person now ({@link sendTaskLinkOnce}'s
 * emails of `purpose`, e.g. `decision` or `release`): among the links those emails carried, the
 * newest that is unused, unexpired and holds a task token. A console member acts on it as the
 * emailed link would (use-cases/console/actions.ts); undefined when nothing waits.
 */
export async function waitingTaskLink(
  requestId: string,
  purpose: string,
  link: LinkPurpose,
  ports: Pick<Ports, 'links' | 'sentMail' | 'clock'>,
): Promise<LinkRecord | undefined> {
  const now = ports.clock.now().toISOString();
  const ofPurpose = new RegExp(`^${purpose}:\\d+(:\\d+)?$`);
  const refs = (await ports.sentMail.list(requestId))
    .filter((r) => ofPurpose.test(r.purpose) && r.ref)
    .map((r) => r.ref as string);
  const links = await Promise.all(refs.map((ref) => ports.links.get(ref)));
  return links
    .filter(
      (l): l is LinkRecord =>
        l !== undefined &&
        l.purpose === link &&
        l.requestId === requestId &&
        Boolean(l.taskToken) &&
        !l.usedAt &&
        l.expiresAt > now,
    )
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt))[0];
}
