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
  /**
   * What to do on an objection to other processing than direct marketing (Art. 21(1)), in place
   * of the catalogue's direct-marketing instruction: stop the processing the note describes.
   */
  objectionOther: string;
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
    objectionOther:
      'The person has objected, on grounds relating to their particular situation, to processing of their data other than direct marketing, such as profiling (GDPR Art. 21(1)). We have accepted the objection. Please stop the processing described in our note below and confirm when it has stopped.',
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
    objectionOther:
      'Rekisteröity on vastustanut erityiseen tilanteeseensa liittyvällä perusteella tietojensa muuta käsittelyä kuin suoramarkkinointia, esimerkiksi profilointia (tietosuoja-asetuksen 21 artiklan 1 kohta). Olemme hyväksyneet vastustuksen. Lopettakaa alla olevassa viestissämme kuvattu käsittely ja vahvistakaa, kun se on lopetettu.',
    right: FI_RIGHTS,
    requested: FI_RIGHTS,
  },
  sv: {
    noteFrom: (merchant) => `Meddelande från ${merchant}:`,
    objectionOther:
      'Den registrerade har, av skäl som hänför sig till sin specifika situation, invänt mot annan behandling av sina uppgifter än direktmarknadsföring, till exempel profilering (artikel 21.1 i dataskyddsförordningen). Vi har godtagit invändningen. Upphör med den behandling som beskrivs i vårt meddelande nedan och bekräfta när den har upphört.',
    right: SV_RIGHTS,
    requested: SV_RIGHTS,
  },
  de: {
    noteFrom: (merchant) => `Hinweis von ${merchant}:`,
    objectionOther:
      'Die betroffene Person hat aus Gründen, die sich aus ihrer besonderen Situation ergeben, einer anderen Verarbeitung ihrer Daten als Direktwerbung widersprochen, etwa einem Profiling (Art. 21 Abs. 1 DSGVO). Wir haben dem Widerspruch stattgegeben. Bitte stellen Sie die in unserer Nachricht unten beschriebene Verarbeitung ein und bestätigen Sie, sobald sie eingestellt ist.',
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
    objectionOther:
      'La personne concernée s’est opposée, pour des raisons tenant à sa situation particulière, à un traitement de ses données autre que la prospection, tel que le profilage (article 21, paragraphe 1, du RGPD). Nous avons fait droit à l’opposition. Veuillez mettre fin au traitement décrit dans notre message ci-dessous et confirmer lorsqu’il aura cessé.',
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
