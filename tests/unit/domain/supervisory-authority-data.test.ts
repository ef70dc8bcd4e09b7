/**
 * The supervisory authority table's files (functions/domain/authority-data/, read one at a time by
 * supervisory-authority-table.ts): one per key of the configuration check, each an entry of the
 * shape every message reads, with where its data comes from.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SUPPORTED_LOCALES } from '#domain/schemas.ts';
import { allAuthorities } from '#domain/supervisory-authorities.ts';
import { AUTHORITY_CODES } from '#domain/supervisory-authority-choice.ts';
import {
  authorityFile,
  tableAuthority,
} from '#domain/supervisory-authority-table.ts';
import * as z from '#domain/zod.ts';
import { REPO_ROOT } from '#infra/constructs/dsr-function.ts';

const FOLDER = join(REPO_ROOT, 'functions/domain/authority-data');

const name = z.strictObject({ text: z.string(), official: z.boolean() });
const url = z.url({ protocol: /^https$/ });
/** An entry as supervisory-authority-entry.ts declares it, with its source; nothing else. */
const AuthorityFileShape = z.strictObject({
  source: z.string().check(z.regex(/^(Site|Cross-checked): \S/)),
  country: z.string().check(z.regex(/^[A-Z]{2}$/)),
  law: z.enum(['GDPR', 'UK-GDPR', 'FADP']),
  native: z.strictObject({ text: z.string(), lang: z.string() }),
  abbreviation: z.optional(z.string()),
  names: z.strictObject(
    Object.fromEntries(SUPPORTED_LOCALES.map((l) => [l, name])),
  ),
  urls: z.strictObject({
    default: url,
    ...Object.fromEntries(SUPPORTED_LOCALES.map((l) => [l, z.optional(url)])),
  }),
});

describe("the supervisory authority table's files", () => {
  it('are one per key the configuration check knows, and nothing else', () => {
    expect(readdirSync(FOLDER).sort()).toEqual(
      AUTHORITY_CODES.map((code) => `${code}.json`).sort(),
    );
  });

  it.each(AUTHORITY_CODES)(
    '%s parses as an entry of its country, with its source',
    (code) => {
      const text = readFileSync(join(FOLDER, `${code}.json`), 'utf8');
      const parsed = AuthorityFileShape.safeParse(JSON.parse(text));
      expect(parsed.error?.issues ?? []).toEqual([]);
      expect(parsed.data?.country).toBe(code.slice(0, 2));
      expect(authorityFile(code)).toEqual(JSON.parse(text));
    },
  );

  it('hold the entries the TypeScript table had before it became files', () => {
    // SHA-256 of every entry as the API returns it (allAuthorities(), key order kept), computed
    // from supervisory-authority-table.ts and supervisory-authorities-de.ts at 37abe75, the commit
    // before the table became files. A change to an entry changes it: check the change, then
    // write the new digest here.
    const digest = createHash('sha256')
      .update(JSON.stringify(allAuthorities()))
      .digest('hex');
    expect(digest).toBe(
      '8ede106c8ae8f9c093215ad936a42694a4f3a34d499a4a90b871d237d9ac6969',
    );
  });

  it("describe each German Land's authority by its Land and abbreviation where it publishes no name", () => {
    const laender = AUTHORITY_CODES.filter((c) => c.startsWith('DE-'));
    expect(laender).toHaveLength(16);
    for (const code of laender) {
      const { abbreviation: abbr = '', names, native } = tableAuthority(code);
      expect(native.lang, code).toBe('de');
      expect(names.de, code).toEqual({ text: native.text, official: true });
      expect(
        [names.fi, names.sv, names.fr].map(({ text, official }) => [
          official,
          text.endsWith(` (${abbr})`),
        ]),
        code,
      ).toEqual([
        [false, true],
        [false, true],
        [false, true],
      ]);
      expect(names.fi.text, code).toMatch(
        /^\S.* osavaltion tietosuojaviranomainen \(/,
      );
      expect(names.sv.text, code).toMatch(
        /^Dataskyddsmyndigheten i delstaten \S/,
      );
      expect(names.fr.text, code).toMatch(
        /^Autorité de protection des données du Land de \S/,
      );
    }
  });

  it('are read by key only, each once', () => {
    expect(tableAuthority('FI')).toBe(tableAuthority('FI'));
    expect(tableAuthority('FI')).not.toHaveProperty('source');
    for (const code of ['DE', 'ZZ', '../FI', 'fi', 'FI.json'])
      expect(() => tableAuthority(code), code).toThrow(
        `no authority ${code} in the table`,
      );
  });
});
