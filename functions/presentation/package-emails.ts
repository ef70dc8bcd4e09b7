/** Emails about the results: the access package, the erasure certificate, the release review. */
import { approversOf } from '#domain/members.ts';
import { ARTICLE_OF, type DsrRequest } from '#domain/request.ts';
import type { MerchantConfig } from '#domain/schemas.ts';
import type { OutboundEmail } from '#ports/mailer.ts';
import {
  type AnsweredRow,
  answerBlock,
  answerItems,
  missingOf,
} from './answers.ts';
import {
  compose,
  ref,
  rightWithArticle,
  shopperFooter,
  shopperLocale,
} from './emails.ts';
import { html } from './html.ts';
import { cite } from './i18n/citations.ts';
import { colon, formatDate, messages } from './i18n/index.ts';
import { NOTICE_MESSAGES } from './i18n/notices.ts';
import { PACKAGE_MESSAGES } from './i18n/package.ts';
import { leftOutSection, leftOutText } from './left-out.ts';

/** To the shopper: one action, the package download; what it holds and until when it works. */
export function accessPackageEmail(
  merchant: MerchantConfig,
  request: DsrRequest,
  rows: readonly AnsweredRow[],
  link: { url: string; expiresAt: string; maxUses: number },
): OutboundEmail {
  const locale = shopperLocale(merchant, request);
  const t = messages(locale);
  const m = PACKAGE_MESSAGES[locale].mail;
  const ready = m.packageReady(
    merchant.name,
    cite(ARTICLE_OF[request.type], locale),
  );
  const missing = missingOf(rows, locale);
  const contents =
    request.type === 'access' ? m.packageAccess : m.packagePortability;
  const until = m.linkWorks(formatDate(link.expiresAt, locale), link.maxUses);
  const questions = t.common.questions(merchant.privacyContact, ref(request));
  // Released without some parts (Art. 15(4)): a partial refusal with its reason; the footer
  // names the authority and the Art. 77 right to complain (Art. 12(4)).
  const leftOut = request.release?.leftOut?.parts.length
    ? request.release.leftOut
    : undefined;
  const processors = rows.map((r) => r.processor);
  const footer = shopperFooter(merchant, locale);
  return compose(
    merchant,
    locale,
    [request.email],
    m.packageSubject(merchant.name, ref(request)),
    [
      ready,
      answerBlock(rows, locale, 'shopper'),
      ...(missing ? [missing] : []),
      ...(leftOut ? [leftOutText(leftOut, processors, locale)] : []),
      contents,
      `${m.download}:\n${link.url}`,
      until,
      questions,
      ...footer.text,
    ],
    html`<p>${ready}</p><ul>${answerItems(rows, locale, 'shopper')}</ul>${missing ? html`<p>${missing}</p>` : ''}${leftOut ? leftOutSection(leftOut, processors, locale) : ''}<p>${contents}</p><p><a href="${link.url}">${m.download}</a></p><p>${until}</p><p>${questions}</p>${footer.html}`,
    merchant.privacyContact,
  );
}

/**
 * To the shopper, for an access or portability request where every processor answered that it
 * holds nothing: said plainly, with each answer, no package to download, and the rights.
 */
export function noDataEmail(
  merchant: MerchantConfig,
  request: DsrRequest,
  rows: readonly AnsweredRow[],
): OutboundEmail {
  const locale = shopperLocale(merchant, request);
  const t = messages(locale);
  const n = NOTICE_MESSAGES[locale].noData;
  const body = n.body(merchant.name, rightWithArticle(t, request.type, locale));
  const questions = t.common.questions(merchant.privacyContact, ref(request));
  const footer = shopperFooter(merchant, locale);
  return compose(
    merchant,
    locale,
    [request.email],
    n.subject(merchant.name, ref(request)),
    [
      body,
      answerBlock(rows, locale, 'shopper'),
      n.otherAddress,
      questions,
      ...footer.text,
    ],
    html`<p><strong>${body}</strong></p><ul>${answerItems(rows, locale, 'shopper')}</ul><p>${n.otherAddress}</p><p>${questions}</p>${footer.html}`,
    merchant.privacyContact,
  );
}

/** To the merchant's privacy contact: the erasure certificate to keep as evidence. */
export function certificateEmail(
  merchant: MerchantConfig,
  request: DsrRequest,
  rows: readonly AnsweredRow[],
  links: { html: string; json: string; expiresAt: string },
  sha256: string,
): OutboundEmail {
  const locale = merchant.locale;
  const m = PACKAGE_MESSAGES[locale].mail;
  const intro = m.certificateIntro(ref(request));
  const save = m.certificateSave(formatDate(links.expiresAt, locale));
  const missing = missingOf(rows, locale);
  return compose(
    merchant,
    locale,
    [merchant.privacyContact],
    m.certificateSubject(ref(request)),
    [
      intro,
      answerBlock(rows, locale, 'merchant'),
      ...(missing ? [missing] : []),
      `${m.certificateHtml}:\n${links.html}`,
      `${m.certificateJson}:\n${links.json}`,
      `SHA-256${colon(locale)}${sha256}`,
      save,
    ],
    html`<p>${intro}</p><ul>${answerItems(rows, locale, 'merchant')}</ul>${missing ? html`<p>${missing}</p>` : ''}<ul><li><a href="${links.html}">${m.certificateHtml}</a></li><li><a href="${links.json}">${m.certificateJson}</a></li></ul><p>SHA-256${colon(locale)}<code>${sha256}</code></p><p>${save}</p>`,
  );
}

/**
 * To the merchant's privacy contact when an access, portability, rectification, objection or
 * restriction request is answered: what each processor answered, with the notes the shopper's
 * copy leaves out (an erasure's copy is the certificate email).
 */
export function resultCopyEmail(
  merchant: MerchantConfig,
  request: DsrRequest,
  rows: readonly AnsweredRow[],
  /** A completed restriction: the merchant's link to lift it later (Art. 18(3)). */
  liftLink?: string,
): OutboundEmail {
  const locale = merchant.locale;
  const t = messages(locale);
  const m = PACKAGE_MESSAGES[locale].mail;
  const lift = NOTICE_MESSAGES[locale].liftPage;
  const right = rightWithArticle(t, request.type, locale);
  const intro = m.copyIntro(right, ref(request));
  const missing = missingOf(rows, locale);
  return compose(
    merchant,
    locale,
    [merchant.privacyContact],
    m.copySubject(t.rights[request.type].title, ref(request)),
    [
      intro,
      answerBlock(rows, locale, 'merchant'),
      ...(missing ? [missing] : []),
      ...(liftLink ? [`${lift.copyIntro}\n${liftLink}`] : []),
      t.common.reference(request.requestId),
    ],
    html`<p>${intro}</p><ul>${answerItems(rows, locale, 'merchant')}</ul>${missing ? html`<p>${missing}</p>` : ''}${liftLink ? html`<p>${lift.copyIntro} <a href="${liftLink}">${lift.copyLink}</a></p>` : ''}<p>${t.common.reference(request.requestId)}</p>`,
  );
}

/** To the merchant's approvers: the package waits for their release review (Art. 15(4)). */
export function releaseReviewEmail(
  merchant: MerchantConfig,
  request: DsrRequest,
  rows: readonly AnsweredRow[],
  link: string,
): OutboundEmail {
  const locale = merchant.locale;
  const t = messages(locale);
  const p = PACKAGE_MESSAGES[locale];
  const right = rightWithArticle(t, request.type, locale);
  const intro = p.mail.reviewIntro(right, formatDate(request.dueDate, locale));
  const missing = missingOf(rows, locale);
  return compose(
    merchant,
    locale,
    approversOf(merchant),
    p.mail.reviewSubject(t.rights[request.type].title, ref(request)),
    [
      intro,
      answerBlock(rows, locale, 'merchant'),
      ...(missing ? [missing] : []),
      `${p.mail.reviewLink}${colon(locale).trimEnd()}\n${link}`,
    ],
    html`<p>${intro}</p><ul>${answerItems(rows, locale, 'merchant')}</ul>${missing ? html`<p>${missing}</p>` : ''}<p><a href="${link}">${p.mail.reviewLink}</a></p>`,
  );
}
