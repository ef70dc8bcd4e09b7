import { perLocale } from '../lazy.ts';
import { en } from './en.ts';
import type { AdminMessages } from './messages.ts';

export type {
  AdminMessages,
  RecordColumn,
  RegisterColumn,
  SettingsNotice,
} from './messages.ts';

/** English at hand; each other language read from its module when first needed (../lazy.ts). */
export const ADMIN_MESSAGES = /* @__PURE__ */ perLocale<AdminMessages>(
  'console-admin',
  en,
);
