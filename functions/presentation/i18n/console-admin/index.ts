/** The console's reports, record and settings words in every supported language. */
import type { Locale } from '#domain/schemas.ts';
import { de } from './de.ts';
import { en } from './en.ts';
import { fi } from './fi.ts';
import { fr } from './fr.ts';
import type { AdminMessages } from './messages.ts';
import { sv } from './sv.ts';

export type {
  AdminMessages,
  RecordColumn,
  RegisterColumn,
  SettingsNotice,
} from './messages.ts';

export const ADMIN_MESSAGES: Record<Locale, AdminMessages> = {
  en,
  fi,
  sv,
  de,
  fr,
};
