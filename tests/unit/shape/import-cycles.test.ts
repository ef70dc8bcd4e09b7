/**
 * No module imports itself back, directly or through others. The domain was once a circle
 * (request → retention → request, request → schemas → request): shared words now live in a leaf
 * (domain/request-kinds.ts) and the request model uses its retention rules, not the reverse.
 */
import { describe, expect, it } from 'vitest';
import {
  type ImportGraph,
  importCycles,
  importGraph,
} from '../../helpers/import-graph.ts';

const ROOT = new URL('../../../', import.meta.url).pathname;

describe('import cycles', () => {
  it('finds a cycle, through types too, and names the path', () => {
    // Prepare: a → b → c → a, d → a (not in the cycle), e imports itself
    const graph: ImportGraph = new Map([
      ['a.ts', ['b.ts']],
      ['b.ts', ['c.ts']],
      ['c.ts', ['a.ts']],
      ['d.ts', ['a.ts']],
      ['e.ts', ['e.ts']],
    ]);

    // Act
    const cycles = importCycles(graph);

    // Assess
    expect(cycles).toEqual([
      ['a.ts', 'b.ts', 'c.ts', 'a.ts'],
      ['e.ts', 'e.ts'],
    ]);
  });

  it('reads import, import type, export from and the #aliases', () => {
    // Act
    const graph = importGraph(ROOT, ['functions/domain']);

    // Assess
    expect(graph.get('functions/domain/request.ts')).toEqual(
      expect.arrayContaining([
        'functions/domain/request-kinds.ts',
        'functions/domain/retention.ts',
        'functions/domain/schemas.ts',
      ]),
    );
    const ports = importGraph(ROOT, ['functions/ports']);
    expect(ports.get('functions/ports/connectors.ts')).toContain(
      'functions/domain/holds.ts',
    );
  });

  it('has none in functions/domain', () => {
    const cycles = importCycles(importGraph(ROOT, ['functions/domain']));
    expect(cycles.map((c) => c.join(' → '))).toEqual([]);
  });

  it('has none anywhere in functions/', () => {
    const cycles = importCycles(importGraph(ROOT, ['functions']));
    expect(cycles.map((c) => c.join(' → '))).toEqual([]);
  });
});
