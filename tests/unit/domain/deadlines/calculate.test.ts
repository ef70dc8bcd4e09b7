import { describe, expect, it } from 'vitest';
import {
  calculateDeadline,
  DeadlineInputError,
} from '#domain/deadlines/calculate.ts';
import { calc, pick } from './helpers.ts';

const exact = (dueDate: string, latestDueDate: string, flags: string[]) => ({
  dueDate,
  latestDueDate,
  flags,
});

describe('GDPR-EU with Finnish holidays', () => {
  it.each([
    // received (Helsinki, 10:00)   due          latest        flags
    ['2027-02-26', '2027-03-30', '2027-03-30', []], // Good Friday, Easter, Easter Monday
    ['2027-04-06', '2027-05-07', '2027-05-07', []], // Ascension Day (Thu 6 May)
    ['2026-04-01', '2026-05-04', '2026-05-04', []], // May Day (Fri)
    ['2027-11-06', '2027-12-07', '2027-12-07', []], // Independence Day (Mon)
    ['2026-12-06', '2027-01-07', '2027-01-07', []], // Epiphany; received on a holiday
    ['2026-12-01', '2027-01-04', '2027-01-04', []], // New Year's Day (Fri)
    ['2027-11-24', '2027-12-24', '2027-12-27', ['FI-EVE']], // Christmas Eve (Fri)
    ['2026-11-24', '2026-12-24', '2026-12-28', ['FI-EVE']], // Christmas Eve (Thu) + 25 Dec
    ['2026-05-19', '2026-06-19', '2026-06-22', ['FI-EVE']], // Midsummer Eve 2026
    ['2027-02-06', '2027-03-08', '2027-03-08', []], // Saturday 6 Mar
  ])('received %s → %s / %s %j', (day, due, latest, flags) => {
    expect(pick(calc('GDPR-EU', `${day}T10:00:00+02:00`))).toEqual(
      exact(due, latest, flags),
    );
  });

  it.each([
    ['2028-01-31', '2028-02-29'], // leap year: clamp to 29 Feb
    ['2028-02-29', '2028-03-29'],
    ['2024-01-30', '2024-02-29'],
    ['2027-01-29', '2027-03-01'], // no 29 Feb 2027: 28 Feb (Sun) → Mon 1 Mar
  ])('leap years: received %s → %s', (day, due) => {
    expect(calc('GDPR-EU', `${day}T12:00:00+02:00`).dueDate).toBe(due);
  });

  it('extends in a leap year: both bases roll to the same day but the base still differed', () => {
    // 29 Apr 2028 (Sat) vs 30 Apr (Sun) → 1 May (May Day) → Tue 2 May
    expect(
      pick(calc('GDPR-EU', '2028-01-31T12:00:00+02:00', { extension: true })),
    ).toEqual(exact('2028-05-02', '2028-05-02', ['EXT-BASE']));
  });

  it('extends without a clamp: no EXT-BASE, notice date unchanged', () => {
    const c = calc('GDPR-EU', '2027-03-05T10:00:00+02:00', { extension: true });
    expect(pick(c)).toEqual(exact('2027-06-07', '2027-06-07', [])); // 5 Jun is a Saturday
    expect(c.extensionNoticeDue).toBe('2027-04-05');
  });

  it('uses the earlier of the Helsinki and UTC receipt dates in summer time too', () => {
    // 02:30 EEST on 1 Jun = 23:30 UTC on 31 May
    expect(pick(calc('GDPR-EU', '2027-06-01T02:30:00+03:00'))).toEqual(
      exact('2027-06-30', '2027-07-01', ['TZ']),
    );
    expect(pick(calc('GDPR-EU', '2027-06-01T03:30:00+03:00'))).toEqual(
      exact('2027-07-01', '2027-07-01', []),
    );
    // The same instant given with another offset is the same receipt
    expect(pick(calc('GDPR-EU', '2027-05-31T23:30:00Z'))).toEqual(
      exact('2027-06-30', '2027-07-01', ['TZ']),
    );
  });

  it('ends dueAt at local midnight on DST days', () => {
    // 28 Feb 2027 → 28 Mar (Easter Sunday; DST starts) → Easter Monday → Tue 30 Mar (EEST)
    expect(calc('GDPR-EU', '2027-02-28T10:00:00+02:00').dueAt).toBe(
      '2027-03-30T20:59:59.999Z',
    );
    // 25 Sep 2026 → 25 Oct (Sun, DST ends) → Mon 26 Oct (EET)
    expect(calc('GDPR-EU', '2026-09-25T10:00:00+03:00').dueAt).toBe(
      '2026-10-26T21:59:59.999Z',
    );
  });

  it('ignores an ID request sent too late for the EDPB suspension', () => {
    // Fri 5 Mar 2027: the next working day is Mon 8 Mar; asked on Tue 9 Mar
    expect(
      pick(
        calc('GDPR-EU', '2027-03-05T10:00:00+02:00', {
          idRequestedOn: '2027-03-09',
          idReceivedOn: '2027-03-20',
        }),
      ),
    ).toEqual(exact('2027-04-05', '2027-04-05', []));
  });

  it('counts clarification pauses in no EU date (§2.7)', () => {
    expect(
      pick(
        calc('GDPR-EU', '2027-03-05T10:00:00+02:00', {
          clarificationRequestedOn: '2027-03-05',
          clarificationReceivedOn: '2027-03-20',
        }),
      ),
    ).toEqual(exact('2027-04-05', '2027-04-05', []));
  });

  it('uses the configured EU/EEA country', () => {
    // Whit Monday 17 May 2027 in Germany; Finland has none
    const de = calculateDeadline({
      regime: 'GDPR-EU',
      controllerTz: 'Europe/Berlin',
      receivedAt: '2027-04-17T10:00:00+02:00',
      mode: 'response',
      extension: false,
      country: 'DE',
    });
    expect(pick(de)).toEqual(exact('2027-05-18', '2027-05-18', []));
    expect(de.country).toBe('DE');
    expect(calc('GDPR-EU', '2027-04-17T10:00:00+03:00').dueDate).toBe(
      '2027-05-17',
    );
    // Romania: 1 and 2 January
    expect(
      calculateDeadline({
        regime: 'GDPR-EU',
        controllerTz: 'Europe/Bucharest',
        receivedAt: '2025-12-02T10:00:00+02:00',
        mode: 'response',
        extension: false,
        country: 'RO',
      }).dueDate,
    ).toBe('2026-01-05');
    // Iceland: Christmas Eve is a public holiday from 13:00 only
    expect(
      pick(
        calculateDeadline({
          regime: 'GDPR-EU',
          controllerTz: 'Atlantic/Reykjavik',
          receivedAt: '2027-11-24T10:00:00Z',
          mode: 'response',
          extension: false,
          country: 'IS',
        }),
      ),
    ).toEqual(exact('2027-12-24', '2027-12-27', ['HALF-DAY']));
  });

  it('gives the notice deadline in notice mode, whatever the extension', () => {
    for (const extension of [false, true]) {
      expect(
        pick(
          calc('GDPR-EU', '2027-05-25T10:00:00+03:00', {
            mode: 'notice',
            extension,
          }),
        ),
      ).toEqual(exact('2027-06-25', '2027-06-28', ['FI-EVE']));
    }
  });
});

describe('UK-ICO', () => {
  it.each([
    // ICO: received Mon 25 Nov 2019 → runs until the end of Fri 27 Dec (25, 26 Dec bank holidays)
    [
      '2019-11-25T10:00:00Z',
      '2019-12-24',
      '2019-12-27',
      ['UK-BW', 'UK-NOROLL'],
    ],
    // ICO: received 1 January (a bank holiday) → ends 1 February; due Sun 31 Jan is not rolled
    [
      '2027-01-01T10:00:00Z',
      '2027-01-31',
      '2027-02-01',
      ['UK-BW', 'UK-NOROLL'],
    ],
    // ICO checklist: 3 September → 3 October (a Friday in 2025)
    ['2025-09-03T10:00:00+01:00', '2025-10-02', '2025-10-03', ['UK-BW']],
  ])('received %s → %s / %s %j', (receivedAt, due, latest, flags) => {
    expect(pick(calc('UK-ICO', receivedAt))).toEqual(exact(due, latest, flags));
  });

  it('extends from the relevant time with the conservative base', () => {
    const c = calc('UK-ICO', '2027-01-31T10:00:00Z', { extension: true });
    expect(pick(c)).toEqual(
      exact('2027-04-27', '2027-04-30', ['EXT-BASE', 'UK-BW']),
    );
    expect(c.extensionNoticeDue).toBe('2027-02-27');
  });

  it('starts the month when the identity information arrives', () => {
    const c = calc('UK-ICO', '2027-03-05T10:00:00Z', {
      idRequestedOn: '2027-03-05',
      idReceivedOn: '2027-03-10',
    });
    // ICO date Sat 10 Apr → Mon 12 Apr; statute: the day before, Fri 9 Apr
    expect(pick(c)).toEqual(
      exact('2027-04-09', '2027-04-12', ['UK-BW', 'UK-NOROLL']),
    );
    expect(c.startDate).toBe('2027-03-10');
  });

  it('stops the clock for a clarification: days between (due) vs both ends (latest)', () => {
    const c = calc('UK-ICO', '2027-03-05T10:00:00Z', {
      clarificationRequestedOn: '2027-03-08',
      clarificationReceivedOn: '2027-03-12',
    });
    // due: 5 Apr + 4 − 1 = Thu 8 Apr; latest: 5 Apr + 5 = Sat 10 Apr → Mon 12 Apr
    expect(pick(c)).toEqual(
      exact('2027-04-08', '2027-04-12', [
        'UK-BW',
        'UK-NOROLL',
        'UK-PAUSE-COUNT',
      ]),
    );
    expect(c.extensionNoticeDue).toBe('2027-04-08');
  });

  it('uses the bank holidays of the configured nation and says when nations differ', () => {
    // ICO date Sat 2 Jan 2027: England → Mon 4 Jan; Scotland (2 Jan substitute on 4 Jan) → Tue 5 Jan
    const sct = calc('UK-ICO', '2026-12-02T10:00:00Z', { country: 'GB-SCT' });
    expect(pick(sct)).toEqual(
      exact('2027-01-01', '2027-01-05', ['UK-BW', 'UK-NOROLL', 'UK-NATION']),
    );
    const eng = calc('UK-ICO', '2026-12-02T10:00:00Z');
    expect(pick(eng)).toEqual(
      exact('2027-01-01', '2027-01-04', ['UK-BW', 'UK-NOROLL', 'UK-NATION']),
    );
  });

  it('handles a receipt just after midnight in British Summer Time', () => {
    // 00:30 BST on 1 Jul = 23:30 UTC on 30 Jun; ICO date Sun 1 Aug → Mon 2 Aug (Scotland: Tue 3 Aug)
    expect(pick(calc('UK-ICO', '2027-07-01T00:30:00+01:00'))).toEqual(
      exact('2027-07-29', '2027-08-02', [
        'TZ',
        'UK-BW',
        'UK-NOROLL',
        'UK-NATION',
      ]),
    );
  });
});

describe('CCPA', () => {
  it('extends to receipt + 89 / + 90 with the roll on the outer bound', () => {
    const c = calc('CCPA', '2027-01-04T10:00:00-08:00', { extension: true });
    // + 89 = Sat 3 Apr (not rolled); + 90 = Sun 4 Apr → Mon 5 Apr
    expect(pick(c)).toEqual(
      exact('2027-04-03', '2027-04-05', ['CCPA-COUNT', 'CCPA-ROLL']),
    );
    expect(c.extensionNoticeDue).toBe('2027-02-17');
  });

  it.each([
    // + 45 = Sun 4 Jul 2027 → Mon 5 Jul (observed) → Tue 6 Jul
    ['2027-05-20', '2027-07-03', '2027-07-06', ['CCPA-COUNT', 'CCPA-ROLL']],
    // + 45 = Thanksgiving → day after → weekend → Mon 29 Nov
    ['2027-10-11', '2027-11-24', '2027-11-29', ['CCPA-COUNT', 'CCPA-ROLL']],
  ])('received %s → %s / %s', (day, due, latest, flags) => {
    expect(pick(calc('CCPA', `${day}T10:00:00-07:00`))).toEqual(
      exact(due, latest, flags),
    );
  });

  it('keeps a late-evening Pacific receipt on the Pacific date', () => {
    // 23:30 PST = 07:30 UTC the next day; the business-local date is the earlier one
    expect(pick(calc('CCPA', '2027-01-04T23:30:00-08:00'))).toEqual(
      exact('2027-02-17', '2027-02-18', ['CCPA-COUNT']),
    );
  });

  it('ends on a DST day at local midnight', () => {
    // 18 Sep 2026 + 44 = Sun 1 Nov 2026, the day Pacific time falls back
    expect(calc('CCPA', '2026-09-18T10:00:00-07:00').dueAt).toBe(
      '2026-11-02T07:59:59.999Z',
    );
  });

  it('acknowledges within 10 business days (Mon–Fri; latest also skips CA holidays)', () => {
    const ack = calc('CCPA', '2027-01-04T10:00:00-08:00', { mode: 'ack' });
    // 10th weekday after Mon 4 Jan is Mon 18 Jan, Martin Luther King Jr. Day
    expect(pick(ack)).toEqual(exact('2027-01-18', '2027-01-19', ['CCPA-BD']));
    expect(
      pick(calc('CCPA', '2027-03-01T10:00:00-08:00', { mode: 'ack' })),
    ).toEqual(exact('2027-03-15', '2027-03-15', []));
  });

  it('gives the notice deadline within the first 45 days', () => {
    expect(
      pick(calc('CCPA', '2027-01-04T10:00:00-08:00', { mode: 'notice' })),
    ).toEqual(exact('2027-02-17', '2027-02-18', ['CCPA-COUNT']));
  });

  it('does not pause for verification', () => {
    expect(
      pick(
        calc('CCPA', '2027-01-04T10:00:00-08:00', {
          idRequestedOn: '2027-01-04',
          idReceivedOn: '2027-01-20',
        }),
      ),
    ).toEqual(exact('2027-02-17', '2027-02-18', ['CCPA-COUNT']));
  });
});

describe('the other regimes of §3', () => {
  it.each([
    [
      'US-VA',
      '2027-01-04T10:00:00-05:00',
      false,
      '2027-02-17',
      '2027-02-18',
      ['VA-COUNT'],
    ],
    [
      'US-VA',
      '2027-01-04T10:00:00-05:00',
      true,
      '2027-04-03',
      '2027-04-05',
      ['VA-COUNT', 'VA-ROLL'],
    ],
    // + 45 = Columbus Day (Mon 11 Oct 2027, a Virginia holiday); + 44 is a Sunday
    [
      'US-VA',
      '2027-08-27T10:00:00-04:00',
      false,
      '2027-10-10',
      '2027-10-12',
      ['VA-COUNT', 'VA-ROLL'],
    ],
    [
      'US-CO',
      '2027-01-04T10:00:00-07:00',
      false,
      '2027-02-18',
      '2027-02-18',
      [],
    ],
    [
      'US-CO',
      '2027-01-04T10:00:00-07:00',
      true,
      '2027-04-04',
      '2027-04-05',
      ['CO-ROLL'],
    ],
    // + 45 = Frances Xavier Cabrini Day (Mon 4 Oct 2027)
    [
      'US-CO',
      '2027-08-20T10:00:00-06:00',
      false,
      '2027-10-04',
      '2027-10-05',
      ['CO-ROLL'],
    ],
    [
      'US-UT',
      '2027-01-04T10:00:00-07:00',
      false,
      '2027-02-18',
      '2027-02-18',
      [],
    ],
    [
      'US-UT',
      '2027-01-04T10:00:00-07:00',
      true,
      '2027-04-04',
      '2027-04-05',
      ['UT-ROLL'],
    ],
    [
      'US-UT',
      '2027-06-09T10:00:00-06:00',
      false,
      '2027-07-24',
      '2027-07-26',
      ['UT-ROLL'],
    ], // Pioneer Day (Sat)
    [
      'LGPD',
      '2027-01-04T10:00:00-03:00',
      false,
      '2027-01-18',
      '2027-01-19',
      ['LGPD-COUNT'],
    ],
    // + 15 = Tiradentes (Wed 21 Apr 2027)
    [
      'LGPD',
      '2027-04-06T10:00:00-03:00',
      false,
      '2027-04-20',
      '2027-04-22',
      ['LGPD-COUNT', 'LGPD-ROLL'],
    ],
    // + 15 = Carnival Monday: a "bank" day, not a national holiday
    [
      'LGPD',
      '2027-01-24T10:00:00-03:00',
      false,
      '2027-02-07',
      '2027-02-08',
      ['BANK-PITFALL', 'LGPD-COUNT', 'LGPD-ROLL'],
    ],
    [
      'nFADP',
      '2027-01-04T10:00:00+01:00',
      false,
      '2027-02-02',
      '2027-02-03',
      ['NFADP-COUNT'],
    ],
    // + 30 = Ascension Day (Thu 6 May 2027)
    [
      'nFADP',
      '2027-04-06T10:00:00+02:00',
      false,
      '2027-05-05',
      '2027-05-07',
      ['NFADP-COUNT', 'NFADP-ROLL'],
    ],
    // 00:30 in Zurich is still 4 Jan in UTC
    [
      'nFADP',
      '2027-01-05T00:30:00+01:00',
      false,
      '2027-02-02',
      '2027-02-04',
      ['TZ', 'NFADP-COUNT'],
    ],
    [
      'PIPEDA',
      '2027-01-04T10:00:00-05:00',
      false,
      '2027-02-02',
      '2027-02-03',
      ['PIPEDA-COUNT'],
    ],
    [
      'PIPEDA',
      '2027-01-04T10:00:00-05:00',
      true,
      '2027-03-04',
      '2027-03-05',
      ['PIPEDA-COUNT'],
    ],
    // + 30 = Sat 6 Feb: Saturday is not a holiday under the Interpretation Act
    [
      'PIPEDA',
      '2027-01-07T10:00:00-05:00',
      false,
      '2027-02-05',
      '2027-02-06',
      ['PIPEDA-COUNT'],
    ],
    // + 30 = Remembrance Day (Thu 11 Nov 2027)
    [
      'PIPEDA',
      '2027-10-12T10:00:00-04:00',
      false,
      '2027-11-10',
      '2027-11-12',
      ['PIPEDA-COUNT', 'PIPEDA-ROLL'],
    ],
    // + 30 = Victoria Day (Mon 24 May 2027); + 29 is a Sunday
    [
      'PIPEDA',
      '2027-04-24T10:00:00-04:00',
      false,
      '2027-05-23',
      '2027-05-25',
      ['PIPEDA-COUNT', 'PIPEDA-ROLL'],
    ],
  ])(
    '%s %s ext=%s → %s / %s %j',
    (regime, receivedAt, extension, due, latest, flags) => {
      expect(pick(calc(regime, receivedAt, { extension }))).toEqual(
        exact(due, latest, flags),
      );
    },
  );

  it('gives each regime its notice deadline, or none', () => {
    expect(
      calc('US-VA', '2027-01-04T10:00:00-05:00', { mode: 'notice' }).dueDate,
    ).toBe('2027-02-17');
    expect(
      calc('nFADP', '2027-01-04T10:00:00+01:00', { mode: 'notice' }).dueDate,
    ).toBe('2027-02-02');
    expect(
      calc('LGPD', '2027-01-04T10:00:00-03:00').extensionNoticeDue,
    ).toBeNull();
  });
});

describe('calculateDeadline input errors', () => {
  const base = {
    regime: 'GDPR-EU',
    controllerTz: 'Europe/Helsinki',
    receivedAt: '2027-03-05T10:00:00+02:00',
    mode: 'response',
    extension: false,
  } as const;

  it.each([
    [{ regime: 'EU' }, /regime: unknown regime/],
    [{ controllerTz: 'Europe/Oulu' }, /controllerTz: must be an IANA/],
    [{ receivedAt: '2027-03-05T10:00:00' }, /receivedAt: must be an ISO 8601/],
    [{ receivedAt: '2027-02-30T10:00:00Z' }, /receivedAt/],
    [{ receivedAt: '1066-10-14T10:00:00Z' }, /receivedAt: must be between/],
    [{ mode: 'reply' }, /mode: must be one of/],
    [{ extension: 'yes' }, /extension: must be true or false/],
    [
      { country: 'US-CA' },
      /country: US-CA is not a supported controller country/,
    ],
    [{ country: 'ZZ' }, /country: ZZ/],
    [
      { idRequestedOn: '2027-03-10', idReceivedOn: '2027-03-08' },
      /ends .* before it starts/,
    ],
    [
      { idRequestedOn: '2027-03-01', idReceivedOn: '2027-03-08' },
      /before the request was received/,
    ],
    [{ idRequestedOn: '2027-03-05' }, /has not ended/],
    [{ idReceivedOn: '2027-03-05' }, /idRequestedOn: required/],
    [{ idReceivedOn: '2027-02-30' }, /idReceivedOn: must be a calendar date/],
    [{ mode: 'ack' }, /no acknowledgement deadline/],
    [
      { receivedAtt: '2027-03-05T10:00:00Z' },
      /unknown field\(s\): receivedAtt/,
    ],
  ])('rejects %j', (change, message) => {
    expect(() => calculateDeadline({ ...base, ...change } as never)).toThrow(
      message,
    );
  });

  it('throws a named DeadlineInputError with one issue per problem', () => {
    // Act
    let error: unknown;
    try {
      calculateDeadline({ regime: 'GDPR-EU' } as never);
    } catch (e) {
      error = e;
    }
    // Assess
    expect(error).toBeInstanceOf(DeadlineInputError);
    expect((error as DeadlineInputError).name).toBe('DeadlineInputError');
    expect((error as DeadlineInputError).issues).toEqual([
      'controllerTz: required',
      'receivedAt: required',
      'mode: required',
      'extension: required',
    ]);
  });

  it('rejects what a regime does not have', () => {
    expect(() =>
      calc('LGPD', '2027-01-04T10:00:00-03:00', { extension: true }),
    ).toThrow(/provides no extension/);
    expect(() =>
      calc('nFADP', '2027-01-04T10:00:00+01:00', { extension: true }),
    ).toThrow(/open-ended/);
    expect(() =>
      calc('UK-ICO', '2027-01-04T10:00:00Z', { mode: 'ack' }),
    ).toThrow(/no acknowledgement/);
    expect(() =>
      calc('UK-ICO', '2027-01-04T10:00:00Z', { country: 'FI' }),
    ).toThrow(/not a supported controller country/);
    expect(() =>
      calc('CCPA', '2027-01-04T10:00:00Z', { country: 'US-NY' }),
    ).toThrow(/not a supported controller country/);
  });

  it('reads a bare GB or US as the regime’s default subdivision', () => {
    expect(
      calc('UK-ICO', '2027-01-04T10:00:00Z', { country: 'GB' }).country,
    ).toBe('GB-ENG');
    expect(
      calc('CCPA', '2027-01-04T10:00:00-08:00', { country: 'us' }).country,
    ).toBe('US-CA');
  });

  it('accepts nulls for absent optional fields, aliases and minute precision', () => {
    const c = calculateDeadline({
      ...base,
      regime: 'gdpr',
      receivedAt: '2027-03-05T10:00+02:00',
      country: null,
      idRequestedOn: null,
    });
    expect(c).toMatchObject({ regime: 'GDPR-EU', country: 'FI' });
    expect(c.dueDate).toBe('2027-04-05');
  });
});
