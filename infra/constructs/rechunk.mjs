/**
 * One file for what a function loads at init (issue 18).
 *
 * esbuild splits a function into chunks by the set of entry points that reach each piece of code,
 * and it counts every dynamic `import()` as an entry point. A function has dozens of them (the
 * SDK's credential providers, a connector per processor kind, a language's texts, a rare path),
 * so the code its cold start needs came out in 10–15 files, one per combination of lazy paths that
 * also use it: Receive Inbound Mail loaded 15 files at init, the bare-client reference one. Every file is a
 * read, a compile, a link of its imported names and, with `--enable-source-maps`, a source map
 * read and parsed: about 0.4 ms each on this machine, ~5 ms of a 70 ms init, beside the slower
 * linking of names across modules.
 *
 * esbuild has no setting for it, so its output is put through rolldown, whose `codeSplitting`
 * groups say which modules share a chunk: every chunk the entry imports statically becomes one
 * chunk, `init`, so a cold start loads `index.mjs` and that one file. Lazily loaded chunks are
 * chunked by rolldown as esbuild did (they import what they share with init from it: it is
 * already loaded when they are). The entries keep their names and exports (`index.mjs`,
 * `i18n-<family>-<locale>.mjs`, which presentation/i18n/lazy.ts requires by name). Source maps
 * are chained through esbuild's, so a stack trace still names the TypeScript source. rolldown
 * only renames and drops whitespace (no compression pass, 1–2% larger than compressing again):
 * the code it emits is esbuild's, and a minifier's mistake that only the deployed bundle would
 * show cannot come from a pass we did not run.
 *
 * Plain JavaScript (not TypeScript) so that the build worker (esbuild-worker.mjs) runs it
 * without a TypeScript loader.
 */
import { dirname, resolve } from 'node:path';
import { rolldown } from 'rolldown';

const SOURCE_MAP_COMMENT = /\n?\/\/# sourceMappingURL=[^\n]*\s*$/;
/** The name of the chunk that holds what the entry imports statically. */
export const INIT_CHUNK = 'init';

/**
 * @typedef {{ path: string, text: string }} OutputText
 * @typedef {{
 *   fileName: string,
 *   isEntry: boolean,
 *   name: string,
 *   moduleIds: string[],
 *   imports: string[],
 *   dynamicImports: string[],
 *   exports: string[],
 * }} RechunkedChunk
 */

/**
 * esbuild's output for one function (all in `dir`), re-chunked.
 * @param {{
 *   dir: string,
 *   files: OutputText[],
 *   entries: Record<string, string>,
 *   init: string[],
 * }} build `files`: esbuild's `.mjs` files and their maps; `entries`: the entry files to keep,
 *   by name (`index` and the language files the function may read); `init`: the chunks
 *   `entries.index` imports statically, directly or not (absolute paths in `dir`).
 * @returns {Promise<{ files: OutputText[], chunks: RechunkedChunk[] }>}
 */
export async function rechunk({ dir, files, entries, init }) {
  /** @type {Map<string, string>} */
  const texts = new Map(files.map(({ path, text }) => [path, text]));
  const initIds = new Set(init);
  const bundle = await rolldown({
    input: entries,
    platform: 'node',
    logLevel: 'silent',
    // Node's built-ins are imported for their exports, never for a side effect: a chunk that
    // uses none of a built-in's exports need not import it.
    treeshake: { moduleSideEffects: 'no-external' },
    plugins: [
      {
        name: 'esbuild-output',
        resolveId(source, importer) {
          if (!importer) return texts.has(source) ? source : null;
          if (source.startsWith('./') || source.startsWith('../')) {
            const path = resolve(dirname(importer), source);
            if (texts.has(path)) return path;
            this.error(
              `${importer} imports ${source}, which esbuild did not write`,
            );
          }
          // Node's built-ins: esbuild bundled everything else.
          return { id: source, external: true };
        },
        load(id) {
          const code = texts.get(id);
          if (code === undefined) return null;
          return {
            code: code.replace(SOURCE_MAP_COMMENT, ''),
            map: texts.get(`${id}.map`),
          };
        },
      },
    ],
  });
  try {
    const { output } = await bundle.generate({
      dir,
      format: 'esm',
      entryFileNames: '[name].mjs',
      chunkFileNames: 'chunk-[hash].mjs',
      sourcemap: true,
      minify: {
        compress: false,
        mangle: true,
        codegen: { removeWhitespace: true },
      },
      codeSplitting: {
        groups: [{ name: INIT_CHUNK, test: (id) => initIds.has(id) }],
      },
    });
    /** @type {OutputText[]} */
    const written = [];
    /** @type {RechunkedChunk[]} */
    const chunks = [];
    for (const item of output) {
      if (item.type !== 'chunk') continue;
      const path = resolve(dir, item.fileName);
      const code = SOURCE_MAP_COMMENT.test(item.code)
        ? item.code
        : `${item.code}\n//# sourceMappingURL=${item.fileName.split('/').pop()}.map\n`;
      written.push({ path, text: code });
      if (item.map)
        written.push({ path: `${path}.map`, text: item.map.toString() });
      chunks.push({
        fileName: item.fileName,
        isEntry: item.isEntry,
        name: item.name,
        moduleIds: item.moduleIds.filter((id) => texts.has(id)),
        imports: item.imports,
        dynamicImports: item.dynamicImports,
        exports: item.exports,
      });
    }
    return { files: written, chunks };
  } finally {
    await bundle.close();
  }
}
