/**
 * What a data-protection lawyer found in the rendered outputs (issue 16, second review), read as
 * the reader reads each message: the refusal on identity rests on Arts 11(2) and 12(2), not on
 * Art. 12(6); "excessive" states no fact the shop has not shown; the two grounds of Art. 21(1) are
 * two, and neither refuses an objection to direct marketing (Art. 21(3)); in the five languages.
 */
import { describe, expect, it } from 'vitest';
import { groundsFor } from '#domain/denial-grounds.ts';
import { PackageIndex } from '#domain/export-package.ts';
import { textIn } from '#domain/localized.ts';
import { statementOf } from '#domain/processor-answer.ts';
import { pseudonymisation } from '#domain/pseudonymisation.ts';
import type { DsrRequest } from '#domain/request.ts';
import { PSEUDONYMISED_RECORD_DAYS } from '#domain/retention.ts';
import {
  type Locale,
  MerchantConfig,
  SUPPORTED_LOCALES,
} from '#domain/schemas.ts';
import { loadSeed } from '#infra/seed/seed.ts';
import { accessReportHtml } from '#presentation/access-report.ts';
import { decisionPage } from '#presentation/decision-pages.ts';
import { deferralPage } from '#presentation/deferral-pages.ts';
import { denialEmail, requestDoneEmail } from '#presentation/emails.ts';
import { formatDate } from '#presentation/i18n/index.ts';
import {
  deferralCancelledEmail,
  liftNoticeEmail,
} from '#presentation/notice-emails.ts';

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
    fr: '(article 11, paragraphe 2, et article 12, paragraphe 2, du RGPD)',
  };
  const art126 =
    /12\(6\)|12 artiklan 6|12\.6|Art\. 12 Abs\. 6|article 12, paragraphe 6/;
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
    fr: 'La demande est excessive (article 12, paragraphe 5, du RGPD).',
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

describe('D. Art. 21(1) gives two grounds, and none against direct marketing', () => {
  const overriding: Record<Locale, string> = {
    en: 'We have compelling legitimate grounds for the processing which override your interests, rights and freedoms (GDPR Art. 21(1)).',
    fi: 'Käsittelyyn on huomattavan tärkeä ja perusteltu syy, joka syrjäyttää etusi, oikeutesi ja vapautesi (tietosuoja-asetuksen 21 artiklan 1 kohta).',
    sv: 'Vi har tvingande berättigade skäl för behandlingen som väger tyngre än dina intressen, rättigheter och friheter (artikel 21.1 i dataskyddsförordningen).',
    de: 'Wir haben zwingende schutzwürdige Gründe für die Verarbeitung, die Ihre Interessen, Rechte und Freiheiten überwiegen (Art. 21 Abs. 1 DSGVO).',
    fr: 'Il existe des motifs légitimes et impérieux pour le traitement qui prévalent sur vos intérêts et vos droits et libertés (article 21, paragraphe 1, du RGPD).',
  };
  const claims: Record<Locale, string> = {
    en: 'The processing is necessary for the establishment, exercise or defence of legal claims (GDPR Art. 21(1)).',
    fi: 'Käsittely on tarpeen oikeusvaateen laatimiseksi, esittämiseksi tai puolustamiseksi (tietosuoja-asetuksen 21 artiklan 1 kohta).',
    sv: 'Behandlingen behövs för fastställande, utövande eller försvar av rättsliga anspråk (artikel 21.1 i dataskyddsförordningen).',
    de: 'Die Verarbeitung dient der Geltendmachung, Ausübung oder Verteidigung von Rechtsansprüchen (Art. 21 Abs. 1 DSGVO).',
    fr: 'Le traitement est nécessaire à la constatation, à l’exercice ou à la défense de droits en justice (article 21, paragraphe 1, du RGPD).',
  };
  const profiling = (locale: Locale) =>
    request('objection', locale, { objectionScope: 'other' });

  it.each(SUPPORTED_LOCALES)(
    'a refusal in %s states the one ground chosen, with no "or"',
    (locale) => {
      const one = denialEmail(
        merchant,
        profiling(locale),
        'Fraud screening of your orders.',
        'compelling-legitimate-grounds',
      ).text;
      expect(one).toContain(overriding[locale]);
      expect(one).not.toContain(claims[locale]);
      const other = denialEmail(
        merchant,
        profiling(locale),
        'A dispute about order 1001 is pending.',
        'objection-legal-claims',
      ).text;
      expect(other).toContain(claims[locale]);
      expect(other).not.toContain(overriding[locale]);
    },
  );

  it('offers both for an objection to other processing, neither for direct marketing', () => {
    const art21 = ['compelling-legitimate-grounds', 'objection-legal-claims'];
    expect(groundsFor({ type: 'objection', objectionScope: 'other' })).toEqual(
      expect.arrayContaining(art21),
    );
    const marketing = groundsFor({
      type: 'objection',
      objectionScope: 'direct-marketing',
    });
    for (const g of art21) expect(marketing).not.toContain(g);
    const page = decisionPage(
      merchant,
      request('objection', 'fi', { objectionScope: 'direct-marketing' }),
      merchant.processors,
      '/decide/x',
    );
    expect(page).not.toContain('value="compelling-legitimate-grounds"');
    expect(page).not.toContain('value="objection-legal-claims"');
  });

  it('warns on an objection to other processing that reaches processors registered for direct marketing', () => {
    const page = read(
      decisionPage(merchant, profiling('fi'), merchant.processors, '/decide/x'),
    );
    // lastu's register: the shop's own records, Shopify (marketing consent), SendGrid
    // (newsletter), Judge.me (review requests) and Justuno (newsletter sign-up) market.
    expect(page).toContain(
      'The register lists Lastu: customer and order records (AWS, eu-north-1), Shopify (online store platform), Twilio SendGrid (order and newsletter email), Judge.me (product reviews) and Justuno (sign-up pop-ups) as using the data for direct marketing.',
    );
    expect(page).toContain(
      'it cannot be refused on the grounds of Art. 21(1) (Art. 21(3))',
    );
    const marketing = decisionPage(
      merchant,
      request('objection', 'fi', { objectionScope: 'direct-marketing' }),
      merchant.processors,
      '/decide/x',
    );
    expect(marketing).not.toContain('class="warning"');
  });
});

describe('H. the rights as the law qualifies them', () => {
  const objectionRight: Record<Locale, string[]> = {
    en: [
      'stop using it for direct marketing (Art. 21(2)–(3))',
      'stop processing that is based on the shop’s legitimate interests or on a task in the public interest, unless the shop demonstrates compelling legitimate grounds',
      '(Art. 21(1))',
    ],
    fi: [
      'suoramarkkinointiin (21 artiklan 2 ja 3 kohta)',
      'käsittelyn, joka perustuu kaupan oikeutettuun etuun tai yleisen edun mukaiseen tehtävään, jollei kauppa osoita',
      '(21 artiklan 1 kohta)',
    ],
    sv: [
      'direktmarknadsföring (artikel 21.2 och 21.3)',
      'behandling som grundar sig på butikens berättigade intressen eller på en uppgift av allmänt intresse, om inte butiken kan påvisa tvingande berättigade skäl',
      '(artikel 21.1)',
    ],
    de: [
      'Direktwerbung zu beenden (Art. 21 Abs. 2 und 3 DSGVO)',
      'auf berechtigte Interessen des Shops oder auf eine Aufgabe im öffentlichen Interesse gestützt ist, es sei denn, der Shop weist zwingende schutzwürdige Gründe nach',
      '(Art. 21 Abs. 1 DSGVO)',
    ],
    fr: [
      'prospection (article 21, paragraphes 2 et 3, du RGPD)',
      'fondé sur les intérêts légitimes de la boutique ou sur une mission d’intérêt public, à moins qu’elle ne démontre des motifs légitimes et impérieux',
      '(article 21, paragraphe 1, du RGPD)',
    ],
  };
  it.each(SUPPORTED_LOCALES)(
    'the access report in %s qualifies the right to object',
    (locale) => {
      const index = new PackageIndex();
      const rows = merchant.processors.map((p) => {
        index.add(index.source(p, textIn(p.name, locale)), {
          category: 'customer',
          id: 'c-1',
          data: { x: 1 },
        });
        return {
          processor: p,
          statement: statementOf(
            {
              processorId: p.processorId,
              state: 'COMPLETED',
              startedAt: '2026-03-20T10:00:00.000Z',
              finishedAt: '2026-03-20T10:00:00.000Z',
              records: 1,
            },
            'access',
          ),
        };
      });
      const report = read(
        accessReportHtml(
          request('access', locale),
          merchant,
          index,
          rows,
          locale,
          '2026-03-20T10:00:00.000Z',
        ),
      );
      for (const part of objectionRight[locale]) expect(report).toContain(part);
      expect(report).not.toMatch(
        /other purposes you object to|muuhun käyttöön, jota vastustat|annat du invänder mot|denen Sie widersprechen|vous vous opposez/,
      );
    },
  );

  const restricted: Record<Locale, string[]> = {
    en: [
      'restricted the processing of your data: it is stored, and otherwise processed only with your consent, for legal claims, to protect the rights of another person or for reasons of important public interest (Art. 18(2))',
      'the shop will tell you before the restriction is lifted (Art. 18(3))',
    ],
    fi: [
      'tiedot säilytetään, ja muuten niitä käsitellään vain suostumuksellasi',
      '(18 artiklan 2 kohta)',
      'kauppa ilmoittaa sinulle ennen kuin rajoitus poistetaan (18 artiklan 3 kohta)',
    ],
    sv: [
      'de lagras, och i övrigt behandlas de bara med ditt samtycke',
      '(artikel 18.2)',
      'butiken meddelar dig innan begränsningen hävs (artikel 18.3)',
    ],
    de: [
      'Die Daten werden gespeichert und darüber hinaus nur mit Ihrer Einwilligung',
      '(Art. 18 Abs. 2 DSGVO)',
      'der Shop unterrichtet Sie, bevor die Einschränkung aufgehoben wird (Art. 18 Abs. 3 DSGVO)',
    ],
    fr: [
      'elles sont conservées et ne sont traitées par ailleurs qu’avec votre consentement',
      '(article 18, paragraphe 2, du RGPD)',
      'la boutique vous informera avant la levée de la limitation (article 18, paragraphe 3, du RGPD)',
    ],
  };
  it.each(SUPPORTED_LOCALES)(
    'a restriction’s result in %s says what a restriction still allows and that a lift is announced',
    (locale) => {
      const shopify = merchant.processors.find(
        (p) => p.processorId === 'shopify',
      );
      if (!shopify) throw new Error('no shopify');
      const mail = requestDoneEmail(merchant, request('restriction', locale), [
        {
          processor: shopify,
          statement: statementOf(
            {
              processorId: 'shopify',
              state: 'COMPLETED',
              startedAt: '2026-03-20T10:00:00.000Z',
              finishedAt: '2026-03-20T10:00:00.000Z',
            },
            'restriction',
          ),
        },
      ]);
      for (const body of [mail.text, read(mail.html)])
        for (const part of restricted[locale]) expect(body).toContain(part);
      expect(mail.text).not.toMatch(
        /kept but not used|mutta niitä ei käytetä|används inte|nicht verwendet|ne sont pas utilisées/,
      );
    },
  );
});

describe('G. the Art. 18(3) notice states the day the restriction is lifted', () => {
  const lifted: Record<Locale, (d: string) => string> = {
    en: (d) =>
      `The shop lifts the restriction on ${d}; this message is sent to you before it is lifted (GDPR Art. 18(3)).`,
    fi: (d) =>
      `Kauppa poistaa rajoituksen ${d}; tämä viesti lähetetään sinulle ennen rajoituksen poistamista`,
    sv: (d) =>
      `Butiken häver begränsningen den ${d}; det här meddelandet skickas till dig innan den hävs`,
    de: (d) =>
      `Der Shop hebt die Einschränkung am ${d} auf; diese Nachricht erhalten Sie, bevor sie aufgehoben wird`,
    fr: (d) =>
      `La boutique lève cette limitation le ${d} ; ce message vous est envoyé avant qu’elle ne soit levée`,
  };
  const objection: Record<Locale, string> = {
    en: 'Where the shop processes your data on the basis of its legitimate interests, you may object to that processing at any time on grounds relating to your particular situation',
    fi: 'Jos kauppa käsittelee tietojasi oikeutetun etunsa perusteella, voit milloin tahansa vastustaa käsittelyä erityiseen tilanteeseesi liittyvällä perusteella',
    sv: 'Om butiken behandlar dina uppgifter på grundval av sina berättigade intressen kan du när som helst',
    de: 'Soweit der Shop Ihre Daten auf Grundlage seiner berechtigten Interessen verarbeitet, können Sie dieser Verarbeitung',
    fr: 'Lorsque la boutique traite vos données sur la base de ses intérêts légitimes, vous pouvez à tout moment vous opposer',
  };
  it.each(SUPPORTED_LOCALES)('in %s', (locale) => {
    const mail = liftNoticeEmail(
      merchant,
      request('restriction', locale, {
        status: 'COMPLETED',
        completedAt: '2026-03-20T10:00:00.000Z',
      }),
      merchant.processors.filter((p) => p.processorId === 'shopify'),
      'The accuracy of your address was verified.',
      '2026-04-02T10:00:00.000Z',
    );
    const day = formatDate('2026-04-02T10:00:00.000Z', locale);
    // Read as seen: a no-break space is a space.
    for (const body of [read(mail.text), read(mail.html)]) {
      expect(body).toContain(lifted[locale](day));
      expect(body).toContain(objection[locale]);
      expect(body).not.toMatch(
        /If you disagree|Jos et hyväksy|Om du inte håller med|Wenn Sie nicht einverstanden|kept but not used/,
      );
    }
  });
});

describe('E. the subject hash is pseudonymised data, kept for a stated time', () => {
  const said: Record<Locale, string[]> = {
    en: [
      'What stays, for 1 year more, is how the request was handled, with your email address in pseudonymised form (a hash of it).',
      'Anyone who already knows your address can compute the same hash and match it, so it is still personal data (GDPR Recital 26).',
      'It is kept to recognise repeated requests and to show how your request was handled, and is then deleted.',
    ],
    fi: [
      'sähköpostiosoitteesi pseudonymisoidussa muodossa (siitä laskettu tiiviste) säilytetään vielä yhden vuoden.',
      'joten tiiviste on edelleen henkilötietoa (tietosuoja-asetuksen johdanto-osan 26 kappale)',
      'toistuvien pyyntöjen tunnistamiseksi',
    ],
    sv: [
      'din e-postadress i pseudonymiserad form (ett hashvärde av den) sparas i ytterligare 1 år.',
      'så det är fortfarande en personuppgift (skäl 26 i dataskyddsförordningen)',
      'känna igen upprepade begäranden',
    ],
    de: [
      'bleibt noch 1 Jahr gespeichert, zusammen mit Ihrer E-Mail-Adresse in pseudonymisierter Form (einem Hashwert)',
      'es handelt sich daher weiterhin um personenbezogene Daten (Erwägungsgrund 26 DSGVO)',
      'um wiederholte Anfragen zu erkennen',
    ],
    fr: [
      'est conservée 1 an de plus, avec votre adresse e-mail sous forme pseudonymisée (un hachage de celle-ci)',
      'il s’agit donc toujours d’une donnée à caractère personnel (RGPD, considérant 26)',
      'reconnaître les demandes répétées',
    ],
  };
  const irreversible =
    /cannot be turned back|one-way|yksisuuntainen|envägsfunktion|Einweg|sens unique|ei voi palauttaa|nicht zurückgewinnen/;
  it.each(SUPPORTED_LOCALES)('in the %s access report', (locale) => {
    const report = read(
      accessReportHtml(
        request('access', locale),
        merchant,
        new PackageIndex(),
        [],
        locale,
        '2026-03-20T10:00:00.000Z',
      ),
    );
    for (const part of said[locale]) expect(report).toContain(part);
    expect(report).not.toMatch(irreversible);
  });

  it('the pseudonymised record itself ends a year after pseudonymisation', () => {
    const change = pseudonymisation(
      request('access', 'fi', {
        status: 'COMPLETED',
        retainUntil: '2029-03-20T10:00:00.000Z',
      }),
      '2029-03-21T00:00:00.000Z',
    );
    expect(change.set.subjectHash).toMatch(/^[0-9a-f]{64}$/);
    expect(change.set.deleteAfter).toBe('2030-03-21T00:00:00.000Z');
    expect(PSEUDONYMISED_RECORD_DAYS).toBe(365);
  });
});

describe('I. Nosto’s transfer to the USA through its sub-processor is declared', () => {
  const transfer: Record<Locale, string[]> = {
    en: [
      'its sub-processor SendGrid in the USA',
      'United States: adequacy decision of the European Commission (GDPR Art. 45)',
    ],
    fi: [
      'alikäsittelijä SendGrid Yhdysvalloissa',
      'Yhdysvallat: Euroopan komission tietosuojan riittävyyttä koskeva päätös (tietosuoja-asetuksen 45 artikla)',
    ],
    sv: [
      'underbiträdet SendGrid i USA',
      'USA: Europeiska kommissionens beslut om adekvat skyddsnivå (artikel 45 i dataskyddsförordningen)',
    ],
    de: [
      'Unterauftragsverarbeiter SendGrid in den USA',
      'Vereinigte Staaten: Angemessenheitsbeschluss der Europäischen Kommission (Art. 45 DSGVO)',
    ],
    fr: [
      'sous-traitant ultérieur SendGrid aux États-Unis',
      'États-Unis : décision d’adéquation de la Commission européenne (article 45 du RGPD)',
    ],
  };
  const noTransfer =
    /no transfer|ei siirtoa|ingen överföring|keine Übermittlung|aucun transfert/;
  it.each(SUPPORTED_LOCALES)('in the %s access report', (locale) => {
    const html = accessReportHtml(
      request('access', locale),
      merchant,
      new PackageIndex(),
      [],
      locale,
      '2026-03-20T10:00:00.000Z',
    );
    const nosto = [...html.matchAll(/<tr>[\s\S]*?<\/tr>/g)]
      .map((m) => read(m[0]))
      .filter((row) => row.includes('Nosto ('));
    expect(nosto).toHaveLength(1);
    for (const part of transfer[locale]) expect(nosto[0]).toContain(part);
    expect(nosto[0]).not.toMatch(noTransfer);
  });
});

describe('F. a cancelled deferral states its Art. 17(3) ground and its end', () => {
  const said: Record<Locale, (date: string) => string[]> = {
    en: (d) => [
      'The shop keeps it on this legal basis: to comply with a legal obligation (GDPR Art. 17(3)(b)).',
      `The shop keeps the data until ${d} and will erase it then.`,
    ],
    fi: (d) => [
      'Kauppa säilyttää tiedot seuraavalla perusteella: lakisääteisen velvoitteen noudattaminen',
      `Kauppa säilyttää tiedot ${d} asti ja poistaa ne silloin.`,
    ],
    sv: (d) => [
      'Butiken behåller uppgifterna på följande rättsliga grund: för att uppfylla en rättslig förpliktelse',
      `Butiken behåller uppgifterna till och med den ${d} och raderar dem då.`,
    ],
    de: (d) => [
      'Der Shop bewahrt die Daten auf folgender Rechtsgrundlage auf: zur Erfüllung einer rechtlichen Verpflichtung',
      `Der Shop bewahrt die Daten bis zum ${d} auf und löscht sie dann.`,
    ],
    fr: (d) => [
      'La boutique conserve les données sur la base juridique suivante : le respect d’une obligation légale',
      `La boutique conserve les données jusqu’au ${d} et les effacera à cette date.`,
    ],
  };
  const burden =
    /ask again|pyytää tietojen poistamista uudelleen|begära radering igen|erneut|à nouveau/;
  const shopify = merchant.processors.filter(
    (p) => p.processorId === 'shopify',
  );
  it.each(SUPPORTED_LOCALES)('in %s, with a date', (locale) => {
    const mail = deferralCancelledEmail(
      merchant,
      request('erasure', locale, { status: 'DEFERRED' }),
      shopify,
      '2026-09-20',
      'The 2026 accounts are audited.',
      { ground: 'legal-obligation', until: '2027-06-30' },
    );
    for (const body of [read(mail.text), read(mail.html)]) {
      for (const part of said[locale](formatDate('2027-06-30', locale)))
        expect(body).toContain(part);
      expect(body).not.toMatch(burden);
    }
  });

  it('with an event, quoted on one line', () => {
    const mail = deferralCancelledEmail(
      merchant,
      request('erasure', 'en', { status: 'DEFERRED' }),
      shopify,
      '2026-09-20',
      'A claim about order 1001.',
      {
        ground: 'legal-claims',
        untilEvent: 'the court case about order 1001 ends',
      },
    );
    expect(mail.text).toContain(
      'The shop keeps it on this legal basis: for the establishment, exercise or defence of legal claims (GDPR Art. 17(3)(e)). The shop keeps the data until the following has happened: “the court case about order 1001 ends”, and will erase it then.',
    );
  });

  it('the merchant’s page asks for the ground and the end, and a refused post comes back as typed', () => {
    const r = request('erasure', 'en', { status: 'DEFERRED' });
    const blank = deferralPage(merchant, r, ['Shopify'], '2026-09-20', '/d/x');
    expect(read(blank)).toContain(
      'Legal basis for keeping the data (the shopper is told)',
    );
    expect(blank).toContain('value="legal-obligation"');
    expect(blank).toContain('value="legal-claims"');
    expect(blank).not.toMatch(/\bchecked\b/);
    const page = deferralPage(merchant, r, ['Shopify'], '2026-09-20', '/d/x', {
      problem: 'endRequired',
      posted: {
        keepGround: 'legal-claims',
        keepUntil: '2027-01-31',
        keepUntilEvent: 'the case ends',
        reason: 'A dispute about order 1001.',
      },
    });
    expect(page).toMatch(/id="keepGround-legal-claims"[^>]*\bchecked\b/);
    expect(page).toContain('value="2027-01-31"');
    expect(page).toContain('value="the case ends"');
    expect(page).toContain('>A dispute about order 1001.</textarea>');
    expect(read(page)).toContain(
      'Give either the date until which the data is kept or the event that ends it, not both.',
    );
    expect(page).toContain('href="#keepUntil"');
  });
});

describe('B. an objection to other processing is answered as what it was', () => {
  const stopped: Record<Locale, string> = {
    en: 'stopped the processing you objected to',
    fi: 'lopetti käsittelyn, jota vastustit',
    sv: 'slutade med den behandling som du invände mot',
    de: 'hat die Verarbeitung eingestellt, der Sie widersprochen haben',
    fr: 'a mis fin au traitement qui faisait l’objet de votre opposition',
  };
  const marketing =
    /direct marketing to you|suoramarkkinoinnin|direktmarknadsföring till dig|Direktwerbung an Sie|prospection commerciale/;
  const nosto = merchant.processors.filter((p) => p.processorId === 'nosto');
  const confirmed = (scope: 'other' | 'direct-marketing') =>
    statementOf(
      {
        processorId: 'nosto',
        state: 'COMPLETED',
        startedAt: '2026-03-20T10:00:00.000Z',
        finishedAt: '2026-03-22T10:00:00.000Z',
        confirmation: { by: 'processor', at: '2026-03-22T10:00:00.000Z' },
      },
      'objection',
      scope,
    );

  it.each(SUPPORTED_LOCALES)(
    'the shopper’s result in %s says the processing objected to stopped, not marketing',
    (locale) => {
      const mail = requestDoneEmail(
        merchant,
        request('objection', locale, { objectionScope: 'other' }),
        nosto.map((p) => ({ processor: p, statement: confirmed('other') })),
      );
      for (const body of [read(mail.text), read(mail.html)]) {
        expect(body).toContain(stopped[locale]);
        expect(body).not.toMatch(marketing);
      }
    },
  );

  it('records the action from what was objected to', () => {
    expect(confirmed('other').action).toBe('processing-stopped');
    expect(confirmed('direct-marketing').action).toBe('confirmed');
    const api = (scope: 'other' | 'direct-marketing') =>
      statementOf(
        {
          processorId: 'shopify',
          state: 'COMPLETED',
          startedAt: '2026-03-20T10:00:00.000Z',
          finishedAt: '2026-03-20T10:00:00.000Z',
        },
        'objection',
        scope,
      ).action;
    expect(api('direct-marketing')).toBe('marketing-stopped');
    expect(api('other')).toBe('processing-stopped');
  });

  it('the decision page requires the note to approve, says so, and keeps what was typed', () => {
    const r = request('objection', 'en', {
      objectionScope: 'other',
      details: 'Stop profiling my purchases.',
    });
    const blank = read(
      decisionPage(merchant, r, merchant.processors, '/decide/x'),
    );
    expect(blank).toContain(
      'This objection is to processing other than direct marketing (Art. 21(1)): to approve it, the note is required.',
    );
    const page = decisionPage(merchant, r, merchant.processors, '/decide/x', {
      problem: 'noteRequired',
      posted: { decision: 'approve', reason: '', noteForProcessors: '' },
    });
    expect(page).toMatch(/id="approve"[^>]*\bchecked\b/);
    expect(read(page)).toContain(
      'This objection is to processing other than direct marketing: to approve it, write in the note for the processors which processing they must stop.',
    );
    expect(page).toContain('href="#noteForProcessors"');
  });
});
