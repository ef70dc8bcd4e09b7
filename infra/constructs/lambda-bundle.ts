/**
 * The functions' own esbuild step. `NodejsFunction` always writes one file (`--outfile`), and a
 * single-file ESM bundle loads every module it contains before the handler runs, every Node
 * built-in any of them imports included, even code used only on a rare path. Split into chunks,
 * a function loads at init only its entry and the chunks that entry imports statically; what is
 * behind a dynamic `import()` (the AWS SDK's credential providers, a connector, a language's
 * texts, S3 on the paths that use it) stays on disk until it is asked for (issue 18). Each
 * language but English of each message catalogue a function uses is an entry of its own
 * (`i18n-<family>-<locale>.mjs`), which presentation/i18n/lazy.ts loads by name when a text in
 * that language is first read. The holiday rules are a JSON file per country (`holiday-data/`),
 * and the Hebrew and Hijri month tables too (`vendor/calendars/`), copied beside the chunks of the
 * functions that compute deadlines, which read their merchant's country (and a table, if its
 * rules use one) when they first need it (functions/domain/deadlines/holidays.ts).
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
import { buildWithPluginsSync } from './esbuild-sync.ts';
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
  const result = buildWithPluginsSync({
    ...options,
    entryPoints: { index: join(repoRoot, entry), ...localeEntries(repoRoot) },
    absWorkingDir: repoRoot,
  });
  const reached = reachedInputs(result.metafile);
  const unused = unusedLocaleFiles(reached);
  for (const file of result.outputFiles) {
    const name = relative(virtualDir, file.path);
    if (unused.has(name.replace(/\.map$/, ''))) continue;
    const target = join(outputDir, name);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, file.contents);
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
  return result.metafile;
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
  const outputs = metafile.outputs;
  const index = Object.keys(outputs).find((o) => o.endsWith(`/${ENTRY_FILE}`));
  const reached = new Set<string>();
  const seen = new Set<string>();
  const stack = index ? [index] : [];
  for (let out = stack.pop(); out !== undefined; out = stack.pop()) {
    if (seen.has(out)) continue;
    seen.add(out);
    for (const input of Object.keys(outputs[out]?.inputs ?? {}))
      reached.add(input);
    for (const i of outputs[out]?.imports ?? [])
      if (i.path in outputs) stack.push(i.path);
  }
  return reached;
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
