/**
 * Lets esbuild tree-shake the AWS SDK's operation schemas (issue 18).
 *
 * Each client of the AWS SDK for JavaScript v3 describes every operation of its service in
 * `dist-es/schemas/schemas_0.js` as plain arrays, one exported `var` per shape. A function sends
 * a handful of commands, so esbuild should keep only their shapes; it kept all of them (65 KB of
 * S3's, 48 KB of SES v2's, 55 KB of Lambda's at every cold start) because the shapes' trait
 * objects name their keys through constants, `{ [_hH]: _xaa }`, and esbuild treats a computed key
 * it does not inline as a possible side effect (converting the key could run code), so it never
 * drops the literal. Here every such key becomes the string literal its constant holds,
 * `{ "httpHeader": "x-amz-acl" }`: the same object, and a literal esbuild knows it may drop.
 *
 * Plain JavaScript (not TypeScript) so that the build worker (esbuild-worker.mjs) runs it without
 * a TypeScript loader.
 */
import { htmlEntitiesFilePlugin } from './html-entities-file.mjs';

/** The SDK's schema modules: clients' and the nested clients' (STS, SSO, sign-in …). */
export const SDK_SCHEMAS_FILTER =
  /[\\/]node_modules[\\/]@aws-sdk[\\/][^\\/]+[\\/]dist-es[\\/](?:submodules[\\/][^\\/]+[\\/])?schemas[\\/]schemas_\d+\.js$/;

const STRING_CONSTANT = /^const (_[A-Za-z0-9_]+) = ("(?:[^"\\\n]|\\.)*");$/gm;
const COMPUTED_KEY = /\[(_[A-Za-z0-9_]+)\]:/g;

/**
 * The module's source with each computed key `[_name]:` whose `_name` is one of its top-level
 * string constants written as that string. Anything else is left as it was.
 * @param {string} source
 * @returns {string}
 */
export function literalSchemaKeys(source) {
  /** @type {Map<string, string>} */
  const constants = new Map();
  for (const [, name, literal] of source.matchAll(STRING_CONSTANT))
    constants.set(name, literal);
  return source.replace(
    COMPUTED_KEY,
    (_key, name) => `${constants.get(name) ?? `[${name}]`}:`,
  );
}

/**
 * The esbuild plugin that loads the SDK's schema modules through `literalSchemaKeys`.
 * @returns {import('esbuild').Plugin}
 */
export function sdkSchemaKeysPlugin() {
  return {
    name: 'sdk-schema-keys',
    setup(build) {
      build.onLoad({ filter: SDK_SCHEMAS_FILTER }, async ({ path }) => {
        const { readFile } = await import('node:fs/promises');
        return {
          contents: literalSchemaKeys(await readFile(path, 'utf8')),
          loader: 'js',
        };
      });
    },
  };
}

/**
 * The plugins of every function's build: bundleOptions (lambda-bundle.ts) and the build worker
 * (esbuild-worker.mjs) both take them from here. Besides this module's, postal-mime's HTML entity
 * table read from a file on first use (html-entities-file.mjs).
 * @returns {import('esbuild').Plugin[]}
 */
export function bundlePlugins() {
  return [sdkSchemaKeysPlugin(), htmlEntitiesFilePlugin()];
}
