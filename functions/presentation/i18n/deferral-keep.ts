/**
 * Words of keeping held data when a deferred erasure is cancelled (domain/deferral-keep.ts): the
 * merchant's form (the Art. 17(3) ground, the end as a date or an event, what was wrong with a
 * refused post) and the sentences of the shopper's notice that state the ground and the end. In
 * every supported locale; the merchant is addressed as on the decision page.
 */
import type { DeferralProblem } from '#domain/decision.ts';
import type { KeepGround } from '#domain/deferral-keep.ts';
import type { Locale } from '#domain/schemas.ts';

type S = string;
const NBSP = '\u00a0';

export interface DeferralKeepMessages {
  /** The merchant's form. */
  groundLegend: S;
  /** The ground as the merchant chooses it (the article follows, cited). */
  groundLabels: Record<KeepGround, S>;
  endLegend: S;
  untilDate: S;
  untilEvent: S;
  problems: Record<
    Exclude<DeferralProblem, 'reasonRequired' | 'reasonTooLong'>,
    S
  >;
  /** The shopper's notice: the ground (with its article, cited) and the end. */
  groundBasis: Record<KeepGround, S>;
  keptOn: (basis: S) => S;
  keptUntil: (date: S) => S;
  keptUntilEvent: (event: S) => S;
}

const en: DeferralKeepMessages = {
  groundLegend: 'Legal basis for keeping the data (the shopper is told)',
  groundLabels: {
    'legal-obligation': 'A legal obligation requires keeping it',
    'legal-claims':
      'It is needed for the establishment, exercise or defence of legal claims',
  },
  endLegend:
    'Until when: a date or an event (the shopper is told that the shop will erase the data then)',
  untilDate: 'Until this date',
  untilEvent:
    'Or until this event (for example: the end of the court case about order 1001)',
  problems: {
    groundRequired: 'Choose the legal basis for keeping the data.',
    endRequired:
      'Give either the date until which the data is kept or the event that ends it, not both.',
    dateInvalid: 'The date must be a day after today, at most 10 years ahead.',
    eventTooLong: 'Describe the event in one line of at most 200 characters.',
    processorUnavailable:
      'Shopify could not withdraw the erasure we asked it for just now. Nothing was changed: try again in a moment.',
  },
  groundBasis: {
    'legal-obligation': 'to comply with a legal obligation',
    'legal-claims':
      'for the establishment, exercise or defence of legal claims',
  },
  keptOn: (basis) => `The shop keeps it on this legal basis: ${basis}.`,
  keptUntil: (date) =>
    `The shop keeps the data until ${date} and will erase it then.`,
  keptUntilEvent: (event) =>
    `The shop keeps the data until the following has happened: “${event}”, and will erase it then.`,
};

const fi: DeferralKeepMessages = {
  groundLegend: 'Peruste tietojen säilyttämiselle (kerrotaan asiakkaalle)',
  groundLabels: {
    'legal-obligation': 'Lakisääteinen velvoite edellyttää säilyttämistä',
    'legal-claims':
      'Tietoja tarvitaan oikeusvaateen laatimiseen, esittämiseen tai puolustamiseen',
  },
  endLegend:
    'Mihin asti: päivämäärä tai tapahtuma (asiakkaalle kerrotaan, että kauppa poistaa tiedot silloin)',
  untilDate: 'Tähän päivämäärään asti',
  untilEvent:
    'Tai kunnes tämä tapahtuu (esimerkiksi: tilausta 1001 koskeva oikeudenkäynti päättyy)',
  problems: {
    groundRequired: 'Valitse peruste tietojen säilyttämiselle.',
    endRequired:
      'Anna joko päivämäärä, johon asti tiedot säilytetään, tai tapahtuma, johon säilyttäminen päättyy, mutta ei molempia.',
    dateInvalid:
      'Päivämäärän on oltava tämän päivän jälkeen ja enintään 10 vuoden päässä.',
    eventTooLong: 'Kuvaa tapahtuma yhdellä rivillä, enintään 200 merkillä.',
    processorUnavailable:
      'Shopify ei juuri nyt pystynyt perumaan pyytämäämme poistoa. Mitään ei muutettu: yritä hetken päästä uudelleen.',
  },
  groundBasis: {
    'legal-obligation': 'lakisääteisen velvoitteen noudattaminen',
    'legal-claims': 'oikeusvaateen laatiminen, esittäminen tai puolustaminen',
  },
  keptOn: (basis) =>
    `Kauppa säilyttää tiedot seuraavalla perusteella: ${basis}.`,
  keptUntil: (date) =>
    `Kauppa säilyttää tiedot ${date} asti ja poistaa ne silloin.`,
  keptUntilEvent: (event) =>
    `Kauppa säilyttää tiedot, kunnes seuraava on tapahtunut: ”${event}”, ja poistaa ne silloin.`,
};

const sv: DeferralKeepMessages = {
  groundLegend:
    'Rättslig grund för att behålla uppgifterna (kunden får veta den)',
  groundLabels: {
    'legal-obligation': 'En rättslig förpliktelse kräver att de behålls',
    'legal-claims':
      'De behövs för fastställande, utövande eller försvar av rättsliga anspråk',
  },
  endLegend:
    'Till när: ett datum eller en händelse (kunden får veta att butiken raderar uppgifterna då)',
  untilDate: 'Till och med detta datum',
  untilEvent:
    'Eller tills detta inträffar (till exempel: rättegången om order 1001 har avslutats)',
  problems: {
    groundRequired: 'Välj den rättsliga grunden för att behålla uppgifterna.',
    endRequired:
      'Ange antingen det datum till vilket uppgifterna behålls eller den händelse som avslutar det, inte båda.',
    dateInvalid: 'Datumet måste vara efter i dag och högst 10 år framåt.',
    eventTooLong: 'Beskriv händelsen på en rad med högst 200 tecken.',
    processorUnavailable:
      'Shopify kunde inte återkalla raderingen vi begärt just nu. Inget har ändrats: försök igen om en stund.',
  },
  groundBasis: {
    'legal-obligation': 'för att uppfylla en rättslig förpliktelse',
    'legal-claims':
      'för fastställande, utövande eller försvar av rättsliga anspråk',
  },
  keptOn: (basis) =>
    `Butiken behåller uppgifterna på följande rättsliga grund: ${basis}.`,
  keptUntil: (date) =>
    `Butiken behåller uppgifterna till och med den ${date} och raderar dem då.`,
  keptUntilEvent: (event) =>
    `Butiken behåller uppgifterna tills följande har inträffat: ”${event}”, och raderar dem då.`,
};

const de: DeferralKeepMessages = {
  groundLegend:
    'Rechtsgrundlage für die Aufbewahrung (wird der Kundin oder dem Kunden mitgeteilt)',
  groundLabels: {
    'legal-obligation':
      'Eine rechtliche Verpflichtung verlangt die Aufbewahrung',
    'legal-claims':
      'Die Daten werden zur Geltendmachung, Ausübung oder Verteidigung von Rechtsansprüchen benötigt',
  },
  endLegend:
    'Bis wann: ein Datum oder ein Ereignis (der Kundin oder dem Kunden wird mitgeteilt, dass der Shop die Daten dann löscht)',
  untilDate: 'Bis zu diesem Datum',
  untilEvent:
    'Oder bis zu diesem Ereignis (zum Beispiel: Ende des Gerichtsverfahrens zu Bestellung 1001)',
  problems: {
    groundRequired: 'Wählen Sie die Rechtsgrundlage für die Aufbewahrung.',
    endRequired:
      'Geben Sie entweder das Datum an, bis zu dem die Daten aufbewahrt werden, oder das Ereignis, mit dem die Aufbewahrung endet, nicht beides.',
    dateInvalid:
      'Das Datum muss nach dem heutigen Tag und höchstens 10 Jahre in der Zukunft liegen.',
    eventTooLong:
      'Beschreiben Sie das Ereignis in einer Zeile mit höchstens 200 Zeichen.',
    processorUnavailable:
      'Shopify konnte die von uns beantragte Löschung gerade nicht zurückziehen. Es wurde nichts geändert: Versuchen Sie es in einem Moment erneut.',
  },
  groundBasis: {
    'legal-obligation': 'zur Erfüllung einer rechtlichen Verpflichtung',
    'legal-claims':
      'zur Geltendmachung, Ausübung oder Verteidigung von Rechtsansprüchen',
  },
  keptOn: (basis) =>
    `Der Shop bewahrt die Daten auf folgender Rechtsgrundlage auf: ${basis}.`,
  keptUntil: (date) =>
    `Der Shop bewahrt die Daten bis zum ${date} auf und löscht sie dann.`,
  keptUntilEvent: (event) =>
    `Der Shop bewahrt die Daten auf, bis Folgendes eingetreten ist: „${event}“, und löscht sie dann.`,
};

const fr: DeferralKeepMessages = {
  groundLegend: `Base juridique de la conservation (communiquée au client)`,
  groundLabels: {
    'legal-obligation': 'Une obligation légale impose de les conserver',
    'legal-claims':
      'Elles sont nécessaires à la constatation, à l’exercice ou à la défense de droits en justice',
  },
  endLegend: `Jusqu’à quand${NBSP}: une date ou un événement (le client est informé que la boutique effacera alors les données)`,
  untilDate: 'Jusqu’à cette date',
  untilEvent: `Ou jusqu’à cet événement (par exemple${NBSP}: la fin de la procédure judiciaire concernant la commande 1001)`,
  problems: {
    groundRequired: 'Choisissez la base juridique de la conservation.',
    endRequired:
      'Indiquez soit la date jusqu’à laquelle les données sont conservées, soit l’événement qui y met fin, mais pas les deux.',
    dateInvalid:
      'La date doit être postérieure à aujourd’hui et se situer au plus 10 ans plus tard.',
    eventTooLong:
      'Décrivez l’événement en une ligne de 200 caractères au plus.',
    processorUnavailable:
      'Shopify n’a pas pu retirer pour l’instant l’effacement que nous lui avions demandé. Rien n’a été modifié : réessayez dans un instant.',
  },
  groundBasis: {
    'legal-obligation': 'le respect d’une obligation légale',
    'legal-claims':
      'la constatation, l’exercice ou la défense de droits en justice',
  },
  keptOn: (basis) =>
    `La boutique conserve les données sur la base juridique suivante${NBSP}: ${basis}.`,
  keptUntil: (date) =>
    `La boutique conserve les données jusqu’au ${date} et les effacera à cette date.`,
  keptUntilEvent: (event) =>
    `La boutique conserve les données jusqu’à ce que l’événement suivant se soit produit${NBSP}: «${NBSP}${event}${NBSP}», et les effacera alors.`,
};

export const DEFERRAL_KEEP_MESSAGES: Record<Locale, DeferralKeepMessages> = {
  en,
  fi,
  sv,
  de,
  fr,
};
