import type { EmailMessages } from './messages.ts';

export const fi: EmailMessages = {
  deferral: {
    subject: (ref, until) =>
      `Poisto ${ref}: osa tiedoista säilytetään lakisääteisen velvoitteen vuoksi ${until} asti`,
    body: (processors, until) =>
      `Lakisääteisen säilytysvelvoitteen vuoksi osa asiakkaan tiedoista on yhä seuraavilla: ${processors}. Asiakkaalle on kerrottu, mitä säilytetään ja miksi. Nämä tiedot poistetaan automaattisesti ${until} jälkeen. Jos ne on säilytettävä pidempään (esimerkiksi oikeusvaateen vuoksi), peru lykätty poisto tästä:`,
    cancelHere: 'Peru lykätty poisto',
    cancelLink: 'Peru lykätty poisto',
  },
  email: {
    verifySubject: (m, ref) => `Vahvista tietosuojapyyntösi: ${m} [${ref}]`,
    verifyAsked: (m, right) =>
      `Joku, toivottavasti sinä, on lähettänyt kaupalle ${m} pyynnön: ${right}.`,
    verifyHere: (date) =>
      `Vahvista pyyntö tästä (linkki on voimassa ${date} asti):`,
    verifyLink: 'Vahvista pyyntösi',
    verifyLinkWorks: (date) => `(linkki on voimassa ${date} asti).`,
    verifyIgnore:
      'Jos et tehnyt tätä pyyntöä, voit jättää viestin huomiotta, eikä mitään tapahdu.',
    decisionSubject: (right, ref, due) =>
      `Päätös tarvitaan: ${right} [${ref}], määräpäivä ${due}`,
    stillWaiting: 'Odottaa yhä: ',
    decisionIntro: (m) =>
      `Asiakas on vahvistanut tietosuojapyynnön, joka koskee kauppaa ${m}.`,
    daysLeft: (n) => `${n} ${n === 1 ? 'päivä' : 'päivää'} jäljellä`,
    identityConfirmed: 'sähköpostiosoite vahvistettu',
    processorsToContact: 'Käsittelijät, joihin ollaan yhteydessä',
    decideHere: 'Hyväksy tai hylkää tästä:',
    decideLink: 'Hyväksy tai hylkää pyyntö',
    deferredNote: (date) =>
      `Vain määräajan säilytettävät tiedot poistetaan automaattisesti ${date} jälkeen; kirjoitamme sinulle silloin uudelleen.`,
    erasureSubject: (m, ref) => `Tietosi on poistettu: ${m} [${ref}]`,
    erasureDone: (m, article) =>
      `${m} on toteuttanut poistopyyntösi (${article}). Mitä kussakin tietojasi säilyttäneessä paikassa tehtiin:`,
    doneSubject: (m, ref) => `Pyyntösi on käsitelty: ${m} [${ref}]`,
    doneHandled: (m, right) => `${m} on käsitellyt pyyntösi: ${right}.`,
    denialSubject: (m, ref) =>
      `${m} ei voi toteuttaa tietosuojapyyntöäsi [${ref}]`,
    denialDecided: (m, right) =>
      `${m} on päättänyt olla toteuttamatta pyyntöäsi: ${right}.`,
    failureSubject: (ref, phase) =>
      `Toimenpiteitä tarvitaan: tietosuojapyyntö [${ref}] epäonnistui vaiheessa ${phase}`,
    failureStopped: (id, right, phase, error) =>
      `Pyyntö ${id} (${right}) pysähtyi vaiheessa ${phase} (${error}).`,
    failureStillDue: (date) =>
      `Vastaus on edelleen annettava viimeistään ${date}. Ylläpitäjäsi näkee työnkulun suoritushistoriasta, mihin se pysähtyi.`,
    reminderSubject: (ref, days) =>
      `Muistutus: tietosuojapyynnön [${ref}] määräaikaan on ${days} ${days === 1 ? 'päivä' : 'päivää'}`,
    overdueSubject: (ref, due) =>
      `MYÖHÄSSÄ: tietosuojapyynnön [${ref}] määräpäivä oli ${due}`,
    reminderWhen: (id, right, due, days) =>
      `Pyyntöön ${id} (${right}) on vastattava viimeistään ${due}, ${days} päivän kuluessa.`,
    overdueWhen: (id, right, due, days) =>
      `Pyyntöön ${id} (${right}) olisi pitänyt vastata viimeistään ${due}; se on ${days} ${days === 1 ? 'päivän' : 'päivää'} myöhässä.`,
    waitingOn: {
      VERIFIED: 'Pyyntöä valmistellaan päätöstäsi varten.',
      AWAITING_DECISION:
        'Pyyntö odottaa päätöstäsi: käytä ”Päätös tarvitaan” -viestissä olevaa linkkiä.',
      IN_PROGRESS:
        'Käsittelijät työskentelevät sen parissa; sinulta ei vielä tarvita mitään.',
      FAILED:
        'Pyyntö pysähtyi virheeseen, ja ylläpitäjän on käynnistettävä se uudelleen; vastaus on yhä annettava.',
    },
    lawOverdue:
      'Jos vastaus annetaan lakisääteisen määräajan jälkeen, asiakas voi viedä asian valvontaviranomaiselle (tietosuoja-asetuksen 12 artiklan 3 kohta ja 77 artikla).',
    lawReminder:
      'Tietosuoja-asetuksen mukaan vastausaika on kuukausi pyynnön vastaanottamisesta (12 artiklan 3 kohta); määräajan jatkamisesta on ilmoitettava perusteluineen ennen kuukauden päättymistä.',
    extensionSubject: (m, ref) =>
      `${m} tarvitsee lisäaikaa tietosuojapyyntöösi [${ref}]`,
    extensionNeeds: (m, right) =>
      `${m} tarvitsee lisäaikaa vastatakseen pyyntöösi: ${right}.`,
    extensionHearBy: (date) => `Saat nyt vastauksen viimeistään ${date}.`,
    stalledSubject: (ref) =>
      `Toimenpiteitä tarvitaan: tietosuojapyyntö [${ref}] ei etene`,
    stalledWhat: (id, right, since, status) =>
      `Pyyntö ${id} (${right}) ei ole edennyt ${since} jälkeen (tila ${status}).`,
    stalledReasons: {
      'no-progress':
        'Työnkulussa ei ole tapahtunut mitään odotettua pidempään aikaan.',
      'cannot-resume':
        'Sen työnkulku pysähtyi, eikä sitä voi jatkaa automaattisesti.',
      'restarts-exhausted':
        'Sen työnkulku pysähtyi uudelleen useiden uudelleenkäynnistysten jälkeen.',
    },
    stalledFailedJobs: (jobs) =>
      `Käsittelijät, joiden tehtävä epäonnistui: ${jobs}.`,
    stalledAction: (date) =>
      `Vastaus on edelleen annettava viimeistään ${date}. Ylläpitäjällesi on ilmoitettu; varmista, että pyyntö käsitellään ajoissa.`,
    extensionLaw:
      'Tietosuoja-asetuksen mukaan kauppa voi tarvittaessa jatkaa määräaikaa enintään kahdella kuukaudella pyyntöjen monimutkaisuuden tai määrän vuoksi, jos se kertoo syyn ensimmäisen kuukauden aikana (12 artiklan 3 kohta).',
  },
};
