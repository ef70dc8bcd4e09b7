/**
 * Words of the processor confirmation page (`GET`/`POST /processor/{secret}`), in every
 * supported locale: the answers a person can give (domain/confirmation.ts), the fields of an
 * erasure that keeps part of the data, and the errors. Processors are addressed formally.
 */
import type { ConfirmationOutcome } from '#domain/confirmation.ts';
import type { Locale } from '#domain/schemas.ts';

type S = string;
/** Request types grouped by what "done" means on the page. */
export type DoneFamily = 'access' | 'erasure' | 'other';

export interface ConfirmPageMessages {
  title: (ref: S) => S;
  heading: (processor: S) => S;
  request: S;
  legend: S;
  choices: Record<
    Exclude<ConfirmationOutcome, 'done'>,
    { label: (processor: S) => S; explain: S }
  >;
  done: Record<DoneFamily, { label: S; explain: S }>;
  keptLegend: S;
  keptHint: S;
  keptWhat: S;
  keptWhatHint: S;
  keptWhy: S;
  keptUntil: S;
  keptUntilHint: S;
  note: S;
  noteHint: S;
  submit: S;
  errorSummary: S;
  errors: Record<
    'outcome' | 'note' | 'keptWhat' | 'keptReason' | 'keptUntil',
    S
  >;
}

const en: ConfirmPageMessages = {
  title: (r) => `Confirm request ${r}`,
  heading: (p) => `What did ${p} do?`,
  request: 'Request',
  legend: 'Outcome',
  done: {
    access: {
      label: 'Data provided',
      explain: 'the personal data is attached above.',
    },
    erasure: {
      label: 'Erased',
      explain: 'all personal data about this person has been erased.',
    },
    other: {
      label: 'Done',
      explain: 'the request has been carried out in full.',
    },
  },
  choices: {
    kept: {
      label: () => 'Erased in part',
      explain: 'some data must be kept: say what, why and until when below.',
    },
    'not-found': {
      label: () => 'No data',
      explain: 'no personal data about this person is held.',
    },
    'could-not': {
      label: () => 'Could not be done',
      explain: 'say why in the note; the shop will follow it up.',
    },
    unanswered: {
      label: (p) => `No answer from ${p}`,
      explain:
        'close this part without their answer; the shopper is told it is missing. Say in the note how you tried to reach them.',
    },
  },
  keptLegend: 'If some data is kept',
  keptHint: 'Only with “Erased in part”. The shopper is told this.',
  keptWhat: 'What is kept',
  keptWhatHint:
    'Kinds of records, for example “shipment records”; no personal data.',
  keptWhy: 'Why it is kept',
  keptUntil: 'Kept until',
  keptUntilHint: 'Optional. The day the records will be erased.',
  note: 'Note for the shop',
  noteHint:
    'Required if it could not be done, or if there was no answer. The shop reads it; the shopper is told the reason when it could not be done.',
  submit: 'Confirm',
  errorSummary: 'Please check your answer',
  errors: {
    outcome: 'Choose what happened.',
    note: 'Write a note (at most 1,000 characters): it is required for this answer.',
    keptWhat: 'Say what is kept (at most 300 characters).',
    keptReason: 'Choose why it is kept.',
    keptUntil: 'Give the date as YYYY-MM-DD, today or later.',
  },
};

const fi: ConfirmPageMessages = {
  title: (r) => `Vahvista pyyntö ${r}`,
  heading: (p) => `Mitä ${p} teki?`,
  request: 'Pyyntö',
  legend: 'Lopputulos',
  done: {
    access: {
      label: 'Tiedot toimitettu',
      explain: 'henkilötiedot on liitetty yllä.',
    },
    erasure: {
      label: 'Poistettu',
      explain: 'kaikki henkilöä koskevat henkilötiedot on poistettu.',
    },
    other: {
      label: 'Tehty',
      explain: 'pyyntö on toteutettu kokonaan.',
    },
  },
  choices: {
    kept: {
      label: () => 'Poistettu osittain',
      explain:
        'osa tiedoista on säilytettävä: kertokaa alla, mitä, miksi ja mihin asti.',
    },
    'not-found': {
      label: () => 'Ei tietoja',
      explain: 'henkilöstä ei säilytetä henkilötietoja.',
    },
    'could-not': {
      label: () => 'Ei voitu toteuttaa',
      explain: 'kertokaa syy huomautuksessa; kauppa selvittää asian.',
    },
    unanswered: {
      label: (p) => `Ei vastausta: ${p}`,
      explain:
        'päättäkää tämä osa ilman vastausta; asiakkaalle kerrotaan, että se puuttuu. Kertokaa huomautuksessa, miten yrititte tavoittaa sen.',
    },
  },
  keptLegend: 'Jos tietoja säilytetään',
  keptHint:
    'Vain vaihtoehdon ”Poistettu osittain” kanssa. Tämä kerrotaan asiakkaalle.',
  keptWhat: 'Mitä säilytetään',
  keptWhatHint:
    'Tietueiden laji, esimerkiksi ”lähetystiedot”; ei henkilötietoja.',
  keptWhy: 'Miksi tiedot säilytetään',
  keptUntil: 'Säilytetään saakka',
  keptUntilHint: 'Vapaaehtoinen. Päivä, jona tiedot poistetaan.',
  note: 'Huomautus kaupalle',
  noteHint:
    'Pakollinen, jos pyyntöä ei voitu toteuttaa tai vastausta ei saatu. Kauppa lukee sen; jos pyyntöä ei voitu toteuttaa, syy kerrotaan asiakkaalle.',
  submit: 'Vahvista',
  errorSummary: 'Tarkistakaa vastaus',
  errors: {
    outcome: 'Valitkaa, mitä tehtiin.',
    note: 'Kirjoittakaa huomautus (enintään 1 000 merkkiä): se on tälle vastaukselle pakollinen.',
    keptWhat: 'Kertokaa, mitä säilytetään (enintään 300 merkkiä).',
    keptReason: 'Valitkaa, miksi tiedot säilytetään.',
    keptUntil: 'Antakaa päivämäärä muodossa VVVV-KK-PP, tänään tai myöhemmin.',
  },
};

const sv: ConfirmPageMessages = {
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

const de: ConfirmPageMessages = {
  title: (r) => `Anfrage ${r} bestätigen`,
  heading: (p) => `Was hat ${p} unternommen?`,
  request: 'Anfrage',
  legend: 'Ergebnis',
  done: {
    access: {
      label: 'Daten bereitgestellt',
      explain: 'Die personenbezogenen Daten sind oben angehängt.',
    },
    erasure: {
      label: 'Gelöscht',
      explain: 'Alle personenbezogenen Daten dieser Person wurden gelöscht.',
    },
    other: {
      label: 'Erledigt',
      explain: 'Die Anfrage wurde vollständig umgesetzt.',
    },
  },
  choices: {
    kept: {
      label: () => 'Teilweise gelöscht',
      explain:
        'Einige Daten müssen aufbewahrt werden: Bitte geben Sie unten an, welche, warum und bis wann.',
    },
    'not-found': {
      label: () => 'Keine Daten',
      explain:
        'Über diese Person werden keine personenbezogenen Daten gespeichert.',
    },
    'could-not': {
      label: () => 'Nicht möglich',
      explain: 'Bitte in der Anmerkung begründen; der Shop kümmert sich darum.',
    },
    unanswered: {
      label: (p) => `Keine Antwort von ${p}`,
      explain:
        'Diesen Teil ohne Antwort abschließen; der Kundin oder dem Kunden wird mitgeteilt, dass er fehlt. Bitte vermerken Sie, wie Sie versucht haben, die Stelle zu erreichen.',
    },
  },
  keptLegend: 'Falls Daten aufbewahrt werden',
  keptHint:
    'Nur bei „Teilweise gelöscht“. Dies wird der Kundin oder dem Kunden mitgeteilt.',
  keptWhat: 'Was aufbewahrt wird',
  keptWhatHint:
    'Art der Datensätze, zum Beispiel „Sendungsdaten“; keine personenbezogenen Daten.',
  keptWhy: 'Warum es aufbewahrt wird',
  keptUntil: 'Aufbewahrt bis',
  keptUntilHint: 'Optional. Der Tag, an dem die Daten gelöscht werden.',
  note: 'Anmerkung für den Shop',
  noteHint:
    'Erforderlich, wenn die Anfrage nicht umgesetzt werden konnte oder keine Antwort kam. Der Shop liest sie; ist die Umsetzung nicht möglich, wird der Kundin oder dem Kunden der Grund mitgeteilt.',
  submit: 'Bestätigen',
  errorSummary: 'Bitte prüfen Sie Ihre Antwort',
  errors: {
    outcome: 'Bitte wählen Sie, was geschehen ist.',
    note: 'Bitte schreiben Sie eine Anmerkung (höchstens 1.000 Zeichen): Sie ist für diese Antwort erforderlich.',
    keptWhat:
      'Bitte geben Sie an, was aufbewahrt wird (höchstens 300 Zeichen).',
    keptReason: 'Bitte wählen Sie, warum es aufbewahrt wird.',
    keptUntil:
      'Bitte geben Sie das Datum als JJJJ-MM-TT an, heute oder später.',
  },
};

const fr: ConfirmPageMessages = {
  title: (r) => `Confirmer la demande ${r}`,
  heading: (p) => `Qu’a fait ${p}\u00a0?`,
  request: 'Demande',
  legend: 'Résultat',
  done: {
    access: {
      label: 'Données fournies',
      explain: 'les données personnelles sont jointes ci-dessus.',
    },
    erasure: {
      label: 'Effacé',
      explain:
        'toutes les données personnelles de cette personne ont été effacées.',
    },
    other: {
      label: 'Effectué',
      explain: 'la demande a été entièrement exécutée.',
    },
  },
  choices: {
    kept: {
      label: () => 'Effacé en partie',
      explain:
        'certaines données doivent être conservées\u00a0: indiquez ci-dessous lesquelles, pourquoi et jusqu’à quand.',
    },
    'not-found': {
      label: () => 'Aucune donnée',
      explain:
        'aucune donnée personnelle concernant cette personne n’est détenue.',
    },
    'could-not': {
      label: () => 'Impossible à effectuer',
      explain:
        'expliquez pourquoi dans la remarque\u00a0; la boutique assurera le suivi.',
    },
    unanswered: {
      label: (p) => `Pas de réponse de ${p}`,
      explain:
        'clôturer cette partie sans sa réponse\u00a0; le client sera informé qu’elle manque. Indiquez dans la remarque comment vous avez tenté de le joindre.',
    },
  },
  keptLegend: 'Si des données sont conservées',
  keptHint:
    'Uniquement avec «\u00a0Effacé en partie\u00a0». Le client en sera informé.',
  keptWhat: 'Ce qui est conservé',
  keptWhatHint:
    'Type d’enregistrements, par exemple «\u00a0données d’expédition\u00a0»\u00a0; aucune donnée personnelle.',
  keptWhy: 'Pourquoi c’est conservé',
  keptUntil: 'Conservé jusqu’au',
  keptUntilHint: 'Facultatif. Le jour où les données seront effacées.',
  note: 'Remarque pour la boutique',
  noteHint:
    'Obligatoire si la demande n’a pas pu être exécutée ou en l’absence de réponse. La boutique la lit\u00a0; si la demande n’a pas pu être exécutée, le motif est communiqué au client.',
  submit: 'Confirmer',
  errorSummary: 'Veuillez vérifier votre réponse',
  errors: {
    outcome: 'Choisissez ce qui a été fait.',
    note: 'Rédigez une remarque (1\u00a0000 caractères au plus)\u00a0: elle est requise pour cette réponse.',
    keptWhat: 'Indiquez ce qui est conservé (300 caractères au plus).',
    keptReason: 'Choisissez pourquoi c’est conservé.',
    keptUntil:
      'Indiquez la date au format AAAA-MM-JJ, aujourd’hui ou plus tard.',
  },
};

export const CONFIRM_PAGE_MESSAGES: Record<Locale, ConfirmPageMessages> = {
  en,
  fi,
  sv,
  de,
  fr,
};
