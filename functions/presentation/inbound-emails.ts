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
import { formatDate, messages } from './i18n/index.ts';
import { inert, oneLine } from './user-text.ts';

/** How the request reached the shop, as the notice names it. */
export type InboundDoor = 'email' | 'shopify';

interface Words {
  subject: (door: InboundDoor, reference: string, pending: boolean) => string;
  arrived: (door: InboundDoor, reference: string) => string;
  from: string;
  asks: string;
  due: (date: string) => string;
  typed: (percent: number) => string;
  linkSent: string;
  attested: string;
  pending: (guess: string | undefined) => string;
  spam: string;
  spoofed: string;
  nothingSent: string;
  open: string;
  attachments: (n: number) => string;
  bounceSubject: (reference: string) => string;
  bounce: (what: string, reference: string) => string;
  bounceWhat: Record<string, string>;
  bounceAdvice: string;
  complaint: (reference: string) => string;
}

const door = {
  en: { email: 'by email', shopify: 'from Shopify admin' },
  fi: { email: 'sähköpostitse', shopify: 'Shopifyn hallinnasta' },
  sv: { email: 'via e-post', shopify: 'från Shopify-administrationen' },
  de: { email: 'per E-Mail', shopify: 'aus der Shopify-Verwaltung' },
  fr: { email: 'par e-mail', shopify: "depuis l'administration Shopify" },
} satisfies Record<Locale, Record<InboundDoor, string>>;

const WORDS: Record<Locale, Words> = {
  en: {
    subject: (d, r, p) =>
      p
        ? `Privacy request ${door.en[d]}: please confirm its type (${r})`
        : `New privacy request ${door.en[d]} (${r})`,
    arrived: (d, r) => `A privacy request reached you ${door.en[d]}: ${r}.`,
    from: 'From',
    asks: 'Asks for',
    due: (date) =>
      `The legal deadline counts from the day it arrived: answer by ${date}.`,
    typed: (p) => `recognised from its words (${p}% sure)`,
    linkSent:
      'The sender has been emailed a link to confirm their address; the request goes on as one from the form.',
    attested:
      'Shopify admin acted for the shop, so no confirmation link is sent; the request goes on to your decision.',
    pending: (g) =>
      g
        ? `We could not tell for sure which right it asks for (our best guess: ${g}).`
        : 'We could not tell which right it asks for.',
    spam: 'SES marked the message as spam.',
    spoofed:
      'The sender could not be authenticated (SPF and DKIM both failed): the address may be forged.',
    nothingSent:
      'It waits for you: open it in the console and confirm the type. Until then nothing is sent to the sender.',
    open: 'Open the request',
    attachments: (n) =>
      `${n} attachment${n === 1 ? '' : 's'}, kept unopened with the request.`,
    bounceSubject: (r) => `Our email about request ${r} could not be delivered`,
    bounce: (w, r) =>
      `The ${w} for request ${r} could not be delivered to the address the shopper gave.`,
    bounceWhat: {
      verification: 'confirmation link',
      result: 'result',
      other: 'email',
    },
    bounceAdvice:
      'The shopper may have mistyped their address. The request is flagged in the console; reach them another way if you can.',
    complaint: (r) =>
      `The recipient of our email about request ${r} marked it as spam. No more email is sent to that address.`,
  },
  fi: {
    subject: (d, r, p) =>
      p
        ? `Tietosuojapyyntö ${door.fi[d]}: vahvista pyynnön laji (${r})`
        : `Uusi tietosuojapyyntö ${door.fi[d]} (${r})`,
    arrived: (d, r) => `Sait tietosuojapyynnön ${door.fi[d]}: ${r}.`,
    from: 'Lähettäjä',
    asks: 'Pyyntö',
    due: (date) =>
      `Määräaika lasketaan saapumispäivästä: vastaa viimeistään ${date}.`,
    typed: (p) => `tunnistettu viestin sanoista (${p} % varmuudella)`,
    linkSent:
      'Lähettäjälle on lähetetty linkki osoitteensa vahvistamiseen; pyyntö etenee kuin lomakkeelta tullut.',
    attested:
      'Pyyntö tehtiin kaupan puolesta Shopifyn hallinnassa, joten vahvistuslinkkiä ei lähetetä; pyyntö odottaa päätöstäsi.',
    pending: (g) =>
      g
        ? `Emme voineet varmasti päätellä, mitä oikeutta pyyntö koskee (paras arvauksemme: ${g}).`
        : 'Emme voineet päätellä, mitä oikeutta pyyntö koskee.',
    spam: 'SES merkitsi viestin roskapostiksi.',
    spoofed:
      'Lähettäjää ei voitu todentaa (sekä SPF että DKIM epäonnistuivat): osoite voi olla väärennetty.',
    nothingSent:
      'Pyyntö odottaa sinua: avaa se hallintapaneelissa ja vahvista sen laji. Siihen asti lähettäjälle ei lähetetä mitään.',
    open: 'Avaa pyyntö',
    attachments: (n) =>
      `${n} ${n === 1 ? 'liite' : 'liitettä'}, tallennettu avaamattomana pyynnön yhteyteen.`,
    bounceSubject: (r) => `Pyyntöä ${r} koskevaa viestiämme ei voitu toimittaa`,
    bounce: (w, r) =>
      `Pyynnön ${r} ${w} ei mennyt perille asiakkaan antamaan osoitteeseen.`,
    bounceWhat: {
      verification: 'vahvistuslinkki',
      result: 'vastaus',
      other: 'viesti',
    },
    bounceAdvice:
      'Asiakas on ehkä kirjoittanut osoitteensa väärin. Pyyntö on merkitty hallintapaneelissa; tavoita asiakas muuta kautta, jos voit.',
    complaint: (r) =>
      `Pyyntöä ${r} koskevan viestimme vastaanottaja merkitsi sen roskapostiksi. Osoitteeseen ei enää lähetetä viestejä.`,
  },
  sv: {
    subject: (d, r, p) =>
      p
        ? `Integritetsbegäran ${door.sv[d]}: bekräfta vilken sorts begäran det är (${r})`
        : `Ny integritetsbegäran ${door.sv[d]} (${r})`,
    arrived: (d, r) => `En integritetsbegäran har kommit ${door.sv[d]}: ${r}.`,
    from: 'Från',
    asks: 'Begär',
    due: (date) =>
      `Tidsfristen räknas från den dag den kom in: svara senast ${date}.`,
    typed: (p) => `tolkat utifrån meddelandets ordalydelse (${p} % säkert)`,
    linkSent:
      'Avsändaren har fått en länk för att bekräfta sin adress; begäran går vidare som en från formuläret.',
    attested:
      'Begäran gjordes för butikens räkning i Shopify-administrationen, så ingen bekräftelselänk skickas; begäran går vidare till ditt beslut.',
    pending: (g) =>
      g
        ? `Vi kunde inte med säkerhet avgöra vilken rättighet den gäller (vår bästa gissning: ${g}).`
        : 'Vi kunde inte avgöra vilken rättighet den gäller.',
    spam: 'SES markerade meddelandet som skräppost.',
    spoofed:
      'Avsändaren kunde inte autentiseras (både SPF och DKIM misslyckades): adressen kan vara förfalskad.',
    nothingSent:
      'Den väntar på dig: öppna den i konsolen och bekräfta vilken sorts begäran det är. Tills dess skickas ingenting till avsändaren.',
    open: 'Öppna begäran',
    attachments: (n) =>
      `${n} ${n === 1 ? 'bilaga' : 'bilagor'}, sparade oöppnade med begäran.`,
    bounceSubject: (r) =>
      `Vårt e-postmeddelande om begäran ${r} kunde inte levereras`,
    bounce: (w, r) =>
      `${w} för begäran ${r} kunde inte levereras till den adress kunden angav.`,
    bounceWhat: {
      verification: 'Bekräftelselänken',
      result: 'Svaret',
      other: 'E-postmeddelandet',
    },
    bounceAdvice:
      'Kunden kan ha skrivit fel adress. Begäran är flaggad i konsolen; nå kunden på annat sätt om du kan.',
    complaint: (r) =>
      `Mottagaren av vårt meddelande om begäran ${r} markerade det som skräppost. Inga fler meddelanden skickas till den adressen.`,
  },
  de: {
    subject: (d, r, p) =>
      p
        ? `Datenschutzanfrage ${door.de[d]}: bitte bestätigen Sie die Art der Anfrage (${r})`
        : `Neue Datenschutzanfrage ${door.de[d]} (${r})`,
    arrived: (d, r) =>
      `Eine Datenschutzanfrage ist ${door.de[d]} eingegangen: ${r}.`,
    from: 'Von',
    asks: 'Anliegen',
    due: (date) =>
      `Die Frist läuft ab dem Tag des Eingangs: Antwort bis spätestens ${date}.`,
    typed: (p) => `aus dem Wortlaut erkannt (zu ${p} % sicher)`,
    linkSent:
      'Der Absender hat einen Link erhalten, um seine Adresse zu bestätigen; die Anfrage läuft dann wie eine aus dem Formular weiter.',
    attested:
      'Die Anfrage wurde für den Shop in der Shopify-Verwaltung ausgelöst, daher wird kein Bestätigungslink versandt; sie geht direkt zu Ihrer Entscheidung.',
    pending: (g) =>
      g
        ? `Wir konnten nicht sicher erkennen, welches Recht geltend gemacht wird (unsere beste Vermutung: ${g}).`
        : 'Wir konnten nicht erkennen, welches Recht geltend gemacht wird.',
    spam: 'SES hat die Nachricht als Spam eingestuft.',
    spoofed:
      'Der Absender ließ sich nicht authentifizieren (SPF und DKIM fehlgeschlagen): Die Adresse kann gefälscht sein.',
    nothingSent:
      'Sie wartet auf Sie: Öffnen Sie sie in der Konsole und bestätigen Sie die Art der Anfrage. Bis dahin erhält der Absender nichts.',
    open: 'Anfrage öffnen',
    attachments: (n) =>
      `${n} ${n === 1 ? 'Anhang' : 'Anhänge'}, ungeöffnet bei der Anfrage gespeichert.`,
    bounceSubject: (r) =>
      `Unsere E-Mail zur Anfrage ${r} konnte nicht zugestellt werden`,
    bounce: (w, r) =>
      `${w} zur Anfrage ${r} konnte nicht an die angegebene Adresse zugestellt werden.`,
    bounceWhat: {
      verification: 'Der Bestätigungslink',
      result: 'Die Antwort',
      other: 'Die E-Mail',
    },
    bounceAdvice:
      'Vielleicht hat sich die Person bei der Adresse vertippt. Die Anfrage ist in der Konsole markiert; erreichen Sie sie wenn möglich auf anderem Weg.',
    complaint: (r) =>
      `Der Empfänger unserer E-Mail zur Anfrage ${r} hat sie als Spam gemeldet. An diese Adresse wird nichts mehr gesendet.`,
  },
  fr: {
    subject: (d, r, p) =>
      p
        ? `Demande RGPD reçue ${door.fr[d]} : confirmez son type (${r})`
        : `Nouvelle demande RGPD reçue ${door.fr[d]} (${r})`,
    arrived: (d, r) =>
      `Une demande relative aux données personnelles vous est parvenue ${door.fr[d]} : ${r}.`,
    from: 'De',
    asks: 'Objet',
    due: (date) =>
      `Le délai court à partir du jour de réception : répondez au plus tard le ${date}.`,
    typed: (p) => `reconnu d'après ses termes (certitude ${p} %)`,
    linkSent:
      "L'expéditeur a reçu un lien pour confirmer son adresse ; la demande suit ensuite le même parcours qu'une demande du formulaire.",
    attested:
      "La demande a été faite pour la boutique dans l'administration Shopify : aucun lien de confirmation n'est envoyé, elle passe directement à votre décision.",
    pending: (g) =>
      g
        ? `Nous n'avons pas pu déterminer avec certitude quel droit est exercé (notre meilleure hypothèse : ${g}).`
        : "Nous n'avons pas pu déterminer quel droit est exercé.",
    spam: 'SES a classé le message comme spam.',
    spoofed:
      "L'expéditeur n'a pas pu être authentifié (échec SPF et DKIM) : l'adresse est peut-être usurpée.",
    nothingSent:
      "Elle vous attend : ouvrez-la dans la console et confirmez son type. D'ici là, rien n'est envoyé à l'expéditeur.",
    open: 'Ouvrir la demande',
    attachments: (n) =>
      `${n} pièce${n === 1 ? '' : 's'} jointe${n === 1 ? '' : 's'}, conservée${n === 1 ? '' : 's'} sans être ouverte${n === 1 ? '' : 's'} avec la demande.`,
    bounceSubject: (r) =>
      `Notre e-mail concernant la demande ${r} n'a pas pu être remis`,
    bounce: (w, r) =>
      `${w} concernant la demande ${r} n'a pas pu être remis à l'adresse indiquée.`,
    bounceWhat: {
      verification: 'Le lien de confirmation',
      result: 'La réponse',
      other: "L'e-mail",
    },
    bounceAdvice:
      'La personne a peut-être mal saisi son adresse. La demande est signalée dans la console ; contactez-la autrement si vous le pouvez.',
    complaint: (r) =>
      `Le destinataire de notre e-mail concernant la demande ${r} l'a signalé comme spam. Plus aucun e-mail n'est envoyé à cette adresse.`,
  },
};

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
  const w = WORDS[locale];
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
  const w = WORDS[locale];
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
