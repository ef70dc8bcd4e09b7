/** The sv texts of deferral-keep.ts (loaded when a text in this language is first read: lazy.ts). */
import type { DeferralKeepMessages } from '../deferral-keep.ts';

export const sv: DeferralKeepMessages = {
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
