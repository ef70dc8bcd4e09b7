/**
 * The merchant's notices about requests that came by another door than the form: a message to
 * the privacy inbox or a Shopify compliance webhook (recognised, or waiting for the merchant to
 * confirm its type), and mail of ours that bounced. In the merchant's language; every fact is
 * read from the stored request.
 */
import type { DsrRequest, RequestType } from '#domain/request.ts';
import type { Locale, MerchantConfig } from '#domain/schemas.ts';
import type { OutboundEmail } from '#ports/mailer.ts';
import { compose, ref } from './emails.ts';
import { html } from './html.ts';
import { INBOUND_MESSAGES, type InboundDoor } from './i18n/inbound.ts';
import { formatDate, messages } from './i18n/index.ts';
import { inert, oneLine } from './user-text.ts';

/** Where the merchant opens a request in the console. */
export function consoleRequestUrl(baseUrl: string, requestId: string): string {
  return `${baseUrl}/console/requests/${encodeURIComponent(requestId)}`;
}

/**
 * Tells the merchant a request arrived by email or from Shopify: what it asks for and how that
 * was told (the words, or Shopify's topic), or that it waits for them to confirm its type.
 */
export function inboundNoticeEmail(
  merchant: MerchantConfig,
  request: DsrRequest,
  notice: {
    door: InboundDoor;
    /** Confirmed by nobody yet: the merchant decides the type. */
    pending: boolean;
    confidence?: number;
    why?: 'unclear' | 'spam' | 'spoofed';
    attachments: number;
    baseUrl: string;
  },
  to: string[],
): OutboundEmail {
  const locale = merchant.locale as Locale;
  const w = INBOUND_MESSAGES[locale];
  const t = messages(locale);
  const reference = ref(request);
  const right = (type: RequestType) => t.rights[type].title;
  const url = consoleRequestUrl(notice.baseUrl, request.requestId);
  const what = notice.pending
    ? [
        w.pending(notice.confidence ? right(request.type) : undefined),
        ...(notice.why === 'spam' ? [w.spam] : []),
        ...(notice.why === 'spoofed' ? [w.spoofed] : []),
        w.nothingSent,
      ]
    : [
        notice.door === 'email'
          ? `${w.asks}: ${right(request.type)}, ${w.typed(Math.round((notice.confidence ?? 1) * 100))}.`
          : `${w.asks}: ${right(request.type)}.`,
        notice.door === 'email' ? w.linkSent : w.attested,
      ];
  const lines = [
    w.arrived(notice.door, reference),
    `${w.from}: ${oneLine(request.email)}`,
    ...what,
    ...(notice.attachments ? [w.attachments(notice.attachments)] : []),
    w.due(formatDate(request.dueDate, locale)),
  ];
  return compose(
    merchant,
    locale,
    to,
    w.subject(notice.door, reference, notice.pending),
    [...lines, `${w.open}:\n${url}`],
    html`${lines.map((l) => html`<p>${inert(l)}</p>`)}<p><a href="${url}">${w.open}</a></p>`,
  );
}

/**
 * Tells the merchant an email of ours about a request bounced (`kind` names which one), or
 * that its recipient complained (no more mail goes to that address).
 */
export function deliveryProblemEmail(
  merchant: MerchantConfig,
  request: Pick<DsrRequest, 'requestId'>,
  problem: { kind: 'bounce' | 'complaint'; what: string; baseUrl: string },
  to: string[],
): OutboundEmail {
  const locale = merchant.locale as Locale;
  const w = INBOUND_MESSAGES[locale];
  const reference = ref(request);
  const url = consoleRequestUrl(problem.baseUrl, request.requestId);
  const lines =
    problem.kind === 'bounce'
      ? [
          w.bounce(
            w.bounceWhat[problem.what] ?? w.bounceWhat.other ?? '',
            reference,
          ),
          w.bounceAdvice,
        ]
      : [w.complaint(reference)];
  return compose(
    merchant,
    locale,
    to,
    w.bounceSubject(reference),
    [...lines, `${w.open}:\n${url}`],
    html`${lines.map((l) => html`<p>${inert(l)}</p>`)}<p><a href="${url}">${w.open}</a></p>`,
  );
}
