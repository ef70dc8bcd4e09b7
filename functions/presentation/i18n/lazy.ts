/**
 * Catalogues one language at a time (issue 18). A function's cold start loads English, which
 * every family keeps in its module; another language is read from its own file the first time
 * one of its texts is, synchronously, so rendering stays synchronous and no call site changes:
 * `NOTICE_MESSAGES[locale]` and `messages(locale)` read as before. A request in Finnish loads the
 * Finnish of the families its function uses, once per container; a function never loads a
 * language nobody asked for.
 *
 * From source (tests, the local stack) the file is `<folder>/<locale>.ts`; in a function's bundle,
 * `i18n-<family>-<locale>.mjs` beside the chunk running this (families.ts), an ES module that
 * `require` loads synchronously (Node 22.12+ `require(esm)`; the catalogues have no top-level await).
 * Each language's file is typed by its family's interface, so a missing or misspelt key fails the
 * type-check; tests/unit/presentation/i18n-lazy.test.ts checks every file is there and complete.
 */
import { createRequire } from 'node:module';
import { type Locale, SUPPORTED_LOCALES } from '#domain/locales.ts';
import { LOCALE_FAMILIES, type LocaleFamily, localeFile } from './families.ts';

const load = createRequire(import.meta.url);
const fromSource = import.meta.url.endsWith('.ts');

function read<T>(family: LocaleFamily, locale: Locale): T {
  const file = fromSource
    ? `./${LOCALE_FAMILIES[family].folder}/${locale}.ts`
    : `./${localeFile(family, locale)}`;
  const texts = (load(file) as Record<string, T | undefined>)[locale];
  if (!texts) throw new Error(`${file} exports no ${locale} catalogue`);
  return texts;
}

/** A family's catalogue in every supported language: English given, the others read when first asked for. */
export function perLocale<T>(
  family: LocaleFamily,
  en: T,
): Readonly<Record<Locale, T>> {
  const loaded: Partial<Record<Locale, T>> = { en };
  const catalogues = {} as Record<Locale, T>;
  for (const locale of SUPPORTED_LOCALES)
    Object.defineProperty(catalogues, locale, {
      enumerable: true,
      get: () => {
        const known = loaded[locale];
        if (known) return known;
        const texts = read<T>(family, locale);
        loaded[locale] = texts;
        return texts;
      },
    });
  return Object.freeze(catalogues);
}
