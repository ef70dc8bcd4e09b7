/** The fi texts of information.ts (loaded when a text in this language is first read: lazy.ts). */
import type { InformationMessages } from '../information.ts';

export const fi: InformationMessages = {
  askSubject: (m, ref) =>
    `Tietosuojapyyntösi [${ref}]: ${m} tarvitsee lisätietoja`,
  askIntro: (m, right) =>
    `${m} tarvitsee sinulta lisätietoja voidakseen käsitellä pyyntösi: ${right}.`,
  question: 'Mitä tarvitaan:',
  answerHere: (date) => `Vastaa tästä (linkki on voimassa ${date} asti):`,
  answerLink: 'Vastaa kysymykseen',
  pause: {
    'stops-clock': () =>
      'Kunnes vastaat, kaupan aika vastata pyyntöösi ei kulu.',
    'outer-bound-only': (due) =>
      `Kaupan on silti vastattava pyyntöösi viimeistään ${due}.`,
    none: (due) => `Kaupan on silti vastattava pyyntöösi viimeistään ${due}.`,
  },
  pageTitle: 'Vastauksesi kaupalle',
  heading: (m) => `${m} tarvitsee lisätietoja`,
  asked: (date) => `Kysytty ${date}:`,
  answer: 'Vastauksesi',
  answerHint:
    'Kauppa lukee vastauksesi pyyntösi yhteydessä. Enintään 2000 merkkiä.',
  submit: 'Lähetä vastaus',
  errors: {
    required: 'Kirjoita vastauksesi.',
    invalid:
      'Vastauksessa voi olla enintään 2000 merkkiä, eikä siinä saa olla ohjausmerkkejä tai tekstin suuntaa muuttavia merkkejä.',
  },
  sentTitle: 'Kiitos',
  sentBody: (m, due) =>
    `Vastauksesi on lähetetty kaupalle ${m}. Saat vastauksen pyyntöösi viimeistään ${due}.`,
  answeredSubject: (ref, due) =>
    `Asiakas vastasi: tietosuojapyyntö [${ref}], määräpäivä ${due}`,
  answeredIntro: (date, right) =>
    `Asiakas on vastannut ${date} lähetettyyn lisätietopyyntöön. Pyyntö: ${right}.`,
  answerLabel: 'Vastaus:',
  due: (date) => `Vastattava viimeistään: ${date}`,
  moved: (from, to) =>
    `Määräpäivä siirtyi päivästä ${from} päivään ${to}: määräaika ei kulunut vastausta odotettaessa.`,
  noLink: 'Päätös tehdään viimeisimmän ”Päätös tarvitaan” -viestin linkistä.',
  aftermath: (date) => `Vastasit tähän kysymykseen ${date}.`,
  progress: {
    current: (date) =>
      `Kauppa pyysi sinulta lisätietoja ${date}: vastaa sähköpostissa olevan linkin kautta`,
    done: 'Vastasit kaupan kysymykseen',
    unanswered: 'Kaupan kysymykseen ei vastattu',
    paused:
      'Kunnes vastaat, määräaika ei kulu: alla oleva päivämäärä siirtyy myöhemmäksi niiden päivien verran, jotka vastaamiseen kuluu.',
  },
};
