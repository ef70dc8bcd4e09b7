import type { EmailMessages } from './messages.ts';

export const sv: EmailMessages = {
  deferral: {
    subject: (ref, until) =>
      `Radering ${ref}: en del av uppgifterna sparas enligt en lagstadgad förvaringsskyldighet till ${until}`,
    body: (processors, until) =>
      `En lagstadgad förvaringsskyldighet gör att en del av kundens uppgifter fortfarande finns hos: ${processors}. Kunden har fått veta vad som sparas och varför. De raderas automatiskt efter ${until}. Om uppgifterna måste sparas längre (till exempel för ett rättsligt anspråk), avbryt den uppskjutna raderingen här:`,
    cancelHere: 'Avbryt den uppskjutna raderingen',
    cancelLink: 'Avbryt den uppskjutna raderingen',
  },
  email: {
    verifySubject: (m, ref) =>
      `Bekräfta din begäran om dataskydd till ${m} [${ref}]`,
    verifyAsked: (m, right) =>
      `Någon, förhoppningsvis du, har skickat en begäran till ${m}: ${right}.`,
    verifyHere: (date) => `Bekräfta begäran här (länken gäller till ${date}):`,
    verifyLink: 'Bekräfta din begäran',
    verifyLinkWorks: (date) => `(länken gäller till ${date}).`,
    verifyIgnore:
      'Om det inte var du som skickade begäran kan du bortse från meddelandet; då händer ingenting.',
    decisionSubject: (right, ref, due) =>
      `Beslut krävs: ${right} [${ref}], senast ${due}`,
    stillWaiting: 'Väntar fortfarande: ',
    decisionIntro: (m) =>
      `En kund har bekräftat en begäran om dataskydd till ${m}.`,
    daysLeft: (n) => `${n} ${n === 1 ? 'dag' : 'dagar'} kvar`,
    identityConfirmed: 'e-postadressen bekräftad',
    processorsToContact: 'Biträden som kontaktas',
    decideHere: 'Godkänn eller avslå här:',
    decideLink: 'Godkänn eller avslå begäran',
    deferredNote: (date) =>
      `Det som bara sparas en begränsad tid raderas automatiskt efter ${date}; vi skriver till dig igen då.`,
    erasureSubject: (m, ref) => `Dina uppgifter hos ${m} har raderats [${ref}]`,
    erasureDone: (m, article) =>
      `${m} har genomfört din begäran om radering (${article}). Så här gick det på varje ställe som hade dina uppgifter:`,
    doneSubject: (m, ref) => `Din begäran till ${m} är klar [${ref}]`,
    doneHandled: (m, right) => `${m} har hanterat din begäran: ${right}.`,
    denialSubject: (m, ref) =>
      `${m} kan inte tillmötesgå din begäran om dataskydd [${ref}]`,
    denialDecided: (m, right) =>
      `${m} har beslutat att inte vidta åtgärder med anledning av din begäran: ${right}.`,
    failureSubject: (ref, phase) =>
      `Åtgärd krävs: begäran om dataskydd [${ref}] misslyckades under ${phase}`,
    failureStopped: (id, right, phase, error) =>
      `Begäran ${id} (${right}) stoppades i fasen ${phase} (${error}).`,
    failureStillDue: (date) =>
      `Svaret ska fortfarande lämnas senast ${date}. Din driftansvarige kan se var det stoppade i arbetsflödets körhistorik.`,
    reminderSubject: (ref, days) =>
      `Påminnelse: begäran om dataskydd [${ref}] ska besvaras om ${days} ${days === 1 ? 'dag' : 'dagar'}`,
    overdueSubject: (ref, due) =>
      `FÖRSENAD: begäran om dataskydd [${ref}] skulle ha besvarats senast ${due}`,
    reminderWhen: (id, right, due, days) =>
      `Begäran ${id} (${right}) ska besvaras senast ${due}, om ${days} ${days === 1 ? 'dag' : 'dagar'}.`,
    overdueWhen: (id, right, due, days) =>
      `Begäran ${id} (${right}) skulle ha besvarats senast ${due} och är ${days} ${days === 1 ? 'dag' : 'dagar'} försenad.`,
    waitingOn: {
      VERIFIED: 'Begäran förbereds för ditt beslut.',
      AWAITING_DECISION:
        'Den väntar på ditt beslut: använd länken i meddelandet ”Beslut krävs”.',
      IN_PROGRESS: 'Biträdena arbetar med den; inget behövs från dig ännu.',
      FAILED:
        'Den stoppades av ett fel och din driftansvarige behöver starta om den; svaret ska fortfarande lämnas.',
    },
    lawOverdue:
      'Ett svar som lämnas efter den lagstadgade tidsfristen kan kunden anmäla till tillsynsmyndigheten (artiklarna 12.3 och 77 i dataskyddsförordningen).',
    lawReminder:
      'Enligt dataskyddsförordningen ska svar lämnas inom en månad från mottagandet (artikel 12.3); en förlängning ska meddelas, med skäl, innan månaden har gått.',
    extensionSubject: (m, ref) =>
      `${m} behöver mer tid för din begäran om dataskydd [${ref}]`,
    extensionNeeds: (m, right) =>
      `${m} behöver mer tid för att besvara din begäran: ${right}.`,
    extensionHearBy: (date) => `Du får nu svar senast ${date}.`,
    stalledSubject: (ref) =>
      `Åtgärd krävs: begäran om dataskydd [${ref}] går inte framåt`,
    stalledWhat: (id, right, since, status) =>
      `Begäran ${id} (${right}) har inte gått framåt sedan ${since} (status ${status}).`,
    stalledReasons: {
      'no-progress':
        'Ingenting har hänt i arbetsflödet på längre tid än väntat.',
      'cannot-resume':
        'Dess arbetsflöde stoppade och kan inte återupptas automatiskt.',
      'restarts-exhausted':
        'Dess arbetsflöde stoppade igen efter att ha startats om flera gånger.',
    },
    stalledFailedJobs: (jobs) =>
      `Personuppgiftsbiträden vars uppgift misslyckades: ${jobs}.`,
    stalledAction: (date) =>
      `Svaret ska fortfarande lämnas senast ${date}. Din driftansvarige har larmats; se till att begäran slutförs i tid.`,
    extensionLaw:
      'Enligt dataskyddsförordningen får en butik förlänga tiden med högst två månader om det behövs med hänsyn till hur komplicerade eller hur många begärandena är, om den meddelar dig skälen inom den första månaden (artikel 12.3).',
  },
};
