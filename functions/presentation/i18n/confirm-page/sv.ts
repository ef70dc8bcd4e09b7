/** The sv texts of confirm-page.ts (loaded when a text in this language is first read: lazy.ts). */
import type { ConfirmPageMessages } from '../confirm-page.ts';

export const sv: ConfirmPageMessages = {
  title: (r) => `Bekräfta begäran ${r}`,
  heading: (p) => `Vad gjorde ${p}?`,
  request: 'Begäran',
  legend: 'Resultat',
  done: {
    access: {
      label: 'Uppgifterna har lämnats',
      explain: 'personuppgifterna är bifogade ovan.',
    },
    erasure: {
      label: 'Raderat',
      explain: 'alla personuppgifter om personen har raderats.',
    },
    other: {
      label: 'Klart',
      explain: 'begäran har genomförts i sin helhet.',
    },
  },
  choices: {
    kept: {
      label: () => 'Delvis raderat',
      explain:
        'vissa uppgifter måste sparas: ange nedan vad, varför och till när.',
    },
    'not-found': {
      label: () => 'Inga uppgifter',
      explain: 'det finns inga personuppgifter om personen.',
    },
    'could-not': {
      label: () => 'Kunde inte genomföras',
      explain: 'ange skälet i anteckningen; butiken följer upp det.',
    },
    unanswered: {
      label: (p) => `Inget svar från ${p}`,
      explain:
        'avsluta den här delen utan deras svar; kunden får veta att den saknas. Skriv i anteckningen hur ni försökte nå dem.',
    },
  },
  keptLegend: 'Om uppgifter sparas',
  keptHint: 'Endast med ”Delvis raderat”. Kunden får veta detta.',
  keptWhat: 'Vad som sparas',
  keptWhatHint:
    'Typ av poster, till exempel ”leveransuppgifter”; inga personuppgifter.',
  keptWhy: 'Varför det sparas',
  keptUntil: 'Sparas till och med',
  keptUntilHint: 'Valfritt. Den dag uppgifterna raderas.',
  note: 'Anteckning till butiken',
  noteHint:
    'Obligatorisk om begäran inte kunde genomföras eller om inget svar kom. Butiken läser den; kunden får veta skälet om begäran inte kunde genomföras.',
  submit: 'Bekräfta',
  errorSummary: 'Kontrollera svaret',
  errors: {
    outcome: 'Välj vad som gjordes.',
    note: 'Skriv en anteckning (högst 1 000 tecken): den krävs för det här svaret.',
    keptWhat: 'Ange vad som sparas (högst 300 tecken).',
    keptReason: 'Välj varför det sparas.',
    keptUntil: 'Ange datumet som ÅÅÅÅ-MM-DD, i dag eller senare.',
  },
};
