import type { Metafile } from 'esbuild';

/**
 * The output files a function's cold start loads: its entry (`index.mjs`) and the chunks it
 * imports statically, transitively (what sits behind `import()` stays on disk until asked for).
 */
export function initOutputs(outputs: Metafile['outputs']): Set<string> {
  const entry = Object.keys(outputs).find((o) => o.endsWith('/index.mjs'));
  const seen = new Set<string>();
  const stack = entry ? [entry] : [];
  for (let o = stack.pop(); o !== undefined; o = stack.pop()) {
    if (seen.has(o)) continue;
    seen.add(o);
    for (const i of outputs[o]?.imports ?? [])
      if (i.kind === 'import-statement' && i.path in outputs)
        stack.push(i.path);
  }
  return seen;
}
