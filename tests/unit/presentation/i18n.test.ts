import { describe, expect, it } from 'vitest';
import { SUPPORTED_LOCALES } from '#domain/schemas.ts';
import { html, rich } from '#presentation/html.ts';
import { EMAIL_MESSAGES } from '#presentation/i18n/emails/index.ts';
import {
  CATALOGUES,
  formatDate,
  fromAcceptLanguage,
  resolveLocale,
} from '#presentation/i18n/index.ts';
import { PAGE_MESSAGES } from '#presentation/i18n/pages/index.ts';

/** Every leaf of a catalogue as `path: kind`, functions called with sample arguments. */
function leaves(value: unknown, path = ''): Map<string, unknown> {
  const out = new Map<string, unknown>();
  if (typeof value === 'function') {
    out.set(path, value('A1', 'B2', 'C3', 'D4'));
  } else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value))
      for (const [p, leaf] of leaves(v, path ? `${path}.${k}` : k))
        out.set(p, leaf);
  } else out.set(path, value);
  return out;
}

/** The shared words, the emails' and the pages' (each a family of its own: families.ts). */
const FAMILIES = {
  messages: CATALOGUES,
  emails: EMAIL_MESSAGES,
  pages: PAGE_MESSAGES,
} as const;
const EACH = Object.keys(FAMILIES).flatMap((family) =>
  SUPPORTED_LOCALES.map(
    (locale) => [family as keyof typeof FAMILIES, locale] as const,
  ),
);

describe('message catalogues', () => {
  it.each(EACH)(
    '%s, %s: every key of English, each a non-empty text',
    (family, locale) => {
      const english = leaves(FAMILIES[family].en);
      const catalogue = leaves(FAMILIES[family][locale]);
      expect(english.size).toBeGreaterThan(0);
      expect([...catalogue.keys()].sort()).toEqual([...english.keys()].sort());
      for (const [key, text] of catalogue) {
        expect(typeof text, key).toBe('string');
        expect((text as string).trim().length, key).toBeGreaterThan(0);
      }
    },
  );

  it.each(SUPPORTED_LOCALES)(
    '%s uses every argument a message is given',
    (locale) => {
      const fns = Object.entries(EMAIL_MESSAGES[locale].email).filter(
        ([, v]) => typeof v === 'function',
      ) as [string, (...a: unknown[]) => string][];
      for (const [key, fn] of fns) {
        const args = Array.from({ length: fn.length }, (_, i) => `«${i}»`);
        const text = fn(...args);
        for (const a of args)
          expect(text, `${locale} email.${key}`).toContain(a);
      }
    },
  );

  it('is translated, not copied: other locales differ from English in the form and emails', () => {
    for (const locale of SUPPORTED_LOCALES.filter((l) => l !== 'en')) {
      const c = CATALOGUES[locale];
      expect(PAGE_MESSAGES[locale].form.intro).not.toBe(
        PAGE_MESSAGES.en.form.intro,
      );
      expect(EMAIL_MESSAGES[locale].email.verifyIgnore).not.toBe(
        EMAIL_MESSAGES.en.email.verifyIgnore,
      );
      expect(c.rights.erasure.title).not.toBe(
        CATALOGUES.en.rights.erasure.title,
      );
    }
  });

  it('puts an authority’s name after a colon, never after a preposition that needs its article ("bei", "auprès de")', () => {
    for (const locale of SUPPORTED_LOCALES) {
      const text = PAGE_MESSAGES[locale].decision.denyExplain('«A»');
      expect(text, locale).toMatch(/[:(]\s?«A»/);
      expect(text, locale).not.toMatch(/\b(bei|auprès de|to|till) «A»/);
    }
  });

  it('names no country or authority of its own: the authority is data (legal-content suite)', () => {
    for (const locale of SUPPORTED_LOCALES) {
      const text = Object.values(FAMILIES)
        .flatMap((family) => [...leaves(family[locale]).values()])
        .join('\n');
      for (const word of [
        'IMY',
        'CNIL',
        'Integritetsskyddsmyndigheten',
        'Tietosuojavaltuutet',
        'Ombudsman',
        'Suomessa',
        'I Sverige',
        'En France',
      ])
        expect(text, `${locale}: ${word}`).not.toContain(word);
    }
  });
});

describe('locale choice', () => {
  it('reads Accept-Language by weight, matching base languages', () => {
    expect(fromAcceptLanguage('fi-FI,fi;q=0.9,en;q=0.8')).toBe('fi');
    expect(fromAcceptLanguage('ja, sv-SE;q=0.5, de;q=0.7')).toBe('de');
    expect(fromAcceptLanguage('ja,zh;q=0.5')).toBeUndefined();
    expect(fromAcceptLanguage(undefined)).toBeUndefined();
    expect(fromAcceptLanguage('fr;q=0, sv')).toBe('sv');
  });

  it('falls back through candidates to English', () => {
    expect(resolveLocale(undefined, 'xx', 'de-AT')).toBe('de');
    expect(resolveLocale(42, null)).toBe('en');
  });

  it('writes dates in the locale', () => {
    expect(formatDate('2026-04-15', 'en')).toBe('15 April 2026');
    expect(formatDate('2026-04-15', 'fi')).toBe('15. huhtikuuta 2026');
    expect(formatDate('2026-04-15', 'de')).toBe('15. April 2026');
    expect(formatDate('2026-04-15', 'fr')).toBe('15 avril 2026');
    expect(formatDate('2026-04-15', 'sv')).toBe('15 april 2026');
  });
});

describe('rich messages', () => {
  it('escapes the words and plain arguments, keeps SafeHtml arguments', () => {
    const out = rich(
      (a: string, b: string) => `<${a}> & ${b}`,
      '<x>',
      html`<strong>${'<y>'}</strong>`,
    );
    expect(out.value).toBe(
      '&lt;&lt;x&gt;&gt; &amp; <strong>&lt;y&gt;</strong>',
    );
  });
});
