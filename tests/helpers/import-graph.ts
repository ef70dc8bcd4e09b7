/**
 * The static import graph of the project's TypeScript sources, read from the text (no compiler
 * API: TypeScript 7 ships none to JavaScript): `import … from`, `import type … from`,
 * `export … from` and side-effect `import '…'`. Type-only imports count: a cycle through types
 * is still two modules that cannot be understood or moved apart. Dynamic `import()` does not
 * count (it loads on demand, not when the module loads). Relative specifiers and the
 * package.json `imports` aliases (`#domain/*`) are resolved; packages are left out.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const STATIC_IMPORT =
  /(?:^|[\s;}])(?:import|export)\s+(?:type\s+)?(?:[^'";]*?\s+from\s+)?['"]([^'"]+)['"]/gm;

/** Module (path relative to `root`) → the project modules it imports. */
export type ImportGraph = Map<string, string[]>;

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.ts$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

/** The import graph of every `.ts` file under `dirs` (relative to `root`). */
export function importGraph(
  root: string,
  dirs: readonly string[],
): ImportGraph {
  const aliases = (
    JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
      imports?: Record<string, string>;
    }
  ).imports;
  const resolveSpecifier = (from: string, spec: string): string | undefined => {
    if (spec.startsWith('.')) return resolve(dirname(from), spec);
    const alias = Object.entries(aliases ?? {}).find(([pattern]) =>
      spec.startsWith(pattern.replace(/\*$/, '')),
    );
    if (!alias) return undefined;
    const [pattern, target] = alias;
    const rest = spec.slice(pattern.length - 1);
    return resolve(root, target.replace(/\*$/, rest));
  };
  const graph: ImportGraph = new Map();
  for (const file of dirs.flatMap((d) => sources(join(root, d)))) {
    const text = readFileSync(file, 'utf8');
    const deps = new Set<string>();
    for (const match of text.matchAll(STATIC_IMPORT)) {
      const target = resolveSpecifier(file, match[1] as string);
      if (target) deps.add(relative(root, target));
    }
    graph.set(relative(root, file), [...deps]);
  }
  return graph;
}

/**
 * The import cycles of `graph`: each strongly connected set of two or more modules (or a module
 * importing itself), as one path through it that returns to its start, e.g. `a → b → a`.
 */
export function importCycles(graph: ImportGraph): string[][] {
  let next = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const components: string[][] = [];
  const visit = (v: string) => {
    index.set(v, next);
    low.set(v, next);
    next++;
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!graph.has(w)) continue;
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v) as number, low.get(w) as number));
      } else if (onStack.has(w))
        low.set(v, Math.min(low.get(v) as number, index.get(w) as number));
    }
    if (low.get(v) !== index.get(v)) return;
    const component: string[] = [];
    let w: string;
    do {
      w = stack.pop() as string;
      onStack.delete(w);
      component.push(w);
    } while (w !== v);
    if (component.length > 1 || graph.get(v)?.includes(v))
      components.push(component);
  };
  for (const v of [...graph.keys()].sort()) if (!index.has(v)) visit(v);
  return components.map((c) => cyclePath(graph, new Set(c)));
}

/** One path that starts at the component's first module (by name) and returns to it. */
function cyclePath(graph: ImportGraph, members: Set<string>): string[] {
  const start = [...members].sort()[0] as string;
  const seen = new Map<string, string>();
  const queue = [start];
  while (queue.length > 0) {
    const v = queue.shift() as string;
    for (const w of graph.get(v) ?? []) {
      if (!members.has(w)) continue;
      if (w === start) {
        const path = [v];
        while (path[0] !== start)
          path.unshift(seen.get(path[0] as string) as string);
        return [...path, start];
      }
      if (!seen.has(w)) {
        seen.set(w, v);
        queue.push(w);
      }
    }
  }
  return [start, start];
}
