/**
 * Emails: every message has a plain-text and an HTML part, the request reference and one clear
 * action, in the recipient's language: the shopper's form locale (`request.locale`), the
 * merchant's configured locale for the merchant's own mail.
 */
import { daysLeft } from '#domain/deadline.ts';
import type { DenialGround } from '#domain/denial-grounds.ts';
import { approversOf } from '#domain/members.ts';
import { isOtherObjection } from '#domain/objections.ts';
import {
  correctionsFor,
  identifiersFor,
  noteForProcessors,
} from '#domain/processor-scope.ts';
import {
  ARTICLE_OF,
  type DsrRequest,
  requestReference,
} from '#domain/request.ts';
import type {
  Locale,
  MerchantConfig,
  ProcessorConfig,
} from '#domain/schemas.ts';
import type { OutboundEmail } from '#ports/mailer.ts';
import type { JobRecord } from '#ports/request-store.ts';
import { agentRows, identityByAuthority } from './agent-lines.ts';
import {
  type AnsweredRow,
  answerBlock,
  answerItems,
  joinNames,
  missingOf,
} from './answers.ts';
import { brandOf, html, page, rich, type SafeHtml } from './html.ts';
import { AGENT_MESSAGES } from './i18n/agents.ts';
import { cite, citeShort } from './i18n/citations.ts';
import { EMAIL_MESSAGES } from './i18n/emails/index.ts';
import {
  colon,
  formatDate,
  type Messages,
  messages,
  resolveLocale,
} from './i18n/index.ts';
import { NOTICE_MESSAGES } from './i18n/notices.ts';
import { PACKAGE_MESSAGES } from './i18n/package.ts';
import {
  PROCESSOR_MAIL_MESSAGES,
  type ProcessorMailMessages,
} from './i18n/processor-mail.ts';
import { REFUSAL_MESSAGES } from './i18n/refusals.ts';
import { REGISTER_MESSAGES } from './i18n/register.ts';
import { UPLOAD_MESSAGES } from './i18n/uploads.ts';
import {
  complaintHtml,
  complaintText,
  controllerLine,
  processorName,
  serviceKeepsLines,
} from './register.ts';
import { inert, inertBlock, oneLine, quoted } from './user-text.ts';

export const ref = (request: Pick<DsrRequest, 'requestId'>) =>
  requestReference(request.requestId);

/**
 * A right's title with its article as the language cites it: "Näytä tietoni (tietosuoja-asetuksen
 * 15 artikla)". French quotes the title, a form's label, so that it may follow a colon without
 * its capital reading as a new sentence: "votre demande : « Consulter mes données » (article 15
 * du RGPD)".
 */
export function rightWithArticle(
  t: Messages,
  type: DsrRequest['type'],
  locale: Locale,
): string {
  return `${rightTitle(t, type, locale)} (${cite(ARTICLE_OF[type], locale)})`;
}

/** A right's title as a sentence quotes it: in guillemets in French, as it is elsewhere. */
export function rightTitle(
  t: Messages,
  type: DsrRequest['type'],
  locale: Locale,
): string {
  const title = t.rights[type].title;
  return locale === 'fr' ? `«\u00a0${title}\u00a0»` : title;
}

/**
 * What closes every answer to the shopper: the right to complain with the merchant's
 * authority in the shopper's language and, under the GDPR, the authority where they live or
 * work (Arts 77–79), then the controller in one line (legal name, business ID, address,
 * privacy contact).
 */
export function shopperFooter(
  merchant: MerchantConfig,
  locale: Locale,
): { text: string[]; html: SafeHtml } {
  const controller = controllerLine(merchant, locale);
  return {
    text: [complaintText(merchant, locale), controller],
    html: html`${complaintHtml(merchant, locale)}<p style="color:#4b5563;font-size:.9rem">${controller}</p>`,
  };
}

/** The shopper's language: the one they used on the form, else the merchant's. */
export const shopperLocale = (
  merchant: MerchantConfig,
  request: DsrRequest,
): Locale => resolveLocale(request.locale, merchant.locale);

export function compose(
  merchant: MerchantConfig,
  locale: Locale,
  to: string[],
  subject: string,
  text: string[],
  body: SafeHtml,
  replyTo?: string,
): OutboundEmail {
  return {
    to,
    subject,
    text: `${text.join('\n\n')}\n`,
    html: page(subject, body, locale, brandOf(merchant)),
    replyTo,
    // Recipients see who writes: "Lastu <privacy-requests@…>".
    fromName: merchant.name,
  };
}

export function verificationEmail(
  merchant: MerchantConfig,
  request: DsrRequest,
  link: string,
  expiresAt: string,
): OutboundEmail {
  const locale = shopperLocale(merchant, request);
  const t = messages(locale);
  const e = EMAIL_MESSAGES[locale].email;
  const right = rightTitle(t, request.type, locale);
  const article = cite(ARTICLE_OF[request.type], locale);
  const until = formatDate(expiresAt, locale);
  // Asked by an agent: who, as they describe themselves, and that the answer comes here.
  const agent = agentLines(request, locale);
  return compose(
    merchant,
    locale,
    [request.email],
    e.verifySubject(merchant.name, ref(request)),
    [
      e.verifyAsked(merchant.name, `${right} (${article})`),
      ...agent.text,
      `${e.verifyHere(until)}\n${link}`,
      e.verifyIgnore,
      t.common.reference(ref(request)),
    ],
    html`<p>${rich(e.verifyAsked, merchant.name, html`<strong>${right}</strong> (${article})`)}</p>${agent.html.map((l) => html`<p>${l}</p>`)}<p><a href="${link}">${e.verifyLink}</a> ${e.verifyLinkWorks(until)}</p><p>${e.verifyIgnore}</p><p>${t.common.reference(ref(request))}</p>`,
    merchant.privacyContact,
  );
}

/**
 * The lines the person's confirmation email adds when an agent asked for them: who (their name
 * and address as they typed them, never a link), as what, and that the answer comes here.
 */
function agentLines(
  request: DsrRequest,
  locale: Locale,
): { text: string[]; html: SafeHtml[] } {
  const agent = request.agent;
  if (!agent?.email) return { text: [], html: [] };
  const v = AGENT_MESSAGES[locale].verification;
  const relation = AGENT_MESSAGES[locale].relations[agent.relation];
  return {
    text: [
      v.byAgent(oneLine(agent.name), agent.email, relation),
      v.confirmOnly,
    ],
    html: [
      rich(v.byAgent, inert(agent.name), inert(agent.email), relation),
      html`${v.confirmOnly}`,
    ],
  };
}

export function decisionRequestEmail(
  merchant: MerchantConfig,
  request: DsrRequest,
  processors: ProcessorConfig[],
  link: string,
  now: Date,
  attempt = 1,
): OutboundEmail {
  const locale = merchant.locale;
  const t = messages(locale);
  const e = EMAIL_MESSAGES[locale].email;
  const d = t.decision;
  const right = `${t.rights[request.type].title} (${citeShort(ARTICLE_OF[request.type], locale)})`;
  const dueDate = formatDate(request.dueDate, locale);
  const due = `${dueDate} (${e.daysLeft(daysLeft(now, request.dueAt))})`;
  const names = processors.map((p) => processorName(p, locale)).join(', ');
  const from = `${request.email}${request.name ? ` (${oneLine(request.name)})` : ''}`;
  const r = REFUSAL_MESSAGES[locale];
  const rows: [string, string][] = [
    [d.request, request.requestId],
    [d.right, right],
    ...(request.type === 'objection' && request.objectionScope
      ? [
          [r.objectionScope, r.scopes[request.objectionScope]] as [
            string,
            string,
          ],
        ]
      : []),
    [d.from, from],
    ...agentRows(request, locale),
    [d.identity, identityByAuthority(request, locale) ?? e.identityConfirmed],
    [d.due, due],
    [e.processorsToContact, names],
  ];
  // A question to the shopper is out, or answered: said, so the weekly email is not read as idle.
  const asked = request.informationRequest;
  const information = asked
    ? asked.answeredAt
      ? r.answeredOn(formatDate(asked.answeredAt, locale))
      : r.waitingForAnswer(formatDate(asked.requestedAt, locale))
    : undefined;
  return compose(
    merchant,
    locale,
    approversOf(merchant),
    `${attempt > 1 ? e.stillWaiting : ''}${e.decisionSubject(t.rights[request.type].title, ref(request), dueDate)}`,
    [
      e.decisionIntro(merchant.name),
      rows.map(([k, v]) => `${k}${colon(locale)}${v}`).join('\n'),
      ...(information ? [information] : []),
      `${e.decideHere}\n${link}`,
    ],
    html`<p>${e.decisionIntro(merchant.name)}</p><table>${rows.map(([k, v]) => html`<tr><th align="left" scope="row">${k}</th><td>${inert(v)}</td></tr>`)}</table>${information ? html`<p>${information}</p>` : ''}<p><a href="${link}">${e.decideLink}</a></p>`,
  );
}

export function erasureReportEmail(
  merchant: MerchantConfig,
  request: DsrRequest,
  rows: readonly AnsweredRow[],
  deferredUntil?: string,
  /** The shopper's copy of the erasure certificate. */
  certificateUrl?: string,
): OutboundEmail {
  const locale = shopperLocale(merchant, request);
  const t = messages(locale);
  const e = EMAIL_MESSAGES[locale].email;
  const certificateLabel = PACKAGE_MESSAGES[locale].mail.certificateLink;
  const intro = e.erasureDone(merchant.name, cite(ARTICLE_OF.erasure, locale));
  const questions = t.common.questions(merchant.privacyContact, ref(request));
  const later = deferredUntil
    ? e.deferredNote(formatDate(deferredUntil, locale))
    : undefined;
  const missing = missingOf(rows, locale);
  // Nothing was held anywhere: said plainly, before the list that says it per organisation.
  const nothing = noneHeldAnywhere(rows)
    ? NOTICE_MESSAGES[locale].erasureNothingHeld(merchant.name)
    : undefined;
  const keeps = REGISTER_MESSAGES[locale].serviceKeeps.heading;
  const kept = serviceKeepsLines(merchant, locale);
  const footer = shopperFooter(merchant, locale);
  return compose(
    merchant,
    locale,
    [request.email],
    e.erasureSubject(merchant.name, ref(request)),
    [
      intro,
      ...(nothing ? [nothing] : []),
      answerBlock(rows, locale, 'shopper'),
      ...(missing ? [missing] : []),
      ...(later ? [later] : []),
      `${keeps}:\n${kept.join('\n')}`,
      ...(certificateUrl ? [`${certificateLabel}:\n${certificateUrl}`] : []),
      questions,
      ...footer.text,
    ],
    html`<p>${intro}</p>${nothing ? html`<p><strong>${nothing}</strong></p>` : ''}<ul>${answerItems(rows, locale, 'shopper')}</ul>${missing ? html`<p>${missing}</p>` : ''}${later ? html`<p>${later}</p>` : ''}<p><strong>${keeps}</strong></p>${kept.map((k) => html`<p>${k}</p>`)}${certificateUrl ? html`<p><a href="${certificateUrl}">${certificateLabel}</a></p>` : ''}<p>${questions}</p>${footer.html}`,
    merchant.privacyContact,
  );
}

/** True when every processor answered that it holds nothing about the shopper. */
export function noneHeldAnywhere(rows: readonly AnsweredRow[]): boolean {
  return rows.length > 0 && rows.every((r) => r.statement.kind === 'none-held');
}

/** To the shopper: what each processor answered about a rectification, objection or restriction. */
export function requestDoneEmail(
  merchant: MerchantConfig,
  request: DsrRequest,
  rows: readonly AnsweredRow[],
): OutboundEmail {
  const locale = shopperLocale(merchant, request);
  const t = messages(locale);
  const e = EMAIL_MESSAGES[locale].email;
  const intro = e.doneHandled(
    merchant.name,
    rightWithArticle(t, request.type, locale),
  );
  const missing = missingOf(rows, locale);
  const questions = t.common.questions(merchant.privacyContact, ref(request));
  const footer = shopperFooter(merchant, locale);
  return compose(
    merchant,
    locale,
    [request.email],
    e.doneSubject(merchant.name, ref(request)),
    [
      intro,
      answerBlock(rows, locale, 'shopper'),
      ...(missing ? [missing] : []),
      questions,
      ...footer.text,
    ],
    html`<p>${intro}</p><ul>${answerItems(rows, locale, 'shopper')}</ul>${missing ? html`<p>${missing}</p>` : ''}<p>${questions}</p>${footer.html}`,
    merchant.privacyContact,
  );
}

export function denialEmail(
  merchant: MerchantConfig,
  request: DsrRequest,
  reason: string,
  ground?: DenialGround,
): OutboundEmail {
  const locale = shopperLocale(merchant, request);
  const t = messages(locale);
  const e = EMAIL_MESSAGES[locale].email;
  // The legal ground in the shopper's language, then the merchant's own words, quoted.
  const groundText =
    ground && ground !== 'other'
      ? REFUSAL_MESSAGES[locale].groundSentences[ground]
      : '';
  const decided = e.denialDecided(
    merchant.name,
    rightWithArticle(t, request.type, locale),
  );
  const questions = t.common.questions(merchant.privacyContact, ref(request));
  const footer = shopperFooter(merchant, locale);
  return compose(
    merchant,
    locale,
    [request.email],
    e.denialSubject(merchant.name, ref(request)),
    [
      decided,
      [t.common.theirReasons, groundText, quoted(reason)]
        .filter(Boolean)
        .join('\n'),
      ...footer.text,
      questions,
    ],
    html`<p>${decided}</p><p><strong>${t.common.theirReasons}</strong></p>${groundText ? html`<p>${groundText}</p>` : ''}${inertBlock(reason)}${footer.html}<p>${questions}</p>`,
    merchant.privacyContact,
  );
}

export function failureAlertEmail(
  merchant: MerchantConfig,
  request: DsrRequest,
  phase: string,
  error: string,
): OutboundEmail {
  const locale = merchant.locale;
  const t = messages(locale);
  const e = EMAIL_MESSAGES[locale].email;
  const right = `${t.rights[request.type].title}, ${citeShort(ARTICLE_OF[request.type], locale)}`;
  const due = formatDate(request.dueDate, locale);
  return compose(
    merchant,
    locale,
    [...new Set([merchant.privacyContact, ...approversOf(merchant)])],
    e.failureSubject(ref(request), phase),
    [
      e.failureStopped(request.requestId, right, phase, error),
      e.failureStillDue(due),
    ],
    html`<p>${rich(e.failureStopped, request.requestId, right, html`<strong>${phase}</strong>`, error)}</p><p>${rich(e.failureStillDue, html`<strong>${due}</strong>`)}</p>`,
  );
}

/** To the merchant once per stall the reconciler finds: what stopped, since when, what failed. */
export function stalledRequestEmail(
  merchant: MerchantConfig,
  request: DsrRequest,
  stall: {
    since: string;
    reason: 'no-progress' | 'cannot-resume' | 'restarts-exhausted';
    failedJobs: string[];
  },
): OutboundEmail {
  const locale = merchant.locale;
  const t = messages(locale);
  const e = EMAIL_MESSAGES[locale].email;
  const right = `${t.rights[request.type].title}, ${citeShort(ARTICLE_OF[request.type], locale)}`;
  const since = formatDate(stall.since, locale);
  const due = formatDate(request.dueDate, locale);
  // Named as every other output names them; an id no longer configured is shown as it is.
  const failed = joinNames(
    stall.failedJobs.map((id) => {
      const p = merchant.processors.find((x) => x.processorId === id);
      return p ? processorName(p, locale) : id;
    }),
    locale,
  );
  return compose(
    merchant,
    locale,
    [...new Set([merchant.privacyContact, ...approversOf(merchant)])],
    e.stalledSubject(ref(request)),
    [
      e.stalledWhat(request.requestId, right, since, request.status),
      e.stalledReasons[stall.reason],
      ...(failed ? [e.stalledFailedJobs(failed)] : []),
      e.stalledAction(due),
    ],
    html`<p>${e.stalledWhat(request.requestId, right, since, request.status)}</p><p>${e.stalledReasons[stall.reason]}</p>${failed ? html`<p>${e.stalledFailedJobs(failed)}</p>` : ''}<p>${rich(e.stalledAction, html`<strong>${due}</strong>`)}</p>`,
  );
}

export interface ReminderView {
  requestId: string;
  type: DsrRequest['type'];
  status: DsrRequest['status'];
  dueDate: string;
  daysLeft: number;
}

/** To the merchant before the deadline (T-10, T-5, T-2) or once it has passed (overdue). */
export function deadlineReminderEmail(
  merchant: MerchantConfig,
  request: ReminderView,
  overdue: boolean,
): OutboundEmail {
  const locale = merchant.locale;
  const t = messages(locale);
  const e = EMAIL_MESSAGES[locale].email;
  const right = `${t.rights[request.type].title} (${citeShort(ARTICLE_OF[request.type], locale)})`;
  const due = formatDate(request.dueDate, locale);
  const when = overdue
    ? e.overdueWhen(request.requestId, right, due, -request.daysLeft)
    : e.reminderWhen(request.requestId, right, due, request.daysLeft);
  const subject = overdue
    ? e.overdueSubject(ref(request), due)
    : e.reminderSubject(ref(request), request.daysLeft);
  const status =
    request.status in e.waitingOn
      ? e.waitingOn[request.status as keyof typeof e.waitingOn]
      : '';
  const law = overdue ? e.lawOverdue : e.lawReminder;
  return compose(
    merchant,
    locale,
    [...new Set([...approversOf(merchant), merchant.privacyContact])],
    subject,
    [when, status, law],
    html`<p><strong>${when}</strong></p><p>${status}</p><p>${law}</p>`,
  );
}

/** To the shopper: the merchant extends the deadline (Art. 12(3)), with its reasons. */
export function extensionEmail(
  merchant: MerchantConfig,
  request: DsrRequest,
  reason: string,
): OutboundEmail {
  const locale = shopperLocale(merchant, request);
  const t = messages(locale);
  const e = EMAIL_MESSAGES[locale].email;
  const right = rightWithArticle(t, request.type, locale);
  const due = formatDate(request.dueDate, locale);
  const needs = e.extensionNeeds(merchant.name, right);
  const questions = t.common.questions(merchant.privacyContact, ref(request));
  const footer = shopperFooter(merchant, locale);
  return compose(
    merchant,
    locale,
    [request.email],
    e.extensionSubject(merchant.name, ref(request)),
    [
      needs,
      e.extensionHearBy(due),
      `${t.common.theirReasons}\n${quoted(reason)}`,
      e.extensionLaw,
      questions,
      ...footer.text,
    ],
    html`<p>${needs}</p><p>${rich(e.extensionHearBy, html`<strong>${due}</strong>`)}</p><p><strong>${t.common.theirReasons}</strong></p>${inertBlock(reason)}<p>${e.extensionLaw}</p><p>${questions}</p>${footer.html}`,
    merchant.privacyContact,
  );
}

/** Adds the shopper's status-page link to an email for them, in their language. */
export function withStatusLink(
  email: OutboundEmail,
  merchant: MerchantConfig,
  request: DsrRequest,
  statusUrl: string,
): OutboundEmail {
  const t = messages(shopperLocale(merchant, request)).status;
  const extra = html`<p><a href="${statusUrl}">${t.follow}</a></p><p style="color:#4b5563;font-size:.9rem">${t.followHint}</p>`;
  return {
    ...email,
    text: `${email.text}\n${t.follow}:\n${statusUrl}\n`,
    html: email.html.replace('</main>', `${extra.value}</main>`),
  };
}

/** The person asked about a processor job: who they are to the processor (no raw task state). */
type JobView = Pick<JobRecord, 'dueAt'>;

/**
 * What a processor is told about the person (domain/processor-scope.ts): the identifiers it
 * holds and, for a rectification, the corrections of data it holds, each value on one line.
 * Never the shopper's `details` or an `other` correction: they are the shopper's own words.
 */
function subjectRows(
  p: ProcessorMailMessages,
  c: Messages['correction'],
  processor: ProcessorConfig,
  request: DsrRequest,
): [string, string][] {
  const label = { email: p.email, name: p.name, 'order-number': p.order };
  return [
    ...identifiersFor(processor, request).map(
      (i) => [label[i.kind], oneLine(i.value)] as [string, string],
    ),
    // The corrections, spelled out for the person who applies them.
    ...correctionsFor(processor, request).map(
      (x) =>
        [c.correctTo(c.fields[x.field]), oneLine(x.value)] as [string, string],
    ),
  ];
}

/**
 * To a processor reached by email (in the processor's language: Posti in Finnish), or to the
 * merchant for a processor that reports completion only to the merchant (Nosto): what to do,
 * for whom, by when, and one signed link to confirm.
 */
export function processorRequestEmail(
  merchant: MerchantConfig,
  processor: ProcessorConfig,
  request: DsrRequest,
  job: JobView,
  link: string,
  confirmBy: 'processor' | 'merchant',
  reminder = false,
): OutboundEmail {
  const locale = confirmBy === 'merchant' ? merchant.locale : processor.locale;
  const t = messages(locale);
  // A processor reads the right's statutory name, never the shopper's button label.
  const p = PROCESSOR_MAIL_MESSAGES[locale];
  // An objection to other processing (Art. 21(1)): stop what the merchant's note describes, not
  // marketing (domain/objections.ts); the note is always there, approval requires it.
  const whatToDo = isOtherObjection(request)
    ? p.objectionOther
    : p.whatToDo[request.type];
  const right = p.right[request.type];
  const asked = p.asked(
    p.requested[request.type],
    cite(ARTICLE_OF[request.type], locale),
  );
  const due = formatDate(job.dueAt ?? request.dueAt, locale);
  if (confirmBy === 'merchant') {
    const name = processorName(processor, locale);
    const subject = p.merchantSubject(name, ref(request));
    // Access/portability: the processor's export reaches the merchant; it is uploaded on the page.
    const hint =
      request.type === 'access' || request.type === 'portability'
        ? UPLOAD_MESSAGES[locale].merchantHint(name)
        : undefined;
    return compose(
      merchant,
      locale,
      approversOf(merchant),
      `${reminder ? p.reminderPrefix : ''}${subject}`,
      [
        `${p.merchantIntro(name, right)}\n${link}`,
        ...(hint ? [hint] : []),
        t.common.reference(ref(request)),
      ],
      html`<p>${p.merchantIntro(name, right)}</p><p><a href="${link}">${p.merchantConfirm}</a></p>${hint ? html`<p>${hint}</p>` : ''}<p>${t.common.reference(ref(request))}</p>`,
    );
  }
  const rows = subjectRows(p, t.correction, processor, request);
  const note = noteForProcessors(request);
  const noteLabel = p.noteFrom(merchant.name);
  const subject = p.requestSubject(right, merchant.name, ref(request), due);
  return compose(
    merchant,
    locale,
    [processor.contactEmail ?? merchant.privacyContact],
    `${reminder ? p.reminderPrefix : ''}${subject}`,
    [
      p.intro(
        merchant.legalName ?? merchant.name,
        processorName(processor, locale),
      ),
      asked,
      whatToDo,
      `${p.identifiers}\n${rows.map(([k, v]) => `${k}${colon(locale)}${v}`).join('\n')}`,
      ...(note ? [`${noteLabel}\n${quoted(note)}`] : []),
      `${p.due}${colon(locale)}${due}`,
      `${p.confirmHere}\n${link}`,
      p.dpa,
      t.common.reference(ref(request)),
    ],
    html`<p>${p.intro(merchant.legalName ?? merchant.name, processorName(processor, locale))}</p><p>${asked}</p><p><strong>${whatToDo}</strong></p><p>${p.identifiers}</p><table>${rows.map(([k, v]) => html`<tr><th align="left" scope="row">${k}</th><td>${inert(v)}</td></tr>`)}</table>${note ? html`<p>${noteLabel}</p>${inertBlock(note)}` : ''}<p>${p.due}${colon(locale)}<strong>${due}</strong></p><p>${p.confirmHere} <a href="${link}">${p.confirmLink}</a></p><p>${p.dpa}</p><p>${t.common.reference(ref(request))}</p>`,
    merchant.privacyContact,
  );
}

/** To the merchant when a processor has not confirmed by its due date. */
export function processorEscalationEmail(
  merchant: MerchantConfig,
  processor: ProcessorConfig,
  request: DsrRequest,
  job: JobView,
  link: string,
): OutboundEmail {
  const locale = merchant.locale;
  const t = messages(locale);
  const p = PROCESSOR_MAIL_MESSAGES[locale];
  const right = p.right[request.type];
  const due = formatDate(job.dueAt ?? request.dueAt, locale);
  const contact = processor.contactEmail ? ` (${processor.contactEmail})` : '';
  const name = processorName(processor, locale);
  return compose(
    merchant,
    locale,
    approversOf(merchant),
    p.escalationSubject(name, ref(request)),
    [
      `${p.escalationBody(`${name}${contact}`, right, due)}\n${link}`,
      t.common.reference(ref(request)),
    ],
    html`<p>${p.escalationBody(`${name}${contact}`, right, due)}</p><p><a href="${link}">${p.escalationAction}</a></p><p>${t.common.reference(ref(request))}</p>`,
  );
}

/** To the merchant when part of an erasure waits for a legal hold: what, until when, and how to cancel. */
export function erasureDeferredEmail(
  merchant: MerchantConfig,
  request: DsrRequest,
  processors: string[],
  until: string,
  link: string,
): OutboundEmail {
  const locale = merchant.locale;
  const t = messages(locale);
  const d = EMAIL_MESSAGES[locale].deferral;
  const date = formatDate(until, locale);
  const body = d.body(processors.join(', '), date);
  return compose(
    merchant,
    locale,
    approversOf(merchant),
    d.subject(ref(request), date),
    [body, `${d.cancelHere}\n${link}`, t.common.reference(ref(request))],
    html`<p>${body}</p><p><a href="${link}">${d.cancelLink}</a></p><p>${t.common.reference(ref(request))}</p>`,
  );
}
