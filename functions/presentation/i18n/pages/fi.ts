import type { PageMessages } from './messages.ts';

export const fi: PageMessages = {
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
    identityConfirmed: (date) => `Sähköpostiosoite vahvistettu ${date}`,
    order: 'Tilaus',
    details: 'Lisätiedot',
    received: 'Vastaanotettu',
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
    recordedTitle: 'Kiitos',
    recordedBody: 'Vastauksesi on kirjattu. Voit sulkea tämän sivun.',
  },
  deferral: {
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
};
