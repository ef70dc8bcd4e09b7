/**
 * What a data-protection lawyer found in the rendered outputs (issue 16, second review), read as
 * the reader reads each message: the refusal on identity rests on Arts 11(2) and 12(2), not on
 * Art. 12(6); "excessive" states no fact the shop has not shown; in each of the five languages.
 */
import { describe, expect, it } from 'vitest';
import type { DsrRequest } from '#domain/request.ts';
import {
  type Locale,
  MerchantConfig,
  SUPPORTED_LOCALES,
} from '#domain/schemas.ts';
import { loadSeed } from '#infra/seed/seed.ts';
import { denialEmail } from '#presentation/emails.ts';

const merchant = MerchantConfig.parse(loadSeed('lastu').merchant);

const request = (
  type: DsrRequest['type'],
  locale: Locale,
  extra: Partial<DsrRequest> = {},
): DsrRequest => ({
  requestId: '0a1b2c3d-0000-4000-8000-000000000001',
  merchantId: 'lastu',
  type,
  status: 'AWAITING_DECISION',
  email: 'aino.virtanen@example.com',
  subjectRef: 'ref',
  locale,
  receivedAt: '2026-03-15T10:00:00.000Z',
  verifiedAt: '2026-03-15T10:05:00.000Z',
  dueDate: '2026-04-15',
  dueAt: '2026-04-15T20:59:59.999Z',
  extensionNoticeDue: '2026-04-15',
  updatedAt: '2026-03-20T10:00:00.000Z',
  ...extra,
});

/** The text a reader sees: markup dropped, spaces collapsed. */
const read = (s: string) =>
  s
    .replace(/<style>[\s\S]*?<\/style>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ');

describe('A. a refusal on identity cites Arts 11(2) and 12(2)', () => {
  const cited: Record<Locale, string> = {
    en: '(GDPR Arts 11(2) and 12(2))',
    fi: '(tietosuoja-asetuksen 11 artiklan 2 kohta ja 12 artiklan 2 kohta)',
    sv: '(artiklarna 11.2 och 12.2 i dataskyddsförordningen)',
    de: '(Art. 11 Abs. 2 und Art. 12 Abs. 2 DSGVO)',
    fr: '(RGPD, art. 11, par. 2, et art. 12, par. 2)',
  };
  const art126 =
    /12\(6\)|12 artiklan 6|12\.6|Art\. 12 Abs\. 6|art\. 12, par\. 6/;
  it.each(SUPPORTED_LOCALES)('in %s', (locale) => {
    const mail = denialEmail(
      merchant,
      request('access', locale),
      'No order was given.',
      'identity-unconfirmed',
    );
    for (const body of [mail.text, read(mail.html)]) {
      expect(body).toContain(cited[locale]);
      expect(body).not.toMatch(art126);
    }
  });
});

describe('C. a refusal as excessive states no reason the shop did not give', () => {
  const sentence: Record<Locale, string> = {
    en: 'The request is excessive (GDPR Art. 12(5)).',
    fi: 'Pyyntö on kohtuuton (tietosuoja-asetuksen 12 artiklan 5 kohta).',
    sv: 'Begäran är orimlig (artikel 12.5 i dataskyddsförordningen).',
    de: 'Die Anfrage ist exzessiv (Art. 12 Abs. 5 DSGVO).',
    fr: 'La demande est excessive (RGPD, art. 12, par. 5).',
  };
  const repeats = /repeats|toistaa|upprepar|wiederholt|répète/;
  it.each(SUPPORTED_LOCALES)('in %s', (locale) => {
    const mail = denialEmail(
      merchant,
      request('access', locale),
      'Third identical request this week.',
      'excessive',
    );
    expect(mail.text).toContain(sentence[locale]);
    expect(mail.text).toContain('Third identical request this week.');
    expect(mail.text).not.toMatch(repeats);
  });
});
