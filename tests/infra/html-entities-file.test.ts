/**
 * The build's substitute for postal-mime's HTML entity table (infra/constructs/html-entities-file.mjs):
 * the table read from a file of the output on first lookup holds the library's every entity, and a
 * message's HTML becomes the same text through the built parser as through the library.
 */
import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import PostalMime from 'postal-mime';
import { afterAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '#infra/constructs/dsr-function.ts';
import {
  HTML_ENTITIES_FILTER,
  htmlEntitiesFilePlugin,
} from '#infra/constructs/html-entities-file.mjs';
import { bundleOptions } from '#infra/constructs/lambda-bundle.ts';

const out = mkdtempSync(join(tmpdir(), 'dsr-html-entities-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

/** postal-mime's own table module (its package exports only its entry, so by path). */
const LIBRARY = join(
  dirname(
    createRequire(join(REPO_ROOT, 'package.json')).resolve(
      'postal-mime/package.json',
    ),
  ),
  'dist/esm/html-entities.js',
);
const { htmlEntities: TABLE } = (await import(pathToFileURL(LIBRARY).href)) as {
  htmlEntities: Record<string, string>;
};
const NAMES = Object.keys(TABLE);

/** A module of `contents` built as a function is (bundleOptions: its plugins, ESM, chunks). */
async function built(contents: string, dir: string): Promise<string> {
  mkdirSync(dir, { recursive: true });
  const entry = join(dir, 'entry.ts');
  writeFileSync(entry, contents);
  await build({
    ...bundleOptions(entry, dir),
    nodePaths: [join(REPO_ROOT, 'node_modules')],
  });
  return join(dir, 'index.mjs');
}

/**
 * A message whose HTML postal-mime turns into text, decoding every entity: an HTML part after an
 * empty plain one, as parse-mail.ts's `htmlAsText` hands it an HTML-only message.
 */
function htmlAsText(body: string): string {
  return [
    'From: someone@example.test',
    'Subject: every entity',
    'Content-Type: multipart/mixed; boundary="b"',
    '',
    '--b',
    'Content-Type: text/plain; charset=utf-8',
    '',
    '--b',
    'Content-Type: text/html; charset=utf-8',
    '',
    `<p>${body}</p>`,
    '--b--',
    '',
  ].join('\r\n');
}

describe("postal-mime's entity table read from a file", () => {
  it("is a plugin of every function's build, and replaces the library's ESM table module only", () => {
    expect(HTML_ENTITIES_FILTER.test(LIBRARY)).toBe(true);
    expect(
      bundleOptions('entry.ts', 'out').plugins?.map((p) => p.name),
    ).toContain(htmlEntitiesFilePlugin().name);
    expect(NAMES.length).toBeGreaterThan(2000);
  });

  it('holds every entity of the library, with the same string, and nothing else', async () => {
    const dir = join(out, 'table');
    const file = await built(
      `export { htmlEntities } from ${JSON.stringify(LIBRARY)};`,
      dir,
    );
    // Not in the module: a file beside it, read on the first lookup.
    expect(readFileSync(file, 'utf8')).not.toContain('&AElig');
    const [json] = readdirSync(dir).filter((f) => f.endsWith('.json'));
    expect(json).toMatch(/^html-entities-\w+\.json$/);
    const { htmlEntities } = (await import(pathToFileURL(file).href)) as {
      htmlEntities: Record<string, string>;
    };
    for (const name of NAMES) expect(htmlEntities[name]).toBe(TABLE[name]);
    expect({ ...htmlEntities }).toEqual(TABLE);
    expect(Object.keys(htmlEntities)).toEqual(NAMES);
    // What the decoder asks of a name not in the table is what the library answers.
    for (const name of ['&nosuch;', '&constructor', '&toString;', '&amp2;'])
      expect(typeof htmlEntities[name]).toBe(typeof TABLE[name]);
  });

  it("turns a message's HTML into the text the library does, for every entity", async () => {
    const file = await built(
      "export { default } from 'postal-mime';",
      join(out, 'parser'),
    );
    const { default: BuiltPostalMime } = (await import(
      pathToFileURL(file).href
    )) as { default: typeof PostalMime };
    // Each name alone, before a letter (a name without its `;`), and in a word.
    const body = NAMES.map((n) => `${n}|${n}x|a${n}b`).join('<br>\n');
    const message = htmlAsText(body);
    const expected = (await PostalMime.parse(message)).text ?? '';
    const text = (await BuiltPostalMime.parse(message)).text ?? '';
    expect(text).toBe(expected);
    // Decoded, not passed through: the reader sees the characters.
    expect(text).toContain('Æ|Æx|aÆb');
    expect(text).toContain('𝔄');
    expect(text).not.toContain('&AElig;');
  });
});
