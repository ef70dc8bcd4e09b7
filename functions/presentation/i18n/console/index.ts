/** The merchant console's catalogue in every supported language (messages.ts types them). */
import type { Locale } from '#domain/schemas.ts';
import { de } from './de.ts';
import { en } from './en.ts';
import { fi } from './fi.ts';
import { fr } from './fr.ts';
import type { ConsoleMessages } from './messages.ts';
import { sv } from './sv.ts';

export type {
  ConsoleMessages,
  MailKind,
  Notice,
  WaitingKind,
} from './messages.ts';

export const CONSOLE_MESSAGES: Record<Locale, ConsoleMessages> = {
  en,
  fi,
  sv,
  de,
  fr,
};
