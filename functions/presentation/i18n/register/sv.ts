/** The sv texts of register.ts (loaded when a text in this language is first read: lazy.ts). */
import type { RegisterMessages } from '../register.ts';

export const sv: RegisterMessages = {
  categories: {
    'contact-details': 'kontaktuppgifter',
    name: 'namn',
    'email-address': 'e-postadress',
    'phone-number': 'telefonnummer',
    'delivery-address': 'leveransadress',
    'billing-address': 'faktureringsadress',
    'postcode-and-country': 'postnummer och land',
    'order-history': 'orderhistorik',
    'payment-details': 'betalningsuppgifter',
    'marketing-consent': 'samtycke till marknadsföring',
    'consent-records':
      'uppgifter om samtycke (datum för anmälan och återkallelse)',
    'ip-address': 'IP-adress',
    'device-identifiers': 'enhetsidentifierare',
    'browsing-behaviour': 'surfbeteende',
    'purchase-behaviour': 'köpbeteende',
    'email-activity': 'e-postaktivitet (öppningar, klick)',
    'unsubscribe-status': 'uppgift om avregistrering',
    'reviews-and-photos': 'recensioner och foton',
    'parcel-tracking': 'uppgifter om paketspårning',
    'customer-service-messages': 'meddelanden till kundtjänsten',
  },
  purposes: {
    'running-the-store': 'drift av webbutiken',
    'order-fulfilment': 'leverans av beställningar',
    'order-processing': 'orderhantering',
    payments: 'betalningar',
    delivery: 'transport av beställningar',
    'delivery-notifications': 'leveransaviseringar',
    'customer-service': 'kundtjänst',
    bookkeeping: 'bokföring',
    'order-emails': 'orderbekräftelser och andra meddelanden om beställningar',
    'email-marketing': 'marknadsföring per e-post med ditt samtycke',
    'email-marketing-consent':
      'lagring av ditt samtycke till e-postmarknadsföring',
    newsletter: 'nyhetsbrev med ditt samtycke',
    'newsletter-signup': 'anmälan till nyhetsbrev',
    'proof-of-consent': 'bevis på samtycke',
    'product-recommendations': 'personliga produktrekommendationer',
    'review-publication': 'publicering av produktrecensioner',
    'review-requests': 'e-post med förfrågan om recension',
  },
  heldData: {
    'customer-profile-and-orders': 'dina kunduppgifter och beställningar',
    'order-records':
      'orderuppgifter (datum, produkter, belopp, leveransuppgifter)',
    'anonymised-order-records':
      'orderuppgifter (belopp, datum, produkter) där dina personuppgifter har anonymiserats',
    'email-suppression': 'din e-postadress på en spärrlista',
  },
  transfer: {
    adequacy: (c, a) =>
      `${c}: Europeiska kommissionens beslut om adekvat skyddsnivå (${a})`,
    sccs: (c, a) => `${c}: standardavtalsklausuler (${a})`,
    bcrs: (c, a) => `${c}: bindande företagsbestämmelser (${a})`,
  },
  dpf: 'gäller företag som är certifierade enligt dataskyddsramen mellan EU och USA',
  transfersHeading: 'Överföringar till länder utanför EES',
  noTransfer: 'inom EES: ingen överföring',
  controller: {
    heading: 'Vem som ansvarar för dina uppgifter',
    name: 'Personuppgiftsansvarig',
    businessId: 'Organisationsnummer',
    businessIdFi: 'FO-nummer',
    address: 'Adress',
    privacyContact: 'Kontakt i dataskyddsfrågor',
    dpo: 'Dataskyddsombud',
    line: (parts) => `Personuppgiftsansvarig: ${parts}`,
  },
  automated: {
    none: (m, a) =>
      `${m} har uppgett att inga beslut som har rättsliga följder för dig eller på liknande sätt i betydande grad påverkar dig fattas enbart på grundval av automatiserad behandling, inbegripet profilering (${a}).`,
    used: (m, a) =>
      `${m} fattar beslut om dig som enbart grundar sig på automatiserad behandling (${a}).`,
    logic: 'Hur besluten fattas:',
    consequences: 'Vad de innebär för dig:',
    rights: (a) =>
      `Du kan begära att en person hos butiken går igenom ett sådant beslut, framföra din synpunkt och bestrida beslutet (${a}).`,
    undeclared: (m, a) =>
      `${m} har inte uppgett om beslut om dig fattas enbart på grundval av automatiserad behandling (${a}). Du kan fråga butiken.`,
    profilingHeading: 'Profilering',
    profilingNone:
      'Enligt butikens register profilerar ingen av de organisationer som behandlar dina uppgifter för butikens räkning dig.',
    profilingBy: (p) => `${p}:`,
    objectMarketing: (a) =>
      `Profileringen används för direktmarknadsföring. Du kan när som helst och kostnadsfritt invända mot den, och då upphör den (${a}): använd butikens formulär (”Sluta använda mina uppgifter”).`,
    objectOther: (a) =>
      `Du kan invända mot profileringen av skäl som hänför sig till din specifika situation (${a}).`,
  },
  serviceKeeps: {
    heading: 'Vad butikens tjänst för begäranden sparar',
    record: (period, a) =>
      `Uppgifterna om den här begäran (din e-postadress, vad du bad om, vad som gjordes och när) sparas i ${period} efter att begäran avslutats, så att butiken kan visa hur den hanterade din begäran och besvara ett klagomål eller anspråk som gäller den (${a}).`,
    hash: (period) =>
      `Därefter tas din e-postadress, ditt namn och det du skrev bort. Uppgifterna om hur begäran hanterades och din e-postadress i pseudonymiserad form (ett hashvärde av den) sparas i ytterligare ${period}. Den som redan känner till din adress kan beräkna samma hashvärde och jämföra, så det är fortfarande en personuppgift (skäl 26 i dataskyddsförordningen). Det sparas för att känna igen upprepade begäranden och visa hur din begäran hanterades, och raderas sedan.`,
    years: (n) => `${n} år`,
    days: (n) => `${n} ${n === 1 ? 'dag' : 'dagar'}`,
  },
  complaint: {
    heading: 'Din rätt att klaga',
    right: `Du har rätt att lämna in ett klagomål till en tillsynsmyndighet för dataskydd och att få din sak prövad av domstol (artiklarna 77 och 79 i dataskyddsförordningen).`,
    rightPlain:
      'Du har rätt att lämna in ett klagomål till tillsynsmyndigheten för dataskydd och att få din sak prövad av domstol.',
    authority: (name, url) =>
      `Den myndighet som utövar tillsyn över butiken: ${name} (${url}).`,
    elsewhere: (url) =>
      `Du kan också klaga hos tillsynsmyndigheten i det land där du bor eller arbetar; en förteckning över tillsynsmyndigheterna i EU och EES finns på ${url}`,
  },
};
