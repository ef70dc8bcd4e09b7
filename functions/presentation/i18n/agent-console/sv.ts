/** The sv texts of agent-console.ts (loaded when a text in this language is first read: lazy.ts). */
import type { AgentConsoleMessages } from '../agent-console.ts';

export const sv: AgentConsoleMessages = {
  section: {
    heading: 'Gjord för personens räkning',
    intro:
      'Någon annan gjorde den här begäran för personen. Personen bekräftar den med sin egen länk, eller så godtar ni ombudets fullmakt efter att ha granskat den. Svaret går alltid till personens adress, aldrig till ombudet.',
    agent: 'Ombud',
    relation: 'Relation enligt ombudet',
    files: 'Fullmakt',
    noFiles:
      'Ingen fullmakt har laddats upp ännu. Ombudet har fått en länk för att ladda upp den.',
    download: (name) => `Ladda ned ${name}`,
    notAccepted: 'varken PDF eller bild',
    addFile: 'Lägg till en fullmakt som kommit per post eller e-post',
    accepted: (who, date, n) =>
      `Fullmakten godtogs av ${who} den ${date} (${n} ${n === 1 ? 'fil' : 'filer'}).`,
  },
  accept: {
    heading: 'Godta ombudets fullmakt',
    hint: 'Om fullmakten nämner den här personen och ger ombudet rätt att göra den här begäran, godta den: begäran går vidare utan personens egen bekräftelse.',
    check:
      'Jag har öppnat fullmakten: den nämner den här personen och ger ombudet rätt att göra den här begäran',
    submit: 'Godta fullmakten',
    errors: {
      checked: 'Kryssa i att du har granskat fullmakten.',
      none: 'Det finns ingen fullmakt att godta: ingen har laddats upp.',
      notAccepted:
        'En fil är varken PDF eller bild och kan inte vara fullmakten.',
    },
  },
  decline: {
    heading: 'Avsluta: fullmakt har inte visats',
    hint: 'Avslutar begäran utan att behandla den och skickar din motivering till ombudet. Personen kan fortfarande själv göra begäran.',
    reason: 'Motivering (skickas till ombudet)',
    reasonHint: 'Till exempel: brevet är inte undertecknat av personen.',
    submit: 'Avsluta begäran',
    errors: {
      required: 'Ange varför fullmakten inte har visats.',
      tooLong: 'Motiveringen får vara högst 1000 tecken.',
    },
  },
  upload: {
    title: (ref) => `Fullmakt för ${ref}`,
    heading: 'Lägg till en fullmakt',
    intro:
      'Ladda upp en fullmakt som butiken fått per post eller e-post (en skanning eller ett foto av brevet, eller PDF-filen). Den sparas med begäran tillsammans med ombudets egna filer.',
    back: 'Tillbaka till begäran',
    closed:
      'Begäran väntar inte längre på någon fullmakt; inget mer kan läggas till.',
  },
  entry: {
    legend: 'Gjord för någon annans räkning?',
    onBehalf: 'Begäran gjordes av någon för personens räkning',
    hint: 'E-postadressen ovan är då personens egen: länken och svaret går dit. Ombudet får en bekräftelse med en länk för att ladda upp fullmakten.',
    name: 'Ombudets namn',
    email: 'Ombudets e-postadress',
    relation: 'Vem ombudet är för personen',
  },
  identityAccepted: (who, date) =>
    `Ombudets fullmakt godtogs av ${who} den ${date}`,
  inbox: {
    heading: 'Begäranden från ombud',
    intro:
      'Begäranden som gjorts för andras räkning, grupperade per tjänst eller per ombud. Öppna en grupp för att hantera dess begäranden tillsammans.',
    group: (who, waiting, total) =>
      `${who}: ${total} ${total === 1 ? 'begäran' : 'begäranden'}, varav ${waiting} väntar på bekräftelse`,
    show: 'Visa dessa begäranden',
    filtered: (who) => `Visar begärandena från ${who}.`,
    all: 'Visa alla begäranden',
    batchLegend: 'Hantera de markerade begärandena från detta ombud',
    batchHint:
      'Markera begärandena först: ingen är förvald. Varje begäran hanteras för sig och resultatet visas för var och en.',
    actions: {
      remind: 'Skicka bekräftelselänken igen till varje person',
      accept:
        'Godta ombudets fullmakt för varje begäran (jag har granskat varje fullmakt)',
      decline:
        'Avsluta varje: fullmakt har inte visats (ombudet får motiveringen)',
    },
    reason: 'Motivering, om du avslutar dem (skickas till ombudet)',
    confirm: 'Jag bekräftar: gör detta för varje begäran jag markerat',
    submit: 'Tillämpa på de markerade begärandena',
    problem:
      'Inget gjordes: välj en åtgärd, markera minst en begäran, bekräfta och ange en motivering om du avslutar.',
    resultHeading: (action) => `Resultat: ${action}`,
    outcomes: {
      done: 'klart',
      notWaiting: 'oförändrad: väntar inte längre på bekräftelse',
      notAgent: 'oförändrad: inte gjord av ett ombud',
      noAuthority: 'oförändrad: ingen fullmakt uppladdad',
      notAccepted: 'oförändrad: en fil är varken PDF eller bild',
      typePending: 'oförändrad: bekräfta först typen av begäran',
    },
  },
};
