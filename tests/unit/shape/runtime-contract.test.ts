/**
 * The runtime owns its contract with the deployment (environment variable names, the table's
 * layout) and the deployment reads it: a function never imports infra/, so no bundle carries the
 * wiring table and the functions do not depend on how they are deployed.
 */
import { describe, expect, it } from 'vitest';
import { ENV, TABLE } from '#infra/wiring.ts';
import { importGraph } from '../../helpers/import-graph.ts';

const ROOT = new URL('../../../', import.meta.url).pathname;

describe('the runtime contract', () => {
  it('is not imported from infra/ by anything in functions/', () => {
    const graph = importGraph(ROOT, ['functions']);
    const intoInfra = [...graph].flatMap(([from, deps]) =>
      deps.filter((d) => d.startsWith('infra/')).map((d) => `${from} → ${d}`),
    );
    expect(intoInfra).toEqual([]);
  });

  it('is what infra/wiring.ts hands the CDK app and the local stack', () => {
    const wiring = importGraph(ROOT, ['infra']).get('infra/wiring.ts');
    expect(wiring).toEqual(
      expect.arrayContaining([
        'functions/shared/config.ts',
        'functions/adapters/aws/table-layout.ts',
      ]),
    );
    expect(ENV.tableName).toBe('TABLE_NAME');
    expect(TABLE.openByDueIndex.name).toBe('openByDue');
    expect(Object.values(ENV)).not.toContain('PRESIGN_SECONDS');
  });
});
