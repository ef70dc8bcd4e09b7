import { describe, expect, it, vi } from 'vitest';
import { MemoryExecutions } from '#adapters/memory/memory-ops.ts';
import { DecisionRefusedError } from '#domain/decision.ts';
import { LinkGoneError, ValidationError } from '#domain/errors.ts';
import { cancelDeferral, previewDeferral } from '#use-cases/cancel-deferral.ts';
import { issueLink } from '#use-cases/links.ts';
import { planDeferredJobs } from '#use-cases/plan-deferred-jobs.ts';
import { reconcileRequests } from '#use-cases/reconcile-requests.ts';
import { seededMemoryPorts } from '../../helpers/builders.ts';
import { erasureInProgress } from '../../helpers/flows.ts';

const MATTI = 'matti.korhonen@example.com';

/** An erasure answered with part of it deferred by a Shopify hold, and the merchant's link. */
async function deferredErasure() {
  const { ports } = await seededMemoryPorts(undefined, { allProcessors: true });
  const requestId = await erasureInProgress(ports, MATTI);
  await ports.requests.transition(requestId, ['IN_PROGRESS'], 'DEFERRED', {
    deferral: { until: '2026-09-01', processorIds: ['shopify'] },
  });
  const link = await issueLink('deferral', requestId, ports);
  return { ports, requestId, secret: link.url.split('/').at(-1) ?? '' };
}

describe('cancelDeferral', () => {
  it('shows what is held where and until when, changing nothing', async () => {
    // Prepare
    const { ports, secret, requestId } = await deferredErasure();
    // Act
    const view = await previewDeferral(secret, ports);
    // Assess
    expect(view.processors).toEqual(['Shopify (online store platform)']);
    expect(view.until).toBe('2026-09-01');
    expect((await ports.requests.get(requestId))?.status).toBe('DEFERRED');
  });

  it('keeps the reason without control or text-direction characters, line breaks kept', async () => {
    const { ports, secret, requestId } = await deferredErasure();
    await cancelDeferral(
      secret,
      {
        reason: 'Payment \u202Edisputed\u202C\u0007\r\nkeep orders\u0085',
        keepGround: 'legal-claims',
        keepUntilEvent: 'the payment dispute is settled',
      },
      ports,
    );
    expect((await ports.requests.get(requestId))?.deferral?.reason).toBe(
      'Payment disputed\r\nkeep orders',
    );
  });

  it('needs an Art. 17(3) ground and one end, a date after today or an event, and refuses otherwise with nothing stored', async () => {
    const { ports, secret, requestId } = await deferredErasure();
    const today = ports.clock.now().toISOString().slice(0, 10);
    const mails = ports.mailer.sent.length;
    const refused = async (body: Record<string, unknown>) => {
      const error = await cancelDeferral(
        secret,
        { reason: 'A dispute', ...body },
        ports,
      ).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(DecisionRefusedError);
      return (error as DecisionRefusedError<string>).problem;
    };
    expect(await refused({ keepUntil: '2027-01-01' })).toBe('groundRequired');
    expect(
      await refused({ keepGround: 'freedom', keepUntil: '2027-01-01' }),
    ).toBe('groundRequired');
    expect(await refused({ keepGround: 'legal-claims' })).toBe('endRequired');
    expect(
      await refused({
        keepGround: 'legal-claims',
        keepUntil: '2027-01-01',
        keepUntilEvent: 'the case ends',
      }),
    ).toBe('endRequired');
    for (const keepUntil of [today, '2026-02-30', 'soon', '2099-01-01'])
      expect(await refused({ keepGround: 'legal-obligation', keepUntil })).toBe(
        'dateInvalid',
      );
    expect(
      await refused({
        keepGround: 'legal-claims',
        keepUntilEvent: 'x'.repeat(201),
      }),
    ).toBe('eventTooLong');
    expect((await ports.requests.get(requestId))?.status).toBe('DEFERRED');
    expect(ports.mailer.sent).toHaveLength(mails);
    await expect(previewDeferral(secret, ports)).resolves.toBeDefined();
  });

  it('needs a reason, and without one leaves the link usable', async () => {
    const { ports, secret } = await deferredErasure();
    await expect(cancelDeferral(secret, {}, ports)).rejects.toBeInstanceOf(
      ValidationError,
    );
    await expect(previewDeferral(secret, ports)).resolves.toBeDefined();
  });

  it('closes the request with the reason kept on it (not in the trail), once; the waiting workflow then ends', async () => {
    // Prepare
    const { ports, secret, requestId } = await deferredErasure();
    const reason = 'Matti Korhonen disputes a payment: keep the order records';
    // Act
    await cancelDeferral(
      secret,
      {
        reason,
        keepGround: 'legal-claims',
        keepUntilEvent: 'the payment dispute is settled',
      },
      ports,
    );
    // Assess
    const request = await ports.requests.get(requestId);
    expect(request?.status).toBe('COMPLETED');
    expect(request?.deferral).toMatchObject({
      reason,
      cancelledAt: expect.any(String),
      keep: {
        ground: 'legal-claims',
        untilEvent: 'the payment dispute is settled',
      },
    });
    // The shopper is told the ground, the end, and that the shop erases the data then.
    const notice = ports.mailer.sent.find((m) =>
      m.subject.includes('is keeping the data it held back'),
    );
    expect(notice?.text).toContain(
      'The shop keeps it on this legal basis: for the establishment, exercise or defence of legal claims (GDPR Art. 17(3)(e)). The shop keeps the data until the following has happened: “the payment dispute is settled”, and will erase it then.',
    );
    expect(notice?.text).not.toContain('ask again');
    const trail = await ports.audit.list(requestId);
    expect(trail.find((e) => e.type === 'DeferralCancelled')).toMatchObject({
      type: 'DeferralCancelled',
      actor: 'merchant',
      fromStatus: 'DEFERRED',
      toStatus: 'COMPLETED',
    });
    expect(JSON.stringify(trail)).not.toContain('Matti');
    await expect(
      cancelDeferral(
        secret,
        {
          reason,
          keepGround: 'legal-claims',
          keepUntilEvent: 'the payment dispute is settled',
        },
        ports,
      ),
    ).rejects.toBeInstanceOf(LinkGoneError);
    await expect(
      planDeferredJobs(
        { requestId, wakeAt: '2026-09-02T00:00:00.000Z', round: 1 },
        ports,
      ),
    ).resolves.toEqual({ next: 'done' });
  });

  it('an email service that throttles the notice does not undo or fail a stored cancellation: the reconciler sends it once, after its grace', async () => {
    // Prepare
    const { ports, secret, requestId } = await deferredErasure();
    const throttled = Object.assign(
      new Error('Maximum sending rate exceeded.'),
      { name: 'TooManyRequestsException', $metadata: { httpStatusCode: 429 } },
    );
    vi.spyOn(ports.mailer, 'send').mockRejectedValueOnce(throttled);
    const executions = new MemoryExecutions(ports.clock);
    const reconcile = () =>
      reconcileRequests(
        { now: ports.clock.now().toISOString() },
        { ...ports, executions },
      );
    const notices = () =>
      ports.mailer.sent.filter((m) =>
        m.subject.includes('is keeping the data it held back'),
      );
    // Act
    await cancelDeferral(
      secret,
      {
        reason: 'A payment dispute',
        keepGround: 'legal-claims',
        keepUntil: '2027-06-30',
      },
      ports,
    );
    const owed = await ports.requests.get(requestId);
    ports.clock.advance(10 * 60_000);
    const repaired = await reconcile();
    await reconcile();
    // Assess
    expect(owed).toMatchObject({
      status: 'COMPLETED',
      pendingAftermath: 'DeferralCancelled',
    });
    expect(repaired).toMatchObject({ repaired: 1 });
    expect(notices()).toHaveLength(1);
    const trail = await ports.audit.list(requestId);
    expect(trail.filter((e) => e.type === 'DeferralCancelled')).toHaveLength(1);
    expect(trail.filter((e) => e.type === 'SubjectNotified')).toHaveLength(1);
    expect((await ports.requests.get(requestId))?.pendingAftermath).toBe(
      undefined,
    );
  });
});
