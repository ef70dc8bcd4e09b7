import { afterEach, describe, expect, it } from 'vitest';
import { isValidTimeZone } from '#domain/deadlines/calendar.ts';
import { MerchantConfig } from '#domain/schemas.ts';
import { loadSeed } from '#infra/seed/seed.ts';

const Original = Intl.DateTimeFormat;
afterEach(() => {
  Intl.DateTimeFormat = Original;
});

/** Counts the formatters built from now on. */
function countFormatters(): () => number {
  let built = 0;
  Intl.DateTimeFormat = new Proxy(Original, {
    construct(target, args: ConstructorParameters<typeof Original>) {
      built++;
      return new target(...args);
    },
  });
  return () => built;
}

describe('the zone check of a merchant configuration', () => {
  it('builds no Intl formatter once a zone has been seen: the configuration is parsed on every request', () => {
    // Prepare
    const { merchant } = loadSeed('lastu');
    MerchantConfig.parse(merchant);
    const built = countFormatters();
    // Act
    for (let i = 0; i < 3; i++) MerchantConfig.parse(merchant);
    // Assess
    expect(built()).toBe(0);
  });

  it('still refuses what is not a zone, and remembers that too', () => {
    expect(isValidTimeZone('Europe/Nowhere')).toBe(false);
    const built = countFormatters();
    expect(isValidTimeZone('Europe/Nowhere')).toBe(false);
    expect(isValidTimeZone(' ')).toBe(false);
    expect(built()).toBe(0);
    expect(() =>
      MerchantConfig.parse({
        ...loadSeed('lastu').merchant,
        timezone: 'Europe/Nowhere',
      }),
    ).toThrow(/IANA time zone/);
  });
});
