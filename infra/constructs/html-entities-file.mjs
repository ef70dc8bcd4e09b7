/**
 * Keeps postal-mime's HTML entity table off the privacy inbox's cold start (issue 18).
 *
 * postal-mime decodes HTML entities only when it turns a message's HTML into text: a message with
 * HTML and no plain part (parse-mail.ts's `htmlAsText` takes the same road). Its table is the
 * HTML5 list of named character references, 2,231 of them as one object literal (45 KB minified),
 * which every cold start of ReceiveInboundMail parsed and built before the handler ran, though the
 * usual message, a shopper's plain-text "please delete my data", never looks one up.
 *
 * In the functions' build the table's module (`dist/esm/html-entities.js`) becomes a module of the
 * same export, `htmlEntities`, whose properties are read from a JSON file beside the chunks (the
 * library's own table, written by the build from the installed version) the first time one is
 * looked up: synchronously, as postal-mime reads it, and with the very same keys and strings, so a
 * message decodes exactly as with the library's module. The library has no option for this (its
 * `htmlToText` is internal and always uses the table).
 *
 * Plain JavaScript (not TypeScript) so that the build worker (esbuild-worker.mjs) runs it without
 * a TypeScript loader.
 */

/** postal-mime's entity table module (its ESM build: the functions' build reads `module`). */
export const HTML_ENTITIES_FILTER =
  /[\\/]node_modules[\\/]postal-mime[\\/]dist[\\/]esm[\\/]html-entities\.js$/;

const NAMESPACE = 'postal-mime-html-entities';
const TABLE = 'postal-mime-html-entities:table';

/**
 * The module that stands for the table: a proxy reading the JSON file (`tableFile`, the path the
 * build gives the emitted file, relative to the output folder, where every chunk is) on first use.
 * `createRequire` under a name of its own, so that esbuild leaves the call for run time.
 */
export const LAZY_TABLE_MODULE = `import { createRequire as entitiesRequire } from 'node:module';
import tableFile from ${JSON.stringify(TABLE)};
let table;
const read = () => (table ??= entitiesRequire(import.meta.url)(tableFile));
export const htmlEntities = new Proxy({}, {
  get: (_target, key) => read()[key],
  has: (_target, key) => key in read(),
  ownKeys: () => Reflect.ownKeys(read()),
  getOwnPropertyDescriptor: (_target, key) => Reflect.getOwnPropertyDescriptor(read(), key),
});
`;

/**
 * The esbuild plugin: postal-mime's table module becomes LAZY_TABLE_MODULE, and the table itself
 * a file of the output (esbuild's `file` loader: named by its content's hash, listed among the
 * output files, written beside the chunks with them).
 * @returns {import('esbuild').Plugin}
 */
export function htmlEntitiesFilePlugin() {
  return {
    name: 'html-entities-file',
    setup(build) {
      build.onLoad({ filter: HTML_ENTITIES_FILTER }, () => ({
        contents: LAZY_TABLE_MODULE,
        loader: 'js',
      }));
      build.onResolve(
        { filter: /^postal-mime-html-entities:table$/ },
        (args) => ({
          // A virtual path: its `.json` names the emitted file, its folder the library's module.
          path: args.importer.replace(/\.js$/, '.json'),
          namespace: NAMESPACE,
        }),
      );
      build.onLoad({ filter: /.*/, namespace: NAMESPACE }, async ({ path }) => {
        const { pathToFileURL } = await import('node:url');
        const library = pathToFileURL(path.replace(/\.json$/, '.js')).href;
        const { htmlEntities } = await import(library);
        return { contents: JSON.stringify(htmlEntities), loader: 'file' };
      });
    },
  };
}
