import type { PageMessages } from './messages.ts';

export const sv: PageMessages = {
  form: {
    title: (m) => `Begäran om dataskydd – ${m}`,
    heading: (m) => `Dina rättigheter hos ${m}`,
    intro:
      'Använd formuläret för att utöva dina rättigheter enligt dataskyddsförordningen (GDPR). Vi skickar en länk till din e-post så att du kan bekräfta att det verkligen är du. Butiken ska svara inom en månad från att den tog emot din begäran.',
    languages: 'Språk',
    legend: 'Vad vill du göra?',
    email: 'Din e-postadress',
    name: 'Ditt namn',
    orderNumber: 'Ordernummer',
    details: 'Något vi bör veta',
    optional: '(frivilligt)',
    orderHint: '(frivilligt, hjälper oss att hitta dina uppgifter)',
    detailsHint: '(frivilligt; vid rättelse, beskriv vad som är fel)',
    submit: 'Skicka begäran',
    privacyPolicy: (m) => `${m}: dataskyddsbeskrivning`,
    errorSummary: 'Något behöver rättas',
    expired:
      'Formuläret hade gått ut. Kontrollera uppgifterna och skicka det igen.',
    honeypot: 'Lämna det här fältet tomt',
    errors: {
      type: 'Välj vad du vill göra.',
      email: 'Ange din e-postadress, till exempel namn@exempel.se.',
      name: 'Namnet får ha högst 200 tecken och inga styrtecken.',
      orderNumber: 'Ordernumret får ha högst 64 tecken och inga styrtecken.',
      details: 'Texten får ha högst 4000 tecken och inga styrtecken.',
      other:
        'Något i formuläret stämmer inte. Kontrollera det och skicka igen.',
    },
  },
  submitted: {
    title: 'Kontrollera din e-post',
    body: (m) =>
      `Om adressen du angav är rätt får du inom några minuter ett e-postmeddelande från ”${m}”. Öppna länken i det för att bekräfta din begäran.`,
    linkWorks: (days) => `Länken gäller i ${days} dagar.`,
  },
  confirm: {
    title: 'Bekräfta din begäran',
    asked: (m) => `Din begäran till ${m}:`,
    explain:
      'Tryck på knappen för att bekräfta att det var du som gjorde begäran. Ingenting händer förrän du gör det.',
    button: 'Bekräfta',
  },
  confirmed: {
    title: 'Begäran bekräftad',
    heading: 'Tack, din begäran är bekräftad',
    handled: (m) => `${m} har ombetts att hantera den.`,
    hearBy: (date) => `Du får svar senast ${date}.`,
  },
  decision: {
    title: (ref) => `Beslut om begäran ${ref}`,
    heading: 'En begäran om dataskydd väntar på ditt beslut',
    identityConfirmed: (date) => `E-postadressen bekräftad ${date}`,
    order: 'Order',
    details: 'Kundens meddelande',
    received: 'Mottagen',
    extended: '(förlängd)',
    processors: 'Personuppgiftsbiträden',
    legend: 'Ditt beslut',
    approve: 'Godkänn',
    approveExplain: 'biträdena ovan kontaktas och kunden får svar.',
    deny: 'Avslå',
    denyExplain: (authority) =>
      `begäran avslås; kunden får dina skäl och information om rätten att klaga (tillsynsmyndighet: ${authority}).`,
    extend: 'Förläng',
    extendExplain:
      'tidsfristen med högst två månader (en gång, artikel 12.3); kunden får det nya datumet och dina skäl. Du beslutar därefter.',
    submit: 'Skicka beslut',
    extendedNotice: (date) =>
      `Tidsfristen är förlängd till ${date}; kunden har informerats. Godkänn eller avslå nu.`,
    errors: {
      decision: 'Välj godkänn, avslå eller förläng.',
      reasonToDeny: 'Ett skäl krävs för att avslå en begäran.',
      reasonToExtend: 'Ett skäl krävs för att förlänga tidsfristen.',
      reasonTooLong: 'Skälet får ha högst 2000 tecken.',
      alreadyExtended:
        'Tidsfristen har redan förlängts en gång; den kan inte förlängas igen.',
      extensionTooLate: 'Sista dagen att meddela en förlängning har passerat.',
      extensionImpossible:
        'Tidsfristen för den här begäran kan inte förlängas.',
      groundWithoutDeny:
        'En avslagsgrund hör bara ihop med Avslå. Välj Avslå om du vill avslå begäran; välj ”Ingen avslagsgrund” om du vill godkänna den eller förlänga tidsfristen.',
      groundInvalid: 'Välj en av avslagsgrunderna i listan.',
    },
    approvedTitle: 'Beslutet är registrerat',
    approvedHeading: 'Godkänd',
    approvedBody:
      'Biträdena kontaktas nu. Kunden får resultatet via e-post, och du meddelas om något misslyckas.',
    deniedTitle: 'Beslutet är registrerat',
    deniedHeading: 'Avslagen',
    deniedBody: 'Kunden får dina skäl och information om sin rätt att klaga.',
  },
  processor: {
    recordedTitle: 'Tack',
    recordedBody: 'Svaret har registrerats. Du kan stänga sidan.',
  },
  deferral: {
    pageTitle: (ref) => `Uppskjuten radering ${ref}`,
    pageBody: (processors, until) =>
      `Uppgifterna som sparas hos ${processors} raderas automatiskt efter ${until}. Om du avbryter sker det inte; ange varför: kunden får veta ditt skäl och sin rätt att klaga.`,
    reason: 'Skäl',
    submit: 'Avbryt den uppskjutna raderingen',
    reasonRequired: 'Ange ett skäl till att avbryta.',
    cancelledTitle: 'Uppskjuten radering avbruten',
    cancelledBody:
      'De sparade uppgifterna raderas inte automatiskt. Kunden har fått veta det, med ditt skäl.',
  },
  errors: {
    linkGone: 'Länken kan inte längre användas',
    linkInvalid: 'Länken är inte giltig',
    linkGoneBody: 'Länken har gått ut eller har redan använts.',
    linkInvalidBody:
      'Kontrollera att du öppnade hela länken från e-postmeddelandet, eller be om en ny.',
    notRight: 'Något stämmer inte',
    notRightBody: 'Begäran kunde inte hanteras som den skickades.',
    tooMany: 'För många begäranden',
    tooManyBody:
      'För många begäranden har skickats. Använd länken i e-postmeddelandet vi skickade eller försök igen senare.',
    tryAgain: 'Försök igen om en minut',
    tryAgainBody:
      'Din begäran kunde inte slutföras just nu. Inget har gått förlorat: skicka formuläret igen om en minut, så skickar vi dig länken för att bekräfta den per e-post.',
    wentWrong: 'Något gick fel',
    wentWrongBody: 'Försök igen om några minuter. Inget har gått förlorat.',
    originRefusedBody:
      'Formuläret skickades inte från butikens eller vår webbplats, så det togs inte emot och inget sparades. Öppna formuläret på butikens webbplats och skicka det därifrån.',
  },
  status: {
    title: 'Din begäran om dataskydd',
    heading: (m) => `Din begäran till ${m}`,
    asked: 'Du begärde',
    steps: {
      received: 'Mottagen',
      verified: 'Du bekräftade att det var du',
      waiting: 'Väntar på butikens beslut',
      working: 'Genomförs',
      answered: 'Besvarad',
    },
    denied:
      'Avslagen: butiken har skickat dig sina skäl per e-post och berättat hur du kan klaga',
    done: 'klart',
    current: 'aktuellt steg',
    hearBy: (date) => `Du får svar senast ${date}.`,
    extended:
      'Butiken har förlängt tidsfristen och meddelat dig skälen per e-post (artikel 12.3 i dataskyddsförordningen).',
    answeredOn: (date) => `Besvarad ${date}. Svaret finns i din e-post.`,
    expired:
      'Begäran bekräftades inte i tid, så den stängdes och uppgifterna raderades. Du kan skicka en ny begäran.',
    cancelled: 'Begäran har avbrutits.',
    readOnly:
      'Sidan visar bara hur det går med din begäran; den ändrar ingenting. Dela inte länken.',
  },
  acting: {
    reference: 'Referens',
    language: 'Kundens språk',
    reasonLanguage: (language) => `Kundens språk är ${language}.`,
    chooseApproveOrDeny: 'Välj godkänn eller avslå.',
    deferralTooLong: 'Skälet får ha högst 1000 tecken.',
  },
  intake: {
    notRectification: (chosen, rectification) =>
      `Du fyllde i rättelser men valde ”${chosen}”. Välj ”${rectification}” om du vill att dina uppgifter rättas; töm annars raderna för rättelser.`,
    nextHeading: 'Vad händer nu',
    nextConfirm:
      'Öppna länken i e-postmeddelandet och bekräfta att begäran kommer från dig.',
    nextDecide:
      'Därefter handlägger butiken din begäran. Den måste svara inom en månad från att den tog emot begäran; behöver den längre tid måste den tala om varför.',
    nextAnswer:
      'Du får svaret via e-post. När du har bekräftat får du också en länk till en sida som visar hur det går med din begäran.',
    spam: (sender) =>
      `Inget e-postmeddelande efter några minuter? Titta i skräpposten efter ett meddelande från ”${sender}”.`,
    resendIntro: 'Fortfarande inget? Vi kan skicka meddelandet igen.',
    resendButton: 'Skicka e-postmeddelandet igen',
    resendHint: (minutes) =>
      `Vi skickar det högst en gång var ${minutes}:e minut.`,
    resent: (minutes) =>
      `Om din begäran fortfarande väntar på bekräftelse har e-postmeddelandet skickats igen, om inte det förra gick iväg för mindre än ${minutes} minuter sedan.`,
  },
  progress: {
    verifyUpcoming: 'Du bekräftar att det är du',
    verifyCurrent:
      'Väntar på att du bekräftar att det är du: öppna länken i e-postmeddelandet vi skickade',
    verifyStopped: 'Inte bekräftad i tid',
    decisionUpcoming: 'Butikens beslut',
    approved: 'Butiken godkände din begäran',
    refused: 'Butiken avslog din begäran',
    carriedOut: 'Genomförd',
    answerCurrent: 'Svaret skickas till dig',
    withheld:
      'Avslagen efter granskning: butiken har meddelat dig per e-post varför den inte kan skicka dina uppgifter och hur du kan klaga',
    partly:
      'Besvarad: butiken har meddelat dig per e-post vad som raderades och vad som sparas av rättsliga skäl',
    doneOn: (date) => `klart, ${date}`,
    delayed: 'försenat',
    stopped: 'avbrutet',
    delayedNote:
      'Ett tekniskt problem försenar din begäran. Butiken har underrättats och begäran kommer att fortsätta; tidsfristen nedan gäller fortfarande.',
    answeredNoDate: 'Svaret finns i din e-post.',
    cancelledOn: (date) => `Begäran avbröts ${date}.`,
    heldUntil: (date) =>
      `En del av dina uppgifter sparas av rättsliga skäl till ${date}. Därefter raderas de automatiskt, och butiken skriver till dig igen.`,
    heldDataKept:
      'Butiken har sedan beslutat att behålla de uppgifter som sparades av rättsliga skäl (till exempel för ett rättsligt anspråk). Du kan fråga butiken om det.',
  },
  aftermath: {
    confirmed: (date) => `Du bekräftade den här begäran ${date}.`,
    notConfirmed:
      'Begäran bekräftades inte i tid, så den stängdes och uppgifterna raderades.',
    approved: (date) => `Begäran godkändes ${date}.`,
    refused: (date) => `Begäran avslogs ${date}.`,
    released: (date) => `Uppgifterna lämnades ut till kunden ${date}.`,
    withheld: (date) =>
      `Uppgifterna hölls inne ${date}; kunden har fått veta varför.`,
    deferralCancelled: (date) =>
      `Den uppskjutna raderingen avbröts ${date}; de sparade uppgifterna behålls.`,
    heldErased: (date) => `De sparade uppgifterna raderades ${date}.`,
    restrictionLifted: (date) =>
      `Begränsningen hävdes ${date}; kunden fick veta det i förväg.`,
    newerLink:
      'Begäran väntar fortfarande på svar, och en nyare länk har skickats sedan dess: använd länken i det senaste e-postmeddelandet.',
    cancelled: (date) => `Begäran avbröts ${date}.`,
    answered: (date) => `Begäran besvarades ${date}.`,
    undated: {
      confirmed: 'Du har bekräftat den här begäran.',
      approved: 'Begäran har godkänts.',
      refused: 'Begäran har avslagits.',
      released: 'Uppgifterna har lämnats ut till kunden.',
      withheld: 'Uppgifterna har hållits inne; kunden har fått veta varför.',
      deferralCancelled:
        'Den uppskjutna raderingen har avbrutits; de sparade uppgifterna behålls.',
      heldErased: 'De sparade uppgifterna har raderats.',
      restrictionLifted:
        'Begränsningen har hävts; kunden fick veta det i förväg.',
      cancelled: 'Begäran har avbrutits.',
      answered: 'Begäran har besvarats.',
    },
    inProgress: 'Begäran handläggs.',
    statusLink: 'Se hur det går med begäran',
    newRequest: 'Skicka en ny begäran',
  },
};
