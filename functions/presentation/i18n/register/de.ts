/** The de texts of register.ts (loaded when a text in this language is first read: lazy.ts). */
import type { RegisterMessages } from '../register.ts';

export const de: RegisterMessages = {
  categories: {
    'contact-details': 'Kontaktdaten',
    name: 'Name',
    'email-address': 'E-Mail-Adresse',
    'phone-number': 'Telefonnummer',
    'delivery-address': 'Lieferadresse',
    'billing-address': 'Rechnungsadresse',
    'postcode-and-country': 'Postleitzahl und Land',
    'order-history': 'Bestellhistorie',
    'payment-details': 'Zahlungsdaten',
    'marketing-consent': 'Werbeeinwilligung',
    'consent-records': 'Einwilligungsnachweise (Datum von An- und Abmeldung)',
    'ip-address': 'IP-Adresse',
    'device-identifiers': 'Gerätekennungen',
    'browsing-behaviour': 'Surfverhalten',
    'purchase-behaviour': 'Kaufverhalten',
    'email-activity': 'E-Mail-Aktivität (Öffnungen, Klicks)',
    'unsubscribe-status': 'Abmeldestatus',
    'reviews-and-photos': 'Bewertungen und Fotos',
    'parcel-tracking': 'Sendungsverfolgung',
    'customer-service-messages': 'Nachrichten an den Kundendienst',
  },
  purposes: {
    'running-the-store': 'Betrieb des Onlineshops',
    'order-fulfilment': 'Ausführung von Bestellungen',
    'order-processing': 'Bestellabwicklung',
    payments: 'Zahlungen',
    delivery: 'Zustellung der Bestellungen',
    'delivery-notifications': 'Versandbenachrichtigungen',
    'customer-service': 'Kundendienst',
    bookkeeping: 'Buchführung',
    'order-emails': 'Bestell-E-Mails',
    'email-marketing': 'E-Mail-Werbung mit Ihrer Einwilligung',
    'email-marketing-consent':
      'Speicherung Ihrer Einwilligung in E-Mail-Werbung',
    newsletter: 'Newsletter mit Ihrer Einwilligung',
    'newsletter-signup': 'Newsletter-Anmeldung',
    'proof-of-consent': 'Nachweis der Einwilligung',
    'product-recommendations': 'personalisierte Produktempfehlungen',
    'review-publication': 'Veröffentlichung von Produktbewertungen',
    'review-requests': 'E-Mails mit der Bitte um eine Bewertung',
  },
  heldData: {
    'customer-profile-and-orders': 'Ihr Kundendatensatz und Ihre Bestellungen',
    'order-records': 'Bestelldaten (Datum, Produkte, Beträge, Lieferangaben)',
    'anonymised-order-records':
      'Bestelldaten (Beträge, Datum, Produkte), in denen Ihre personenbezogenen Angaben anonymisiert sind',
    'email-suppression': 'Ihre E-Mail-Adresse auf einer Sperrliste',
  },
  transfer: {
    adequacy: (c, a) =>
      `${c}: Angemessenheitsbeschluss der Europäischen Kommission (${a})`,
    sccs: (c, a) => `${c}: Standardvertragsklauseln (${a})`,
    bcrs: (c, a) => `${c}: verbindliche interne Datenschutzvorschriften (${a})`,
  },
  dpf: 'gilt für Unternehmen, die nach dem EU-US-Datenschutzrahmen zertifiziert sind',
  transfersHeading: 'Übermittlungen in Länder außerhalb des EWR',
  noTransfer: 'innerhalb des EWR: keine Übermittlung',
  controller: {
    heading: 'Wer für Ihre Daten verantwortlich ist',
    name: 'Verantwortlicher',
    businessId: 'Unternehmenskennung',
    businessIdFi: 'Unternehmenskennung (Y-tunnus)',
    address: 'Anschrift',
    privacyContact: 'Kontakt für Datenschutzfragen',
    dpo: 'Datenschutzbeauftragte(r)',
    line: (parts) => `Verantwortlicher: ${parts}`,
  },
  automated: {
    none: (m, a) =>
      `${m} hat erklärt, keine ausschließlich auf einer automatisierten Verarbeitung – einschließlich Profiling – beruhenden Entscheidungen zu treffen, die Ihnen gegenüber rechtliche Wirkung entfalten oder Sie in ähnlicher Weise erheblich beeinträchtigen (${a}).`,
    used: (m, a) =>
      `${m} trifft Entscheidungen über Sie, die ausschließlich auf einer automatisierten Verarbeitung beruhen (${a}).`,
    logic: 'Wie die Entscheidungen zustande kommen:',
    consequences: 'Was sie für Sie bedeuten:',
    rights: (a) =>
      `Sie können verlangen, dass eine Person beim Shop eine solche Entscheidung überprüft, Ihren Standpunkt darlegen und die Entscheidung anfechten (${a}).`,
    undeclared: (m, a) =>
      `${m} hat nicht angegeben, ob Entscheidungen über Sie ausschließlich automatisiert getroffen werden (${a}). Sie können beim Shop nachfragen.`,
    profilingHeading: 'Profiling',
    profilingNone:
      'Laut dem Verzeichnis des Shops erstellt keine der Stellen, die Ihre Daten für ihn verarbeiten, ein Profil von Ihnen.',
    profilingBy: (p) => `${p}:`,
    objectMarketing: (a) =>
      `Dieses Profiling dient der Direktwerbung. Sie können ihm jederzeit kostenlos widersprechen; es wird dann beendet (${a}). Nutzen Sie dafür das Anfrageformular des Shops („Nutzung meiner Daten beenden (Widerspruch)“).`,
    objectOther: (a) =>
      `Sie können diesem Profiling aus Gründen, die sich aus Ihrer besonderen Situation ergeben, widersprechen (${a}).`,
  },
  serviceKeeps: {
    heading: 'Was der Shop zu Ihrer Anfrage aufbewahrt',
    record: (period, a) =>
      `Die Angaben zu dieser Anfrage (Ihre E-Mail-Adresse, Ihr Anliegen, was wann getan wurde) werden ${period} nach Abschluss der Anfrage aufbewahrt, damit der Shop nachweisen kann, wie er Ihre Anfrage bearbeitet hat, und auf eine Beschwerde oder einen Anspruch dazu antworten kann (${a}).`,
    hash: (period) =>
      `Danach werden Ihre E-Mail-Adresse, Ihr Name und Ihre eigenen Angaben entfernt. Wie die Anfrage bearbeitet wurde, bleibt noch ${period} gespeichert, zusammen mit Ihrer E-Mail-Adresse in pseudonymisierter Form (einem Hashwert). Wer Ihre Adresse bereits kennt, kann denselben Hashwert berechnen und abgleichen; es handelt sich daher weiterhin um personenbezogene Daten (Erwägungsgrund 26 DSGVO). Sie werden aufbewahrt, um wiederholte Anfragen zu erkennen und nachzuweisen, wie Ihre Anfrage bearbeitet wurde, und danach gelöscht.`,
    years: (n) => `${n} ${n === 1 ? 'Jahr' : 'Jahre'}`,
    days: (n) => `${n} ${n === 1 ? 'Tag' : 'Tage'}`,
  },
  complaint: {
    heading: 'Ihr Beschwerderecht',
    right: `Sie haben das Recht, sich bei einer Datenschutz-Aufsichtsbehörde zu beschweren und gegen den Shop einen gerichtlichen Rechtsbehelf einzulegen (Art. 77 und 79 DSGVO).`,
    rightPlain:
      'Sie haben das Recht, sich bei der Datenschutz-Aufsichtsbehörde zu beschweren und gegen den Shop einen gerichtlichen Rechtsbehelf einzulegen.',
    authority: (name, url) =>
      `Die für den Shop zuständige Aufsichtsbehörde: ${name} (${url}).`,
    elsewhere: (url) =>
      `Sie können sich auch an die Aufsichtsbehörde des Landes wenden, in dem Sie wohnen oder arbeiten; die Liste der Behörden in der EU und im EWR: ${url}`,
  },
};
