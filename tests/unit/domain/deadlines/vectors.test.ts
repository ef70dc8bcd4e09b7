import { describe, expect, it } from 'vitest';
import { calculateDeadline } from '#domain/deadlines/calculate.ts';
import { calc, pick } from './helpers.ts';

const helsinki = {
  regime: 'GDPR-EU',
  controllerTz: 'Europe/Helsinki',
  mode: 'response',
  extension: false,
} as const;

describe('calculateDeadline: the examples of issue 3 (exact)', () => {
  it.each([
    {
      id: 'G01',
      input: { ...helsinki, receivedAt: '2027-03-05T10:00:00+02:00' },
      dueDate: '2027-04-05',
      dueAt: '2027-04-05T20:59:59.999Z',
      latestDueDate: '2027-04-05',
      flags: [],
    },
    {
      id: 'G03',
      input: { ...helsinki, receivedAt: '2026-08-31T14:00:00+03:00' },
      dueDate: '2026-09-30',
      dueAt: '2026-09-30T20:59:59.999Z',
      latestDueDate: '2026-09-30',
      flags: [],
    },
    {
      id: 'G04',
      input: { ...helsinki, receivedAt: '2027-01-31T12:00:00+02:00' },
      dueDate: '2027-03-01',
      dueAt: '2027-03-01T21:59:59.999Z',
      latestDueDate: '2027-03-01',
      flags: [],
    },
    {
      id: 'G15',
      input: { ...helsinki, receivedAt: '2027-05-25T10:00:00+03:00' },
      dueDate: '2027-06-25',
      dueAt: '2027-06-25T20:59:59.999Z',
      latestDueDate: '2027-06-28',
      flags: ['FI-EVE'],
    },
    {
      id: 'G23',
      input: { ...helsinki, receivedAt: '2026-03-01T01:30:00+02:00' },
      dueDate: '2026-03-30',
      dueAt: '2026-03-30T20:59:59.999Z',
      latestDueDate: '2026-04-01',
      flags: ['TZ'],
    },
    {
      id: 'G26',
      input: {
        ...helsinki,
        receivedAt: '2027-01-31T12:00:00+02:00',
        extension: true,
      },
      dueDate: '2027-04-28',
      dueAt: '2027-04-28T20:59:59.999Z',
      latestDueDate: '2027-04-30',
      flags: ['EXT-BASE'],
    },
    {
      id: 'U04',
      input: {
        regime: 'UK-ICO',
        controllerTz: 'Europe/London',
        receivedAt: '2027-01-31T10:00:00+00:00',
        mode: 'response' as const,
        extension: false,
      },
      dueDate: '2027-02-27',
      dueAt: '2027-02-27T23:59:59.999Z',
      latestDueDate: '2027-03-01',
      flags: ['UK-BW', 'UK-NOROLL'],
    },
    {
      id: 'C01',
      input: {
        regime: 'CCPA',
        controllerTz: 'America/Los_Angeles',
        receivedAt: '2027-01-04T10:00:00-08:00',
        mode: 'response' as const,
        extension: false,
      },
      dueDate: '2027-02-17',
      dueAt: '2027-02-18T07:59:59.999Z',
      latestDueDate: '2027-02-18',
      flags: ['CCPA-COUNT'],
    },
  ])('$id', ({ input, dueDate, dueAt, latestDueDate, flags }) => {
    // Act
    const c = calculateDeadline(input);
    // Assess
    expect(c).toMatchObject({ dueDate, dueAt, latestDueDate, flags });
    expect(c.calcVersion).toBe('legal-rules-2.7/1');
    expect(c.holidayDataVersion).toBe('date-holidays@3.37.0');
  });
});

describe('calculateDeadline: vectors the legal-rules text describes (§0, §2, §4, §6)', () => {
  it('G34: the extension notice for a 31 January receipt is due Monday 1 March 2027', () => {
    // Prepare / Act
    const notice = calc('GDPR-EU', '2027-01-31T12:00:00+02:00', {
      mode: 'notice',
    });
    const extended = calc('GDPR-EU', '2027-01-31T12:00:00+02:00', {
      extension: true,
    });
    // Assess
    expect(pick(notice)).toEqual({
      dueDate: '2027-03-01',
      latestDueDate: '2027-03-01',
      flags: [],
    });
    expect(extended.extensionNoticeDue).toBe('2027-03-01');
  });

  it('G35: New Year’s Eve is a bank day in date-holidays but a working day', () => {
    // 29 Dec 2029 is a Saturday: the deadline rolls to Mon 31 Dec, not past it to 2 Jan
    expect(pick(calc('GDPR-EU', '2029-11-29T10:00:00+02:00'))).toEqual({
      dueDate: '2029-12-31',
      latestDueDate: '2029-12-31',
      flags: ['BANK-PITFALL'],
    });
  });

  it('G27: the extension runs 3 months from receipt, never 2 months from a rolled deadline', () => {
    // 28 Jan 2027: one month ends Sun 28 Feb → Mon 1 Mar; +2 months from that would be 1 May
    expect(
      pick(calc('GDPR-EU', '2027-01-28T10:00:00+02:00', { extension: true })),
    ).toEqual({
      dueDate: '2027-04-28',
      latestDueDate: '2027-04-28',
      flags: [],
    });
  });

  it('G31: an ID request sent without undue delay suspends the latest date only', () => {
    expect(
      pick(
        calc('GDPR-EU', '2027-03-05T10:00:00+02:00', {
          idRequestedOn: '2027-03-05',
          idReceivedOn: '2027-03-15',
        }),
      ),
    ).toEqual({
      dueDate: '2027-04-05',
      latestDueDate: '2027-04-15',
      flags: ['EU-ID-PAUSE'],
    });
  });

  it('G20 vs U05: a Finnish holiday on a weekend is lost, a UK one has substitute days', () => {
    // Christmas 2027 is Sat/Sun; FI has no substitutes, England has Mon 27 and Tue 28 Dec
    expect(pick(calc('GDPR-EU', '2027-11-25T10:00:00+02:00'))).toEqual({
      dueDate: '2027-12-27',
      latestDueDate: '2027-12-27',
      flags: [],
    });
    expect(pick(calc('UK-ICO', '2027-11-25T10:00:00Z'))).toEqual({
      dueDate: '2027-12-24',
      latestDueDate: '2027-12-29',
      flags: ['UK-BW', 'UK-NOROLL'],
    });
  });

  it('EDPB Example 32 pattern rolls over Easter: 5 Mar 2026 → Sun 5 Apr (Easter) → Tue 7 Apr', () => {
    expect(pick(calc('GDPR-EU', '2026-03-05T10:00:00+02:00'))).toEqual({
      dueDate: '2026-04-07',
      latestDueDate: '2026-04-07',
      flags: [],
    });
  });
});
