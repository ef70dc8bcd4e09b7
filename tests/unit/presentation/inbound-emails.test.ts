import { describe, expect, it } from 'vitest';
import type { DsrRequest } from '#domain/request.ts';
import { type Locale, MerchantConfig } from '#domain/schemas.ts';
import { loadSeed } from '#infra/seed/seed.ts';
import { ref } from '#presentation/emails.ts';
import {
  deliveryProblemEmail,
  inboundNoticeEmail,
} from '#presentation/inbound-emails.ts';

const lastu = MerchantConfig.parse(loadSeed('lastu').merchant);
const inLocale = (locale: Locale) => ({ ...lastu, locale });
const request = {
  requestId: '0f8fad5b-d9cb-469f-a165-70867728950e',
  merchantId: 'lastu',
  type: 'erasure',
  status: 'AWAITING_DECISION',
  email: 'aino@example.com',
  subjectRef: 'x',
  locale: 'fi',
  receivedAt: '2026-03-15T10:00:00.000Z',
  dueDate: '2026-04-15',
  dueAt: '2026-04-15T20:59:59.999Z',
  updatedAt: '2026-03-15T10:00:00.000Z',
} as unknown as DsrRequest;
const reference = ref(request);
const baseUrl = 'https://dsr.example.com';
const to = ['privacy@lastu.example'];

// The merchant reads the notice in the shop's language (its texts: presentation/i18n/inbound.ts
// and its folder, each language read when first asked for).
describe("the merchant's notice of a request by another door", () => {
  it.each([
    ['en', `New privacy request from Shopify admin (${reference})`],
    ['fi', `Uusi tietosuojapyyntö Shopifyn hallinnasta (${reference})`],
    [
      'sv',
      `Ny integritetsbegäran från Shopify-administrationen (${reference})`,
    ],
    ['de', `Neue Datenschutzanfrage aus der Shopify-Verwaltung (${reference})`],
    [
      'fr',
      `Nouvelle demande RGPD reçue depuis l'administration Shopify (${reference})`,
    ],
  ] as const)('names the door in %s', (locale, subject) => {
    const mail = inboundNoticeEmail(
      inLocale(locale),
      request,
      { door: 'shopify', pending: false, attachments: 0, baseUrl },
      to,
    );
    expect(mail.subject).toBe(subject);
    expect(mail.text).toContain(
      `${baseUrl}/console/requests/${request.requestId}`,
    );
  });

  it('tells in Finnish that an unclear email waits for the merchant, with its attachments', () => {
    const mail = inboundNoticeEmail(
      inLocale('fi'),
      request,
      {
        door: 'email',
        pending: true,
        why: 'spoofed',
        attachments: 2,
        baseUrl,
      },
      to,
    );
    expect(mail.subject).toBe(
      `Tietosuojapyyntö sähköpostitse: vahvista pyynnön laji (${reference})`,
    );
    expect(mail.text).toContain(
      `Sait tietosuojapyynnön sähköpostitse: ${reference}.`,
    );
    expect(mail.text).toContain('Emme voineet päätellä, mitä oikeutta');
    expect(mail.text).toContain('osoite voi olla väärennetty.');
    expect(mail.text).toContain(
      '2 liitettä, tallennettu avaamattomana pyynnön yhteyteen.',
    );
  });
});

describe("the merchant's notice of mail that bounced", () => {
  it.each([
    ['en', 'The confirmation link for request'],
    ['fi', `Pyynnön ${reference} vahvistuslinkki ei mennyt perille`],
    ['sv', `Bekräftelselänken för begäran ${reference}`],
    ['de', `Der Bestätigungslink zur Anfrage ${reference}`],
    ['fr', `Le lien de confirmation concernant la demande ${reference}`],
  ] as const)('names what bounced in %s', (locale, sentence) => {
    const mail = deliveryProblemEmail(
      inLocale(locale),
      request,
      { kind: 'bounce', what: 'verification', baseUrl },
      to,
    );
    expect(mail.text).toContain(sentence);
    expect(mail.html).toContain(sentence);
  });
});
