import { describe, expect, it } from 'vitest';
import {
  hashLinkSecret,
  isWellFormedSecret,
  newLinkSecret,
  subjectRef,
} from '#domain/links.ts';
import {
  allowedSources,
  canTransition,
  isTerminal,
  OWED_STATUSES,
  REQUEST_STATUSES,
  schedulePartition,
} from '#domain/request.ts';
import { SubmitRequestInput } from '#domain/schemas.ts';

describe('request lifecycle', () => {
  it('locks terminal statuses', () => {
    for (const terminal of ['COMPLETED', 'DENIED', 'FAILED'] as const) {
      expect(isTerminal(terminal)).toBe(true);
      for (const to of REQUEST_STATUSES)
        expect(canTransition(terminal, to)).toBe(false);
    }
  });

  it('reaches IN_PROGRESS only from a pending decision or a deferred erasure', () => {
    expect(allowedSources('IN_PROGRESS')).toEqual([
      'AWAITING_DECISION',
      'DEFERRED',
    ]);
    expect(canTransition('PENDING_VERIFICATION', 'IN_PROGRESS')).toBe(false);
  });

  it('defers only a request in progress, and a deferred one is neither owed nor closed', () => {
    expect(allowedSources('DEFERRED')).toEqual(['IN_PROGRESS']);
    expect(isTerminal('DEFERRED')).toBe(false);
    expect(schedulePartition('DEFERRED')).toBe('DEFERRED');
    expect(OWED_STATUSES).not.toContain('DEFERRED');
  });
});

describe('SubmitRequestInput', () => {
  it('normalises the email and accepts the optional fields', () => {
    const parsed = SubmitRequestInput.parse({
      merchant: 'lastu',
      type: 'access',
      email: ' Aino@Example.COM ',
      name: 'Aino',
    });
    expect(parsed.email).toBe('aino@example.com');
  });

  it.each([
    [
      { merchant: 'lastu', type: 'access', email: 'a@b.fi\r\nBcc: x@y.z' },
      'email',
    ],
    [{ merchant: 'lastu', type: 'delete-everything', email: 'a@b.fi' }, 'type'],
    [{ merchant: 'Lastu!', type: 'access', email: 'a@b.fi' }, 'merchant'],
    [
      {
        merchant: 'lastu',
        type: 'access',
        email: 'a@b.fi',
        name: 'x'.repeat(201),
      },
      'name',
    ],
    [
      {
        merchant: 'lastu',
        type: 'access',
        email: 'a@b.fi',
        orderNumber: '#1\n2',
      },
      'orderNumber',
    ],
  ])('rejects %j on the %s field', (input, field) => {
    const result = SubmitRequestInput.safeParse(input);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path[0])).toContain(field);
  });
});

describe('links', () => {
  it('stores only a hash of a 256-bit secret', () => {
    const secret = newLinkSecret();
    expect(isWellFormedSecret(secret)).toBe(true);
    expect(hashLinkSecret(secret)).toMatch(/^[0-9a-f]{64}$/);
    expect(hashLinkSecret(secret)).not.toContain(secret);
  });

  it('derives the subject reference per merchant, case-insensitively', () => {
    expect(subjectRef('lastu', 'A@B.FI')).toBe(subjectRef('lastu', 'a@b.fi'));
    expect(subjectRef('lastu', 'a@b.fi')).not.toBe(
      subjectRef('other', 'a@b.fi'),
    );
  });
});
