/**
 * What the reports export, in the merchant's language: the request register (CSV: who asked,
 * what, when received, when answered, the outcome), and the record of processing activities
 * (Art. 30(1)), generated from the processor registry as a page and as CSV. Every registry text
 * comes from the same functions as the shopper's documents (../register.ts), so the record and
 * the access report cannot disagree.
 */
import {
  answeredOnTime,
  daysToClose,
  isAnswered,
  outcomeOf,
} from '#domain/console-reports.ts';
import { localDate } from '#domain/deadlines/calendar.ts';
import {
  channelOf,
  type DsrRequest,
  requestReference,
} from '#domain/request.ts';
import type {
  Locale,
  MerchantConfig,
  ProcessorConfig,
} from '#domain/schemas.ts';
import { html } from '../html.ts';
import { CONSOLE_MESSAGES } from '../i18n/console/index.ts';
import { ADMIN_MESSAGES } from '../i18n/console-admin/index.ts';
import type {
  RecordColumn,
  RegisterColumn,
} from '../i18n/console-admin/messages.ts';
import { formatDate } from '../i18n/index.ts';
import { REFUSAL_MESSAGES } from '../i18n/refusals.ts';
import {
  categoryWords,
  controllerRows,
  particularsOf,
  processorName,
  purposeWords,
  registerText,
  transferLines,
} from '../register.ts';
import { type CsvCell, csvDocument } from './csv.ts';
import { type Chrome, consolePage } from './layout.ts';

const REGISTER_COLUMNS: readonly RegisterColumn[] = [
  'reference',
  'received',
  'channel',
  'type',
  'email',
  'name',
  'status',
  'outcome',
  'closedAs',
  'denialGround',
  'due',
  'answered',
  'onTime',
  'daysToClose',
];

/**
 * The request register as CSV, in the merchant's language, dates in its time zone (ISO, so a
 * spreadsheet sorts them). `withEmails` false: no email or name column at all.
 */
export function registerCsv(
  merchant: MerchantConfig,
  requests: readonly DsrRequest[],
  withEmails: boolean,
): string {
  const locale = merchant.locale;
  const a = ADMIN_MESSAGES[locale];
  const c = CONSOLE_MESSAGES[locale];
  const grounds = REFUSAL_MESSAGES[locale].groundLabels;
  const columns = REGISTER_COLUMNS.filter(
    (k) => withEmails || (k !== 'email' && k !== 'name'),
  );
  const day = (iso: string | undefined) =>
    iso ? localDate(new Date(iso), merchant.timezone) : '';
  const cell = (r: DsrRequest, k: RegisterColumn): CsvCell => {
    switch (k) {
      case 'reference':
        return requestReference(r.requestId);
      case 'received':
        return day(r.receivedAt);
      case 'channel':
        return c.channel[channelOf(r)];
      case 'type':
        return c.type[r.type];
      case 'email':
        return r.email || (r.pseudonymisedAt ? a.register.pseudonymised : '');
      case 'name':
        return r.name ?? '';
      case 'status':
        return c.status[r.status];
      case 'outcome':
        return a.outcome[outcomeOf(r.status)];
      case 'closedAs':
        return r.closure ? c.closure[r.closure.kind] : '';
      case 'denialGround':
        return r.status === 'DENIED' && r.decision?.ground
          ? grounds[r.decision.ground]
          : '';
      case 'due':
        return r.dueDate;
      case 'answered':
        return isAnswered(r) ? day(r.completedAt) : '';
      case 'onTime':
        return isAnswered(r)
          ? answeredOnTime(r)
            ? a.register.yes
            : a.register.no
          : '';
      case 'daysToClose':
        return isAnswered(r) ? (daysToClose(r) ?? '') : '';
    }
  };
  return csvDocument(
    columns.map((k) => a.register.columns[k]),
    requests.map((r) => columns.map((k) => cell(r, k))),
  );
}

const RECORD_COLUMNS: readonly RecordColumn[] = [
  'recipient',
  'purposes',
  'categories',
  'subjects',
  'retention',
  'location',
  'transfers',
  'contact',
];

/** One processor's row of the record, in `locale`. */
function recordRow(
  p: ProcessorConfig,
  locale: Locale,
): Record<RecordColumn, string> {
  const r = ADMIN_MESSAGES[locale].record;
  const list = (items: string[]) => items.join('; ') || r.notStated;
  return {
    recipient: processorName(p, locale),
    purposes: list(purposeWords(p, locale)),
    categories: list(categoryWords(p, locale)),
    subjects: r.subjects,
    retention: registerText(p.retention, locale) ?? r.notStated,
    location: registerText(p.location?.region, locale) ?? r.notStated,
    transfers: p.location
      ? transferLines(p, locale).join('; ') || r.noTransfers
      : r.notStated,
    contact: p.contactEmail ?? '',
  };
}

/** The record of processing activities as CSV: the controller's rows, then one row per processor. */
export function recordCsv(merchant: MerchantConfig): string {
  const locale = merchant.locale;
  const r = ADMIN_MESSAGES[locale].record;
  const controller = controllerRows(particularsOf(merchant), locale);
  const width = RECORD_COLUMNS.length;
  const pad = (cells: string[]) => [
    ...cells,
    ...Array<string>(width - cells.length).fill(''),
  ];
  return csvDocument(
    RECORD_COLUMNS.map((k) => r.columns[k]),
    [
      ...merchant.processors.map((p) => {
        const row = recordRow(p, locale);
        return RECORD_COLUMNS.map((k) => row[k]);
      }),
      pad([]),
      pad([r.controller]),
      ...controller.map(([k, v]) => pad([k, v])),
      pad([r.security, r.securityText]),
    ],
  );
}

/** The record of processing activities as a page, in the merchant's language (the record's own). */
export function recordPage(
  merchant: MerchantConfig,
  chrome: Chrome,
  now: Date,
): string {
  const locale = merchant.locale;
  const r = ADMIN_MESSAGES[locale].record;
  const q = `merchant=${encodeURIComponent(merchant.merchantId)}`;
  return consolePage(
    r.title,
    html`<div lang="${locale}"><h1>${r.heading(merchant.name)}</h1>
<p>${r.intro}</p>
<h2>${r.controller}</h2>
<table><tbody>${controllerRows(particularsOf(merchant), locale).map(([k, v]) => html`<tr><th scope="row">${k}</th><td>${v}</td></tr>`)}</tbody></table>
<h2>${r.activities}</h2>
<table class="record wrap"><caption>${r.activities}</caption><thead><tr>${RECORD_COLUMNS.map((k) => html`<th scope="col">${r.columns[k]}</th>`)}</tr></thead>
<tbody>${merchant.processors.map((p) => {
      const row = recordRow(p, locale);
      return html`<tr>${RECORD_COLUMNS.map((k) =>
        k === 'recipient'
          ? html`<th scope="row">${row[k]}</th>`
          : html`<td data-label="${r.columns[k]}">${row[k]}</td>`,
      )}</tr>`;
    })}</tbody></table>
<h2>${r.security}</h2><p>${r.securityText}</p>
<p class="hint">${r.generated(formatDate(now.toISOString(), locale))}</p>
<p><a href="/console/reports/processing.csv?${q}">${r.csv}</a> · <a href="/console/reports?${q}">${r.back}</a></p></div>`,
    chrome,
  );
}
