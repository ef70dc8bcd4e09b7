import { describe, expect, it } from 'vitest';
import { parseStaffRequest } from '#domain/console-entry.ts';
import {
  dueState,
  matchesFilters,
  matchesSearch,
  parseInboxFilters,
  waitingOn,
} from '#domain/console-inbox.ts';
import {
  isLive,
  newSession,
  SESSION_IDLE_SECONDS,
  SESSION_MAX_SECONDS,
  touched,
} from '#domain/console-session.ts';
import { subjectHash, subjectRef } from '#domain/links.ts';
import { memberKey, roleAllows } from '#domain/member-roles.ts';
import { approversOf, roleAt } from '#domain/members.ts';
import { MerchantConfig } from '#domain/schemas.ts';
import { loadSeed } from '#infra/seed/seed.ts';

const lastu = () => {
  const { members: _m, ...rest } = loadSeed('lastu').merchant;
  return rest;
};

describe('merchant members', () => {
  it('reads the deprecated approverEmails as approvers and never stores them again', () => {
    // Act
    const merchant = MerchantConfig.parse({
      ...lastu(),
      members: [{ email: 'Owner@Shop.example', role: 'admin' }],
      approverEmails: ['owner@shop.example', 'Clerk@Shop.example'],
    });

    // Assess: the address listed as a member keeps its role; the other becomes an approver.
    expect(merchant.members).toEqual([
      { email: 'owner@shop.example', role: 'admin' },
      { email: 'clerk@shop.example', role: 'approver' },
    ]);
    expect(merchant).not.toHaveProperty('approverEmails');
    expect(approversOf(merchant)).toEqual([
      'owner@shop.example',
      'clerk@shop.example',
    ]);
    expect(MerchantConfig.parse(merchant)).toEqual(merchant);
  });

  it('refuses a configuration nobody can decide in, and a person listed twice', () => {
    const viewersOnly = MerchantConfig.safeParse({
      ...lastu(),
      members: [{ email: 'a@shop.example', role: 'viewer' }],
    });
    expect(viewersOnly.success).toBe(false);
    expect(JSON.stringify(viewersOnly.error?.issues)).toContain(
      'at least one approver or admin',
    );
    const twice = MerchantConfig.safeParse({
      ...lastu(),
      members: [
        { email: 'a@shop.example', role: 'admin' },
        { email: 'A@shop.example', role: 'viewer' },
      ],
    });
    expect(twice.success).toBe(false);
    expect(
      MerchantConfig.safeParse({
        ...lastu(),
        members: [{ email: 'a@shop.example', role: 'owner' }],
      }).success,
    ).toBe(false);
  });

  it('orders roles: an admin acts and administers, an approver acts, a viewer only sees', () => {
    expect(roleAllows('viewer', 'see')).toBe(true);
    expect(roleAllows('viewer', 'act')).toBe(false);
    expect(roleAllows('approver', 'act')).toBe(true);
    expect(roleAllows('approver', 'administer')).toBe(false);
    expect(roleAllows('admin', 'administer')).toBe(true);
    const merchant = MerchantConfig.parse(loadSeed('lastu').merchant);
    expect(roleAt(merchant, memberKey('SUPPORT@lastu.example'))).toBe('viewer');
    expect(
      roleAt(merchant, memberKey('stranger@lastu.example')),
    ).toBeUndefined();
  });
});

describe('console sessions', () => {
  const start = new Date('2026-03-15T10:00:00.000Z');
  const session = newSession(
    'h',
    { memberKey: 'k', email: 'a@shop.example' },
    start,
  );
  const at = (seconds: number) => new Date(start.getTime() + seconds * 1000);

  it('ends after 12 idle hours, and after 7 days however busy', () => {
    expect(SESSION_IDLE_SECONDS).toBeLessThanOrEqual(12 * 3600);
    expect(SESSION_MAX_SECONDS).toBeLessThanOrEqual(7 * 86400);
    expect(isLive(session, at(SESSION_IDLE_SECONDS - 1))).toBe(true);
    expect(isLive(session, at(SESSION_IDLE_SECONDS))).toBe(false);
    // Used every 11 hours for a week: still ends at the absolute expiry.
    let s = session;
    for (let t = 11 * 3600; t < SESSION_MAX_SECONDS; t += 11 * 3600) {
      const touch = touched(s, at(t));
      if (touch) s = { ...s, ...touch };
      expect(s.idleExpiresAt <= s.expiresAt).toBe(true);
    }
    expect(isLive(s, at(SESSION_MAX_SECONDS - 1))).toBe(true);
    expect(isLive(s, at(SESSION_MAX_SECONDS))).toBe(false);
  });

  it('writes the last use at most every few minutes', () => {
    expect(touched(session, at(60))).toBeUndefined();
    expect(touched(session, at(600))?.lastSeenAt).toBe(at(600).toISOString());
  });
});

describe('the inbox rules', () => {
  const now = new Date('2026-03-15T10:00:00.000Z');
  const request = (over: Record<string, unknown> = {}) => ({
    requestId: 'abcdef12-0000-4000-8000-000000000001',
    merchantId: 'lastu',
    type: 'access' as const,
    status: 'AWAITING_DECISION' as const,
    dueAt: '2026-03-20T21:59:59.999Z',
    subjectRef: subjectRef('lastu', 'aino.virtanen@example.com'),
    ...over,
  });

  it('reads the filters and refuses what is not one, naming the field', () => {
    expect(
      parseInboxFilters({
        status: 'IN_PROGRESS',
        type: '',
        overdue: '1',
        due: '7',
        q: '  ABCDEF12 ',
        merchant: '*',
      }),
    ).toEqual({
      merchant: '*',
      status: 'IN_PROGRESS',
      overdue: true,
      dueWithinDays: 7,
      q: 'ABCDEF12',
    });
    for (const [query, field] of [
      [{ status: 'OPEN' }, 'status'],
      [{ due: '-1' }, 'due'],
      [{ due: '9999' }, 'due'],
      [{ channel: 'fax' }, 'channel'],
      [{ overdue: 'yes' }, 'overdue'],
      [{ merchant: 'A B' }, 'merchant'],
    ] as const)
      expect(() => parseInboxFilters(query)).toThrow(
        expect.objectContaining({ fields: { [field]: expect.any(String) } }),
      );
  });

  it('says what each status waits on, and which processors have not answered', () => {
    expect(waitingOn({ status: 'PENDING_VERIFICATION' })).toEqual(['shopper']);
    expect(waitingOn({ status: 'AWAITING_DECISION' })).toEqual(['decision']);
    expect(
      waitingOn({ status: 'IN_PROGRESS', release: { state: 'AWAITING' } }),
    ).toEqual(['review']);
    expect(
      waitingOn({ status: 'IN_PROGRESS' }, [
        { processorId: 'shopify', state: 'COMPLETED' },
        { processorId: 'judgeme', state: 'PENDING' },
        { processorId: 'posti', state: 'RUNNING' },
      ]),
    ).toEqual(['processor:judgeme', 'processor:posti']);
    expect(waitingOn({ status: 'FAILED' })).toEqual(['operator']);
    expect(waitingOn({ status: 'DEFERRED' })).toEqual([]);
    expect(waitingOn({ status: 'COMPLETED' })).toEqual([]);
  });

  it('counts days left and overdue only for answers still owed', () => {
    expect(dueState(request(), now)).toEqual({ kind: 'left', days: 5 });
    expect(
      dueState(request({ dueAt: '2026-03-15T21:59:59.999Z' }), now),
    ).toEqual({ kind: 'today' });
    expect(
      dueState(request({ dueAt: '2026-03-13T21:59:59.999Z' }), now),
    ).toEqual({ kind: 'overdue', days: 2 });
    expect(
      dueState(
        request({ status: 'COMPLETED', dueAt: '2026-03-13T21:59:59.999Z' }),
        now,
      ),
    ).toEqual({ kind: 'closed' });
    expect(dueState(request({ status: 'DEFERRED' }), now)).toEqual({
      kind: 'notOwed',
    });
    // The clock runs from receipt, confirmed or not.
    expect(
      dueState(
        request({
          status: 'PENDING_VERIFICATION',
          dueAt: '2026-03-13T21:59:59.999Z',
        }),
        now,
      ),
    ).toEqual({ kind: 'overdue', days: 2 });
  });

  it('finds a person by their address in any case, or by reference, never by part of either', () => {
    expect(matchesSearch(request(), 'Aino.Virtanen@EXAMPLE.com')).toBe(true);
    expect(matchesSearch(request(), 'aino@example.com')).toBe(false);
    expect(matchesSearch(request(), 'abcdef12')).toBe(true);
    expect(matchesSearch(request(), 'ABCDEF')).toBe(false);
    // A closed request pseudonymised after its retention keeps only the pseudonym.
    const pseudonymised = request({
      subjectRef: undefined,
      subjectHash: subjectHash('lastu', 'aino.virtanen@example.com'),
    });
    expect(matchesSearch(pseudonymised, 'aino.virtanen@example.com')).toBe(
      true,
    );
  });

  it('keeps a request only when every filter set matches', () => {
    expect(matchesFilters(request(), { dueWithinDays: 5 }, now)).toBe(true);
    expect(matchesFilters(request(), { dueWithinDays: 4 }, now)).toBe(false);
    expect(matchesFilters(request(), { overdue: true }, now)).toBe(false);
    expect(matchesFilters(request(), { channel: 'web' }, now)).toBe(true);
    expect(
      matchesFilters(request({ channel: 'post' }), { channel: 'web' }, now),
    ).toBe(false);
    expect(
      matchesFilters(
        request({ status: 'COMPLETED', dueAt: '2026-03-01T00:00:00Z' }),
        { dueWithinDays: 30 },
        now,
      ),
    ).toBe(false);
  });
});

describe('a request entered by a member', () => {
  const now = new Date('2026-03-15T10:00:00.000Z');
  const body = (over: Record<string, unknown> = {}) => ({
    type: 'erasure',
    email: 'Matti.Korhonen@example.com',
    channel: 'post',
    receivedAt: '2026-03-02',
    ...over,
  });
  const helsinki = () => 'Europe/Helsinki';

  it('starts the clock on the day received, noon in the shop’s zone', () => {
    const entry = parseStaffRequest(body(), helsinki, now);
    expect(entry).toMatchObject({
      email: 'matti.korhonen@example.com',
      channel: 'post',
      receivedAt: '2026-03-02T10:00:00.000Z',
      identityConfirmed: false,
    });
    // A time to the second, with its offset, is taken as it is.
    expect(
      parseStaffRequest(
        body({ receivedAt: '2026-03-14T23:30:00+02:00' }),
        helsinki,
        now,
      ).receivedAt,
    ).toBe('2026-03-14T21:30:00.000Z');
  });

  it('refuses a day in the future, before the GDPR applied, or not a real day', () => {
    for (const receivedAt of [
      '2026-03-16',
      '2018-05-24',
      '2026-02-30',
      '2026-03-15T11:00:00Z',
      'yesterday',
    ])
      expect(() =>
        parseStaffRequest(body({ receivedAt }), helsinki, now),
      ).toThrow(
        expect.objectContaining({
          fields: { receivedAt: expect.any(String) },
        }),
      );
    // Today in Helsinki is accepted even where UTC is still yesterday.
    expect(
      parseStaffRequest(
        body({ receivedAt: '2026-03-16' }),
        helsinki,
        new Date('2026-03-15T22:30:00Z'),
      ).receivedAt,
    ).toBe('2026-03-16T10:00:00.000Z');
  });

  it('takes an identity check only with the note saying how, and the note only with the check', () => {
    expect(
      parseStaffRequest(
        body({ identityConfirmed: 'on', identityNote: 'Signed letter' }),
        helsinki,
        now,
      ),
    ).toMatchObject({ identityConfirmed: true, identityNote: 'Signed letter' });
    expect(() =>
      parseStaffRequest(body({ identityConfirmed: true }), helsinki, now),
    ).toThrow(
      expect.objectContaining({ fields: { identityNote: expect.any(String) } }),
    );
    expect(() =>
      parseStaffRequest(body({ identityNote: 'Signed letter' }), helsinki, now),
    ).toThrow(
      expect.objectContaining({ fields: { identityNote: expect.any(String) } }),
    );
    expect(() =>
      parseStaffRequest(body({ channel: 'web' }), helsinki, now),
    ).toThrow(
      expect.objectContaining({ fields: { channel: expect.any(String) } }),
    );
  });
});
