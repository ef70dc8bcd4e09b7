/**
 * Art. 12(6): the merchant asks the shopper for more information before deciding, and the
 * shopper answers by a signed link (domain/information-request.ts). All of it happens while the
 * request awaits the decision: the workflow's decision task keeps waiting on its token (parked
 * on the decision link), and the merchant then decides with the answer shown.
 */
import { merchantActor } from '#domain/audit.ts';
import { DecisionRefusedError } from '#domain/decision.ts';
import { LinkGoneError, ValidationError } from '#domain/errors.ts';
import {
  deadlinePauses,
  INFORMATION_TEXT_MAX,
  pauseEffect,
} from '#domain/information-request.ts';
import type { DsrRequest } from '#domain/request.ts';
import type { MerchantConfig } from '#domain/schemas.ts';
import { noControlChars } from '#domain/schemas.ts';
import type { Ports } from '#ports/index.ts';
import { withStatusLink } from '#presentation/emails.ts';
import {
  informationAnsweredEmail,
  informationRequestEmail,
} from '#presentation/information-pages.ts';
import { consumeLink, inspectLinkedRequest, issueLink } from './links.ts';
import { loadRequestAndMerchant } from './load.ts';
import { issueStatusLink } from './request-status.ts';
import { sendOnce } from './send-once.ts';

type AskPorts = Pick<
  Ports,
  | 'requests'
  | 'audit'
  | 'links'
  | 'merchants'
  | 'mailer'
  | 'sentMail'
  | 'clock'
  | 'settings'
>;

/**
 * The merchant's "ask for more information" on the decision page (the decision link stays
 * usable): 1. record the question, once per request, only while the request awaits the decision
 * 2. email the shopper a link to answer (and their status page) 3. audit `InformationRequested`.
 * Asked before but the email never went out (it failed): it is sent now, with the first question.
 */
export async function askForInformation(
  requestId: string,
  question: string,
  ports: AskPorts,
  /** Who asks: the merchant's emailed link, or a console member (`member:<key>`). */
  by = 'merchant-link',
): Promise<{ decision: 'ask' }> {
  const { request, merchant } = await loadRequestAndMerchant(requestId, ports);
  if (request.status !== 'AWAITING_DECISION') throw new LinkGoneError('used');
  if (request.informationRequest?.notifiedAt) throw alreadyAsked();
  let asked = request;
  if (!request.informationRequest) {
    const recorded = await ports.requests.recordInformationRequest(requestId, {
      question,
      requestedAt: ports.clock.now().toISOString(),
      by,
    });
    if (!recorded) {
      const now = await ports.requests.get(requestId);
      if (now?.informationRequest) throw alreadyAsked();
      throw new LinkGoneError('used');
    }
    asked = recorded;
  }
  const sent = await sendOnce(
    ports,
    { requestId, purpose: 'information-request' },
    async () => {
      const link = await issueLink('information', requestId, ports);
      const status = await issueStatusLink(requestId, ports);
      return {
        email: withStatusLink(
          informationRequestEmail(merchant, asked, link.url, link.expiresAt),
          merchant,
          asked,
          status.url,
        ),
        ref: link.tokenHash,
      };
    },
  );
  const at = ports.clock.now().toISOString();
  await ports.requests.recordInformationNotified(requestId, at);
  await ports.audit.append({
    requestId,
    type: 'InformationRequested',
    at,
    actor: merchantActor(by),
    key: 'information-requested',
    details: {
      messageId: sent.messageId,
      questionLength: asked.informationRequest?.question.length ?? 0,
      pause: pauseEffect(merchant.regime),
    },
  });
  return { decision: 'ask' };
}

const alreadyAsked = () =>
  new DecisionRefusedError(
    'More information was already asked for once',
    { decision: 'already asked' },
    'alreadyAsked',
  );

/** Why the shopper's answer was refused; the page names it in the shopper's language. */
export type AnswerProblem = 'required' | 'invalid';

export class AnswerRefusedError extends ValidationError {
  constructor(readonly problem: AnswerProblem) {
    super(
      problem === 'required'
        ? 'An answer is required'
        : `The answer must be at most ${INFORMATION_TEXT_MAX} characters, without control characters`,
      {
        answer:
          problem === 'required'
            ? 'is required'
            : `must be at most ${INFORMATION_TEXT_MAX} characters, without control characters`,
      },
    );
  }
}

/**
 * The shopper's answer as posted: trimmed text of at most {@link INFORMATION_TEXT_MAX}
 * characters. Like the request form (and unlike the merchant's link pages) it is refused, not
 * cleaned, when it holds a control or text-direction character: the shopper sees the page again
 * and what they typed, and nothing is stored.
 */
export function parseAnswer(body: Record<string, unknown>): string {
  const raw = typeof body.answer === 'string' ? body.answer.trim() : '';
  if (!raw) throw new AnswerRefusedError('required');
  if (
    raw.length > INFORMATION_TEXT_MAX ||
    !noControlChars(raw, { multiline: true })
  )
    throw new AnswerRefusedError('invalid');
  return raw;
}

/** GET of the answer link: the question. Changes nothing. */
export async function previewInformation(
  secret: string,
  ports: Pick<Ports, 'requests' | 'links' | 'merchants' | 'clock'>,
): Promise<{ request: DsrRequest; merchant: MerchantConfig }> {
  const { request, merchant } = await inspectLinkedRequest(
    secret,
    'information',
    ports,
  );
  if (
    request.status !== 'AWAITING_DECISION' ||
    !request.informationRequest ||
    request.informationRequest.answeredAt
  )
    throw new LinkGoneError('used');
  return { request, merchant };
}

/**
 * POST of the answer link: 1. validate 2. use up the link 3. record the answer, and with it the
 * deadline computed again with the pause the regime allows (appended to the request's
 * computations; never earlier than the one in force) 4. email the merchant the answer with a
 * fresh decision link for the task that still waits 5. audit `InformationReceived`.
 * A failed email to the merchant does not undo the answer: the decision page shows it, and so
 * does the weekly decision email.
 */
export async function answerInformation(
  secret: string,
  body: Record<string, unknown>,
  ports: AskPorts,
): Promise<{ request: DsrRequest; merchant: MerchantConfig }> {
  const { request, merchant } = await previewInformation(secret, ports);
  const answer = parseAnswer(body);
  const link = await consumeLink(secret, 'information', ports);
  const asked = request.informationRequest;
  if (!asked) throw new LinkGoneError('used');
  const at = ports.clock.now().toISOString();
  // Loaded here, not with the module: Decide Request imports this module to ask, and needs no
  // holiday engine for that.
  const { requestDeadline } = await import('#domain/request-deadline.ts');
  const computed = requestDeadline(merchant, request.receivedAt, {
    reason: 'information-received',
    computedAt: at,
    extension: Boolean(request.extension),
    pauses: deadlinePauses(
      { informationRequest: { ...asked, answeredAt: at } },
      merchant,
    ),
  });
  // A deadline never moves earlier (the merchant's regime may have changed since receipt).
  const later = computed.fields.dueAt >= request.dueAt;
  const answered = await ports.requests.recordInformationAnswer(
    request.requestId,
    { answer, answeredAt: at },
    later
      ? {
          ...computed,
          restartReminders: computed.fields.dueAt !== request.dueAt,
        }
      : undefined,
  );
  if (!answered) {
    await ports.links.release(link.tokenHash);
    throw new LinkGoneError('used');
  }
  const notified = await notifyMerchant(answered, merchant, request, ports)
    .then((sent) => sent.messageId)
    .catch(() => undefined);
  await ports.audit.append({
    requestId: request.requestId,
    type: 'InformationReceived',
    at,
    actor: 'subject',
    key: 'information-received',
    details: {
      answerLength: answer.length,
      previousDueDate: request.dueDate,
      dueDate: answered.dueDate,
      ...(answered.latestDueDate
        ? { latestDueDate: answered.latestDueDate }
        : {}),
      deadlineRecomputed: later,
      ...(later ? { flags: computed.record.flags.join(' ') } : {}),
      merchantNotified: notified !== undefined,
      ...(notified ? { messageId: notified } : {}),
    },
  });
  return { request: answered, merchant };
}

/**
 * Emails the approvers the answer, with a decision link holding the task token the decision link
 * currently in force holds (the workflow still waits on it), valid as long as that link.
 */
async function notifyMerchant(
  answered: DsrRequest,
  merchant: MerchantConfig,
  before: DsrRequest,
  ports: AskPorts,
) {
  return sendOnce(
    ports,
    { requestId: answered.requestId, purpose: 'information-answered' },
    async () => {
      const current = await currentDecisionLink(answered.requestId, ports);
      const link = current
        ? await issueLink('decide', answered.requestId, ports, {
            taskToken: current.taskToken,
            expiresAt: current.expiresAt,
          })
        : undefined;
      return {
        email: informationAnsweredEmail(
          merchant,
          answered,
          before.dueDate,
          link?.url,
        ),
        ...(link ? { ref: link.tokenHash } : {}),
      };
    },
  );
}

/**
 * The decision link that holds the waiting task's token now: the one carried by the latest
 * decision email (`decision:<attempt>`, or `decision:<attempt>:<n>` when a used or expired link
 * had to be replaced; see sendTaskLinkOnce), if it is unused and unexpired.
 */
async function currentDecisionLink(
  requestId: string,
  ports: Pick<Ports, 'sentMail' | 'links' | 'clock'>,
): Promise<{ taskToken: string; expiresAt: string } | undefined> {
  const latest = (await ports.sentMail.list(requestId))
    .filter((r) => /^decision:\d+(:\d+)?$/.test(r.purpose) && r.ref)
    .sort((a, b) => a.claimedAt.localeCompare(b.claimedAt))
    .at(-1);
  if (!latest?.ref) return undefined;
  const link = await ports.links.get(latest.ref);
  if (
    link?.purpose !== 'decide' ||
    link.usedAt ||
    !link.taskToken ||
    link.expiresAt <= ports.clock.now().toISOString()
  )
    return undefined;
  return { taskToken: link.taskToken, expiresAt: link.expiresAt };
}
