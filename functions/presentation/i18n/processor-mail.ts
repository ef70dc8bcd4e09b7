/**
 * Words of the processor's request email that come with sending each processor only what
 * concerns it (domain/processor-scope.ts), in the five languages. Processors are addressed
 * formally; shop names are never inflected.
 */
import type { Locale } from '#domain/schemas.ts';

export interface ProcessorMailMessages {
  /** Above the merchant's note for processors (quoted under it). */
  noteFrom: (merchant: string) => string;
}

export const PROCESSOR_MAIL_MESSAGES: Record<Locale, ProcessorMailMessages> = {
  en: { noteFrom: (merchant) => `A note from ${merchant}:` },
  fi: { noteFrom: (merchant) => `Rekisterinpitäjän huomautus (${merchant}):` },
  sv: { noteFrom: (merchant) => `Meddelande från ${merchant}:` },
  de: { noteFrom: (merchant) => `Hinweis von ${merchant}:` },
  fr: { noteFrom: (merchant) => `Remarque transmise par ${merchant}\u00a0:` },
};
