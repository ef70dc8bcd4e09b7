import type { Messages } from './messages.ts';

export const sv: Messages = {
  dateLocale: 'sv-SE',
  languageName: 'Svenska',
  correction: {
    fields: {
      name: 'Namn',
      email: 'E-postadress',
      phone: 'Telefonnummer',
      address: 'Adress',
      other: 'Något annat (beskriv det)',
    },
    legend: 'Rätta mina uppgifter: vad är fel och vad ska det vara?',
    hint: 'Endast vid rättelse. En rad per uppgift; lämna de andra tomma.',
    what: (n) => `Vad är fel (${n})`,
    value: (n) => `Vad det ska vara (${n})`,
    error:
      'Vid rättelse: ange vad som är fel och vad det ska vara (högst 500 tecken vardera), eller beskriv det under ”Något vi bör veta”.',
    correctTo: (field) => `${field}, rätt värde`,
    label: 'Rättelser',
    corrected: (fields) => `rättat: ${fields}`,
    rejected: (fields) =>
      `inte rättat, biträdet godtog inte det nya värdet: ${fields}; butiken kontaktar dig`,
    byShop: (fields) => `butiken rättar manuellt: ${fields}`,
  },
  rights: {
    access: {
      title: 'Se mina uppgifter',
      explain: 'Du får en kopia av de personuppgifter som butiken har om dig.',
    },
    portability: {
      title: 'Få en kopia att flytta',
      explain:
        'Du får dina uppgifter i en maskinläsbar fil som du kan ta med till en annan tjänst.',
    },
    erasure: {
      title: 'Radera mina uppgifter',
      explain:
        'Butiken raderar dina personuppgifter, utom dem som lagen kräver att den sparar.',
    },
    rectification: {
      title: 'Rätta mina uppgifter',
      explain:
        'Butiken rättar uppgifter om dig som är felaktiga eller ofullständiga.',
    },
    objection: {
      title: 'Sluta använda mina uppgifter',
      explain:
        'Butiken slutar använda dina uppgifter för direktmarknadsföring eller andra ändamål som du invänder mot.',
    },
    restriction: {
      title: 'Begränsa användningen av mina uppgifter',
      explain:
        'Butiken behåller dina uppgifter men använder dem inte medan en fråga om dem utreds.',
    },
  },
  common: {
    reference: (ref) => `Referens: ${ref}`,
    questions: (contact, ref) => `Frågor: ${contact}. Referens: ${ref}`,
    theirReasons: 'Skälen:',
    nothingChanged: 'Ingenting har ändrats.',
  },
  holds: {
    kept: (what, why, basis, until) =>
      `sparas: ${what}, ${why} (${basis}), till ${until}`,
    keptOpen: (what, why, basis) => `sparas: ${what}, ${why} (${basis})`,
    holdReasons: {
      'open-order': 'medan en beställning fortfarande pågår',
      'chargeback-window': 'under perioden för betalningstvister och returer',
      accounting: 'enligt bokföringslagen',
      'legal-claim': 'för ett rättsligt anspråk',
      'legal-obligation': 'för att uppfylla en rättslig förpliktelse',
      suppression:
        'så att ingen marknadsföring längre skickas till adressen; på så sätt respekteras din begäran om radering och en eventuell invändning mot marknadsföring',
    },
  },
  decision: {
    request: 'Begäran',
    right: 'Rättighet',
    from: 'Från',
    identity: 'Identitet',
    due: 'Svar senast',
  },
  status: {
    follow: 'Följ din begäran',
    followHint:
      'Statussidan visar när som helst hur det går med din begäran. Behåll länken för dig själv.',
  },
};
