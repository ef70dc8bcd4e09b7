/**
 * Abuse controls of the intake (submitRequest on in-memory ports): honeypot, idempotent repeats
 * (with a spaced re-send of the verification email), and rate limits per client and per
 * merchant + email. Keys never hold the email.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { MemoryWorkflow } from '#adapters/memory/memory-ports.ts';
import type { DomainError } from '#domain/errors.ts';
import { type IntakeLimits, TooManyRequestsError } from '#domain/intake.ts';
import { submitRequest } from '#use-cases/submit-request.ts';
import { verifyIdentity } from '#use-cases/verify-identity.ts';
import { linkFrom, seededMemoryPorts } from '../../helpers/builders.ts';

type Ports = Awaited<ReturnType<typeof seededMemoryPorts>>['ports'];
const AINO = 'aino.virtanen@example.com';
const form = (overrides: Record<string, unknown> = {}) => ({
  merchant: 'lastu',
  type: 'access',
  email: AINO,
  ...overrides,
});
const NO_LIMITS: IntakeLimits = {
  perClient: { max: 0, windowSeconds: 3600 },
  perSubject: { max: 0, windowSeconds: 86400 },
};

let ports: Ports;
beforeEach(async () => {
  ({ ports } = await seededMemoryPorts());
});

describe('submitRequest honeypot', () => {
  it('answers a filled trap field as a success would look, storing and sending nothing', async () => {
    // Act
    const trapped = await submitRequest(
      form({ website: 'https://spam.example' }),
      ports,
      { client: 'c1' },
    );
    // Assess
    expect(trapped).toEqual({
      requestId: expect.stringMatching(/^[0-9a-f-]{36}$/),
      status: 'PENDING_VERIFICATION',
    });
    expect(ports.requests.items.size).toBe(0);
    expect(ports.requests.claims.size).toBe(0);
    expect(ports.requests.counters.size).toBe(0);
    expect(ports.audit.events).toEqual([]);
    expect(ports.links.records.size).toBe(0);
    expect(ports.mailer.sent).toEqual([]);
  });

  it('still validates first: invalid input with the trap filled is a 400', async () => {
    await expect(
      submitRequest(form({ email: 'x', website: 'y' }), ports),
    ).rejects.toMatchObject({ statusCode: 400 });
  });

  it('lets an empty trap field through', async () => {
    await submitRequest(form({ website: '  ' }), ports);
    expect(ports.requests.items.size).toBe(1);
  });
});

describe('submitRequest repeated', () => {
  it('returns the unverified request instead of creating a second, mailing once', async () => {
    // Act
    const first = await submitRequest(form(), ports);
    ports.clock.advance(60_000);
    const again = await submitRequest(
      form({ email: 'AINO.virtanen@example.com' }),
      ports,
    );
    // Assess
    expect(again).toEqual(first);
    expect(ports.requests.items.size).toBe(1);
    expect(ports.mailer.sent).toHaveLength(1);
    // The key is a hash: no email in it.
    expect([...ports.requests.claims.keys()].join()).not.toContain('aino');
  });

  it('re-sends the verification email after five minutes, with a link that works', async () => {
    // Prepare
    const first = await submitRequest(form(), ports);
    ports.clock.advance(5 * 60_000 + 1000);
    // Act
    const again = await submitRequest(form(), ports);
    await submitRequest(form(), ports);
    // Assess: one re-send, then quiet again.
    expect(again.requestId).toBe(first.requestId);
    expect(ports.mailer.sent).toHaveLength(2);
    const events = (await ports.audit.list(first.requestId)).map((e) => [
      e.type,
      e.details?.resent ?? false,
    ]);
    expect(events).toEqual([
      ['RequestReceived', false],
      ['VerificationEmailSent', false],
      ['VerificationEmailSent', true],
    ]);
    const verified = await verifyIdentity(
      linkFrom(ports.mailer.sent.at(-1)?.text ?? '', 'verify'),
      ports,
    );
    expect(verified.requestId).toBe(first.requestId);
  });

  it('treats another request type, merchant email or day as a new request', async () => {
    const a = await submitRequest(form(), ports);
    const b = await submitRequest(form({ type: 'erasure' }), ports);
    const c = await submitRequest(form({ email: 'other@example.org' }), ports);
    ports.clock.advance(24 * 3600_000 + 1000);
    const d = await submitRequest(form(), ports);
    expect(new Set([a, b, c, d].map((r) => r.requestId)).size).toBe(4);
  });

  it('starts a new request once the first was verified', async () => {
    // Prepare
    const first = await submitRequest(form(), ports);
    await verifyIdentity(
      linkFrom(ports.mailer.sent.at(-1)?.text ?? '', 'verify'),
      ports,
    );
    // Act
    const second = await submitRequest(form(), ports);
    // Assess
    expect(second.requestId).not.toBe(first.requestId);
    expect(second.status).toBe('PENDING_VERIFICATION');
    expect((ports.workflow as MemoryWorkflow).started).toHaveLength(1);
  });

  it('creates one request when the same submission arrives twice at once', async () => {
    const [a, b] = await Promise.all([
      submitRequest(form(), ports),
      submitRequest(form(), ports),
    ]);
    expect(a.requestId).toBe(b.requestId);
    expect(ports.requests.items.size).toBe(1);
    expect(ports.mailer.sent).toHaveLength(1);
  });
});

describe('submitRequest made on others’ behalf', () => {
  it('emails the agent at most its daily budget of acknowledgements, whatever persons it names', async () => {
    const limits: IntakeLimits = {
      ...NO_LIMITS,
      perAgent: { max: 2, windowSeconds: 86400 },
    };
    const onBehalf = (email: string, agentEmail = 'target@example.org') =>
      form({
        email,
        agent: { name: 'X', email: agentEmail, relation: 'other' },
      });
    await submitRequest(onBehalf('p1@example.org'), ports, { limits });
    await submitRequest(
      onBehalf('p2@example.org', 'Target+x@example.org'),
      ports,
      {
        limits,
      },
    );
    const refused = await submitRequest(onBehalf('p3@example.org'), ports, {
      limits,
    }).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(TooManyRequestsError);
    expect((refused as Error).message).not.toContain('target');
    expect(ports.requests.items.size).toBe(2);
    expect(
      ports.mailer.sent.filter((m) => m.to.some((to) => /target/i.test(to))),
    ).toHaveLength(2);
    // The counters are keyed by hashes: no address in them.
    expect([...ports.requests.counters.keys()].join()).not.toContain('target');
    // Another agent is not affected.
    await submitRequest(
      onBehalf('p3@example.org', 'other@example.org'),
      ports,
      {
        limits,
      },
    );
  });
});

describe('submitRequest rate limits', () => {
  const limits: IntakeLimits = {
    perClient: { max: 3, windowSeconds: 3600 },
    perSubject: { max: 2, windowSeconds: 86400 },
  };

  it('refuses a client over its hourly budget with 429 and when to retry, storing nothing', async () => {
    // Prepare: 10:00 + 3 submissions
    for (const email of ['a@example.org', 'b@example.org', 'c@example.org'])
      await submitRequest(form({ email }), ports, { client: 'c1', limits });
    ports.clock.advance(20 * 60_000);
    const stored = ports.requests.items.size;
    // Act
    const refused = await submitRequest(
      form({ email: 'd@example.org' }),
      ports,
      { client: 'c1', limits },
    ).catch((e: unknown) => e);
    // Assess
    expect(refused).toBeInstanceOf(TooManyRequestsError);
    expect((refused as DomainError).statusCode).toBe(429);
    expect((refused as TooManyRequestsError).retryAfterSeconds).toBe(40 * 60);
    expect((refused as Error).message).not.toContain('d@example.org');
    expect(ports.requests.items.size).toBe(stored);
    // Another client is not affected.
    await submitRequest(form({ email: 'd@example.org' }), ports, {
      client: 'c2',
      limits,
    });
  });

  it('refuses new requests for one merchant + email over its daily budget', async () => {
    await submitRequest(form({ type: 'access' }), ports, { limits });
    await submitRequest(form({ type: 'erasure' }), ports, { limits });
    await expect(
      submitRequest(form({ type: 'restriction' }), ports, { limits }),
    ).rejects.toMatchObject({ statusCode: 429, code: 'TOO_MANY_REQUESTS' });
    // A repeat of an open one is still answered (no new request, no mail over budget).
    ports.clock.advance(10 * 60_000);
    const repeat = await submitRequest(form({ type: 'access' }), ports, {
      limits,
    });
    expect(repeat.status).toBe('PENDING_VERIFICATION');
    expect(ports.requests.items.size).toBe(2);
    expect(ports.mailer.sent).toHaveLength(2);
  });

  it('counts +tag, dot and case variants of one mailbox in one budget, storing each as typed', async () => {
    // Each literal address would otherwise start a fresh budget: mail-bombing one inbox.
    const first = await submitRequest(
      form({ email: 'Bomb+1@gmail.com' }),
      ports,
      { limits },
    );
    await submitRequest(form({ email: 'b.omb@googlemail.com' }), ports, {
      limits,
    });
    const refused = await submitRequest(
      form({ email: 'b.o.m.b+3@gmail.com' }),
      ports,
      { limits },
    ).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(TooManyRequestsError);
    expect((refused as Error).message).toMatch(/this email address/);
    expect(ports.mailer.sent.map((m) => m.to)).toEqual([
      ['bomb+1@gmail.com'],
      ['b.omb@googlemail.com'],
    ]);
    expect(ports.requests.items.get(first.requestId)?.email).toBe(
      'bomb+1@gmail.com',
    );
  });

  it('does not count when limits are off', async () => {
    for (let i = 0; i < 5; i++)
      await submitRequest(form({ email: `n${i}@example.org` }), ports, {
        client: 'c1',
        limits: NO_LIMITS,
      });
    expect(ports.requests.counters.size).toBe(0);
    expect(ports.requests.items.size).toBe(5);
  });
});
