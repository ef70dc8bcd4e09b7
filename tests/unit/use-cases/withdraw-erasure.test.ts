/**
 * A cancelled deferral withdraws the erasure we asked Shopify for (customerCancelDataErasure),
 * before anything is written or sent: each answer Shopify documents is recorded on the job and
 * audited; a transient failure refuses the cancellation with nothing changed.
 */
import { describe, expect, it } from 'vitest';
import { connectorRegistry } from '#adapters/connectors/internal-dynamodb.ts';
import { DecisionRefusedError } from '#domain/decision.ts';
import { TransientError } from '#domain/errors.ts';
import {
  type Connector,
  type ErasureCancellation,
  ProcessorRejectedError,
} from '#ports/connectors.ts';
import type { JobRecord } from '#ports/request-store.ts';
import { cancelDeferral, previewDeferral } from '#use-cases/cancel-deferral.ts';
import { issueLink } from '#use-cases/links.ts';
import { seededMemoryPorts } from '../../helpers/builders.ts';
import { erasureInProgress } from '../../helpers/flows.ts';

const MATTI = 'matti.korhonen@example.com';
const CUSTOMER = 'gid://shopify/Customer/7001';
const KEEP = {
  reason: 'Matti Korhonen disputes a payment: keep the order records',
  keepGround: 'legal-claims',
  keepUntilEvent: 'the payment dispute is settled',
};

/** A Shopify stand-in whose customerCancelDataErasure answers `answer` (or throws it). */
function shopify(answer: ErasureCancellation | Error) {
  const calls: { ref: string; credentials: Record<string, string> }[] = [];
  const connector: Connector = {
    kind: 'shopify',
    capabilities: { erase: 'sync' },
    run: async () => {
      throw new Error('not run here');
    },
    cancelErasure: async (ctx, ref) => {
      calls.push({ ref, credentials: ctx.credentials });
      if (answer instanceof Error) throw answer;
      return {
        outcome: answer,
        disclosures: [
          {
            call: 'POST graphql customerCancelDataErasure',
            identifiers: ['shopify-customer-id'],
          },
        ],
      };
    },
  };
  return { connector, calls };
}

/**
 * An erasure deferred at the shop's own store (an open order) after we asked Shopify to erase
 * the customer (Shopify carries it out days later).
 */
async function deferredAtShopify(
  answer: ErasureCancellation | Error,
  evidence: Record<string, string> = {
    shopifyCustomerId: CUSTOMER,
    erasureRequestedAt: '2026-03-16T10:00:00.000Z',
  },
) {
  const { ports } = await seededMemoryPorts(undefined, { allProcessors: true });
  const fake = shopify(answer);
  ports.connectors = connectorRegistry([fake.connector]);
  ports.credentials.secrets.set('dsr/lastu/shopify', { accessToken: 'shpat' });
  const requestId = await erasureInProgress(ports, MATTI);
  await ports.requests.saveJob({
    requestId,
    processorId: 'shopify',
    state: 'COMPLETED',
    startedAt: '2026-03-16T10:00:00.000Z',
    finishedAt: '2026-03-16T10:00:01.000Z',
    round: 1,
    records: 1,
    evidence,
  });
  await ports.requests.transition(requestId, ['IN_PROGRESS'], 'DEFERRED', {
    deferral: { until: '2026-09-01', processorIds: ['lastu-store'] },
  });
  const link = await issueLink('deferral', requestId, ports);
  return {
    ports,
    requestId,
    calls: fake.calls,
    secret: link.url.split('/').at(-1) ?? '',
  };
}

const jobOf = async (
  ports: Awaited<ReturnType<typeof deferredAtShopify>>['ports'],
  requestId: string,
) =>
  (await ports.requests.listJobs(requestId)).find(
    (j) => j.processorId === 'shopify',
  ) as JobRecord;

describe('a cancelled deferral withdraws the erasure pending at Shopify', () => {
  it.each([
    ['cancelled', 'cancelled'],
    ['not-pending', 'not-pending'],
    ['already-erased', 'already-erased'],
    [new ProcessorRejectedError('UNAUTHORIZED_CANCELLATION'), 'refused'],
  ] as const)(
    'records Shopify’s answer %s on the job as %s, audits it, then closes',
    async (answer, recorded) => {
      // Prepare
      const { ports, requestId, calls, secret } =
        await deferredAtShopify(answer);
      // Act
      await cancelDeferral(secret, KEEP, ports);
      // Assess: asked once, about the customer we asked to erase, with the merchant's credentials.
      expect(calls).toEqual([
        { ref: CUSTOMER, credentials: { accessToken: 'shpat' } },
      ]);
      const job = await jobOf(ports, requestId);
      expect(job.evidence).toEqual({
        shopifyCustomerId: CUSTOMER,
        erasureRequestedAt: '2026-03-16T10:00:00.000Z',
        erasureCancel: recorded,
        erasureCancelAt: ports.clock.now().toISOString(),
      });
      expect(job.state).toBe('COMPLETED');
      if (recorded !== 'refused')
        expect(job.disclosures).toEqual([
          expect.objectContaining({
            call: 'POST graphql customerCancelDataErasure',
            round: 1,
          }),
        ]);
      const trail = await ports.audit.list(requestId);
      const withdrawn = trail.filter(
        (e) => e.type === 'ProcessorErasureWithdrawn',
      );
      expect(withdrawn).toEqual([
        expect.objectContaining({
          actor: 'merchant',
          details: { processorId: 'shopify', outcome: recorded },
        }),
      ]);
      // Before the shopper is told and the request closes.
      const types = trail.map((e) => e.type);
      expect(types.indexOf('ProcessorErasureWithdrawn')).toBeLessThan(
        types.indexOf('DeferralCancelled'),
      );
      expect(JSON.stringify(withdrawn)).not.toContain('7001');
      expect((await ports.requests.get(requestId))?.status).toBe('COMPLETED');
    },
  );

  it('refuses the cancellation when Shopify fails to cancel (FAILED_TO_CANCEL), with nothing changed or sent, and withdraws on the retry', async () => {
    const { ports, requestId, calls, secret } = await deferredAtShopify(
      new TransientError('shopify: customerCancelDataErasure: could not'),
    );
    const mails = ports.mailer.sent.length;
    const error = await cancelDeferral(secret, KEEP, ports).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(DecisionRefusedError);
    expect((error as DecisionRefusedError<string>).problem).toBe(
      'processorUnavailable',
    );
    expect((await ports.requests.get(requestId))?.status).toBe('DEFERRED');
    expect((await jobOf(ports, requestId)).evidence?.erasureCancel).toBe(
      undefined,
    );
    expect(ports.mailer.sent).toHaveLength(mails);
    expect(
      (await ports.audit.list(requestId)).map((e) => e.type),
    ).not.toContain('ProcessorErasureWithdrawn');
    await expect(previewDeferral(secret, ports)).resolves.toBeDefined();
    expect(calls).toHaveLength(1);
    // Shopify recovers: the same link withdraws it.
    const retry = shopify('cancelled');
    ports.connectors = connectorRegistry([retry.connector]);
    await cancelDeferral(secret, KEEP, ports);
    expect((await jobOf(ports, requestId)).evidence?.erasureCancel).toBe(
      'cancelled',
    );
  });

  it('asks Shopify nothing when we never asked it to erase, or the withdrawal is already recorded', async () => {
    for (const evidence of <Record<string, string>[]>[
      { shopifyCustomerId: CUSTOMER },
      {
        shopifyCustomerId: CUSTOMER,
        erasureRequestedAt: '2026-03-16T10:00:00.000Z',
        erasureCancel: 'cancelled',
        erasureCancelAt: '2026-03-17T10:00:00.000Z',
      },
    ]) {
      const { ports, requestId, calls, secret } = await deferredAtShopify(
        'cancelled',
        evidence,
      );
      await cancelDeferral(secret, KEEP, ports);
      expect(calls).toEqual([]);
      expect((await jobOf(ports, requestId)).evidence).toEqual(evidence);
      expect((await ports.requests.get(requestId))?.status).toBe('COMPLETED');
    }
  });
});
