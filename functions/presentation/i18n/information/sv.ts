/** The sv texts of information.ts (loaded when a text in this language is first read: lazy.ts). */
import type { InformationMessages } from '../information.ts';

export const sv: InformationMessages = {
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
