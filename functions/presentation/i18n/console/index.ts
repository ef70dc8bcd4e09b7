import { perLocale } from '../lazy.ts';
import { en } from './en.ts';
import type { ConsoleMessages } from './messages.ts';

export type {
  ConsoleMessages,
  MailKind,
  Notice,
  WaitingKind,
} from './messages.ts';

/** English at hand; each other language read from its module when first needed (../lazy.ts). */
export const CONSOLE_MESSAGES = /* @__PURE__ */ perLocale<ConsoleMessages>(
  'console',
  en,
);
