/** The de texts of information.ts (loaded when a text in this language is first read: lazy.ts). */
import type { InformationMessages } from '../information.ts';

export const de: InformationMessages = {
  askSubject: (m, ref) =>
    `${m} benötigt weitere Informationen zu Ihrer Datenschutzanfrage [${ref}]`,
  askIntro: (m, right) =>
    `${m} benötigt weitere Informationen von Ihnen, um Ihre Anfrage zu bearbeiten: ${right}.`,
  question: 'Was benötigt wird:',
  answerHere: (date) =>
    `Antworten Sie hier (der Link ist bis zum ${date} gültig):`,
  answerLink: 'Frage beantworten',
  pause: {
    'stops-clock': () =>
      'Bis Sie antworten, ruht die Frist, innerhalb derer der Shop Ihre Anfrage beantworten muss.',
    'outer-bound-only': (due) =>
      `Der Shop muss Ihre Anfrage trotzdem spätestens am ${due} beantworten.`,
    none: (due) =>
      `Der Shop muss Ihre Anfrage trotzdem spätestens am ${due} beantworten.`,
  },
  pageTitle: 'Ihre Antwort an den Shop',
  heading: (m) => `${m} benötigt weitere Informationen`,
  asked: (date) => `Gefragt am ${date}:`,
  answer: 'Ihre Antwort',
  answerHint:
    'Der Shop liest Ihre Antwort zusammen mit Ihrer Anfrage. Höchstens 2000 Zeichen.',
  submit: 'Antwort senden',
  errors: {
    required: 'Schreiben Sie Ihre Antwort.',
    invalid:
      'Ihre Antwort darf höchstens 2000 Zeichen lang sein und keine Steuerzeichen oder Zeichen zur Textrichtung enthalten.',
  },
  sentTitle: 'Vielen Dank',
  sentBody: (m, due) =>
    `Ihre Antwort wurde an ${m} gesendet. Sie erhalten spätestens am ${due} eine Antwort auf Ihre Anfrage.`,
  answeredSubject: (ref, due) =>
    `Antwort erhalten: Datenschutzanfrage [${ref}], fällig am ${due}`,
  answeredIntro: (date, right) =>
    `Die Bitte um weitere Informationen vom ${date} wurde beantwortet (${right}).`,
  answerLabel: 'Antwort:',
  due: (date) => `Antwort fällig: ${date}`,
  moved: (from, to) =>
    `Das Fälligkeitsdatum hat sich vom ${from} auf den ${to} verschoben: Die Frist lief nicht, solange die Antwort ausstand.`,
  noLink:
    'Entscheiden Sie über den Link in der letzten E-Mail „Entscheidung erforderlich“.',
  aftermath: (date) => `Sie haben diese Frage am ${date} beantwortet.`,
  progress: {
    current: (date) =>
      `Der Shop hat Sie am ${date} um weitere Informationen gebeten: Antworten Sie über den Link in der E-Mail`,
    done: 'Sie haben die Frage des Shops beantwortet',
    unanswered: 'Die Frage des Shops wurde nicht beantwortet',
    paused:
      'Bis Sie antworten, ruht die Frist: Das Datum unten verschiebt sich um die Tage, die Sie für die Antwort brauchen.',
  },
};
