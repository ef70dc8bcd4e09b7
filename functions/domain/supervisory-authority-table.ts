/**
 * The table of supervisory authorities: a JSON file per key in `authority-data/` (`FI.json`,
 * `DE-BY.json`), the only place the entries are written, and this loader, which reads the one
 * entry a request needs the first time it is asked for. Every function that names an authority
 * needs one entry per request (its merchant's), never the other 46: as files, they stay on disk
 * (~20 KB minified as code, which every cold start of those functions loaded). The files are the
 * source, not the output of a build step from a TypeScript table, so there is one copy to keep
 * true and nothing to regenerate; tests/unit/domain/supervisory-authority-data.test.ts checks
 * each file's shape. As with the holiday rules (deadlines/holidays.ts), the path is the same
 * beside this module and beside a function's bundled chunks (infra/constructs/lambda-bundle.ts
 * copies the folder), and the read is synchronous: a page renders the name where it needs it.
 *
 * Keys: ISO 3166-1 alpha-2 for the national authorities of the EU Member States, the EEA EFTA
 * states (IS, LI, NO), the United Kingdom and Switzerland (membership from the EDPB's list,
 * https://www.edpb.europa.eu/about-edpb/about-edpb/members_en), and ISO 3166-2 for Germany's
 * Länder (`DE-BY`), whose authorities supervise the businesses established in them (§ 40 BDSG).
 * The keys are supervisory-authority-choice.ts's AUTHORITY_CODES; a unit test checks the folder
 * against them.
 *
 * An entry is an {@link AuthorityEntry} plus `source`, where its data comes from: "Site" is a page
 * of the authority itself as read when the entry was written; "Cross-checked" is the CC0 register
 * datenanfragen/data (supervisory-authorities/*.json, whose entries cite the authority's own
 * contact page), used where the authority's site could not be read. Re-check an entry before
 * relying on a URL that is only cross-checked. Names are `official: true` where the authority uses
 * the name in that language, else a description (with its abbreviation or native name, so a reader
 * can find it).
 *
 * Germany: the Federal Commissioner (BfDI) supervises federal bodies and telecommunications and
 * postal businesses, not shops, and has no entry; Bavaria's entry is the BayLDA (Ansbach, private
 * bodies), not the State Commissioner (public ones). German names are as the authorities style
 * themselves, without the leading article; most are named after their office holder ("Der
 * Landesbeauftragte …", "Die Landesbeauftragte …"), so the form follows the holder's gender and
 * must be updated when it changes, and a sentence quotes the name (after a colon) rather than
 * declining it. English names are the authority's own only where its English pages were read (BY,
 * BB), elsewhere a translation of the German title. The Finnish, Swedish and French names describe
 * the authority by its Land, with its abbreviation: "<Land's genitive> osavaltion
 * tietosuojaviranomainen (…)", "Dataskyddsmyndigheten i delstaten <Land> (…)", "Autorité de
 * protection des données du Land <de Land> (…)".
 */
import { createRequire } from 'node:module';
import { AUTHORITY_CODES } from './supervisory-authority-choice.ts';
import type {
  AuthorityEntry,
  SupervisoryAuthority,
} from './supervisory-authority-entry.ts';

/** A file of `authority-data/`: the entry and where its data comes from. */
export type AuthorityFile = AuthorityEntry & { source: string };

// Built on first use: a function that imports this module but never names an authority (its
// configuration check only chooses a key) drops it from its bundle.
let load: NodeJS.Require | undefined;
const read = new Map<string, SupervisoryAuthority>();

/** The file of a key of the table, as written (`source` included). */
export function authorityFile(code: string): AuthorityFile {
  if (!AUTHORITY_CODES.includes(code))
    throw new Error(`no authority ${code} in the table`);
  load ??= createRequire(import.meta.url);
  return load(`./authority-data/${code}.json`) as AuthorityFile;
}

/**
 * The authority of a key that supervisory-authority-choice.ts chose (`FI`, `DE-BY`), read from its
 * file the first time it is asked for. Throws for a key outside the table.
 */
export function tableAuthority(code: string): SupervisoryAuthority {
  let authority = read.get(code);
  if (authority) return authority;
  const { source: _, ...entry } = authorityFile(code);
  authority = { code, ...entry };
  read.set(code, authority);
  return authority;
}
