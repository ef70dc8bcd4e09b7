/** The sv texts of answers.ts (loaded when a text in this language is first read: lazy.ts). */
import type { AnswerMessages } from '../answers.ts';

export const sv: AnswerMessages = {
  provided: (what) => `lämnade ut dina uppgifter (${what})`,
  providedUncounted: 'lämnade ut dina uppgifter',
  providedNoFile:
    'svarade att den har lämnat ut dina uppgifter, men skickade ingen fil med svaret',
  files: (n) => `${n} ${n === 1 ? 'fil' : 'filer'}`,
  records: (n) => `${n} ${n === 1 ? 'post' : 'poster'}`,
  noneHeld: 'har inga uppgifter om dig',
  erased: 'raderade dina uppgifter',
  erasedCounted: (r) => `raderade dina uppgifter (${r})`,
  kept: 'raderade dina uppgifter, utom det som den måste spara',
  restricted:
    'begränsade behandlingen av dina uppgifter: de lagras, och i övrigt behandlas de bara med ditt samtycke, för rättsliga anspråk, för att skydda någon annans rättigheter eller av skäl som rör ett viktigt allmänintresse (artikel 18.2); butiken meddelar dig innan begränsningen hävs (artikel 18.3)',
  marketingStopped: 'slutade skicka direktmarknadsföring till dig',
  processingStopped: 'slutade med den behandling som du invände mot',
  confirmedDone: 'bekräftade att den har utfört din begäran',
  couldNot: (reason) => `kunde inte utföra din begäran. Skälet: ”${reason}”`,
  couldNotShort: 'kunde inte utföra din begäran',
  heading: 'Vad varje organisation har svarat hittills',
  failedShopper: 'är inte klar ännu; butiken utreder saken',
  failedMerchant: (reason) => `misslyckades: ${reason}`,
  notAnswered: 'har inte svarat ännu',
  notAnsweredBy: (due) => `har inte svarat ännu (ombads svara senast ${due})`,
  closedWithout:
    'har inte lämnat sin del: butiken avslutade din begäran utan dess svar',
  notContacted:
    'tillfrågades inte: det finns inget sätt att skicka den här begäran dit (butiken har informerats)',
  notConcernedMarketing:
    'tillfrågades inte: enligt butikens register använder den inte dina uppgifter för direktmarknadsföring eller profilering',
  notConcernedCorrections:
    'tillfrågades inte: enligt butikens register har den inga av de uppgifter som ska rättas',
  withdrawn:
    'raderingen som butiken hade begärt återkallades, och dina uppgifter sparas där',
  withdrawalTooLate:
    'hade redan raderat dina uppgifter, så raderingen kunde inte längre återkallas',
  withdrawalNothingPending:
    'hade inte längre någon radering av dina uppgifter på gång, så det fanns inget att återkalla',
  withdrawalRefused:
    'tillät inte att raderingen som butiken hade begärt återkallades, så den genomförs',
  confirmedBy: (date) => `bekräftat den ${date}`,
  recordedByShop: (date) => `enligt butikens anteckning den ${date}`,
  note: (text) => `Deras anteckning: ”${text}”`,
  missing: (names) => `Saknas: ${names} lämnade inte sin del.`,
  and: 'och',
};
