/**
 * Words of a request for more information (Art. 12(6)), in every supported locale: the email to
 * the shopper, the page where they answer, the email that brings their answer to the merchant,
 * and the status page's step. The shopper is addressed as the other shopper texts do (Finnish
 * "sinä"), the merchant formally.
 */
import type { PauseEffect } from '#domain/information-request.ts';
import type { Locale } from '#domain/schemas.ts';

type S = string;

export interface InformationMessages {
  /** To the shopper. */
  askSubject: (merchant: S, ref: S) => S;
  askIntro: (merchant: S, right: S) => S;
  question: S;
  answerHere: (date: S) => S;
  answerLink: S;
  /** What waiting does to the shop's time limit, as the shopper is told it. */
  pause: Record<PauseEffect, (due: S) => S>;
  /** The shopper's page. */
  pageTitle: S;
  heading: (merchant: S) => S;
  asked: (date: S) => S;
  answer: S;
  answerHint: S;
  submit: S;
  errors: { required: S; invalid: S };
  sentTitle: S;
  sentBody: (merchant: S, due: S) => S;
  /** To the merchant, with the answer and a decision link. */
  answeredSubject: (ref: S, due: S) => S;
  answeredIntro: (date: S, right: S) => S;
  answerLabel: S;
  due: (date: S) => S;
  moved: (from: S, to: S) => S;
  noLink: S;
  /** A used answer link's page. */
  aftermath: (date: S) => S;
  /** The status page's step. */
  progress: {
    current: (date: S) => S;
    done: S;
    unanswered: S;
    paused: S;
  };
}

const en: InformationMessages = {
  askSubject: (m, ref) =>
    `${m} needs more information for your privacy request [${ref}]`,
  askIntro: (m, right) =>
    `${m} needs more information from you to handle your request: ${right}.`,
  question: 'What they need:',
  answerHere: (date) => `Answer here (the link works until ${date}):`,
  answerLink: 'Answer the question',
  pause: {
    'stops-clock': () =>
      'Until you answer, the time the shop has to answer your request is paused.',
    'outer-bound-only': (due) =>
      `The shop must still answer your request by ${due}.`,
    none: (due) => `The shop must still answer your request by ${due}.`,
  },
  pageTitle: 'Your answer to the shop',
  heading: (m) => `${m} needs more information`,
  asked: (date) => `Asked on ${date}:`,
  answer: 'Your answer',
  answerHint:
    'The shop reads your answer with your request. At most 2000 characters.',
  submit: 'Send the answer',
  errors: {
    required: 'Write your answer.',
    invalid:
      'Your answer must be at most 2000 characters, without control characters or text-direction marks.',
  },
  sentTitle: 'Thank you',
  sentBody: (m, due) =>
    `Your answer has been sent to ${m}. You will hear from them by ${due} at the latest.`,
  answeredSubject: (ref, due) =>
    `The shopper has answered: privacy request [${ref}], due ${due}`,
  answeredIntro: (date, right) =>
    `The shopper has answered the request for more information of ${date} (${right}).`,
  answerLabel: 'Their answer:',
  due: (date) => `Answer due: ${date}`,
  moved: (from, to) =>
    `The due date moved from ${from} to ${to}: the time limit stopped while the answer was awaited.`,
  noLink: 'Decide with the link in the latest “Decision needed” email.',
  aftermath: (date) => `You answered this question on ${date}.`,
  progress: {
    current: (date) =>
      `The shop asked you for more information on ${date}: answer through the link in the email`,
    done: 'You answered the shop’s question',
    unanswered: 'The shop’s question was not answered',
    paused:
      'Until you answer, the time limit is paused: the date below moves later by the days you take.',
  },
};

const fi: InformationMessages = {
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

const sv: InformationMessages = {
  askSubject: (m, ref) =>
    `${m} behöver fler uppgifter för din begäran om dataskydd [${ref}]`,
  askIntro: (m, right) =>
    `${m} behöver fler uppgifter från dig för att kunna hantera din begäran: ${right}.`,
  question: 'Vad som behövs:',
  answerHere: (date) => `Svara här (länken gäller till ${date}):`,
  answerLink: 'Svara på frågan',
  pause: {
    'stops-clock': () =>
      'Tills du svarar står butikens tid för att besvara din begäran still.',
    'outer-bound-only': (due) =>
      `Butiken måste ändå besvara din begäran senast ${due}.`,
    none: (due) => `Butiken måste ändå besvara din begäran senast ${due}.`,
  },
  pageTitle: 'Ditt svar till butiken',
  heading: (m) => `${m} behöver fler uppgifter`,
  asked: (date) => `Frågan ställdes ${date}:`,
  answer: 'Ditt svar',
  answerHint:
    'Butiken läser ditt svar tillsammans med din begäran. Högst 2000 tecken.',
  submit: 'Skicka svaret',
  errors: {
    required: 'Skriv ditt svar.',
    invalid:
      'Svaret får ha högst 2000 tecken, utan styrtecken eller tecken som ändrar textriktningen.',
  },
  sentTitle: 'Tack',
  sentBody: (m, due) =>
    `Ditt svar har skickats till ${m}. Du får svar senast ${due}.`,
  answeredSubject: (ref, due) =>
    `Kunden har svarat: begäran om dataskydd [${ref}], senast ${due}`,
  answeredIntro: (date, right) =>
    `Kunden har svarat på begäran om fler uppgifter från ${date} (${right}).`,
  answerLabel: 'Svaret:',
  due: (date) => `Svar senast: ${date}`,
  moved: (from, to) =>
    `Sista dagen flyttades från ${from} till ${to}: tidsfristen stod still medan svaret väntades.`,
  noLink: 'Besluta via länken i det senaste e-postmeddelandet ”Beslut krävs”.',
  aftermath: (date) => `Du svarade på den här frågan ${date}.`,
  progress: {
    current: (date) =>
      `Butiken bad dig om fler uppgifter ${date}: svara via länken i e-postmeddelandet`,
    done: 'Du svarade på butikens fråga',
    unanswered: 'Butikens fråga besvarades inte',
    paused:
      'Tills du svarar står tidsfristen still: datumet nedan flyttas fram med de dagar du behöver.',
  },
};

const de: InformationMessages = {
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

const fr: InformationMessages = {
  askSubject: (m, ref) =>
    `${m} a besoin d’informations complémentaires pour votre demande [${ref}]`,
  askIntro: (m, right) =>
    `${m} a besoin d’informations complémentaires de votre part pour traiter votre demande\u00a0: ${right}.`,
  question: 'Ce qui est nécessaire\u00a0:',
  answerHere: (date) =>
    `Répondez ici (le lien est valable jusqu’au ${date})\u00a0:`,
  answerLink: 'Répondre à la question',
  pause: {
    'stops-clock': () =>
      'Tant que vous n’avez pas répondu, le délai dont dispose la boutique pour répondre à votre demande est suspendu.',
    'outer-bound-only': (due) =>
      `La boutique doit néanmoins répondre à votre demande au plus tard le ${due}.`,
    none: (due) =>
      `La boutique doit néanmoins répondre à votre demande au plus tard le ${due}.`,
  },
  pageTitle: 'Votre réponse à la boutique',
  heading: (m) => `${m} a besoin d’informations complémentaires`,
  asked: (date) => `Question posée le ${date}\u00a0:`,
  answer: 'Votre réponse',
  answerHint:
    'La boutique lit votre réponse avec votre demande. 2000 caractères au plus.',
  submit: 'Envoyer la réponse',
  errors: {
    required: 'Rédigez votre réponse.',
    invalid:
      'Votre réponse doit comporter au plus 2000 caractères, sans caractères de contrôle ni marques de sens du texte.',
  },
  sentTitle: 'Merci',
  sentBody: (m, due) =>
    `Votre réponse a été envoyée à ${m}. Vous recevrez une réponse à votre demande au plus tard le ${due}.`,
  answeredSubject: (ref, due) =>
    `Le client a répondu\u00a0: demande [${ref}], échéance le ${due}`,
  answeredIntro: (date, right) =>
    `Le client a répondu à la demande d’informations complémentaires du ${date} (${right}).`,
  answerLabel: 'Sa réponse\u00a0:',
  due: (date) => `Réponse due le ${date}`,
  moved: (from, to) =>
    `La date d’échéance est passée du ${from} au ${to}\u00a0: le délai était suspendu dans l’attente de la réponse.`,
  noLink:
    'Décidez au moyen du lien figurant dans le dernier e-mail «\u00a0Décision requise\u00a0».',
  aftermath: (date) => `Vous avez répondu à cette question le ${date}.`,
  progress: {
    current: (date) =>
      `La boutique vous a demandé des informations complémentaires le ${date}\u00a0: répondez au moyen du lien figurant dans l’e-mail`,
    done: 'Vous avez répondu à la question de la boutique',
    unanswered: 'La question de la boutique est restée sans réponse',
    paused:
      'Tant que vous n’avez pas répondu, le délai est suspendu\u00a0: la date ci-dessous est reportée du nombre de jours que vous prenez pour répondre.',
  },
};

export const INFORMATION_MESSAGES: Record<Locale, InformationMessages> = {
  en,
  fi,
  sv,
  de,
  fr,
};
