/** The fi texts of agents.ts (loaded when a text in this language is first read: lazy.ts). */
import type { AgentMessages } from '../agents.ts';

export const fi: AgentMessages = {
  relations: {
    'family-member': 'perheenjäsen',
    'legal-guardian': 'huoltaja tai edunvalvoja',
    lawyer: 'asianajaja tai lakimies',
    'privacy-service':
      'tietosuojapalvelu (esimerkiksi tietojen poistamiseen erikoistunut palvelu)',
    other: 'muu',
  },
  form: {
    legend: 'Teetkö pyynnön toisen puolesta?',
    onBehalf: 'Teen pyynnön toisen henkilön puolesta',
    hint: 'Anna silloin yllä henkilön oma sähköpostiosoite ja nimi: lähetämme hänelle linkin, jolla hän vahvistaa pyynnön, ja vastaus menee hänelle. Omat tietosi annat tässä.',
    name: 'Oma nimi',
    email: 'Oma sähköpostiosoite',
    relation: 'Kuka olet henkilölle',
    choose: 'Valitse…',
    uploadNote:
      'Kun olet lähettänyt pyynnön, voit ladata valtuutuksesi (esimerkiksi valtakirjan tai henkilön allekirjoittaman kirjeen).',
    errors: {
      onBehalf:
        'Valitse ”Teen pyynnön toisen henkilön puolesta” tai tyhjennä omat tietosi.',
      name: 'Kirjoita nimesi (enintään 200 merkkiä).',
      email:
        'Kirjoita oma sähköpostiosoitteesi, esimerkiksi nimi@esimerkki.fi.',
      sameEmail:
        'Kirjoita tähän oma sähköpostiosoitteesi; henkilön osoite kuuluu yllä olevaan sähköpostikenttään.',
      relation: 'Valitse, kuka olet henkilölle.',
    },
  },
  submitted: {
    body: (m) =>
      `Lähetimme henkilölle linkin, jolla hän voi vahvistaa pyynnön. ${m} käsittelee pyynnön, kun hän on vahvistanut sen tai kun kauppa on tarkistanut valtuutuksesi ja hyväksynyt sen. Lähetimme myös sinulle sähköpostin, jossa on tämän sivun latauslinkki.`,
    upload: 'Lataa valtuutuksesi',
    uploadHint:
      'Valtakirja tai henkilön allekirjoittama kirje PDF-tiedostona tai valokuvana.',
  },
  verification: {
    byAgent: (agent, address, relation) =>
      `Tämän pyynnön lähetti puolestasi ${agent} (${address}), joka kertoo olevansa sinulle: ${relation}.`,
    confirmOnly:
      'Vahvista pyyntö vain, jos olet pyytänyt häntä toimimaan puolestasi. Vastaus tulee sinulle tähän osoitteeseen, ei hänelle.',
  },
  acknowledgement: (agent, relation) =>
    `Pyynnön teki puolestasi ${agent} (${relation}); kauppa on tarkistanut hänen valtuutuksensa. Vastaus tulee sinulle tähän osoitteeseen.`,
  decision: {
    agent: 'Henkilön puolesta pyynnön teki',
    agentIs: (agent, address, relation) => `${agent} (${address}), ${relation}`,
    identityByAuthority: (date) =>
      `henkilö ei ole vahvistanut pyyntöä: kauppa hyväksyi asiamiehen valtuutuksen ${date}`,
  },
  agentEmail: {
    subject: (m, ref) => `Toisen puolesta tekemäsi pyyntö: ${m} [${ref}]`,
    received: (m, right, relation) =>
      `${m} on vastaanottanut pyynnön, jonka lähetit toisen henkilön puolesta (${right}). Kerroit olevasi henkilölle: ${relation}.`,
    whatNext: (m) =>
      `Lähetimme henkilölle linkin hänen omaan sähköpostiosoitteeseensa. Pyyntö etenee, kun hän vahvistaa sen tai kun ${m} on tarkistanut valtuutuksesi ja hyväksynyt sen. Siihen asti mitään ei tehdä.`,
    upload: (date) =>
      `Lataa valtuutuksesi, esimerkiksi valtakirja tai henkilön allekirjoittama kirje, PDF-tiedostona tai valokuvana (sivu toimii ${date} asti):`,
    uploadLink: 'Lataa valtuutuksesi',
    answerGoesToPerson:
      'Vastaus lähetetään henkilölle hänen omaan osoitteeseensa, ei sinulle: lähetämme henkilötietoja vain sille, jota ne koskevat.',
  },
  page: {
    title: (ref) => `Valtuutus pyyntöön ${ref}`,
    heading: (m) => `Valtuutuksesi: ${m}`,
    intro: (size, n) =>
      `Lataa asiakirja, joka osoittaa, että saat toimia henkilön puolesta, esimerkiksi valtakirja tai hänen allekirjoittamansa kirje. Yksi tiedosto kerrallaan, enintään ${size} tiedostoa kohden ja yhteensä ${n} tiedostoa.`,
    types:
      'Hyväksytään PDF sekä valokuvat ja skannaukset (PNG, JPEG, GIF, WebP, HEIC). Tyyppi päätellään tiedoston sisällöstä.',
    fileLabel: 'Ladattava tiedosto',
    upload: 'Lataa',
    formNote:
      'Jos lataus hylätään (esimerkiksi liian suuren tiedoston vuoksi), palaa tälle sivulle ja valitse toinen tiedosto. Lataa sivu uudelleen, jos se on ollut auki yli tunnin.',
    limitReached: (n) =>
      `Tiedostoja on ladattu ${n}, mikä on enimmäismäärä. Poista yksi, jos haluat ladata toisen.`,
    listHeading: 'Ladatut tiedostot',
    none: 'Tiedostoja ei ole vielä ladattu.',
    notAccepted: (label) => `${label}: ei hyväksytä, poista tiedosto`,
    remove: 'Poista',
    removeLabel: (name) => `Poista ${name}`,
    done: 'Tähän pyyntöön ei enää tarvita valtuutusta: henkilö on vahvistanut sen, kauppa on ratkaissut sen tai se on suljettu. Tiedostoja ei voi enää ladata.',
    seenBy: (m) =>
      `${m} näkee tässä luetellut tiedostot ja arvioi, osoittavatko ne, että saat toimia henkilön puolesta.`,
  },
  declined: {
    subject: (m, ref) =>
      `Toisen puolesta tekemäsi pyyntö suljettiin: ${m} [${ref}]`,
    body: (m, right) =>
      `${m} on sulkenut pyynnön, jonka lähetit toisen henkilön puolesta (${right}), käsittelemättä sitä: henkilö ei vahvistanut pyyntöä, eikä kauppa voinut lähettämäsi perusteella todeta, että saat toimia hänen puolestaan.`,
    reason: (m) => `Perustelu (${m}):`,
    again:
      'Henkilö voi tehdä pyynnön itse milloin tahansa. Voit myös lähettää pyynnön uudelleen henkilön allekirjoittaman valtuutuksen kanssa.',
  },
};
