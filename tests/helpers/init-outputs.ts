import type { Metafile } from 'esbuild';
import { entryOutputs } from '#infra/constructs/lambda-bundle.ts';

/**
 * The output files a function's cold start loads: its entry (`index.mjs`) and the chunks it
 * imports statically, transitively (what sits behind `import()` stays on disk until asked for);
 * the build's own walk (lambda-bundle.ts), which decides what goes into the init chunk.
 */
export function initOutputs(outputs: Metafile['outputs']): Set<string> {
  return entryOutputs(outputs, 'static');
}
