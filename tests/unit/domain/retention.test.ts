import { describe, expect, it } from 'vitest';
import { subjectHash, subjectRef } from '#domain/links.ts';
import { pseudonymisation, SUBJECT_FIELDS } from '#domain/pseudonymisation.ts';
import {
  type DsrRequest,
  REQUEST_STATUSES,
  scheduleKey,
  schedulePartition,
} from '#domain/request.ts';
import {
  closing,
  REQUEST_RETENTION_DAYS,
  RETAINED_STATUSES,
  RetentionMissingError,
  requireRetention,
} from '#domain/retention.ts';
import { MerchantConfig } from '#domain/schemas.ts';
import { loadSeed } from '#infra/seed/seed.ts';

const AINO = 'Aino.Virtanen@Example.com';

const closed: DsrRequest = {
  requestId: '00000000-0000-4000-8000-000000000001',
  merchantId: 'lastu',
  type: 'rectification',
  status: 'DENIED',
  email: AINO,
  subjectRef: subjectRef('lastu', AINO),
  name: 'Aino Virtanen',
  orderNumber: '#1042',
  details: 'My address is Kauppurienkatu 5',
  corrections: [{ field: 'address', value: 'Kauppurienkatu 5, Oulu' }],
  locale: 'fi',
  receivedAt: '2026-03-15T10:00:00.000Z',
  dueDate: '2026-04-15',
  dueAt: '2026-04-15T20:59:59.999Z',
  updatedAt: '2026-03-20T10:00:00.000Z',
  completedAt: '2026-03-20T10:00:00.000Z',
  retainUntil: '2029-03-19T10:00:00.000Z',
  decision: {
    outcome: 'deny',
    reason: 'Aino Virtanen asked the same yesterday',
    ground: 'excessive',
    by: 'merchant-link',
    at: '2026-03-20T09:00:00.000Z',
  },
  release: { state: 'WITHHELD', reason: 'Names Matti', at: 't' },
  deferral: {
    until: '2026-09-01',
    processorIds: ['shopify'],
    cancelledAt: 't',
    reason: 'Matti disputes a payment',
  },
  extension: { reason: 'Aino sent 40 emails', by: 'merchant-link', at: 't' },
};

describe('closing', () => {
  it("keeps personal data for the merchant's retention period after closing", () => {
    expect(
      closing('2026-03-20T10:00:00.000Z', { requestRetentionDays: 30 }),
    ).toEqual({
      completedAt: '2026-03-20T10:00:00.000Z',
      retainUntil: '2026-04-19T10:00:00.000Z',
    });
  });

  it('uses three years when the merchant is gone', () => {
    expect(closing('2026-03-20T10:00:00.000Z', undefined).retainUntil).toBe(
      '2029-03-19T10:00:00.000Z',
    );
  });
});

describe('requestRetentionDays', () => {
  const seed = () => loadSeed('lastu').merchant;

  it('defaults to 1095 days, and the seed merchant validates with it', () => {
    const { requestRetentionDays: _unset, ...merchant } = seed();
    expect(MerchantConfig.parse(merchant).requestRetentionDays).toBe(1095);
    expect(REQUEST_RETENTION_DAYS.default).toBe(1095);
  });

  it.each([29, 3651, 400.5])('rejects %d', (days) => {
    const parsed = MerchantConfig.safeParse({
      ...seed(),
      requestRetentionDays: days,
    });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((i) => i.path[0])).toEqual([
      'requestRetentionDays',
    ]);
  });

  it.each([30, 3650])('accepts %d', (days) => {
    expect(
      MerchantConfig.parse({ ...seed(), requestRetentionDays: days })
        .requestRetentionDays,
    ).toBe(days);
  });
});

describe('the scheduled-work index of closed requests', () => {
  it('places completed, denied and cancelled requests in RETAINED at retainUntil', () => {
    for (const status of RETAINED_STATUSES) {
      expect(scheduleKey({ ...closed, status })).toEqual({
        partition: 'RETAINED',
        at: closed.retainUntil,
      });
    }
  });

  it('schedules nothing once pseudonymised, for an expired request or without a retention end', () => {
    expect(
      scheduleKey({ ...closed, pseudonymisedAt: '2029-03-19T10:00:00.000Z' }),
    ).toBeUndefined();
    expect(scheduleKey({ ...closed, status: 'EXPIRED' })).toBeUndefined();
    const { retainUntil: _r, ...legacy } = closed;
    expect(scheduleKey(legacy)).toBeUndefined();
  });

  it('keeps a FAILED request owed, not retained', () => {
    expect(schedulePartition('FAILED')).toBe('OPEN');
    expect(
      REQUEST_STATUSES.filter((s) => schedulePartition(s) === 'RETAINED'),
    ).toEqual(['COMPLETED', 'DENIED', 'CANCELLED']);
  });

  it('refuses a closing transition without a retention end', () => {
    for (const status of RETAINED_STATUSES) {
      expect(() => requireRetention(status, { completedAt: 't' })).toThrow(
        RetentionMissingError,
      );
      expect(() =>
        requireRetention(status, closing('2026-03-20T10:00:00.000Z', {})),
      ).not.toThrow();
    }
    for (const status of ['EXPIRED', 'FAILED', 'IN_PROGRESS'] as const)
      expect(() => requireRetention(status, {})).not.toThrow();
  });
});

describe('pseudonymisation', () => {
  const at = '2029-03-19T10:00:00.000Z';

  function applied() {
    const change = pseudonymisation(closed, at);
    const after: Record<string, unknown> = { ...closed, ...change.set };
    for (const field of change.remove) delete after[field];
    return { change, after };
  }

  it('removes every field naming the shopper and keeps a hash of the email', () => {
    const { change, after } = applied();
    expect(change.remove).toEqual([...SUBJECT_FIELDS]);
    expect(after).toMatchObject({
      email: '',
      pseudonymisedAt: at,
      updatedAt: at,
      subjectHash: subjectHash('lastu', 'aino.virtanen@example.com'),
    });
    for (const field of SUBJECT_FIELDS) expect(after).not.toHaveProperty(field);
    expect(JSON.stringify(after)).not.toMatch(
      /aino|Virtanen|Matti|1042|Kauppurienkatu|40 emails/i,
    );
  });

  it('keeps the record of how the request was handled', () => {
    const { after } = applied();
    expect(after).toMatchObject({
      status: 'DENIED',
      type: 'rectification',
      completedAt: closed.completedAt,
      retainUntil: closed.retainUntil,
      decision: {
        outcome: 'deny',
        ground: 'excessive',
        by: 'merchant-link',
        at: closed.decision?.at,
      },
      release: { state: 'WITHHELD', at: 't' },
      deferral: { until: '2026-09-01', processorIds: ['shopify'] },
      extension: { reason: '', by: 'merchant-link', at: 't' },
    });
  });

  it('writes only what is there: no reasons to empty, no objects added', () => {
    const plain: DsrRequest = { ...closed };
    delete plain.decision;
    delete plain.release;
    delete plain.deferral;
    delete plain.extension;
    expect(Object.keys(pseudonymisation(plain, at).set).sort()).toEqual([
      'deleteAfter',
      'email',
      'pseudonymisedAt',
      'subjectHash',
      'updatedAt',
    ]);
  });
});

describe('pseudonymisation of what members and emails said', () => {
  it('empties a member’s notes and an emailed request’s words, keeping how it was handled', () => {
    const at = '2029-03-19T10:00:00.000Z';
    const request = {
      ...closed,
      status: 'CANCELLED',
      entry: {
        by: 'member-1',
        at: '2026-03-01T09:00:00.000Z',
        identityConfirmed: true,
        identityNote: 'Called Aino Virtanen on +358 40 123 4567',
      },
      closure: {
        kind: 'cancelled',
        by: 'member-1',
        at: '2026-03-02T09:00:00.000Z',
        note: 'Aino withdrew it by phone',
      },
      inbound: {
        messageId: 'm-1',
        subjectLine: 'Poistakaa Aino Virtasen tiedot',
        forwardedBy: 'matti@lastu.example',
        attachments: [
          {
            name: 'aino-passport.jpg',
            contentType: 'image/jpeg',
            bytes: 10,
            key: 'k1',
          },
        ],
        verdicts: {},
        classification: { type: 'erasure', confidence: 0.9, scores: {} },
      },
    } as unknown as DsrRequest;
    const change = pseudonymisation(request, at);
    const after = { ...request, ...change.set } as DsrRequest;
    for (const field of change.remove) delete after[field];
    expect(JSON.stringify(after)).not.toMatch(/aino|virta|matti|358|passport/i);
    expect(after.entry).toMatchObject({
      by: 'member-1',
      identityConfirmed: true,
    });
    expect(after.closure).toMatchObject({ kind: 'cancelled', by: 'member-1' });
    expect(after.inbound).toMatchObject({
      messageId: 'm-1',
      subjectLine: '',
      attachments: [
        {
          name: 'attachment-1',
          contentType: 'image/jpeg',
          bytes: 10,
          key: 'k1',
        },
      ],
      classification: { type: 'erasure' },
    });
    expect(after.inbound).not.toHaveProperty('forwardedBy');
  });
});

describe('subjectHash', () => {
  it('is per merchant, ignores case and differs from the lookup key', () => {
    expect(subjectHash('lastu', 'A@B.FI')).toBe(subjectHash('lastu', 'a@b.fi'));
    expect(subjectHash('lastu', 'a@b.fi')).not.toBe(
      subjectHash('other', 'a@b.fi'),
    );
    expect(subjectHash('lastu', 'a@b.fi')).not.toBe(
      subjectRef('lastu', 'a@b.fi'),
    );
    expect(subjectHash('lastu', 'a@b.fi')).toMatch(/^[0-9a-f]{64}$/);
  });
});
