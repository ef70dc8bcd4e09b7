import { describe, expect, it } from 'vitest';
import { textIn } from '#domain/localized.ts';
import {
  type AccountingRetention,
  accountingHold,
  accountingRetention,
  BOOKKEEPING_RULES,
  bookkeepingRule,
  holdPolicyOf,
  retentionEnd,
  retentionExpiry,
  retentionSettingsProblem,
  stillKept,
} from '#domain/retention-rules.ts';
import { MerchantConfig } from '#domain/schemas.ts';
import { loadSeed } from '#infra/seed/seed.ts';

const ZONE: Record<string, string> = {
  FI: 'Europe/Helsinki',
  SE: 'Europe/Stockholm',
  DE: 'Europe/Berlin',
  FR: 'Europe/Paris',
  GB: 'Europe/London',
};

/** The retention of a merchant in `country` whose financial year ends on `financialYearEnd`. */
const rule = (
  country: string,
  financialYearEnd = '12-31',
  accountingRetentionYears?: number,
): AccountingRetention =>
  accountingRetention({
    country,
    timezone: ZONE[country.slice(0, 2)] ?? 'UTC',
    financialYearEnd,
    holdPolicy: { accountingRetentionYears },
  });

describe('bookkeeping retention per country', () => {
  it.each([
    // Finland: 6 years from the end of the calendar year in which the financial year ended
    ['FI', '12-31', '2026-03-15', '2032-12-31'],
    ['FI', '06-30', '2026-03-15', '2032-12-31'],
    ['FI', '06-30', '2026-06-30', '2032-12-31'],
    ['FI', '06-30', '2026-07-01', '2033-12-31'],
    // Sweden: to the end of the seventh year after that calendar year
    ['SE', '12-31', '2026-03-15', '2033-12-31'],
    ['SE', '06-30', '2026-08-01', '2034-12-31'],
    // Germany: 8 years from the end of the calendar year the voucher arose, whatever the financial year
    ['DE', '12-31', '2026-03-15', '2034-12-31'],
    ['DE', '06-30', '2026-08-01', '2034-12-31'],
    // France: 10 years from the closing of the financial year
    ['FR', '12-31', '2026-03-15', '2036-12-31'],
    ['FR', '06-30', '2026-03-15', '2036-06-30'],
    ['FR', '06-30', '2026-08-01', '2037-06-30'],
    // United Kingdom (companies): the sixth anniversary of the end of the accounting period
    ['GB', '03-31', '2026-03-15', '2032-03-31'],
    ['GB', '03-31', '2026-04-01', '2033-03-31'],
    ['GB-SCT', '12-31', '2026-03-15', '2032-12-31'],
  ])(
    '%s, financial year ending %s: a record of %s is kept until %s',
    (country, fye, made, until) => {
      expect(retentionEnd(made, rule(country, fye))).toBe(until);
    },
  );

  it("dates a record by the merchant's local day", () => {
    // 22:30 UTC on New Year's Eve is already 1 January in Helsinki: the next financial year
    const at = '2025-12-31T22:30:00.000Z';
    expect(retentionEnd(at, rule('FI'))).toBe('2032-12-31');
    expect(retentionEnd(at, { ...rule('FI'), timeZone: 'UTC' })).toBe(
      '2031-12-31',
    );
  });

  it('names each statute as the law names it', () => {
    expect(
      Object.fromEntries(
        Object.entries(BOOKKEEPING_RULES).map(([c, r]) => [c, r.statute]),
      ),
    ).toEqual({
      FI: 'Kirjanpitolaki 1336/1997, 2 luku 10 §',
      SE: 'Bokföringslag (1999:1078) 7 kap. 2 §',
      DE: '§ 147 Abs. 3 AO, § 257 Abs. 4 HGB',
      FR: 'Code de commerce, art. L123-22',
      GB: 'Finance Act 1998, Sch. 18, para. 21; Companies Act 2006, s. 388',
    });
    expect(bookkeepingRule('gb-eng')?.years).toBe(6);
    expect(bookkeepingRule('US-CA')).toBeUndefined();
  });

  it("lets the merchant lengthen its country's period, never shorten it", () => {
    expect(rule('FI', '12-31', 10)).toMatchObject({
      years: 10,
      statute: 'Kirjanpitolaki 1336/1997, 2 luku 10 §',
    });
    expect(
      retentionSettingsProblem({
        country: 'FI',
        timezone: 'UTC',
        holdPolicy: { accountingRetentionYears: 5 },
      }),
    ).toEqual([
      'holdPolicy.accountingRetentionYears',
      'must be at least 6: Kirjanpitolaki 1336/1997, 2 luku 10 § requires 6 years',
    ]);
    expect(
      retentionSettingsProblem({
        country: 'FI',
        timezone: 'UTC',
        holdPolicy: { accountingRetentionYears: 6 },
      }),
    ).toBeUndefined();
  });

  it('needs the period from a merchant whose country has no rule, and then names no statute', () => {
    expect(
      retentionSettingsProblem({ country: 'US-CA', timezone: 'UTC' })?.[0],
    ).toBe('holdPolicy.accountingRetentionYears');
    const us = rule('US-CA', '09-30', 7);
    expect(us).toEqual({
      years: 7,
      runsFrom: 'financial-year-end',
      financialYearEnd: '09-30',
      timeZone: 'UTC',
    });
    expect(retentionEnd('2026-03-15', us)).toBe('2033-09-30');
    expect(
      accountingHold(
        us,
        [{ at: '2026-03-15' }],
        new Date('2026-11-05'),
        'order-records',
      )?.basis,
    ).toBe('Art. 17(3)(b)');
  });

  it.each(['02-29', '13-01', '6-30', '04-31', '00-10', ''])(
    'refuses %j as the end of a financial year',
    (fye) => {
      expect(
        retentionSettingsProblem({
          country: 'FI',
          timezone: 'UTC',
          financialYearEnd: fye,
        })?.[0],
      ).toBe('financialYearEnd');
    },
  );
});

describe('the merchant configuration', () => {
  const lastu = () =>
    JSON.parse(JSON.stringify(loadSeed('lastu').merchant)) as Record<
      string,
      unknown
    >;

  it("validates lastu with a calendar financial year and Finland's rule", () => {
    const merchant = MerchantConfig.parse(lastu());
    expect(merchant.financialYearEnd).toBe('12-31');
    expect(merchant.holdPolicy).toEqual({ orderHoldDays: 180 });
    expect(holdPolicyOf(merchant)).toEqual({
      orderHoldDays: 180,
      accounting: {
        years: 6,
        runsFrom: 'calendar-year-of-financial-year-end',
        statute: 'Kirjanpitolaki 1336/1997, 2 luku 10 §',
        financialYearEnd: '12-31',
        timeZone: 'Europe/Helsinki',
      },
    });
  });

  it('refuses a period shorter than the law, no period where no rule is on file, and a bad year end', () => {
    const issues = (patch: Record<string, unknown>) => {
      const r = MerchantConfig.safeParse({ ...lastu(), ...patch });
      return r.success ? [] : r.error.issues.map((i) => i.path.join('.'));
    };
    expect(
      issues({
        country: 'DE',
        holdPolicy: { orderHoldDays: 180, accountingRetentionYears: 6 },
      }),
    ).toEqual(['holdPolicy.accountingRetentionYears']);
    expect(issues({ country: 'NO' })).toEqual([
      'holdPolicy.accountingRetentionYears',
    ]);
    expect(
      issues({
        country: 'NO',
        holdPolicy: { orderHoldDays: 180, accountingRetentionYears: 5 },
      }),
    ).toEqual([]);
    expect(issues({ financialYearEnd: '02-29' })).toEqual(['financialYearEnd']);
    expect(issues({ financialYearEnd: '06-30' })).toEqual([]);
  });

  it("states in lastu's registry what its own-records connector keeps, by the same rule", () => {
    // The access report prints the registry's words; the connector keeps what they say.
    const merchant = MerchantConfig.parse(lastu());
    const own = merchant.processors.find((p) => p.kind === 'internal-dynamodb');
    const { accounting } = holdPolicyOf(merchant);
    const words = own?.retention ? textIn(own.retention, 'en') : '';
    expect(words).toContain(accounting.statute);
    expect(words).toContain(
      `${accounting.years} years from the end of the year in which their financial year ended`,
    );
  });
});

describe('the accounting hold', () => {
  const NOW = new Date('2026-11-05T12:00:00.000Z');

  it('keeps the records still within the period, until the last of their ends', () => {
    // Act
    const hold = accountingHold(
      rule('FI'),
      [
        { at: '2019-05-02T09:00:00.000Z' }, // ended 2025-12-31
        { at: '2024-01-15T09:00:00.000Z' },
        { at: '2025-03-10T08:00:00.000Z' },
      ],
      NOW,
      'order-records',
    );

    // Assess
    expect(hold).toEqual({
      what: 'order-records',
      reason: 'accounting',
      basis: 'Art. 17(3)(b); Kirjanpitolaki 1336/1997, 2 luku 10 §',
      until: '2031-12-31',
      records: 2,
      deferrable: false,
    });
  });

  it('keeps a record through its last day and not after', () => {
    const fi = rule('FI');
    expect(stillKept('2025-06-01', fi, new Date('2031-12-31T21:59:00Z'))).toBe(
      true,
    );
    // 22:00 UTC on 31 December is already 1 January in Helsinki
    expect(stillKept('2025-06-01', fi, new Date('2031-12-31T22:00:00Z'))).toBe(
      false,
    );
    // The store deletes it from that same instant: the deletion and the reports agree.
    const expiry = retentionExpiry('2025-06-01', fi);
    expect(expiry).toBe('2031-12-31T22:00:00.000Z');
    const at = Date.parse(expiry ?? '');
    expect(stillKept('2025-06-01', fi, new Date(at - 1))).toBe(true);
    expect(stillKept('2025-06-01', fi, new Date(at))).toBe(false);
    expect(retentionExpiry('not a date', fi)).toBeUndefined();
    expect(retentionExpiry(undefined, fi)).toBeUndefined();
  });

  it('keeps a record whose date cannot be read, with no end date', () => {
    const hold = accountingHold(
      rule('FI'),
      [{ at: undefined }, { at: '2025-03-10' }],
      NOW,
      'order-records',
    );
    expect(hold).toMatchObject({ records: 2 });
    expect(hold).not.toHaveProperty('until');
    expect(stillKept('not a date', rule('FI'), NOW)).toBe(true);
  });

  it('holds nothing when every period has ended or the policy keeps nothing', () => {
    expect(
      accountingHold(rule('FI'), [{ at: '2019-05-02' }], NOW, 'order-records'),
    ).toBeUndefined();
    expect(
      accountingHold(
        rule('US-CA', '12-31', 0),
        [{ at: '2026-01-02' }],
        NOW,
        'order-records',
      ),
    ).toBeUndefined();
    expect(
      accountingHold(rule('FI'), [], NOW, 'order-records'),
    ).toBeUndefined();
  });
});
