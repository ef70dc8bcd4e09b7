import type { Messages } from './messages.ts';

export const fi: Messages = {
  dateLocale: 'fi-FI',
  languageName: 'Suomi',
  correction: {
    fields: {
      name: 'Nimi',
      email: 'Sähköpostiosoite',
      phone: 'Puhelinnumero',
      address: 'Osoite',
      other: 'Jokin muu (kuvaile)',
    },
    legend: 'Korjaa tietoni: mikä on väärin ja mikä on oikea tieto?',
    hint: 'Vain korjauspyyntöön. Yksi rivi kutakin tietoa kohden; jätä muut tyhjiksi.',
    what: (n) => `Mikä on väärin (${n})`,
    value: (n) => `Oikea tieto (${n})`,
    error:
      'Kerro korjauspyynnössä, mikä on väärin ja mikä on oikea tieto (kumpikin enintään 500 merkkiä), tai kuvaile se kohdassa ”Mitä meidän pitäisi tietää”.',
    correctTo: (field) => `${field}, oikea tieto`,
    label: 'Korjaukset',
    corrected: (fields) => `korjattu: ${fields}`,
    rejected: (fields) =>
      `ei korjattu, käsittelijä ei hyväksynyt uutta arvoa: ${fields}; kauppa ottaa sinuun yhteyttä`,
    byShop: (fields) => `kauppa korjaa käsin: ${fields}`,
  },
  rights: {
    access: {
      title: 'Näytä tietoni',
      explain:
        'Saat kopion henkilötiedoista, joita kauppa on sinusta tallentanut.',
    },
    portability: {
      title: 'Anna tietoni siirrettävässä muodossa',
      explain:
        'Saat tietosi koneluettavassa tiedostossa, jonka voit viedä toiseen palveluun.',
    },
    erasure: {
      title: 'Poista tietoni',
      explain:
        'Kauppa poistaa henkilötietosi lukuun ottamatta niitä, jotka laki velvoittaa säilyttämään.',
    },
    rectification: {
      title: 'Korjaa tietoni',
      explain:
        'Kauppa korjaa sinua koskevat virheelliset tai puutteelliset tiedot.',
    },
    objection: {
      title: 'Lopeta tietojeni käyttö',
      explain:
        'Kauppa lopettaa tietojesi käytön suoramarkkinointiin tai muihin tarkoituksiin, joita vastustat.',
    },
    restriction: {
      title: 'Rajoita tietojeni käsittelyä',
      explain:
        'Kauppa säilyttää tietosi mutta ei käytä niitä, kunnes niitä koskeva kysymys on ratkaistu.',
    },
  },
  common: {
    reference: (ref) => `Viite: ${ref}`,
    questions: (contact, ref) => `Kysymykset: ${contact}. Viite: ${ref}`,
    theirReasons: 'Perustelut:',
    nothingChanged: 'Mitään ei muutettu.',
  },
  form: {
    title: (m) => `Tietosuojapyyntö – ${m}`,
    heading: (m) => `Tietosuojaoikeutesi: ${m}`,
    intro:
      'Tällä lomakkeella voit käyttää EU:n yleisen tietosuoja-asetuksen (GDPR) mukaisia oikeuksiasi. Lähetämme sinulle sähköpostitse linkin, jolla vahvistat, että pyyntö on sinun. Kaupan on vastattava kuukauden kuluessa siitä, kun se on vastaanottanut pyyntösi.',
    languages: 'Kieli',
    legend: 'Mitä haluat tehdä?',
    email: 'Sähköpostiosoitteesi',
    name: 'Nimesi',
    orderNumber: 'Tilausnumero',
    details: 'Mitä meidän pitäisi tietää',
    optional: '(vapaaehtoinen)',
    orderHint: '(vapaaehtoinen, auttaa löytämään tietosi)',
    detailsHint: '(vapaaehtoinen; korjauspyynnössä kerro, mikä on väärin)',
    submit: 'Lähetä pyyntö',
    privacyPolicy: (m) => `${m}: tietosuojaseloste`,
    errorSummary: 'Lomakkeessa on virhe',
    expired: 'Lomake oli vanhentunut. Tarkista tiedot ja lähetä se uudelleen.',
    honeypot: 'Jätä tämä kenttä tyhjäksi',
    errors: {
      type: 'Valitse, mitä haluat tehdä.',
      email: 'Anna sähköpostiosoitteesi muodossa nimi@esimerkki.fi.',
      name: 'Nimessä voi olla enintään 200 merkkiä eikä ohjausmerkkejä.',
      orderNumber:
        'Tilausnumerossa voi olla enintään 64 merkkiä eikä ohjausmerkkejä.',
      details: 'Tekstissä voi olla enintään 4000 merkkiä eikä ohjausmerkkejä.',
      other:
        'Lomakkeessa on jotain vialla. Tarkista tiedot ja lähetä uudelleen.',
    },
  },
  submitted: {
    title: 'Tarkista sähköpostisi',
    body: (m) =>
      `Jos antamasi osoite on oikein, saat muutaman minuutin kuluessa sähköpostin, jonka lähettäjä on ”${m}”. Vahvista pyyntösi viestissä olevalla linkillä.`,
    linkWorks: (days) => `Linkki on voimassa ${days} päivää.`,
  },
  confirm: {
    title: 'Vahvista pyyntösi',
    asked: (m) => `Pyyntösi kaupalle ${m}:`,
    explain:
      'Vahvista painikkeella, että teit tämän pyynnön. Mitään ei tapahdu ennen kuin vahvistat.',
    button: 'Vahvista',
  },
  confirmed: {
    title: 'Pyyntö vahvistettu',
    heading: 'Kiitos, pyyntösi on vahvistettu',
    handled: (m) => `Kauppa ${m} käsittelee pyyntösi.`,
    hearBy: (date) => `Saat vastauksen viimeistään ${date}.`,
  },
  decision: {
    title: (ref) => `Päätä pyynnöstä ${ref}`,
    heading: 'Tietosuojapyyntö odottaa päätöstäsi',
    request: 'Pyyntö',
    right: 'Oikeus',
    from: 'Pyytäjä',
    identity: 'Henkilöllisyys',
    identityConfirmed: (date) => `Sähköpostiosoite vahvistettu ${date}`,
    order: 'Tilaus',
    details: 'Lisätiedot',
    received: 'Vastaanotettu',
    due: 'Vastattava viimeistään',
    extended: '(jatkettu)',
    processors: 'Käsittelijät',
    legend: 'Päätöksesi',
    approve: 'Hyväksy',
    approveExplain:
      'yllä luetelluille käsittelijöille ilmoitetaan ja asiakkaalle vastataan.',
    deny: 'Hylkää',
    denyExplain: (authority) =>
      `pyyntöä ei toteuteta; asiakkaalle kerrotaan perustelusi ja oikeus tehdä valitus valvontaviranomaiselle (${authority}).`,
    extend: 'Jatka',
    extendExplain:
      'määräaikaa enintään kahdella kuukaudella (kerran, 12 artiklan 3 kohta); asiakkaalle kerrotaan uusi päivämäärä ja perustelusi. Päätät pyynnöstä sen jälkeen.',
    submit: 'Lähetä päätös',
    extendedNotice: (date) =>
      `Määräaikaa jatkettu ${date} asti; asiakkaalle on ilmoitettu. Hyväksy tai hylkää nyt.`,
    errors: {
      decision: 'Valitse hyväksy, hylkää tai jatka.',
      reasonToDeny: 'Pyynnön hylkääminen vaatii perustelun.',
      reasonToExtend: 'Määräajan jatkaminen vaatii perustelun.',
      reasonTooLong: 'Perustelussa voi olla enintään 2000 merkkiä.',
      alreadyExtended:
        'Määräaikaa on jo jatkettu kerran; sitä ei voi jatkaa uudelleen.',
      extensionTooLate: 'Viimeinen päivä ilmoittaa jatkosta on mennyt.',
      extensionImpossible: 'Tämän pyynnön määräaikaa ei voi jatkaa.',
      groundWithoutDeny:
        'Kieltäytymisen peruste kuuluu vain hylkäykseen. Jos haluat hylätä pyynnön, valitse Hylkää; jos haluat hyväksyä sen tai jatkaa määräaikaa, valitse ”Ei kieltäytymisen perustetta”.',
      groundInvalid: 'Valitse jokin luetelluista kieltäytymisen perusteista.',
    },
    approvedTitle: 'Päätös tallennettu',
    approvedHeading: 'Hyväksytty',
    approvedBody:
      'Käsittelijöihin ollaan nyt yhteydessä. Asiakas saa tuloksen sähköpostitse, ja sinulle ilmoitetaan, jos jokin epäonnistuu.',
    deniedTitle: 'Päätös tallennettu',
    deniedHeading: 'Hylätty',
    deniedBody:
      'Asiakas saa perustelusi sekä tiedon oikeudestaan tehdä valitus.',
  },
  processor: {
    requestSubject: (right, merchant, ref, due) =>
      `Rekisteröidyn pyyntö ”${right}” – ${merchant}, viite ${ref}, määräaika ${due}`,
    reminderPrefix: 'Muistutus: ',
    intro: (merchant, processor) =>
      `Rekisterinpitäjä: ${merchant}. Henkilötietojen käsittelijä: ${processor}. Pyyntö koskee henkilötietoja, joita käsittelette rekisterinpitäjän lukuun.`,
    asked: (right, article) =>
      `Rekisteröity on tehnyt pyynnön ”${right}” (${article}). Hänen henkilöllisyytensä on varmistettu, ja pyyntö on hyväksytty.`,
    whatToDo: {
      access:
        'Ladatkaa kopio kaikista tätä henkilöä koskevista henkilötiedoista alla olevan linkin kautta avautuvalle sivulle tai ilmoittakaa siellä, ettei teillä ole niitä. Älkää lähettäkö henkilötietoja sähköpostitse.',
      portability:
        'Ladatkaa henkilön teille antamat tiedot koneluettavassa muodossa (CSV, JSON tai XLSX) alla olevan linkin kautta avautuvalle sivulle tai ilmoittakaa siellä, ettei teillä ole niitä. Älkää lähettäkö henkilötietoja sähköpostitse.',
      erasure:
        'Poistakaa kaikki tätä henkilöä koskevat henkilötiedot, ellei laki velvoita teitä säilyttämään niitä (kertokaa silloin, mitä säilytetään ja mihin asti).',
      rectification: 'Korjatkaa henkilötiedot alla kuvatulla tavalla.',
      objection:
        'Lopettakaa henkilön tietojen käyttö suoramarkkinointiin ja siihen liittyvään profilointiin (kuten henkilökohtaisiin suosituksiin) ja estäkää markkinointiviestien lähettäminen hänelle.',
      restriction:
        'Rajoittakaa henkilön tietojen käsittelyä (vain säilytys, ei muuta käyttöä), kunnes ilmoitamme toisin.',
    },
    identifiers: 'Henkilö:',
    email: 'Sähköposti',
    name: 'Nimi',
    order: 'Tilausnumero',
    due: 'Toteuttakaa ja vahvistakaa viimeistään',
    confirmHere:
      'Kun pyyntö on toteutettu (tai sitä ei voida toteuttaa), vahvistakaa se yhdellä napsautuksella:',
    confirmLink: 'Vahvista, mitä tehtiin',
    dpa: 'Tietojenkäsittelysopimuksemme mukaan avustatte meitä vastaamaan rekisteröityjen pyyntöihin (tietosuoja-asetuksen 28 artiklan 3 kohdan e alakohta).',
    merchantSubject: (processor, ref) =>
      `Vahvista, kun ${processor} on valmis, viite ${ref}`,
    merchantIntro: (processor, right) =>
      `Pyysimme käsittelijää ${processor} toteuttamaan pyynnön: ${right}. Käsittelijä ilmoittaa valmistumisesta vain sähköpostitse sinulle. Kun vahvistus saapuu, kirjaa se tästä:`,
    merchantConfirm: 'Kirjaa käsittelijän vastaus',
    escalationSubject: (processor, ref) =>
      `${processor} ei ole vahvistanut, viite ${ref}: toimenpiteitä tarvitaan`,
    escalationBody: (processor, right, due) =>
      `${processor} ei ole vahvistanut pyyntöä (${right}), jonka määräaika oli ${due}. Ota yhteyttä käsittelijään. Kun se on vastannut, kirjaa vastaus tästä:`,
    escalationAction: 'Kirjaa vastaus',
    recordedTitle: 'Kiitos',
    recordedBody: 'Vastauksesi on kirjattu. Voit sulkea tämän sivun.',
  },
  deferral: {
    subject: (ref, until) =>
      `Poisto ${ref}: osa tiedoista säilytetään lakisääteisen velvoitteen vuoksi ${until} asti`,
    body: (processors, until) =>
      `Lakisääteisen säilytysvelvoitteen vuoksi osa asiakkaan tiedoista on yhä seuraavilla: ${processors}. Asiakkaalle on kerrottu, mitä säilytetään ja miksi. Nämä tiedot poistetaan automaattisesti ${until} jälkeen. Jos ne on säilytettävä pidempään (esimerkiksi oikeusvaateen vuoksi), peru lykätty poisto tästä:`,
    cancelHere: 'Peru lykätty poisto',
    cancelLink: 'Peru lykätty poisto',
    pageTitle: (ref) => `Lykätty poisto ${ref}`,
    pageBody: (processors, until) =>
      `Säilytetyt tiedot (${processors}) poistetaan automaattisesti ${until} jälkeen. Jos perut poiston, niitä ei poisteta. Kerro syy: asiakkaalle kerrotaan perustelusi ja oikeus tehdä valitus.`,
    reason: 'Syy',
    submit: 'Peru lykätty poisto',
    reasonRequired: 'Kerro perumisen syy.',
    cancelledTitle: 'Lykätty poisto peruttu',
    cancelledBody:
      'Säilytettyjä tietoja ei poisteta automaattisesti. Asiakkaalle on ilmoitettu tästä perusteluineen.',
  },
  errors: {
    linkGone: 'Tätä linkkiä ei voi enää käyttää',
    linkInvalid: 'Linkki ei kelpaa',
    linkGoneBody: 'Linkki on vanhentunut tai sitä on jo käytetty.',
    linkInvalidBody:
      'Tarkista, että avasit sähköpostissa olleen linkin kokonaan, tai pyydä uusi.',
    notRight: 'Jokin ei ole kunnossa',
    notRightBody: 'Pyyntöä ei voitu käsitellä sellaisenaan.',
    tooMany: 'Liian monta pyyntöä',
    tooManyBody:
      'Pyyntöjä on lähetetty liian monta. Käytä lähettämässämme sähköpostissa olevaa linkkiä tai yritä myöhemmin uudelleen.',
    tryAgain: 'Yritä uudelleen hetken päästä',
    tryAgainBody:
      'Pyyntöäsi ei voitu viedä loppuun juuri nyt. Mitään ei kadonnut: lähetä lomake uudelleen minuutin päästä, niin lähetämme sinulle sähköpostilla linkin pyynnön vahvistamiseen.',
    wentWrong: 'Jokin meni vikaan',
    wentWrongBody:
      'Yritä uudelleen muutaman minuutin kuluttua. Mitään ei kadonnut.',
    originRefusedBody:
      'Lomaketta ei lähetetty kaupan eikä meidän sivuiltamme, joten sitä ei otettu vastaan eikä mitään tallennettu. Avaa pyyntölomake kaupan verkkosivuilla ja lähetä se sieltä.',
  },
  status: {
    title: 'Tietosuojapyyntösi',
    heading: (m) => `Pyyntösi: ${m}`,
    asked: 'Pyysit',
    steps: {
      received: 'Vastaanotettu',
      verified: 'Vahvistit henkilöllisyytesi',
      waiting: 'Odottaa kaupan päätöstä',
      working: 'Toteutetaan',
      answered: 'Vastattu',
    },
    denied:
      'Hylätty: kauppa on lähettänyt sinulle perustelut ja ohjeet valituksen tekemiseen',
    done: 'valmis',
    current: 'nykyinen vaihe',
    hearBy: (date) => `Saat vastauksen viimeistään ${date}.`,
    extended:
      'Kauppa on jatkanut määräaikaa ja kertonut sinulle syyn sähköpostitse (tietosuoja-asetuksen 12 artiklan 3 kohta).',
    answeredOn: (date) => `Vastattu ${date}. Vastaus on sähköpostissasi.`,
    expired:
      'Pyyntöä ei vahvistettu ajoissa, joten se suljettiin ja sen tiedot poistettiin. Voit lähettää uuden pyynnön.',
    cancelled: 'Pyyntö on peruttu.',
    readOnly:
      'Tämä sivu näyttää vain pyyntösi tilanteen eikä muuta mitään. Älä jaa linkkiä.',
    follow: 'Seuraa pyyntöäsi',
    followHint:
      'Tilasivulta näet milloin tahansa, missä vaiheessa pyyntösi on. Pidä linkki omana tietonasi.',
  },
  acting: {
    reference: 'Viite',
    language: 'Asiakkaan kieli',
    reasonLanguage: (language) => `Asiakkaan kieli on ${language}.`,
    chooseApproveOrDeny: 'Valitse hyväksy tai hylkää.',
    deferralTooLong: 'Syyssä voi olla enintään 1000 merkkiä.',
  },
  intake: {
    notRectification: (chosen, rectification) =>
      `Täytit korjattavat tiedot, mutta valitsit vaihtoehdon ”${chosen}”. Jos haluat, että tietosi korjataan, valitse ”${rectification}”; muuten tyhjennä korjausrivit.`,
    nextHeading: 'Mitä seuraavaksi tapahtuu',
    nextConfirm:
      'Avaa sähköpostissa oleva linkki ja vahvista, että pyyntö on sinun.',
    nextDecide:
      'Sen jälkeen kauppa käsittelee pyyntösi. Sen on vastattava kuukauden kuluessa pyynnön vastaanottamisesta; jos se tarvitsee enemmän aikaa, sen on kerrottava syy.',
    nextAnswer:
      'Saat vastauksen sähköpostitse. Kun olet vahvistanut pyynnön, saat myös linkin sivulle, josta näet, missä vaiheessa pyyntösi on.',
    spam: (sender) =>
      `Eikö sähköpostia ole tullut muutamassa minuutissa? Katso roskapostikansiosta viestiä, jonka lähettäjä on ”${sender}”.`,
    resendIntro: 'Eikö viestiä vieläkään näy? Voimme lähettää sen uudelleen.',
    resendButton: 'Lähetä sähköposti uudelleen',
    resendHint: (minutes) =>
      `Lähetämme sen enintään kerran ${minutes} minuutissa.`,
    resent: (minutes) =>
      `Jos pyyntösi odottaa yhä vahvistusta, sähköposti on lähetetty uudelleen, ellei edellinen lähtenyt alle ${minutes} minuuttia sitten.`,
  },
  progress: {
    verifyUpcoming: 'Vahvistat henkilöllisyytesi',
    verifyCurrent:
      'Odottaa, että vahvistat henkilöllisyytesi: avaa lähettämämme sähköpostin linkki',
    verifyStopped: 'Ei vahvistettu ajoissa',
    decisionUpcoming: 'Kaupan päätös',
    approved: 'Kauppa hyväksyi pyyntösi',
    refused: 'Kauppa hylkäsi pyyntösi',
    carriedOut: 'Toteutettu',
    answerCurrent: 'Vastausta lähetetään sinulle',
    withheld:
      'Hylätty tarkistuksen jälkeen: kauppa on kertonut sähköpostitse, miksi se ei voi lähettää tietojasi, ja miten voit tehdä valituksen',
    partly:
      'Vastattu: kauppa on kertonut sähköpostitse, mitä poistettiin ja mitä säilytetään lakisääteisestä syystä',
    doneOn: (date) => `valmis, ${date}`,
    delayed: 'viivästynyt',
    stopped: 'keskeytynyt',
    delayedNote:
      'Tekninen ongelma viivästyttää pyyntöäsi. Kauppa on saanut siitä ilmoituksen, ja käsittely jatkuu; alla oleva määräaika on yhä voimassa.',
    answeredNoDate: 'Vastaus on sähköpostissasi.',
    cancelledOn: (date) => `Tämä pyyntö peruttiin ${date}.`,
    heldUntil: (date) =>
      `Osaa tiedoistasi säilytetään lakisääteisestä syystä ${date} asti. Sen jälkeen ne poistetaan automaattisesti, ja kauppa kirjoittaa sinulle uudelleen.`,
    heldDataKept:
      'Kauppa on sittemmin päättänyt säilyttää tiedot, jotka jätettiin lakisääteisestä syystä poistamatta (esimerkiksi oikeusvaateen vuoksi). Voit kysyä asiasta kaupalta.',
  },
  aftermath: {
    confirmed: (date) => `Vahvistit tämän pyynnön ${date}.`,
    notConfirmed:
      'Tätä pyyntöä ei vahvistettu ajoissa, joten se suljettiin ja sen tiedot poistettiin.',
    approved: (date) => `Tämä pyyntö hyväksyttiin ${date}.`,
    refused: (date) => `Tämä pyyntö hylättiin ${date}.`,
    released: (date) => `Tiedot luovutettiin asiakkaalle ${date}.`,
    withheld: (date) =>
      `Tiedot pidätettiin ${date}; asiakkaalle on kerrottu syy.`,
    deferralCancelled: (date) =>
      `Lykätty poisto peruttiin ${date}; säilytetyt tiedot jäävät talteen.`,
    heldErased: (date) => `Säilytetyt tiedot poistettiin ${date}.`,
    restrictionLifted: (date) =>
      `Käsittelyn rajoitus poistettiin ${date}; asiakkaalle ilmoitettiin siitä etukäteen.`,
    newerLink:
      'Pyyntö odottaa yhä vastausta, ja sen jälkeen on lähetetty uudempi linkki: käytä viimeisimmän sähköpostin linkkiä.',
    cancelled: (date) => `Tämä pyyntö peruttiin ${date}.`,
    answered: (date) => `Tähän pyyntöön vastattiin ${date}.`,
    undated: {
      confirmed: 'Olet vahvistanut tämän pyynnön.',
      approved: 'Tämä pyyntö on hyväksytty.',
      refused: 'Tämä pyyntö on hylätty.',
      released: 'Tiedot on luovutettu asiakkaalle.',
      withheld: 'Tiedot on pidätetty; asiakkaalle on kerrottu syy.',
      deferralCancelled:
        'Lykätty poisto on peruttu; säilytetyt tiedot jäävät talteen.',
      heldErased: 'Säilytetyt tiedot on poistettu.',
      restrictionLifted:
        'Käsittelyn rajoitus on poistettu; asiakkaalle ilmoitettiin siitä etukäteen.',
      cancelled: 'Tämä pyyntö on peruttu.',
      answered: 'Tähän pyyntöön on vastattu.',
    },
    inProgress: 'Pyyntöä käsitellään.',
    statusLink: 'Katso, missä vaiheessa pyyntö on',
    newRequest: 'Lähetä uusi pyyntö',
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
    kept: (what, why, basis, until) =>
      `säilytetään: ${what}, ${why} (${basis}), ${until} asti`,
    keptOpen: (what, why, basis) => `säilytetään: ${what}, ${why} (${basis})`,
    holdReasons: {
      'open-order': 'kun tilaus on vielä kesken',
      'chargeback-window': 'maksukiistojen ja palautusten ajan',
      accounting: 'kirjanpitolain vaatimuksesta',
      'legal-claim': 'oikeusvaateen vuoksi',
      'legal-obligation': 'lakisääteisen velvoitteen vuoksi',
      suppression:
        'jotta osoitteeseen ei enää lähetetä markkinointia; näin noudatetaan poistopyyntöäsi ja mahdollista markkinoinnin vastustamista',
    },
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
