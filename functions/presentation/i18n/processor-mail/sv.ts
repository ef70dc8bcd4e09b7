/** The sv texts of processor-mail.ts (loaded when a text in this language is first read: lazy.ts). */
import type { RequestType } from '#domain/request-kinds.ts';
import type { ProcessorMailMessages } from '../processor-mail.ts';

/** The rights' statutory names; Swedish quotes them as what was asked for, too. */
const SV_RIGHTS: Record<RequestType, string> = {
  access: 'rätt till tillgång',
  portability: 'rätt till dataportabilitet',
  erasure: 'rätt till radering',
  rectification: 'rätt till rättelse',
  objection: 'rätt att göra invändningar',
  restriction: 'rätt till begränsning av behandling',
};

export const sv: ProcessorMailMessages = {
  noteFrom: (merchant) => `Meddelande från ${merchant}:`,
  objectionOther:
    'Den registrerade har, av skäl som hänför sig till sin specifika situation, invänt mot annan behandling av sina uppgifter än direktmarknadsföring, till exempel profilering (artikel 21.1 i dataskyddsförordningen). Vi har godtagit invändningen. Upphör med den behandling som beskrivs i vårt meddelande nedan och bekräfta när den har upphört.',
  right: SV_RIGHTS,
  requested: SV_RIGHTS,
  requestSubject: (right, merchant, ref, due) =>
    `Begäran från en registrerad: ”${right}” – ${merchant}, ref. ${ref}, åtgärdas senast ${due}`,
  reminderPrefix: 'Påminnelse: ',
  intro: (merchant, processor) =>
    `Personuppgiftsansvarig: ${merchant}. Personuppgiftsbiträde: ${processor}. Begäran gäller personuppgifter som ni behandlar för den personuppgiftsansvariges räkning.`,
  asked: (right, article) =>
    `Den registrerade har skickat begäran ”${right}” (${article}). Personens identitet har kontrollerats och begäran har godkänts.`,
  whatToDo: {
    access:
      'Ladda upp en kopia av alla personuppgifter som ni har om personen på sidan bakom länken nedan, eller meddela oss där att ni inte har några. Skicka inte personuppgifter via e-post.',
    portability:
      'Ladda upp de personuppgifter som personen har lämnat till er, i ett maskinläsbart format (CSV, JSON eller XLSX), på sidan bakom länken nedan, eller meddela oss där att ni inte har några. Skicka inte personuppgifter via e-post.',
    erasure:
      'Radera alla personuppgifter som ni har om personen, om inte lagen kräver att ni sparar dem (meddela oss i så fall vilka uppgifter och hur länge).',
    rectification: 'Rätta personuppgifterna enligt beskrivningen nedan.',
    objection:
      'Sluta använda personens uppgifter för direktmarknadsföring, även för profilering i det syftet (till exempel personliga rekommendationer), och spärra personen mot ytterligare marknadsföring.',
    restriction:
      'Begränsa behandlingen av personens uppgifter (endast lagring, ingen annan användning) tills vi meddelar annat.',
  },
  identifiers: 'Personen:',
  email: 'E-post',
  name: 'Namn',
  order: 'Ordernummer',
  due: 'Åtgärda och bekräfta senast',
  confirmHere:
    'När begäran är genomförd (eller inte kan genomföras), bekräfta med ett klick här:',
  confirmLink: 'Bekräfta vad som gjordes',
  dpa: 'Enligt vårt personuppgiftsbiträdesavtal ska ni bistå oss vid begäranden från registrerade (artikel 28.3 e i dataskyddsförordningen).',
  merchantSubject: (processor, ref) =>
    `Bekräfta när ${processor} har slutfört begäran, ref. ${ref}`,
  merchantIntro: (processor, right) =>
    `Vi har bett biträdet ${processor} att genomföra begäran: ${right}. Biträdet meddelar endast per e-post till dig när den är slutförd. När bekräftelsen kommer, registrera den här:`,
  merchantConfirm: 'Registrera biträdets svar',
  escalationSubject: (processor, ref) =>
    `${processor} har inte bekräftat, ref. ${ref}: åtgärd krävs`,
  escalationBody: (processor, right, due) =>
    `${processor} har inte bekräftat begäran (${right}), som skulle ha genomförts senast ${due}. Kontakta biträdet. När det har svarat, registrera svaret här:`,
  escalationAction: 'Registrera svaret',
};
