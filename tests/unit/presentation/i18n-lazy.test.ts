import { describe, expect, it } from 'vitest';
import { SUPPORTED_LOCALES } from '#domain/locales.ts';
import { AGENT_CONSOLE_MESSAGES } from '#presentation/i18n/agent-console.ts';
import { AGENT_MESSAGES } from '#presentation/i18n/agents.ts';
import { ANSWER_MESSAGES } from '#presentation/i18n/answers.ts';
import { CONFIRM_PAGE_MESSAGES } from '#presentation/i18n/confirm-page.ts';
import { CONSOLE_MESSAGES } from '#presentation/i18n/console/index.ts';
import { ADMIN_MESSAGES } from '#presentation/i18n/console-admin/index.ts';
import { DEFERRAL_KEEP_MESSAGES } from '#presentation/i18n/deferral-keep.ts';
import { EMAIL_MESSAGES } from '#presentation/i18n/emails/index.ts';
import {
  LAZY_LOCALES,
  LOCALE_FAMILIES,
  type LocaleFamily,
} from '#presentation/i18n/families.ts';
import { INBOUND_MESSAGES } from '#presentation/i18n/inbound.ts';
import { CATALOGUES } from '#presentation/i18n/index.ts';
import { INFORMATION_MESSAGES } from '#presentation/i18n/information.ts';
import { LEFT_OUT_MESSAGES } from '#presentation/i18n/left-out.ts';
import { NOTICE_MESSAGES } from '#presentation/i18n/notices.ts';
import { OBJECTION_FORM_MESSAGES } from '#presentation/i18n/objection-form.ts';
import { OFFBOARDING_MESSAGES } from '#presentation/i18n/offboarding.ts';
import { PACKAGE_MESSAGES } from '#presentation/i18n/package.ts';
import { PAGE_MESSAGES } from '#presentation/i18n/pages/index.ts';
import { PROCESSOR_MAIL_MESSAGES } from '#presentation/i18n/processor-mail.ts';
import { REFUSAL_MESSAGES } from '#presentation/i18n/refusals.ts';
import { REGISTER_MESSAGES } from '#presentation/i18n/register.ts';
import { UPLOAD_MESSAGES } from '#presentation/i18n/uploads.ts';

// Every family lazy.ts loads one language at a time, by the name families.ts gives it.
const FAMILIES: Record<LocaleFamily, Readonly<Record<string, unknown>>> = {
  messages: CATALOGUES,
  emails: EMAIL_MESSAGES,
  pages: PAGE_MESSAGES,
  console: CONSOLE_MESSAGES,
  'console-admin': ADMIN_MESSAGES,
  answers: ANSWER_MESSAGES,
  'confirm-page': CONFIRM_PAGE_MESSAGES,
  'deferral-keep': DEFERRAL_KEEP_MESSAGES,
  inbound: INBOUND_MESSAGES,
  information: INFORMATION_MESSAGES,
  'left-out': LEFT_OUT_MESSAGES,
  notices: NOTICE_MESSAGES,
  'objection-form': OBJECTION_FORM_MESSAGES,
  package: PACKAGE_MESSAGES,
  'processor-mail': PROCESSOR_MAIL_MESSAGES,
  refusals: REFUSAL_MESSAGES,
  register: REGISTER_MESSAGES,
  uploads: UPLOAD_MESSAGES,
  agents: AGENT_MESSAGES,
  'agent-console': AGENT_CONSOLE_MESSAGES,
  offboarding: OFFBOARDING_MESSAGES,
};

/** Every leaf's path and kind (text, function, number…); arrays by index. */
function shape(value: unknown, path = ''): string[] {
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) =>
      shape(v, path ? `${path}.${k}` : k),
    );
  return [`${path}: ${typeof value}`];
}

describe('catalogues loaded one language at a time', () => {
  it('lists every family that keeps its languages apart', () => {
    expect(Object.keys(FAMILIES).sort()).toEqual(
      Object.keys(LOCALE_FAMILIES).sort(),
    );
    expect([...LAZY_LOCALES, 'en'].sort()).toEqual(
      [...SUPPORTED_LOCALES].sort(),
    );
  });

  it.each(Object.entries(FAMILIES))(
    '%s: every language is found and has the shape of English',
    (_family, catalogues) => {
      const english = shape(catalogues.en).sort();
      expect(english.length).toBeGreaterThan(0);
      for (const locale of SUPPORTED_LOCALES) {
        const texts = catalogues[locale];
        expect(texts, locale).toBeTypeOf('object');
        expect(shape(texts).sort(), locale).toEqual(english);
        // Read once: the same catalogue after.
        expect(catalogues[locale], locale).toBe(texts);
      }
    },
  );

  it('cannot be changed by a reader', () => {
    expect(Object.isFrozen(NOTICE_MESSAGES)).toBe(true);
    expect(Object.keys(NOTICE_MESSAGES)).toEqual([...SUPPORTED_LOCALES]);
  });
});
