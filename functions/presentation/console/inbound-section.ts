/**
 * The request page's part about a request that came by another door (issue 20): the message
 * to the privacy inbox (its subject line, who forwarded it, SES's verdicts, the attachments kept
 * unopened, how its type was read) and, while it waits, the form on which a member confirms
 * the type (nothing chosen for them); a Shopify webhook's references; what became of our emails
 * (a bounce is flagged: the shopper may have mistyped their address). Read from the request.
 */
import type { Verdicts } from '#domain/inbound/inbound-mail.ts';
import type { MailFate } from '#domain/inbound/mail-events.ts';
import type { Locale } from '#domain/locales.ts';
import { type DsrRequest, REQUEST_TYPES } from '#domain/request.ts';
import { html, type SafeHtml } from '../html.ts';
import { CONSOLE_MESSAGES } from '../i18n/console/index.ts';
import { UPLOAD_MESSAGES } from '../i18n/uploads.ts';
import { csrfField } from './layout.ts';

interface Words {
  message: string;
  subjectLine: string;
  forwardedBy: string;
  attachments: string;
  unopened: string;
  verdicts: string;
  verdict: Record<keyof Verdicts, string>;
  notChecked: string;
  reading: string;
  readAs: (type: string, percent: number) => string;
  unread: string;
  confirmedBy: string;
  pending: string;
  why: Record<'unclear' | 'spam' | 'spoofed', string>;
  confirmHeading: string;
  confirmHint: string;
  choose: string;
  confirm: string;
  shopify: string;
  topic: string;
  customer: string;
  orders: (n: number) => string;
  mail: string;
  fate: Record<MailFate, string>;
  bounced: string;
}

const WORDS: Record<Locale, Words> = {
  en: {
    message: 'The message received',
    subjectLine: 'Subject',
    forwardedBy: 'Forwarded by',
    attachments: 'Attachments',
    unopened: 'kept as sent; not opened by the service',
    verdicts: 'Checks by the mail service',
    verdict: {
      spam: 'spam',
      virus: 'virus',
      spf: 'SPF',
      dkim: 'DKIM',
      dmarc: 'DMARC',
    },
    notChecked: 'not checked (received locally)',
    reading: 'Type read from its words',
    readAs: (t, p) => `${t} (${p}% sure)`,
    unread: 'no right named',
    confirmedBy: 'Type confirmed by',
    pending:
      'The type waits for your confirmation; the sender has been sent nothing yet.',
    why: {
      unclear: 'Its words do not tell the right for sure.',
      spam: 'The mail service marked it as spam.',
      spoofed: 'The sender could not be authenticated (SPF and DKIM failed).',
    },
    confirmHeading: 'Confirm the type of request',
    confirmHint:
      'Read the message, choose the right it asks for. The sender is then emailed the link to confirm their address.',
    choose: 'Choose…',
    confirm: 'Confirm the type',
    shopify: 'From Shopify admin',
    topic: 'Shopify topic',
    customer: 'Shopify customer',
    orders: (n) => `${n} order${n === 1 ? '' : 's'} named`,
    mail: 'Our emails',
    fate: {
      delivered: 'delivered',
      bounced: 'bounced',
      complained: 'marked as spam by the recipient',
      rejected: 'refused by the mail service',
    },
    bounced:
      'An email the shopper needed bounced: they may have mistyped their address.',
  },
  fi: {
    message: 'Vastaanotettu viesti',
    subjectLine: 'Aihe',
    forwardedBy: 'Välittäjä',
    attachments: 'Liitteet',
    unopened: 'tallennettu sellaisenaan; palvelu ei avaa niitä',
    verdicts: 'Postipalvelun tarkistukset',
    verdict: {
      spam: 'roskaposti',
      virus: 'virus',
      spf: 'SPF',
      dkim: 'DKIM',
      dmarc: 'DMARC',
    },
    notChecked: 'ei tarkistettu (vastaanotettu paikallisesti)',
    reading: 'Laji viestin sanoista',
    readAs: (t, p) => `${t} (${p} % varmuudella)`,
    unread: 'mitään oikeutta ei mainita',
    confirmedBy: 'Lajin vahvisti',
    pending:
      'Laji odottaa vahvistustasi; lähettäjälle ei ole vielä lähetetty mitään.',
    why: {
      unclear: 'Viestin sanoista ei voi varmasti päätellä oikeutta.',
      spam: 'Postipalvelu merkitsi viestin roskapostiksi.',
      spoofed: 'Lähettäjää ei voitu todentaa (SPF ja DKIM epäonnistuivat).',
    },
    confirmHeading: 'Vahvista pyynnön laji',
    confirmHint:
      'Lue viesti ja valitse oikeus, jota se koskee. Lähettäjälle lähetetään sitten linkki osoitteen vahvistamiseen.',
    choose: 'Valitse…',
    confirm: 'Vahvista laji',
    shopify: 'Shopifyn hallinnasta',
    topic: 'Shopify-aihe',
    customer: 'Shopify-asiakas',
    orders: (n) => `${n} ${n === 1 ? 'tilaus' : 'tilausta'} mainittu`,
    mail: 'Lähettämämme viestit',
    fate: {
      delivered: 'toimitettu',
      bounced: 'palautui',
      complained: 'vastaanottaja merkitsi roskapostiksi',
      rejected: 'postipalvelu hylkäsi',
    },
    bounced:
      'Asiakkaalle tarkoitettu viesti palautui: osoite on ehkä kirjoitettu väärin.',
  },
  sv: {
    message: 'Det mottagna meddelandet',
    subjectLine: 'Ämne',
    forwardedBy: 'Vidarebefordrat av',
    attachments: 'Bilagor',
    unopened: 'sparade som de skickades; tjänsten öppnar dem inte',
    verdicts: 'E-posttjänstens kontroller',
    verdict: {
      spam: 'skräppost',
      virus: 'virus',
      spf: 'SPF',
      dkim: 'DKIM',
      dmarc: 'DMARC',
    },
    notChecked: 'inte kontrollerat (mottaget lokalt)',
    reading: 'Typ enligt ordalydelsen',
    readAs: (t, p) => `${t} (${p} % säkert)`,
    unread: 'ingen rättighet nämns',
    confirmedBy: 'Typen bekräftad av',
    pending:
      'Typen väntar på din bekräftelse; avsändaren har ännu inte fått något.',
    why: {
      unclear: 'Ordalydelsen visar inte säkert vilken rättighet det gäller.',
      spam: 'E-posttjänsten markerade meddelandet som skräppost.',
      spoofed:
        'Avsändaren kunde inte autentiseras (SPF och DKIM misslyckades).',
    },
    confirmHeading: 'Bekräfta vilken sorts begäran det är',
    confirmHint:
      'Läs meddelandet och välj den rättighet det gäller. Avsändaren får sedan en länk för att bekräfta sin adress.',
    choose: 'Välj…',
    confirm: 'Bekräfta typen',
    shopify: 'Från Shopify-administrationen',
    topic: 'Shopify-ämne',
    customer: 'Shopify-kund',
    orders: (n) => `${n} ${n === 1 ? 'order' : 'ordrar'} angivna`,
    mail: 'Våra e-postmeddelanden',
    fate: {
      delivered: 'levererat',
      bounced: 'studsade',
      complained: 'markerat som skräppost av mottagaren',
      rejected: 'avvisat av e-posttjänsten',
    },
    bounced:
      'Ett meddelande som kunden behövde studsade: adressen kan vara felskriven.',
  },
  de: {
    message: 'Die eingegangene Nachricht',
    subjectLine: 'Betreff',
    forwardedBy: 'Weitergeleitet von',
    attachments: 'Anhänge',
    unopened: 'unverändert gespeichert; der Dienst öffnet sie nicht',
    verdicts: 'Prüfungen des Maildienstes',
    verdict: {
      spam: 'Spam',
      virus: 'Virus',
      spf: 'SPF',
      dkim: 'DKIM',
      dmarc: 'DMARC',
    },
    notChecked: 'nicht geprüft (lokal empfangen)',
    reading: 'Art laut Wortlaut',
    readAs: (t, p) => `${t} (zu ${p} % sicher)`,
    unread: 'kein Recht genannt',
    confirmedBy: 'Art bestätigt von',
    pending:
      'Die Art wartet auf Ihre Bestätigung; der Absender hat noch nichts erhalten.',
    why: {
      unclear: 'Der Wortlaut lässt das Recht nicht sicher erkennen.',
      spam: 'Der Maildienst hat die Nachricht als Spam eingestuft.',
      spoofed:
        'Der Absender ließ sich nicht authentifizieren (SPF und DKIM fehlgeschlagen).',
    },
    confirmHeading: 'Art der Anfrage bestätigen',
    confirmHint:
      'Lesen Sie die Nachricht und wählen Sie das geltend gemachte Recht. Der Absender erhält dann den Link zur Bestätigung seiner Adresse.',
    choose: 'Bitte wählen…',
    confirm: 'Art bestätigen',
    shopify: 'Aus der Shopify-Verwaltung',
    topic: 'Shopify-Thema',
    customer: 'Shopify-Kunde',
    orders: (n) => `${n} ${n === 1 ? 'Bestellung' : 'Bestellungen'} genannt`,
    mail: 'Unsere E-Mails',
    fate: {
      delivered: 'zugestellt',
      bounced: 'unzustellbar',
      complained: 'vom Empfänger als Spam gemeldet',
      rejected: 'vom Maildienst abgelehnt',
    },
    bounced:
      'Eine E-Mail, die die Person brauchte, kam zurück: Vielleicht hat sie sich bei der Adresse vertippt.',
  },
  fr: {
    message: 'Le message reçu',
    subjectLine: 'Objet',
    forwardedBy: 'Transféré par',
    attachments: 'Pièces jointes',
    unopened: "conservées telles qu'envoyées ; le service ne les ouvre pas",
    verdicts: 'Contrôles du service de messagerie',
    verdict: {
      spam: 'spam',
      virus: 'virus',
      spf: 'SPF',
      dkim: 'DKIM',
      dmarc: 'DMARC',
    },
    notChecked: 'non contrôlé (reçu localement)',
    reading: "Type d'après ses termes",
    readAs: (t, p) => `${t} (certitude ${p} %)`,
    unread: 'aucun droit nommé',
    confirmedBy: 'Type confirmé par',
    pending:
      "Le type attend votre confirmation ; rien n'a encore été envoyé à l'expéditeur.",
    why: {
      unclear:
        'Ses termes ne permettent pas de savoir avec certitude quel droit est exercé.',
      spam: 'Le service de messagerie a classé le message comme spam.',
      spoofed: "L'expéditeur n'a pas pu être authentifié (échec SPF et DKIM).",
    },
    confirmHeading: 'Confirmer le type de demande',
    confirmHint:
      "Lisez le message et choisissez le droit exercé. L'expéditeur reçoit ensuite le lien pour confirmer son adresse.",
    choose: 'Choisir…',
    confirm: 'Confirmer le type',
    shopify: "Depuis l'administration Shopify",
    topic: 'Sujet Shopify',
    customer: 'Client Shopify',
    orders: (n) =>
      `${n} commande${n === 1 ? '' : 's'} indiquée${n === 1 ? '' : 's'}`,
    mail: 'Nos e-mails',
    fate: {
      delivered: 'remis',
      bounced: 'non remis',
      complained: 'signalé comme spam par le destinataire',
      rejected: 'refusé par le service de messagerie',
    },
    bounced:
      "Un e-mail dont la personne avait besoin n'a pas été remis : elle a peut-être mal saisi son adresse.",
  },
};

/** The section, or nothing for a request from the form or a member's entry. */
export function inboundSection(
  request: DsrRequest,
  locale: Locale,
  options: { canAct: boolean; csrf: string; who: (actor: string) => string },
): SafeHtml {
  const w = WORDS[locale];
  const c = CONSOLE_MESSAGES[locale];
  const u = UPLOAD_MESSAGES[locale];
  const parts: SafeHtml[] = [];
  const m = request.inbound;
  if (m) {
    const verdicts = Object.entries(m.verdicts) as [keyof Verdicts, string][];
    const reading = m.classification.type
      ? w.readAs(
          c.type[m.classification.type],
          Math.round(m.classification.confidence * 100),
        )
      : w.unread;
    parts.push(html`<h2>${w.message}</h2>
<dl>
<dt>${w.subjectLine}</dt><dd>${m.subjectLine}</dd>
${m.forwardedBy ? html`<dt>${w.forwardedBy}</dt><dd>${m.forwardedBy}</dd>` : ''}
<dt>${w.attachments}</dt><dd>${m.attachments.length ? html`<ul>${m.attachments.map((a, i) => html`<li><a href="/console/requests/${request.requestId}/attachments/${String(i)}" download>${a.name}</a> (${a.contentType}, ${u.size(a.bytes)})</li>`)}</ul><span class="hint">${w.unopened}</span>` : '–'}</dd>
<dt>${w.verdicts}</dt><dd>${verdicts.length ? verdicts.map(([k, v]) => `${w.verdict[k]}: ${v}`).join(', ') : w.notChecked}</dd>
<dt>${w.reading}</dt><dd>${reading}</dd>
${m.typeConfirmed ? html`<dt>${w.confirmedBy}</dt><dd>${options.who(m.typeConfirmed.by)}</dd>` : ''}
</dl>`);
  }
  if (request.typePending) {
    const why = m?.confirmBecause ? w.why[m.confirmBecause] : '';
    parts.push(html`<section class="action" aria-labelledby="act-type"><h3 id="act-type">${w.confirmHeading}</h3>
<p role="status">${w.pending} ${why}</p>
${
  options.canAct
    ? html`<p class="hint">${w.confirmHint}</p><form method="post" action="/console/requests/${request.requestId}/confirm-type">${csrfField(options.csrf)}
<label for="type">${c.request.type}</label>
<select id="type" name="type" required><option value="">${w.choose}</option>${REQUEST_TYPES.map((t) => html`<option value="${t}">${c.type[t]}</option>`)}</select>
<button type="submit">${w.confirm}</button></form>`
    : ''
}</section>`);
  }
  const s = request.shopify;
  if (s)
    parts.push(html`<h2>${w.shopify}</h2>
<dl>
<dt>${w.topic}</dt><dd><code>${s.topic}</code></dd>
${s.customerId ? html`<dt>${w.customer}</dt><dd>${s.customerId}</dd>` : ''}
<dt>${c.channel.shopify}</dt><dd>${s.shopDomain}; ${w.orders(s.orderIds.length)}</dd>
</dl>`);
  if (request.deliveries?.length)
    parts.push(html`<h2>${w.mail}</h2>
${request.undelivered?.length ? html`<p class="refused" role="alert">${w.bounced}</p>` : ''}
<ul>${request.deliveries.map((d) => html`<li><code>${d.purpose}</code>: ${w.fate[d.fate]}${d.bounceType ? ` (${d.bounceType})` : ''}</li>`)}</ul>`);
  return html`${parts}`;
}
