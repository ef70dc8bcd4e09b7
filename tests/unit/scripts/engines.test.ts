/**
 * Which Node each installed package runs on. npm checks a package's `engines` against the Node
 * that runs npm; here that is the system's (Node ≥ 20, `devEngines`), while every package's code
 * runs on the Node 24 the `node` devDependency brings. These tests keep that true, and keep the
 * README's "Node ≥ 22.22.2 installs without engine warnings" true.
 */
import { readFileSync } from 'node:fs';
import { satisfies } from 'semver';
import { describe, expect, it } from 'vitest';

const read = (file: string) =>
  JSON.parse(
    readFileSync(new URL(`../../../${file}`, import.meta.url), 'utf8'),
  );
const pkg = read('package.json') as {
  engines: { node: string };
  devEngines: { runtime: { name: string; version: string } };
  devDependencies: Record<string, string>;
};
const lock = read('package-lock.json') as {
  packages: Record<
    string,
    {
      version?: string;
      engines?: { node?: string } | string[];
      optional?: boolean;
    }
  >;
};
/** The Node every npm script runs on: the pinned `node` devDependency. */
const RUNTIME = pkg.devDependencies.node ?? '';
/** README, Prerequisites: from this Node on, `npm ci` prints no engine warnings. */
const QUIET_FROM = '22.22.2';

const engines = Object.entries(lock.packages)
  .filter(([path]) => path !== '')
  .flatMap(([path, entry]) => {
    const range = Array.isArray(entry.engines)
      ? undefined
      : entry.engines?.node;
    return range
      ? [{ name: path.replace(/^.*node_modules\//, ''), range }]
      : [];
  });

describe('engines', () => {
  it('pins the runtime exactly, and the root package asks for it', () => {
    expect(RUNTIME).toMatch(/^\d+\.\d+\.\d+$/);
    expect(satisfies(RUNTIME, pkg.engines.node)).toBe(true);
    expect(pkg.devEngines.runtime).toMatchObject({ name: 'node' });
  });

  it('every installed package accepts the Node 24 it runs on', () => {
    const refused = engines.filter((e) => !satisfies(RUNTIME, e.range));
    expect(refused).toEqual([]);
  });

  it(`every installed package accepts Node ${QUIET_FROM}, so npm ci there warns about none`, () => {
    const refused = engines.filter((e) => !satisfies(QUIET_FROM, e.range));
    expect(refused).toEqual([]);
  });
});
