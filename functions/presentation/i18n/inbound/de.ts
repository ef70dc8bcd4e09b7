/** The de texts of inbound.ts (loaded when a text in this language is first read: lazy.ts). */
import type { InboundDoor, InboundMessages } from '../inbound.ts';

const door: Record<InboundDoor, string> = {
  email: 'per E-Mail',
  shopify: 'aus der Shopify-Verwaltung',
};

export const de: InboundMessages = {
  subject: (d, r, p) =>
    p
      ? `Datenschutzanfrage ${door[d]}: bitte bestätigen Sie die Art der Anfrage (${r})`
      : `Neue Datenschutzanfrage ${door[d]} (${r})`,
  arrived: (d, r) =>
    `Eine Datenschutzanfrage ist ${door[d]} eingegangen: ${r}.`,
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
};
