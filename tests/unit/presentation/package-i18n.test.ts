/** The package and certificate texts exist, and are translated, in every supported locale. */
import { describe, expect, it } from 'vitest';
import { SUPPORTED_LOCALES } from '#domain/schemas.ts';
import { PACKAGE_MESSAGES } from '#presentation/i18n/package.ts';

/** Every leaf of a catalogue as `path → text`, functions called with sample arguments. */
function leaves(value: unknown, path = ''): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (typeof value === 'function')
    return [[path, String(value('M', 'X', 'Y', 'Z'))]];
  if (Array.isArray(value))
    return value.flatMap((v, i) => leaves(v, `${path}[${i}]`));
  return Object.entries(value as Record<string, unknown>).flatMap(([k, v]) =>
    leaves(v, path ? `${path}.${k}` : k),
  );
}

describe('PACKAGE_MESSAGES', () => {
  const english = new Map(leaves(PACKAGE_MESSAGES.en));

  it.each(SUPPORTED_LOCALES.filter((l) => l !== 'en'))(
    '%s has every text, non-empty, and translated',
    (locale) => {
      const texts = new Map(leaves(PACKAGE_MESSAGES[locale]));
      expect([...texts.keys()]).toEqual([...english.keys()]);
      for (const [path, text] of texts) {
        expect(text.trim(), path).not.toBe('');
      }
      // Most texts differ from English (a few, like "Organisation", may coincide).
      const same = [...texts].filter(([p, t]) => english.get(p) === t);
      expect(same.length, same.map(([p]) => p).join(', ')).toBeLessThan(4);
    },
  );
});
