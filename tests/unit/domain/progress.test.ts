/**
 * Where a request stands, for every status it can be in: the steps, their states and dates, and
 * what a used link's page says, all from the recorded status and dates.
 */
import { describe, expect, it } from 'vitest';
import {
  linkAftermath,
  type ProgressRecord,
  requestProgress,
  TAKE_UP_SECONDS,
} from '#domain/progress.ts';
import { REQUEST_STATUSES } from '#domain/request.ts';
import {
  approved,
  CLOSED,
  DECIDED,
  denied,
  RECEIVED,
  unverified,
  VERIFIED,
  verified,
} from '../../helpers/progress-records.ts';

const base = unverified;

/** `step:state[:outcome]` for each step shown, in order. */
const shown = (r: ProgressRecord) =>
  requestProgress(r).steps.map((s) =>
    [s.step, s.state, s.outcome].filter(Boolean).join(':'),
  );

/** Every status, with the record it is found with, and the steps it shows. */
const CASES: [string, ProgressRecord, string[]][] = [
  [
    'PENDING_VERIFICATION',
    base,
    [
      'received:done',
      'verify:current',
      'decision:upcoming',
      'carryOut:upcoming',
      'answer:upcoming',
    ],
  ],
  [
    'VERIFIED',
    { ...verified, status: 'VERIFIED' },
    [
      'received:done',
      'verify:done',
      'decision:current',
      'carryOut:upcoming',
      'answer:upcoming',
    ],
  ],
  [
    'AWAITING_DECISION',
    { ...verified, status: 'AWAITING_DECISION' },
    [
      'received:done',
      'verify:done',
      'decision:current',
      'carryOut:upcoming',
      'answer:upcoming',
    ],
  ],
  [
    'IN_PROGRESS',
    { ...approved, status: 'IN_PROGRESS' },
    [
      'received:done',
      'verify:done',
      'decision:done:approved',
      'carryOut:current',
      'answer:upcoming',
    ],
  ],
  [
    'DEFERRED (an erasure partly waiting for a legal hold)',
    {
      ...approved,
      status: 'DEFERRED',
      deferral: { until: '2026-09-01', processorIds: ['shopify'] },
    },
    [
      'received:done',
      'verify:done',
      'decision:done:approved',
      'carryOut:done',
      'answer:done:partly',
    ],
  ],
  [
    'COMPLETED',
    { ...approved, status: 'COMPLETED', completedAt: CLOSED },
    [
      'received:done',
      'verify:done',
      'decision:done:approved',
      'carryOut:done',
      'answer:done',
    ],
  ],
  [
    'DENIED at the decision',
    { ...denied, status: 'DENIED', completedAt: CLOSED },
    [
      'received:done',
      'verify:done',
      'decision:done:refused',
      'answer:done:refused',
    ],
  ],
  [
    'DENIED after the release review withheld the package',
    {
      ...denied,
      status: 'DENIED',
      completedAt: CLOSED,
      release: { state: 'WITHHELD', at: CLOSED },
    },
    [
      'received:done',
      'verify:done',
      'decision:done:approved',
      'carryOut:done',
      'answer:done:withheld',
    ],
  ],
  [
    'FAILED while being carried out',
    { ...approved, status: 'FAILED' },
    [
      'received:done',
      'verify:done',
      'decision:done:approved',
      'carryOut:delayed',
      'answer:upcoming',
    ],
  ],
  [
    'FAILED before the decision',
    { ...verified, status: 'FAILED' },
    [
      'received:done',
      'verify:done',
      'decision:delayed',
      'carryOut:upcoming',
      'answer:upcoming',
    ],
  ],
  [
    'FAILED sending a refusal',
    { ...denied, status: 'FAILED' },
    ['received:done', 'verify:done', 'decision:done:refused', 'answer:delayed'],
  ],
  [
    'EXPIRED',
    { ...base, status: 'EXPIRED', completedAt: CLOSED },
    ['received:done', 'verify:stopped'],
  ],
  [
    'CANCELLED while waiting for the decision',
    { ...verified, status: 'CANCELLED', completedAt: CLOSED },
    ['received:done', 'verify:done', 'decision:stopped'],
  ],
  [
    'CANCELLED while being carried out',
    { ...approved, status: 'CANCELLED', completedAt: CLOSED },
    [
      'received:done',
      'verify:done',
      'decision:done:approved',
      'carryOut:stopped',
    ],
  ],
];

describe('requestProgress', () => {
  it('has a case for every status', () => {
    const covered = new Set(CASES.map(([, r]) => r.status));
    expect([...covered].sort()).toEqual([...REQUEST_STATUSES].sort());
  });

  it.each(CASES)('%s', (_, record, steps) => {
    expect(shown(record)).toEqual(steps);
  });

  it('never shows a refused request as carried out', () => {
    for (const [, record] of CASES.filter(
      ([, r]) => r.decision?.outcome === 'deny' && !r.release,
    ))
      expect(shown(record).some((s) => s.startsWith('carryOut'))).toBe(false);
  });

  it('owes an answer exactly while the request is open or failed', () => {
    const owed = CASES.filter(([, r]) => requestProgress(r).owed).map(
      ([, r]) => r.status,
    );
    expect(new Set(owed)).toEqual(
      new Set([
        'PENDING_VERIFICATION',
        'VERIFIED',
        'AWAITING_DECISION',
        'IN_PROGRESS',
        'FAILED',
      ]),
    );
  });

  it('dates each done step from the record', () => {
    const done = requestProgress({
      ...approved,
      status: 'COMPLETED',
      completedAt: CLOSED,
    });
    expect(done.steps.map((s) => s.at)).toEqual([
      RECEIVED,
      VERIFIED,
      DECIDED,
      undefined,
      CLOSED,
    ]);
    expect(done.end).toEqual({ how: 'answered', at: CLOSED });
  });

  it('tells a deferral: when the hold ends, and that the merchant kept the data after cancelling it', () => {
    const deferred = requestProgress({
      ...approved,
      status: 'DEFERRED',
      deferral: { until: '2026-09-01', processorIds: ['shopify'] },
    });
    expect(deferred).toMatchObject({ owed: false, heldUntil: '2026-09-01' });
    // Cancelled: the request closed then, which is not when it was answered.
    const kept = requestProgress({
      ...approved,
      status: 'COMPLETED',
      completedAt: CLOSED,
      deferral: {
        until: '2026-09-01',
        processorIds: ['shopify'],
        cancelledAt: CLOSED,
      },
    });
    expect(kept).toMatchObject({
      heldDataKept: true,
      end: { how: 'answered' },
    });
    expect(kept.end?.at).toBeUndefined();
  });

  it('dates a withheld package by the review, not by the approval before it', () => {
    const withheld = requestProgress({
      ...denied,
      status: 'DENIED',
      completedAt: CLOSED,
      release: { state: 'WITHHELD', at: '2026-03-24T08:00:00.000Z' },
    });
    expect(withheld.end).toEqual({
      how: 'withheld',
      at: '2026-03-24T08:00:00.000Z',
    });
  });
});

describe('linkAftermath', () => {
  it('tells the holder of a used decision link what was decided, and when', () => {
    expect(
      linkAftermath('decide', { ...approved, status: 'COMPLETED' }),
    ).toEqual({ fact: 'approved', at: DECIDED });
    expect(
      linkAftermath('decide', {
        ...denied,
        status: 'DENIED',
        completedAt: CLOSED,
      }),
    ).toEqual({ fact: 'refused', at: DECIDED });
    // An expired link of a request that still waits: a newer link went out.
    expect(
      linkAftermath('decide', { ...verified, status: 'AWAITING_DECISION' }),
    ).toEqual({ fact: 'newerLink' });
    expect(
      linkAftermath('decide', {
        ...verified,
        status: 'CANCELLED',
        completedAt: CLOSED,
      }),
    ).toEqual({ fact: 'cancelled', at: CLOSED });
  });

  it('tells the release review, the deferral and the verification links their own outcome', () => {
    const reviewed = { ...approved, status: 'IN_PROGRESS' as const };
    expect(
      linkAftermath('release', {
        ...reviewed,
        status: 'COMPLETED',
        release: { state: 'RELEASED', at: CLOSED },
      }),
    ).toEqual({ fact: 'released', at: CLOSED });
    expect(
      linkAftermath('release', {
        ...denied,
        status: 'DENIED',
        release: { state: 'WITHHELD', at: CLOSED },
      }),
    ).toEqual({ fact: 'withheld', at: CLOSED });
    expect(
      linkAftermath('release', { ...reviewed, release: { state: 'AWAITING' } }),
    ).toEqual({ fact: 'newerLink' });
    expect(
      linkAftermath('deferral', {
        ...approved,
        status: 'COMPLETED',
        completedAt: CLOSED,
        deferral: {
          until: '2026-09-01',
          processorIds: [],
          cancelledAt: CLOSED,
        },
      }),
    ).toEqual({ fact: 'deferralCancelled', at: CLOSED });
    expect(
      linkAftermath('deferral', {
        ...approved,
        status: 'COMPLETED',
        completedAt: CLOSED,
        deferral: { until: '2026-09-01', processorIds: [] },
      }),
    ).toEqual({ fact: 'heldErased', at: CLOSED });
    expect(
      linkAftermath('verify', { ...approved, status: 'IN_PROGRESS' }),
    ).toEqual({ fact: 'confirmed', at: VERIFIED });
    expect(
      linkAftermath('verify', {
        ...base,
        status: 'EXPIRED',
        completedAt: CLOSED,
      }),
    ).toEqual({ fact: 'notConfirmed' });
  });

  it('tells a click the workflow has not recorded yet from one it never took', () => {
    const waiting = { ...verified, status: 'AWAITING_DECISION' as const };
    const carried = { outcome: 'deny' as const, at: DECIDED };
    const soon = new Date(Date.parse(DECIDED) + 5_000).toISOString();
    expect(linkAftermath('decide', waiting, carried, soon)).toEqual({
      fact: 'refused',
      at: DECIDED,
    });
    // Long after, still waiting: the wait had ended, and a newer link carries the decision.
    const later = new Date(
      Date.parse(DECIDED) + (TAKE_UP_SECONDS + 1) * 1000,
    ).toISOString();
    expect(linkAftermath('decide', waiting, carried, later)).toEqual({
      fact: 'newerLink',
    });
    // Once recorded, the request's record is what counts.
    expect(
      linkAftermath(
        'decide',
        { ...approved, status: 'IN_PROGRESS' },
        { outcome: 'approve', at: DECIDED },
        later,
      ),
    ).toEqual({ fact: 'approved', at: DECIDED });
    const reviewing = {
      ...approved,
      status: 'IN_PROGRESS' as const,
      release: { state: 'AWAITING' as const },
    };
    expect(
      linkAftermath(
        'release',
        reviewing,
        { outcome: 'approve', at: CLOSED },
        CLOSED,
      ),
    ).toEqual({ fact: 'released', at: CLOSED });
  });
});
