/** The de texts of deferral-keep.ts (loaded when a text in this language is first read: lazy.ts). */
import type { DeferralKeepMessages } from '../deferral-keep.ts';

export const de: DeferralKeepMessages = {
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
