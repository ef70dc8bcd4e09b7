/** The sv texts of notices.ts (loaded when a text in this language is first read: lazy.ts). */
import type { NoticeMessages } from '../notices.ts';

export const sv: NoticeMessages = {
  deadline: {
    month:
      'Tidsfristen är en månad från den dag då butiken tog emot din begäran (inte från när du bekräftade den); om månaden slutar på en lördag, söndag eller helgdag går fristen ut nästa vardag.',
    monthUk:
      'Tidsfristen är en månad från den dag då butiken tog emot din begäran (inte från när du bekräftade den).',
    days: (n) =>
      `Tidsfristen är ${n} dagar från den dag då butiken tog emot din begäran (inte från när du bekräftade den).`,
    extension: (date) =>
      `Om din begäran är komplicerad får butiken förlänga tiden med högst två månader, men den måste meddela dig skälen senast ${date}.`,
  },
  acknowledgement: {
    subject: (m, ref) =>
      `${m} har tagit emot din begäran om dataskydd [${ref}]`,
    received: (m, right, date) =>
      `${m} tog emot din begäran den ${date}: ${right}.`,
    due: (date) => `Butiken ska svara senast ${date}.`,
    next: 'Vad som händer nu: butiken fattar beslut om din begäran och ber de organisationer som behandlar dina uppgifter för dess räkning att vidta åtgärder. Du får svaret per e-post; länken nedan visar hur det går med din begäran.',
    nothingToDo: 'Du behöver inte göra något nu.',
    channel: {
      email: 'Den kom per e-post.',
      post: 'Den kom per post.',
      phone: 'Den gjordes per telefon.',
      'in-person': 'Den gjordes personligen.',
      other: 'Den kom direkt till butiken.',
    },
    identity:
      'Butiken har kontrollerat att begäran kommer från dig, så du behöver inte bekräfta något.',
  },
  failure: {
    subject: (m, ref) =>
      `Din begäran om dataskydd till ${m} är försenad [${ref}]`,
    body: (right) =>
      `Ett tekniskt problem har tills vidare stoppat handläggningen av din begäran (${right}). Butiken har underrättats och måste ändå slutföra din begäran.`,
    due: (date) =>
      `Tidsfristen gäller fortfarande: butiken ska svara senast ${date}.`,
    nothingToDo: 'Du behöver inte göra något; butiken hör av sig till dig.',
  },
  deferralCancelled: {
    subject: (m, ref) => `${m} behåller de uppgifter som sparades [${ref}]`,
    body: (m, until, processors) =>
      `När dina uppgifter raderades behöll ${m} en del av dem av rättsliga skäl och meddelade att de skulle raderas automatiskt efter ${until}. Butiken har nu beslutat att behålla uppgifterna längre. De finns hos: ${processors}.`,
  },
  lift: {
    subject: (m, ref) => `${m} häver begränsningen av dina uppgifter [${ref}]`,
    body: (m, date, lifted, a) =>
      `På din begäran begränsade ${m} behandlingen av dina uppgifter den ${date}. Butiken häver begränsningen den ${lifted}; det här meddelandet skickas till dig innan den hävs (${a}). Därefter kan dina uppgifter åter användas för de ändamål för vilka de samlades in.`,
    where: (processors) => `Begränsningen hävs hos: ${processors}.`,
    object: (a) =>
      `Om butiken behandlar dina uppgifter på grundval av sina berättigade intressen kan du när som helst, av skäl som hänför sig till din specifika situation, invända mot behandlingen (${a}).`,
  },
  liftPage: {
    title: (ref) => `Häv begränsningen ${ref}`,
    heading: 'Häva begränsningen?',
    body: (processors, date) =>
      `Behandlingen av kundens uppgifter begränsades den ${date} hos: ${processors}. När begränsningen hävs får kunden först veta det, med ditt skäl (artikel 18.3 i dataskyddsförordningen); därefter tas markeringen bort i butikens egna register och de andra biträdena ombeds per e-post att häva begränsningen.`,
    reason:
      'Skäl, skickas till kunden (till exempel: uppgifternas riktighet har kontrollerats)',
    submit: 'Meddela kunden och häv begränsningen',
    reasonRequired: 'Ange varför begränsningen hävs.',
    reasonTooLong: 'Skälet får vara högst 1000 tecken.',
    doneTitle: 'Begränsningen har hävts',
    doneBody:
      'Kunden har fått veta det, markeringen har tagits bort i butikens egna register och de andra biträdena har ombetts per e-post att häva begränsningen.',
    copyIntro:
      'När begränsningen ska upphöra (till exempel när uppgifternas riktighet har kontrollerats) häver du den här; kunden får veta det först (artikel 18.3 i dataskyddsförordningen):',
    copyLink: 'Häv begränsningen',
  },
  liftProcessor: {
    subject: (merchant, ref) =>
      `Begränsning hävd: begäran från en registrerad (${merchant}), ref. ${ref}`,
    body: (merchant, processor, date) =>
      `Den ${date} bad vi ${processor} att begränsa behandlingen av den här personens personuppgifter (artikel 18 i dataskyddsförordningen). ${merchant} har nu hävt begränsningen: ni får åter behandla uppgifterna enligt vårt personuppgiftsbiträdesavtal. Ingen bekräftelse behövs.`,
  },
  noData: {
    subject: (m, ref) => `${m} har inga personuppgifter om dig [${ref}]`,
    body: (m, right) =>
      `${m} har besvarat din begäran (${right}): varken butiken eller någon av de organisationer som behandlar kunduppgifter för dess räkning har personuppgifter om dig under den här e-postadressen.`,
    otherAddress:
      'Om du har använt en annan e-postadress i butiken kan du skicka en ny begäran med den adressen.',
  },
  erasureNothingHeld: (m) =>
    `Varken ${m} eller någon av de organisationer som behandlar kunduppgifter för dess räkning hade personuppgifter om dig under den här e-postadressen, så det fanns inget att radera.`,
  reviewed:
    'Innan paketet lämnades ut granskade butiken det, så att uppgifter om andra personer utelämnas när ett utlämnande till dig skulle inkräkta på deras rättigheter (artikel 15.4 i dataskyddsförordningen).',
};
