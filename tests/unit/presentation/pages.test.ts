import { describe, expect, it } from 'vitest';
import type { DsrRequest } from '#domain/request.ts';
import { MerchantConfig, SUPPORTED_LOCALES } from '#domain/schemas.ts';
import {
  authorityName,
  authorityUrl,
  supervisoryAuthorityOf,
} from '#domain/supervisory-authorities.ts';
import { loadSeed } from '#infra/seed/seed.ts';
import { decisionPage } from '#presentation/decision-pages.ts';
import {
  decisionRequestEmail,
  denialEmail,
  verificationEmail,
} from '#presentation/emails.ts';
import { requestFormPage } from '#presentation/form-pages.ts';
import { confirmIdentityPage } from '#presentation/pages.ts';
import { linkErrorPage } from '#presentation/status-pages.ts';

const merchant = MerchantConfig.parse(loadSeed('lastu').merchant);
const request = {
  requestId: '0f8fad5b-d9cb-469f-a165-70867728950e',
  merchantId: 'lastu',
  type: 'erasure',
  status: 'AWAITING_DECISION',
  email: 'aino@example.com',
  subjectRef: 'x',
  locale: 'fi',
  receivedAt: '2026-03-15T10:00:00.000Z',
  verifiedAt: '2026-03-15T10:05:00.000Z',
  dueDate: '2026-04-15',
  dueAt: '2026-04-15T20:59:59.999Z',
  updatedAt: '2026-03-15T10:05:00.000Z',
} as unknown as DsrRequest;

describe('the request form', () => {
  it('is in the chosen language, with lang, a switcher and the posted locale', () => {
    const page = requestFormPage(
      merchant,
      '/requests',
      {},
      {},
      'sv',
      '/m/lastu',
    );
    expect(page).toContain('<html lang="sv">');
    expect(page).toContain('Vad vill du göra?');
    expect(page).toContain('<input type="hidden" name="locale" value="sv">');
    expect(page).toContain('href="/m/lastu?lang=fi" lang="fi" hreflang="fi"');
    expect(page).toContain('<legend>');
  });

  it('marks invalid fields and summarises the errors in an alert', () => {
    const page = requestFormPage(
      merchant,
      '/requests',
      { email: 'nope' },
      { email: 'must be a valid email address' },
      'de',
    );
    expect(page).toContain('role="alert"');
    expect(page).toContain('href="#email"');
    expect(page).toMatch(
      /id="email"[^>]*aria-describedby="email-error"[^>]*aria-invalid="true"/,
    );
    expect(page).toContain(
      'id="email-error">Geben Sie Ihre E-Mail-Adresse ein',
    );
    expect(page).not.toContain('must be a valid email address');
  });

  it('reports an error on an unknown field without a field link', () => {
    const page = requestFormPage(
      merchant,
      '/requests',
      {},
      { merchant: 'bad' },
    );
    expect(page).toContain(CATALOG_OTHER);
  });
});
const CATALOG_OTHER = 'Something in the form is not right.';

describe('pages and emails follow the locale', () => {
  it('confirm page and link errors', () => {
    expect(confirmIdentityPage('Lastu', 'access', '/verify/x', 'fr')).toContain(
      'Consulter mes données',
    );
    const gone = linkErrorPage(410, 'The link was already used', 'fi');
    expect(gone).toContain('Tätä linkkiä ei voi enää käyttää');
    expect(gone).toContain('<html lang="fi">');
  });

  it('the decision page is in the merchant’s language', () => {
    const page = decisionPage(
      { ...merchant, locale: 'de' },
      request,
      merchant.processors,
      '/decide/x',
      { problem: 'reasonToDeny', posted: { decision: 'deny' } },
    );
    expect(page).toContain('<html lang="de">');
    expect(page).toContain(
      'Zum Ablehnen einer Anfrage ist eine Begründung erforderlich.',
    );
    expect(page).toContain('aria-describedby="reason-hint reason-error"');
  });

  it('offers each right’s own refusal grounds, and no Art. 17(3) ground for a whole erasure', () => {
    const page = (patch: Partial<DsrRequest>) =>
      decisionPage(
        merchant,
        { ...request, ...patch },
        merchant.processors,
        '/decide/x',
      );
    const grounds = (html: string) =>
      [...html.matchAll(/name="ground" value="([^"]*)"/g)].map((m) => m[1]);
    expect(grounds(page({ type: 'access' }))).toEqual([
      'manifestly-unfounded',
      'excessive',
      'other',
      '',
    ]);
    expect(grounds(page({ type: 'erasure' }))).toEqual([
      'manifestly-unfounded',
      'excessive',
      'no-erasure-ground',
      'other',
      '',
    ]);
    expect(grounds(page({ type: 'portability' }))).toContain(
      'portability-not-applicable',
    );
    // Art. 21(1) is weighed; an objection to direct marketing is absolute (Art. 21(3)).
    expect(
      grounds(page({ type: 'objection', objectionScope: 'other' })),
    ).toContain('compelling-legitimate-grounds');
    expect(
      grounds(page({ type: 'objection', objectionScope: 'direct-marketing' })),
    ).not.toContain('compelling-legitimate-grounds');
    // "Identity could not be confirmed" only once more information was asked for (Art. 12(6)).
    expect(
      grounds(
        page({
          informationRequest: {
            question: 'Which order?',
            requestedAt: '2026-03-16T08:00:00.000Z',
            by: 'merchant-link',
          },
        }),
      ),
    ).toContain('identity-unconfirmed');
    expect(page({ type: 'erasure' })).toContain(
      'Erasure: none of the grounds of Art. 17(1) applies',
    );
  });

  it('the refusal names its legal ground in the shopper’s language', () => {
    const mail = denialEmail(merchant, request, '', 'identity-unconfirmed');
    expect(mail.text).toContain(
      'tietosuoja-asetuksen 11 artiklan 2 kohta ja 12 artiklan 2 kohta',
    );
    expect(mail.text).not.toContain('12 artiklan 6 kohta');
  });

  it('shopper emails use the request locale, merchant emails the merchant locale', () => {
    const verify = verificationEmail(
      merchant,
      request,
      'https://x/verify/abc',
      '2026-03-22T10:00:00Z',
    );
    expect(verify.subject).toMatch(
      /^Vahvista tietosuojapyyntösi: Lastu \[0F8FAD5B\]$/,
    );
    expect(verify.text).toContain('22. maaliskuuta 2026');
    expect(verify.html).toContain('<html lang="fi">');
    expect(verify.html).toContain('<strong>Poista tietoni</strong>');

    const brief = decisionRequestEmail(
      merchant,
      request,
      merchant.processors,
      'https://x/decide/abc',
      new Date('2026-03-16T00:00:00Z'),
    );
    expect(brief.subject).toContain('Decision needed: Erase my data request');
    expect(brief.html).toContain('<html lang="en">');

    const denial = denialEmail(merchant, request, 'Nope <b>');
    expect(denial.text).toContain('Tietosuojavaltuutetun toimisto');
    expect(denial.html).toContain('Nope &lt;b&gt;');
    expect(denial.html).toContain('<a href="https://tietosuoja.fi">');
  });
});

describe('the supervisory authority in a refusal', () => {
  it('is the merchant’s authority, named and linked in the shopper’s language', () => {
    const authority = supervisoryAuthorityOf(merchant);
    for (const locale of SUPPORTED_LOCALES) {
      const denial = denialEmail(merchant, { ...request, locale }, 'Syy');
      const name = authorityName(authority, locale);
      const url = authorityUrl(authority, locale);
      expect(denial.text, locale).toContain(`${name} (${url})`);
      expect(denial.html, locale).toContain(`<a href="${url}">${name}</a>`);
      if (locale !== 'en') {
        expect(denial.text, locale).not.toContain('Office of the');
      }
      // The office has Finnish and Swedish pages; German and French readers get its English ones.
      if (locale === 'fi' || locale === 'sv') expect(url).not.toMatch(/\/en$/);
    }
  });
});
