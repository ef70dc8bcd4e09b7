/**
 * Words of the processor's request email that come with sending each processor only what
 * concerns it (domain/processor-scope.ts), in the five languages. Processors are addressed
 * formally; shop names are never inflected.
 *
 * A processor reads what the customer asked for in the words of the GDPR, never the shopper's
 * button label ("See my data"): `right` is the right's statutory name (Arts 15–21 headings in
 * the language's official text of the Regulation), for subjects and labels; `requested` is
 * what the customer asked for, as it follows "A customer has asked for" in that language's
 * `processor.asked` (Finnish and Swedish quote it after "pyynnön" / "begäran", so it is the right's
 * name there too).
 */
import type { RequestType } from '#domain/request-kinds.ts';
import type { Locale } from '#domain/schemas.ts';

export interface ProcessorMailMessages {
  /** Above the merchant's note for processors (quoted under it). */
  noteFrom: (merchant: string) => string;
  /** The right's statutory name: "right of access", "Recht auf Löschung", "droit d’accès". */
  right: Record<RequestType, string>;
  /** What the customer asked for: "access to their personal data". */
  requested: Record<RequestType, string>;
}

/** The rights' statutory names; Finnish quotes them as what was asked for, too. */
const FI_RIGHTS: Record<RequestType, string> = {
  access: 'oikeus saada pääsy tietoihin',
  portability: 'oikeus siirtää tiedot järjestelmästä toiseen',
  erasure: 'oikeus tietojen poistamiseen',
  rectification: 'oikeus tietojen oikaisemiseen',
  objection: 'vastustamisoikeus',
  restriction: 'oikeus käsittelyn rajoittamiseen',
};

/** The rights' statutory names; Swedish quotes them as what was asked for, too. */
const SV_RIGHTS: Record<RequestType, string> = {
  access: 'rätt till tillgång',
  portability: 'rätt till dataportabilitet',
  erasure: 'rätt till radering',
  rectification: 'rätt till rättelse',
  objection: 'rätt att göra invändningar',
  restriction: 'rätt till begränsning av behandling',
};

export const PROCESSOR_MAIL_MESSAGES: Record<Locale, ProcessorMailMessages> = {
  en: {
    noteFrom: (merchant) => `A note from ${merchant}:`,
    right: {
      access: 'right of access',
      portability: 'right to data portability',
      erasure: 'right to erasure',
      rectification: 'right to rectification',
      objection: 'right to object',
      restriction: 'right to restriction of processing',
    },
    requested: {
      access: 'access to their personal data',
      portability:
        'the personal data they provided, in a structured, machine-readable format',
      erasure: 'erasure of their personal data',
      rectification: 'rectification of their personal data',
      objection: 'the processing of their personal data to stop',
      restriction: 'restriction of the processing of their personal data',
    },
  },
  fi: {
    noteFrom: (merchant) => `Rekisterinpitäjän huomautus (${merchant}):`,
    right: FI_RIGHTS,
    requested: FI_RIGHTS,
  },
  sv: {
    noteFrom: (merchant) => `Meddelande från ${merchant}:`,
    right: SV_RIGHTS,
    requested: SV_RIGHTS,
  },
  de: {
    noteFrom: (merchant) => `Hinweis von ${merchant}:`,
    right: {
      access: 'Auskunftsrecht',
      portability: 'Recht auf Datenübertragbarkeit',
      erasure: 'Recht auf Löschung',
      rectification: 'Recht auf Berichtigung',
      objection: 'Widerspruchsrecht',
      restriction: 'Recht auf Einschränkung der Verarbeitung',
    },
    requested: {
      access: 'Auskunft über die eigenen personenbezogenen Daten',
      portability:
        'die selbst bereitgestellten personenbezogenen Daten in einem maschinenlesbaren Format',
      erasure: 'die Löschung der eigenen personenbezogenen Daten',
      rectification: 'die Berichtigung der eigenen personenbezogenen Daten',
      objection:
        'das Ende der Verarbeitung der eigenen personenbezogenen Daten',
      restriction:
        'die Einschränkung der Verarbeitung der eigenen personenbezogenen Daten',
    },
  },
  fr: {
    noteFrom: (merchant) => `Remarque transmise par ${merchant}\u00a0:`,
    right: {
      access: 'droit d’accès',
      portability: 'droit à la portabilité des données',
      erasure: 'droit à l’effacement',
      rectification: 'droit de rectification',
      objection: 'droit d’opposition',
      restriction: 'droit à la limitation du traitement',
    },
    requested: {
      access: 'l’accès à ses données personnelles',
      portability:
        'la communication, dans un format lisible par machine, des données personnelles qu’il a fournies',
      erasure: 'l’effacement de ses données personnelles',
      rectification: 'la rectification de ses données personnelles',
      objection: 'qu’il soit mis fin au traitement de ses données personnelles',
      restriction: 'la limitation du traitement de ses données personnelles',
    },
  },
};
