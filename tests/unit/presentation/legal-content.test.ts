/**
 * The legal-content suite (issue 16): every message a shopper of `lastu` (a Finnish shop) can
 * receive, rendered in each of the five languages, read as the shopper reads it (text without
 * markup), and checked for what the law requires of it and for what must never be in it.
 *
 * Required, per message (the table `MESSAGES`): the reference; the reasons where the message
 * gives some; the deadline where one still runs; the right to complain and to a judicial remedy
 * (Arts 77–79); the Finnish authority named in the reader's language with its URL in that
 * language; the authority where the reader lives or works (the EDPB's list, Art. 77(1)); the
 * controller's legal name and business ID.
 * Forbidden, in every message: another country's authority, a hard-coded country sentence, an
 * English text of the registry (names, categories, purposes, retention, regions, what a hold
 * keeps, transfer bases) in a document that is not English, and an article cited the English
 * way ("Art. 15", "Art. 17(3)(b)") where the language cites otherwise.
 */
import { describe, expect, it } from 'vitest';
import { certificateProcessor, certify } from '#domain/erasure-certificate.ts';
import { PackageIndex } from '#domain/export-package.ts';
import { holdBasis } from '#domain/holds.ts';
import { type LocalizedText, textIn } from '#domain/localized.ts';
import { statementOf } from '#domain/processor-answer.ts';
import { ARTICLE_OF, type DsrRequest } from '#domain/request.ts';
import {
  type Locale,
  type MerchantConfig,
  SUPPORTED_LOCALES,
} from '#domain/schemas.ts';
import {
  authorityFor,
  authorityName,
  authorityUrl,
  EDPB_MEMBERS_URL,
  supervisoryAuthorityOf,
} from '#domain/supervisory-authorities.ts';
import { loadSeed } from '#infra/seed/seed.ts';
import { accessReportHtml } from '#presentation/access-report.ts';
import type { AnsweredRow } from '#presentation/answers.ts';
import { decisionPage } from '#presentation/decision-pages.ts';
import {
  denialEmail,
  erasureReportEmail,
  extensionEmail,
  processorRequestEmail,
  requestDoneEmail,
  verificationEmail,
} from '#presentation/emails.ts';
import { certificateHtml } from '#presentation/erasure-certificate.ts';
import { formatDate } from '#presentation/i18n/index.ts';
import { REGISTER_MESSAGES } from '#presentation/i18n/register.ts';
import {
  acknowledgementEmail,
  deferralCancelledEmail,
  failureNoticeEmail,
  liftNoticeEmail,
} from '#presentation/notice-emails.ts';
import {
  accessPackageEmail,
  noDataEmail,
} from '#presentation/package-emails.ts';
import { complaintHtml } from '#presentation/register.ts';

const { merchant } = loadSeed('lastu');
const AT = '2026-03-20T10:00:00.000Z';
const REF = '0A1B2C3D';
const REASON = 'Motivation 4711: the accuracy of the data was verified.';
const shopify = processor('shopify');
const posti = processor('posti');

function processor(id: string) {
  const p = merchant.processors.find((x) => x.processorId === id);
  if (!p) throw new Error(`the seed has no ${id}`);
  return p;
}

const request = (
  type: DsrRequest['type'],
  locale: Locale,
  extra: Partial<DsrRequest> = {},
): DsrRequest => ({
  requestId: '0a1b2c3d-0000-4000-8000-000000000001',
  merchantId: 'lastu',
  type,
  status: 'IN_PROGRESS',
  email: 'aino.virtanen@example.com',
  subjectRef: 'ref',
  locale,
  receivedAt: '2026-03-15T10:00:00.000Z',
  verifiedAt: '2026-03-15T10:05:00.000Z',
  dueDate: '2026-04-15',
  dueAt: '2026-04-15T20:59:59.999Z',
  extensionNoticeDue: '2026-04-15',
  updatedAt: AT,
  ...extra,
});

/** Every processor of lastu with the answer a real run of `type` records. */
function rows(
  type: DsrRequest['type'],
  kind: 'found' | 'none',
): (AnsweredRow & { processor: MerchantConfig['processors'][number] })[] {
  return merchant.processors.map((p) => {
    const holds =
      type === 'erasure' && kind === 'found'
        ? p.processorId === 'lastu-store'
          ? [accounting('order-records')]
          : p.processorId === 'shopify'
            ? [accounting('anonymised-order-records')]
            : p.processorId === 'sendgrid'
              ? [
                  {
                    what: 'email-suppression',
                    reason: 'suppression' as const,
                    basis: holdBasis('suppression'),
                    records: 1,
                    deferrable: false,
                  },
                ]
              : []
        : [];
    const statement = statementOf(
      {
        processorId: p.processorId,
        state:
          kind === 'none'
            ? 'NOT_FOUND'
            : holds.length
              ? 'PARTIAL'
              : 'COMPLETED',
        startedAt: AT,
        finishedAt: AT,
        records: kind === 'none' ? 0 : 2,
        holds,
      },
      type,
    );
    return { processor: p, statement };
  });
}

function accounting(what: string) {
  return {
    what,
    reason: 'accounting' as const,
    basis: holdBasis('accounting', 'Kirjanpitolaki 1336/1997, 2 luku 10 §'),
    until: '2032-12-31',
    records: 2,
    deferrable: false,
  };
}

/** What a reader sees: the text without markup and entities. */
function visible(html: string): string {
  return html
    .replace(/<style[\s\S]*?<\/style>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/\s+/g, ' ');
}

function accessReport(locale: Locale, kind: 'found' | 'none' = 'found') {
  const r = request('access', locale);
  const index = new PackageIndex();
  const answered = rows('access', kind);
  for (const { processor: p } of answered) {
    const summary = index.source(p, textIn(p.name, locale));
    if (kind === 'found')
      index.add(summary, { category: 'customer', id: 'c-1', data: { x: 1 } });
  }
  return accessReportHtml(
    r,
    merchant,
    index,
    answered.map((x) => ({ processor: x.processor, statement: x.statement })),
    locale,
    AT,
  );
}

function certificate(locale: Locale) {
  const cert = certify({
    requestId: request('erasure', locale).requestId,
    merchant: {
      merchantId: 'lastu',
      name: merchant.legalName ?? merchant.name,
      businessId: merchant.businessId,
      address: merchant.address,
      privacyContact: merchant.privacyContact,
    },
    requestType: 'erasure',
    receivedAt: '2026-03-15T10:00:00.000Z',
    completedAt: AT,
    round: 1,
    processors: rows('erasure', 'found').map(({ processor: p, statement }) =>
      certificateProcessor(
        p,
        { state: statement.kind === 'kept' ? 'PARTIAL' : 'COMPLETED' },
        statement,
      ),
    ),
    recipients: [
      {
        processorId: 'shopify',
        name: shopify.name,
        disclosures: [
          { call: 'POST graphql', identifiers: ['email'], at: AT, round: 1 },
        ],
      },
    ],
  });
  return certificateHtml(cert, locale, complaintHtml(merchant, locale));
}

/** What each message must say besides what every one says. */
interface Case {
  render: (locale: Locale) => string;
  /** Carries the right to complain with the authority (every answer to the shopper does). */
  complaint: boolean;
  /** Texts that must be present (reasons, deadline), per locale. */
  also?: (locale: Locale) => string[];
}

const email = (m: { text: string; html: string }) => ({
  text: m.text,
  html: visible(m.html),
});
/** An email is read twice: as text and as HTML; both must hold what is required. */
const both = (m: { text: string; html: string }) => {
  const e = email(m);
  return `${e.text}\n---\n${e.html}`;
};

const MESSAGES: Record<string, Case> = {
  verification: {
    render: (l) =>
      both(
        verificationEmail(
          merchant,
          request('access', l, { status: 'PENDING_VERIFICATION' }),
          'https://dsr.test/verify/x',
          '2026-03-18T10:00:00.000Z',
        ),
      ),
    complaint: false,
  },
  acknowledgement: {
    render: (l) => both(acknowledgementEmail(merchant, request('access', l))),
    complaint: true,
    also: (l) => [formatDate('2026-04-15', l), formatDate('2026-03-15', l)],
  },
  extension: {
    render: (l) =>
      both(
        extensionEmail(
          merchant,
          request('access', l, { dueDate: '2026-06-15' }),
          REASON,
        ),
      ),
    complaint: true,
    also: (l) => [REASON, formatDate('2026-06-15', l)],
  },
  refusal: {
    render: (l) =>
      both(denialEmail(merchant, request('access', l), REASON, 'excessive')),
    complaint: true,
    also: () => [REASON],
  },
  'access result': {
    render: (l) =>
      both(
        accessPackageEmail(
          merchant,
          request('access', l),
          rows('access', 'found'),
          {
            url: 'https://dsr.test/download/x',
            expiresAt: '2026-04-03T10:00:00.000Z',
            maxUses: 5,
          },
        ),
      ),
    complaint: true,
  },
  'access report': {
    render: (l) => visible(accessReport(l)),
    complaint: true,
  },
  'no-data report': {
    render: (l) =>
      both(noDataEmail(merchant, request('access', l), rows('access', 'none'))),
    complaint: true,
  },
  'no-data access report': {
    render: (l) => visible(accessReport(l, 'none')),
    complaint: true,
  },
  'erasure report': {
    render: (l) =>
      both(
        erasureReportEmail(
          merchant,
          request('erasure', l),
          rows('erasure', 'found'),
          undefined,
          'https://dsr.test/download/c',
        ),
      ),
    complaint: true,
  },
  certificate: {
    render: (l) => visible(certificate(l)),
    complaint: true,
  },
  'restriction result': {
    render: (l) =>
      both(
        requestDoneEmail(
          merchant,
          request('restriction', l),
          rows('restriction', 'found'),
        ),
      ),
    complaint: true,
  },
  'restriction lift': {
    render: (l) =>
      both(
        liftNoticeEmail(
          merchant,
          request('restriction', l, {
            status: 'COMPLETED',
            completedAt: AT,
          }),
          merchant.processors,
          REASON,
          '2026-04-02T10:00:00.000Z',
        ),
      ),
    complaint: true,
    also: (l) => [REASON, formatDate(AT, l)],
  },
  failure: {
    render: (l) => both(failureNoticeEmail(merchant, request('erasure', l))),
    complaint: true,
    also: (l) => [formatDate('2026-04-15', l)],
  },
  'deferral cancelled': {
    render: (l) =>
      both(
        deferralCancelledEmail(
          merchant,
          request('erasure', l, { status: 'DEFERRED' }),
          [shopify],
          '2026-09-20',
          REASON,
          { ground: 'legal-claims', until: '2027-06-30' },
        ),
      ),
    complaint: true,
    also: (l) => [REASON, formatDate('2026-09-20', l)],
  },
};

const CASES = Object.keys(MESSAGES).flatMap((message) =>
  SUPPORTED_LOCALES.map((locale) => ({ message, locale })),
);

/** Every English text of lastu's registry and of the register's words, with its translation. */
function englishRegistry(locale: Locale): string[] {
  const r = REGISTER_MESSAGES;
  const pairs: [string, string][] = [];
  const add = (value: LocalizedText | undefined) => {
    if (value !== undefined)
      pairs.push([textIn(value, 'en'), textIn(value, locale)]);
  };
  for (const p of merchant.processors) {
    add(p.name);
    add(p.retention);
    add(p.location?.region);
    add(p.profiling?.description);
    for (const c of p.categories)
      add(typeof c === 'string' ? { ...words(r, 'categories', c) } : c);
    for (const c of p.purposes)
      add(typeof c === 'string' ? { ...words(r, 'purposes', c) } : c);
  }
  for (const code of Object.keys(r.en.heldData))
    add(words(r, 'heldData', code));
  pairs.push([r.en.dpf, r[locale].dpf]);
  // A text some languages write exactly as English does is English only where it is not one
  // of these (checked: the same words in that language).
  return pairs
    .filter(([en, other]) => en !== other || !SAME_IN_OTHER_LANGUAGES.has(en))
    .map(([en]) => en);
}

/** Registry texts that Swedish or German write exactly as English does (place names, "USA"). */
const SAME_IN_OTHER_LANGUAGES = new Set([
  'EU (AWS eu-north-1, Stockholm)',
  'USA',
  'EU (Finland)',
]);

function words(
  r: typeof REGISTER_MESSAGES,
  group: 'categories' | 'purposes' | 'heldData',
  code: string,
): Record<Locale, string> {
  return Object.fromEntries(
    SUPPORTED_LOCALES.map((l) => [
      l,
      (r[l][group] as Record<string, string>)[code] ?? '',
    ]),
  ) as Record<Locale, string>;
}

const OTHER_AUTHORITIES = ['SE', 'FR', 'DE-BY', 'GB', 'IE'].map((code) => {
  const a = authorityFor(code);
  if (!a) throw new Error(`no authority for ${code}`);
  return a;
});

describe('legal content of every message to a shopper of a Finnish shop', () => {
  const own = supervisoryAuthorityOf(merchant);

  it.each(CASES)('$message ($locale)', ({ message, locale }) => {
    // Act
    const c = MESSAGES[message] as Case;
    const text = c.render(locale);

    // Assess: what the message must say
    expect(text).toContain(REF);
    for (const required of c.also?.(locale) ?? [])
      expect(text, required).toContain(required);
    if (c.complaint) {
      const complaint = REGISTER_MESSAGES[locale].complaint;
      expect(text).toContain(complaint.right);
      expect(text).toContain(authorityName(own, locale));
      expect(text).toContain(authorityUrl(own, locale));
      expect(text).toContain(EDPB_MEMBERS_URL[locale]);
      expect(text).toContain(merchant.legalName as string);
      expect(text).toContain(merchant.businessId as string);
    }

    // Assess: what it must never say
    expect(text).not.toContain('[object Object]');
    for (const other of OTHER_AUTHORITIES) {
      expect(text, other.code).not.toContain(authorityName(other, locale));
      expect(text, other.code).not.toContain(authorityUrl(other, locale));
    }
    for (const word of ['IMY', 'CNIL', 'I Sverige', 'En France', 'Suomessa'])
      expect(text, word).not.toMatch(new RegExp(`\\b${word}\\b`));
    if (locale !== 'en') {
      for (const english of englishRegistry(locale))
        expect(text, `English registry text in ${locale}`).not.toContain(
          english,
        );
      // An English citation ("Art. 15", "Art. 17(3)(b)"): German writes "Art. 15 DSGVO".
      expect(text).not.toMatch(locale === 'de' ? /Art\. \d+\(/ : /\bArt\. \d/);
      expect(text).not.toContain('GDPR Art');
    }
  });

  it('has a case for every right of the form and each of the five languages', () => {
    expect(CASES).toHaveLength(Object.keys(MESSAGES).length * 5);
    expect(SUPPORTED_LOCALES).toEqual(['en', 'fi', 'sv', 'de', 'fr']);
  });
});

describe('the merchant’s pages', () => {
  it('name each processor in the merchant’s language, never as an object', () => {
    const page = decisionPage(
      { ...merchant, locale: 'de' },
      request('access', 'fi', { status: 'AWAITING_DECISION' }),
      merchant.processors,
      '/decide/x',
    );
    expect(page).toContain('Unifaun / Posti (Versand)');
    expect(page).not.toContain('[object Object]');
  });
});

describe('a processor emailed in its own language', () => {
  it('the Finnish Posti email holds no English: the controller, the name and the article in Finnish', () => {
    // Act
    const mail = processorRequestEmail(
      merchant,
      posti,
      request('access', 'en'),
      { dueAt: '2026-04-08T20:59:59.999Z' },
      'https://dsr.test/processor/x',
      'processor',
    );

    // Assess
    const text = both(mail);
    expect(text).toContain('Unifaun / Posti (kuljetukset)');
    expect(text).toContain('tietosuoja-asetuksen 15 artikla');
    expect(text).toContain('Lastu Oy');
    for (const english of [
      'Finland',
      '(shipping)',
      '(Art. 15)',
      ...englishRegistry('fi'),
    ])
      expect(text, english).not.toContain(english);
  });
});

describe('the register in a report', () => {
  const r = (locale: Locale) => visible(accessReport(locale));

  it('labels a transfer by its basis: an adequacy decision (Art. 45) or safeguards (Art. 46)', () => {
    const en = r('en');
    expect(en).toContain(
      'Canada: adequacy decision of the European Commission (GDPR Art. 45)',
    );
    expect(en).toContain(
      'United States: adequacy decision of the European Commission (GDPR Art. 45), for companies certified under the EU–US Data Privacy Framework',
    );
    expect(en).toContain(
      'United States: standard contractual clauses (GDPR Art. 46(2)(c))',
    );
    expect(en).not.toMatch(/Transfer safeguard: EU-US Data Privacy Framework/);
    expect(r('de')).toContain(
      'Vereinigte Staaten: Standardvertragsklauseln (Art. 46 Abs. 2 lit. c DSGVO)',
    );
    // Inside the EEA there is no transfer, so no basis
    expect(en).toContain('within the EEA: no transfer');
  });

  it('states automated decisions as declared, and Nosto’s profiling with the right to object to it', () => {
    const en = r('en');
    expect(en).toContain(
      'Lastu Oy has declared that it makes no decisions about you based solely on automated processing',
    );
    expect(en).toContain('Nosto (product recommendations):');
    expect(en).toContain('You may object to it at any time, free of charge');
    expect(en).toContain('GDPR Art. 21(2)');
    const undeclared: MerchantConfig = {
      ...merchant,
      automatedDecisions: undefined,
      processors: merchant.processors.map((p) => ({
        ...p,
        profiling: undefined,
      })),
    };
    const report = visible(
      accessReportHtml(
        request('access', 'en'),
        undeclared,
        new PackageIndex(),
        [],
        'en',
        AT,
      ),
    );
    expect(report).toContain('has not stated whether it makes decisions');
    expect(report).not.toContain('has declared that it makes no decisions');
    expect(report).toContain('none of the organisations that hold your data');
  });

  it('names the controller in full, and what the request service keeps and for how long', () => {
    const fi = r('fi');
    expect(fi).toContain('Rekisterinpitäjä Lastu Oy');
    expect(fi).toContain('Y-tunnus 1234567-1');
    expect(fi).toContain('Nahkatehtaankatu 2, 90130 Oulu, Suomi');
    expect(fi).toContain(
      'säilytetään 3 vuotta pyynnön käsittelyn päättymisestä',
    );
    expect(fi).toContain('pseudonymisoidussa muodossa');
  });

  it('says others’ data was left out only where a person reviews packages before release', () => {
    const sentence = 'so that data about other people is left out';
    expect(r('en')).not.toContain(sentence);
    const reviewed = visible(
      accessReportHtml(
        request('access', 'en'),
        { ...merchant, releaseReview: true },
        new PackageIndex(),
        [],
        'en',
        AT,
      ),
    );
    expect(reviewed).toContain(sentence);
  });

  it('says plainly that nothing is held, never that an organisation holds data', () => {
    const none = visible(accessReport('en', 'none'));
    expect(none).toContain(
      'neither the shop nor any of the organisations that hold customer data for it holds personal data about you',
    );
    expect(none).not.toContain('holds data about you for the shop');
  });

  it('reports SendGrid’s suppression as kept, with why, in the erasure report', () => {
    const text = email(
      erasureReportEmail(
        merchant,
        request('erasure', 'en'),
        rows('erasure', 'found'),
      ),
    ).text;
    expect(text).toContain(
      'kept: your email address on a suppression list, so that no marketing reaches the address again',
    );
    expect(text).toContain('is kept for 3 years after the request is closed');
  });
});

describe('a statement about the articles', () => {
  it.each(SUPPORTED_LOCALES)(
    '%s cites each request type’s article',
    (locale) => {
      const text = both(
        acknowledgementEmail(merchant, request('erasure', locale)),
      );
      const cited = {
        en: 'GDPR Art. 17',
        fi: 'tietosuoja-asetuksen 17 artikla',
        sv: 'artikel 17 i dataskyddsförordningen',
        de: 'Art. 17 DSGVO',
        fr: 'article 17 du RGPD',
      }[locale];
      expect(ARTICLE_OF.erasure).toBe('Art. 17');
      expect(text).toContain(cited);
    },
  );
});
