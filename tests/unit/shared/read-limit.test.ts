import { describe, expect, it } from 'vitest';
import { ENV, readLimit } from '#shared/config.ts';
import { signInLimits } from '#shared/console-guard.ts';
import { intakeLimits } from '#shared/intake-guard.ts';

describe('limits from the environment', () => {
  it('takes a whole number, 0 to turn the limit off, and the default when unset or empty', () => {
    expect(readLimit({ X: '12' }, 'X', 5)).toBe(12);
    expect(readLimit({ X: '0' }, 'X', 5)).toBe(0);
    expect(readLimit({ X: '' }, 'X', 5)).toBe(5);
    expect(readLimit({}, 'X', 5)).toBe(5);
  });

  it('stops at init on anything else, naming the variable', () => {
    for (const raw of ['-1', '1.5', 'ten', '1e3x'])
      expect(() => readLimit({ X: raw }, 'X', 5)).toThrow(
        'X must be a whole number (0 turns it off)',
      );
  });

  it('the intake and the console sign-in read their variables through it', () => {
    expect(
      intakeLimits({ [ENV.intakeLimitPerClient]: '7' }).perClient.max,
    ).toBe(7);
    expect(
      signInLimits({ [ENV.consoleSignInLimitPerAddress]: '0' }).perAddress.max,
    ).toBe(0);
    expect(() =>
      signInLimits({ [ENV.consoleSignInLimitPerClient]: 'many' }),
    ).toThrow(`${ENV.consoleSignInLimitPerClient} must be a whole number`);
  });
});
