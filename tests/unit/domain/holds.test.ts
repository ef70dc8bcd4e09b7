import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseConfirmation } from '#domain/confirmation.ts';
import {
  ARTICLE_OF_HOLD,
  HOLD_REASONS,
  holdBasis,
  PROCESSOR_HOLD_REASONS,
} from '#domain/holds.ts';

const CONNECTORS = new URL(
  '../../../functions/adapters/connectors/',
  import.meta.url,
);

describe('the article of each hold', () => {
  it('names the provision each reason rests on', () => {
    expect(ARTICLE_OF_HOLD).toEqual({
      // the order is still being performed: the data is still necessary (17(1)(a) not met)
      'open-order': 'Art. 17(1)(a)',
      // keeping the address on a suppression list honours the objection (Art. 21(3))
      suppression: 'Art. 17(3)(b)',
      // payment disputes and returns are legal claims
      'chargeback-window': 'Art. 17(3)(e)',
      accounting: 'Art. 17(3)(b)',
      'legal-obligation': 'Art. 17(3)(b)',
      'legal-claim': 'Art. 17(3)(e)',
    });
    expect(Object.keys(ARTICLE_OF_HOLD).sort()).toEqual(
      [...HOLD_REASONS].sort(),
    );
  });

  it('adds the national statute after the article', () => {
    expect(
      holdBasis('accounting', 'Kirjanpitolaki 1336/1997, 2 luku 10 §'),
    ).toBe('Art. 17(3)(b); Kirjanpitolaki 1336/1997, 2 luku 10 §');
    expect(holdBasis('chargeback-window')).toBe('Art. 17(3)(e)');
  });

  it.each(PROCESSOR_HOLD_REASONS)(
    'gives a processor that keeps data for %s the same article',
    (reason) => {
      const answer = parseConfirmation(
        {
          outcome: 'kept',
          keptWhat: 'shipment records',
          keptReason: reason,
        },
        { type: 'erasure', confirmBy: 'processor', today: '2026-11-05' },
      );
      expect(answer.hold?.basis).toBe(ARTICLE_OF_HOLD[reason]);
    },
  );

  it('is written by no connector itself', () => {
    const own = readdirSync(CONNECTORS)
      .filter((f) => f.endsWith('.ts'))
      .filter((f) =>
        /['"`]Art\.\s*\d/.test(readFileSync(new URL(f, CONNECTORS), 'utf8')),
      );
    expect(own).toEqual([]);
  });
});
