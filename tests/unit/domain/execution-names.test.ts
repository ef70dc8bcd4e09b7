import { describe, expect, it } from 'vitest';
import {
  executionName,
  executionNumber,
  nextExecutionNumber,
} from '#domain/ops.ts';

const ID = '00000000-0000-4000-8000-000000000001';

describe('a request’s execution names', () => {
  it('numbers them <requestId>, <requestId>-1, … and reads the number back', () => {
    expect([0, 1, 12].map((n) => executionName(ID, n))).toEqual([
      ID,
      `${ID}-1`,
      `${ID}-12`,
    ]);
    expect(executionNumber(ID, ID)).toBe(0);
    expect(executionNumber(ID, `${ID}-12`)).toBe(12);
    // Not this request's, or not a number we give.
    for (const name of [
      '00000000-0000-4000-8000-000000000002',
      `${ID}-retry-1`,
      `${ID}-01`,
      `${ID}-`,
    ])
      expect(executionNumber(ID, name), name).toBeUndefined();
  });

  it('names the next one after the newest it knows: listed, or recorded on the request', () => {
    const listed = [{ name: `${ID}-1` }, { name: `${ID}-2` }];
    expect(nextExecutionNumber({ requestId: ID }, [])).toBe(0);
    expect(nextExecutionNumber({ requestId: ID }, listed)).toBe(3);
    // Step Functions forgot them all; the request remembers the newest.
    expect(nextExecutionNumber({ requestId: ID, executionNumber: 4 }, [])).toBe(
      5,
    );
    // A start the request has not recorded yet is listed.
    expect(
      nextExecutionNumber({ requestId: ID, executionNumber: 1 }, listed),
    ).toBe(3);
  });
});
