/**
 * The functions' own esbuild step. `NodejsFunction` always writes one file (`--outfile`), and a
 * single-file ESM bundle loads every module it contains before the handler runs, every Node
 * built-in any of them imports included, even code used only on a rare path. Split into chunks,
 * a function loads at init only its entry and the chunks that entry imports statically; what is
 * behind a dynamic `import()` (the AWS SDK's credential providers, a connector, a language's
 * texts, S3 on the paths that use it) stays on disk until it is asked for (issue 18). esbuild's
 * chunks are then re-chunked by rolldown (rechunk.mjs) so that the entry's static imports are one
 * chunk: a cold start reads two files, not 10–15. Each
 * language but English of each message catalogue a function uses is an entry of its own
 * (`i18n-<family>-<locale>.mjs`), which presentation/i18n/lazy.ts loads by name when a text in
 * that language is first read. The holiday rules are a JSON file per country (`holiday-data/`),
 * and the Hebrew and Hijri month tables too (`vendor/calendars/`), copied beside the chunks of the
 * functions that compute deadlines, which read their merchant's country (and a table, if its
 * rules use one) when they first need it (functions/domain/deadlines/holidays.ts). The
 * supervisory authorities are a JSON file per country or German Land (`authority-data/`), copied
 * beside the chunks of the functions that name one, which read their merchant's
 * (functions/domain/supervisory-authority-table.ts).
 *
 * The build runs in-process through esbuild (offline: node_modules only, the AWS SDK bundled so
 * the tested SDK is the deployed one) as CDK local bundling, so CDK stages the folder as the
 * function's asset, hashed by its output (a change to the code changes the hash; an unchanged
 * function keeps its asset), and skips it for stacks that `aws:cdk:bundling-stacks` leaves out.
 * The output is deterministic: the source maps name their sources relative to a fixed folder
 * of the repository, not to wherever CDK builds.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import {
  AssetHashType,
  type BundlingOptions,
  DockerImage,
  type ILocalBundling,
} from 'aws-cdk-lib';
import { Code } from 'aws-cdk-lib/aws-lambda';
import type { BuildOptions, Metafile } from 'esbuild';
import {
  LAZY_LOCALES,
  LOCALE_FAMILIES,
  type LocaleFamily,
  localeFile,
} from '../../functions/presentation/i18n/families.ts';
import { buildWithPluginsSync, rechunkSync } from './esbuild-sync.ts';
import type { OutputText, RechunkedChunk } from './rechunk.mjs';
import { bundlePlugins } from './sdk-schema-keys.mjs';

/** ESM bundles still meet CommonJS dependencies that call `require`; give them one. */
export const ESM_REQUIRE_BANNER =
  "import { createRequire as __dsrCreateRequire } from 'node:module'; const require = __dsrCreateRequire(import.meta.url);";

/** The entry module of every function's asset; its handler is `index.handler`. */
export const ENTRY_FILE = 'index.mjs';

/** esbuild's options for a function (the benchmark builds its references with them too). */
export function bundleOptions(entry: string, outdir: string): BuildOptions {
  return {
    entryPoints: { index: entry },
    outdir,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node24',
    minify: true,
    sourcemap: true,
    sourcesContent: false,
    // ESM builds of packages first (tree-shaken), CommonJS where there is none.
    mainFields: ['module', 'main'],
    outExtension: { '.js': '.mjs' },
    entryNames: '[name]',
    chunkNames: 'chunk-[hash]',
    banner: { js: ESM_REQUIRE_BANNER },
    // Bundle everything, the AWS SDK included: the versions we test are the versions we run.
    external: [],
    logLevel: 'silent',
    // The SDK's operation schemas tree-shaken: a function keeps the shapes of the commands it
    // sends, not its service's every shape (sdk-schema-keys.mjs).
    plugins: bundlePlugins(),
  };
}

/**
 * Builds the function whose handler module is `entry` (relative to `repoRoot`) into `outputDir`:
 * `index.mjs`, its chunks and their source maps. Returns esbuild's metafile.
 */
export function bundleFunction(
  repoRoot: string,
  entry: string,
  outputDir: string,
): Metafile {
  // Built as if into a fixed folder of the repository, so the maps' relative source paths are
  // the same wherever CDK stages the asset; then written where CDK asked.
  const virtualDir = join(repoRoot, '.lambda', entry.replace(/[\\/]/g, '_'));
  // One build with a file per language of every catalogue family (presentation/i18n/lazy.ts
  // reads one when a text in that language is first needed); those of the families the function
  // never reaches are not written.
  // In esbuild's worker (the same plugins, which a synchronous build cannot take).
  const { plugins: _inWorker, ...options } = bundleOptions(
    join(repoRoot, entry),
    virtualDir,
  );
  const built = buildWithPluginsSync({
    ...options,
    entryPoints: { index: join(repoRoot, entry), ...localeEntries(repoRoot) },
    absWorkingDir: repoRoot,
  });
  const reached = reachedInputs(built.metafile);
  const unused = unusedLocaleFiles(reached);
  // What the entry loads at init into one chunk (rechunk.mjs), in the same worker.
  const rechunked = rechunkSync({
    dir: virtualDir,
    files: built.outputFiles
      .filter(({ path }) => isCode(path))
      .map(({ path, contents }) => ({
        path,
        text: Buffer.from(contents).toString('utf8'),
      })),
    // The entry and the language files it may read (those of families it never reaches are
    // not written).
    entries: Object.fromEntries(
      Object.entries(built.metafile.outputs)
        .filter(([, out]) => out.entryPoint !== undefined)
        .map(([out]) => relative(virtualDir, join(repoRoot, out)))
        .filter((name) => !unused.has(name))
        .map((name) => [name.replace(/\.mjs$/, ''), join(virtualDir, name)]),
    ),
    init: [...entryOutputs(built.metafile.outputs, 'static')]
      .filter((out) => !out.endsWith(`/${ENTRY_FILE}`))
      .map((out) => join(repoRoot, out)),
  });
  // The chunks as re-chunked; esbuild's other files (a data file a plugin emitted) as they are.
  const written = [
    ...rechunked.files,
    ...built.outputFiles.filter(({ path }) => !isCode(path)),
  ];
  for (const file of written) {
    const target = join(outputDir, relative(virtualDir, file.path));
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, 'text' in file ? file.text : file.contents);
  }
  for (const { module, folder } of DATA_FOLDERS) {
    if (!reached.has(module)) continue;
    const target = join(outputDir, relative(dirname(module), folder));
    mkdirSync(target, { recursive: true });
    for (const file of readdirSync(join(repoRoot, folder))) {
      const text = readFileSync(join(repoRoot, folder, file), 'utf8');
      if (file.endsWith('.json'))
        writeFileSync(join(target, file), JSON.stringify(JSON.parse(text)));
      else if (file.endsWith('.mjs')) writeFileSync(join(target, file), text);
    }
  }
  return rechunkedMetafile(repoRoot, virtualDir, built.metafile, rechunked);
}

/**
 * Folders of JSON files (and self-contained ES modules) a module reads at run time by a path
 * relative to itself (`./holiday-data/FI.json`): copied beside the chunks of every function that reaches the module,
 * where the same relative path finds them.
 */
const DATA_FOLDERS = [
  {
    module: 'functions/domain/deadlines/holidays.ts',
    folder: 'functions/domain/deadlines/holiday-data',
  },
  {
    module: 'functions/domain/deadlines/calendar-tables.ts',
    folder: 'functions/domain/deadlines/vendor/calendars',
  },
  {
    module: 'functions/domain/supervisory-authority-table.ts',
    folder: 'functions/domain/authority-data',
  },
];

const I18N = 'functions/presentation/i18n';

/** An entry point per language other than English of every catalogue family. */
function localeEntries(repoRoot: string): Record<string, string> {
  const entries: Record<string, string> = {};
  for (const [family, { folder }] of Object.entries(LOCALE_FAMILIES))
    for (const locale of LAZY_LOCALES)
      entries[
        localeFile(family as LocaleFamily, locale).replace(/\.mjs$/, '')
      ] = join(repoRoot, I18N, folder, `${locale}.ts`);
  return entries;
}

/** The source modules in the entry's chunks and in those it imports, statically or not. */
function reachedInputs(metafile: Metafile): Set<string> {
  return new Set(
    [...entryOutputs(metafile.outputs, 'any')].flatMap((out) =>
      Object.keys(metafile.outputs[out]?.inputs ?? {}),
    ),
  );
}

/** esbuild's chunks and their source maps (what rechunk.mjs takes); not a data file. */
const isCode = (path: string) => /\.mjs(\.map)?$/.test(path);

/**
 * The entry's output and the outputs it imports, directly or not (metafile paths): `static`,
 * through `import` statements only (what its cold start loads: the tests read it too); `any`,
 * through `import()` as well (what it may ever load).
 */
export function entryOutputs(
  outputs: Metafile['outputs'],
  follow: 'static' | 'any',
): Set<string> {
  const index = Object.keys(outputs).find((o) => o.endsWith(`/${ENTRY_FILE}`));
  const seen = new Set<string>();
  const stack = index ? [index] : [];
  for (let out = stack.pop(); out !== undefined; out = stack.pop()) {
    if (seen.has(out)) continue;
    seen.add(out);
    for (const i of outputs[out]?.imports ?? [])
      if (
        (follow === 'any' || i.kind === 'import-statement') &&
        i.path in outputs
      )
        stack.push(i.path);
  }
  return seen;
}

/**
 * esbuild's metafile rewritten for the re-chunked files, so what reads it (the infra tests) sees
 * the files as written: each output's inputs are those of the esbuild chunks it holds (their
 * `bytesInOutput` as esbuild wrote them; rolldown's renaming changes a file's size by a percent
 * or two, `bytes` is the file's own), its imports the chunks it loads
 * (`import-statement`) or may load (`dynamic-import`).
 */
function rechunkedMetafile(
  repoRoot: string,
  virtualDir: string,
  esbuild: Metafile,
  { files, chunks }: { files: OutputText[]; chunks: RechunkedChunk[] },
): Metafile {
  const bytes = new Map(
    files.map(({ path, text }) => [path, Buffer.byteLength(text)]),
  );
  const key = (fileName: string) =>
    relative(repoRoot, join(virtualDir, fileName));
  const outputs: Metafile['outputs'] = {};
  for (const chunk of chunks) {
    const held = chunk.moduleIds.map(
      (id) => esbuild.outputs[relative(repoRoot, id)],
    );
    const inputs: Metafile['outputs'][string]['inputs'] = {};
    for (const out of held)
      for (const [input, { bytesInOutput }] of Object.entries(
        out?.inputs ?? {},
      ))
        inputs[input] = {
          bytesInOutput: (inputs[input]?.bytesInOutput ?? 0) + bytesInOutput,
        };
    const entry = held.find((out) => out?.entryPoint !== undefined);
    outputs[key(chunk.fileName)] = {
      bytes: bytes.get(join(virtualDir, chunk.fileName)) ?? 0,
      inputs,
      imports: [
        ...chunk.imports.map((path) =>
          path.endsWith('.mjs')
            ? { path: key(path), kind: 'import-statement' as const }
            : { path, kind: 'import-statement' as const, external: true },
        ),
        ...chunk.dynamicImports.map((path) =>
          path.endsWith('.mjs')
            ? { path: key(path), kind: 'dynamic-import' as const }
            : { path, kind: 'dynamic-import' as const, external: true },
        ),
      ],
      exports: chunk.exports,
      ...(chunk.isEntry && entry?.entryPoint !== undefined
        ? { entryPoint: entry.entryPoint }
        : {}),
    };
  }
  for (const [path, out] of Object.entries(esbuild.outputs))
    if (!isCode(path)) outputs[path] = out;
  return { inputs: esbuild.inputs, outputs };
}

/** The language files of the families whose module the function's entry never reaches. */
function unusedLocaleFiles(reached: Set<string>): Set<string> {
  const unused = new Set<string>();
  for (const [family, { module }] of Object.entries(LOCALE_FAMILIES))
    if (!reached.has(`${I18N}/${module}`))
      for (const locale of LAZY_LOCALES)
        unused.add(localeFile(family as LocaleFamily, locale));
  return unused;
}

/** CDK local bundling of one function; its fields are part of CDK's asset cache key. */
class EsbuildBundling implements ILocalBundling {
  constructor(
    readonly repoRoot: string,
    readonly entry: string,
  ) {}

  tryBundle(outputDir: string): boolean {
    bundleFunction(this.repoRoot, this.entry, outputDir);
    return true;
  }
}

/** The function's code: its bundle folder, staged by CDK and named by the hash of its output. */
export function functionCode(repoRoot: string, entry: string): Code {
  const bundling: BundlingOptions = {
    // Never pulled: local bundling always succeeds (esbuild is a dev dependency).
    image: DockerImage.fromRegistry('dsr-local-esbuild-only'),
    local: new EsbuildBundling(repoRoot, entry),
    command: ['esbuild', entry],
  };
  return Code.fromAsset(join(repoRoot, 'functions'), {
    assetHashType: AssetHashType.OUTPUT,
    bundling,
  });
}
