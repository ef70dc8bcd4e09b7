/**
 * A cancelled deferral withdraws the erasure queued at Shopify, end to end through the use cases
 * with the real Shopify connector against the fake shop on loopback (infra/local/fakes/shopify.ts):
 * the erase job asks Shopify to erase the customer (queued there), the shop's own records defer
 * their part, the merchant cancels the deferral by its link, the fake records the cancellation
 * and the shopper's notice says the erasure was withdrawn.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { connectorRegistry } from '#adapters/connectors/internal-dynamodb.ts';
import { ShopifyConnector } from '#adapters/connectors/shopify.ts';
import {
  createShopifyFake,
  SHOPIFY_FAKE_ACCESS_TOKEN,
  type ShopifyFake,
} from '#infra/local/fakes/shopify.ts';
import { cancelDeferral } from '#use-cases/cancel-deferral.ts';
import { issueLink } from '#use-cases/links.ts';
import { runProcessorJob } from '#use-cases/run-processor-job.ts';
import { seededMemoryPorts } from '../helpers/builders.ts';
import { erasureInProgress } from '../helpers/flows.ts';

const AINO = 'aino.virtanen@example.com';
const started: ShopifyFake[] = [];

afterEach(async () => {
  await Promise.all(started.splice(0).map((f) => f.stop()));
});

async function deferredWithShopifyErasureQueued() {
  const { ports } = await seededMemoryPorts(undefined, { allProcessors: true });
  const fake = createShopifyFake({
    customers: [
      { email: AINO, firstName: 'Aino', lastName: 'Virtanen', orders: [] },
    ],
    now: () => ports.clock.now().getTime(),
  });
  const baseUrl = await fake.start();
  started.push(fake);
  const merchant = await ports.merchants.get('lastu');
  if (!merchant) throw new Error('no lastu');
  await ports.merchants.put({
    ...merchant,
    processors: merchant.processors.map((p) =>
      p.kind === 'shopify' ? { ...p, settings: { ...p.settings, baseUrl } } : p,
    ),
  });
  ports.connectors = connectorRegistry([
    new ShopifyConnector({ sleep: async () => {}, timeoutMs: 2_000 }),
  ]);
  ports.credentials.secrets.set('dsr/lastu/shopify', {
    accessToken: SHOPIFY_FAKE_ACCESS_TOKEN,
  });
  const requestId = await erasureInProgress(ports, AINO);
  await runProcessorJob({ requestId, processorId: 'shopify' }, ports);
  await ports.requests.transition(requestId, ['IN_PROGRESS'], 'DEFERRED', {
    deferral: { until: '2026-09-01', processorIds: ['lastu-store'] },
  });
  const link = await issueLink('deferral', requestId, ports);
  return { ports, fake, requestId, secret: link.url.split('/').at(-1) ?? '' };
}

describe('a cancelled deferral at the fake Shopify', () => {
  it('withdraws the queued erasure, records it, and tells the shopper', async () => {
    // Prepare: Shopify queued the customer's erasure.
    const { ports, fake, requestId, secret } =
      await deferredWithShopifyErasureQueued();
    const gid = fake.customers[0]?.gid;
    expect(fake.erasureRequests).toEqual([
      expect.objectContaining({ customerId: gid, cancelled: false }),
    ]);
    const asked = await ports.requests.getJob(requestId, 'shopify');
    expect(asked?.evidence?.erasureRequestedAt).toEqual(expect.any(String));

    // Act
    await cancelDeferral(
      secret,
      {
        reason: 'A payment dispute about order 1001',
        keepGround: 'legal-claims',
        keepUntilEvent: 'the payment dispute is settled',
      },
      ports,
    );

    // Assess: Shopify's queue no longer erases her, and the job says so.
    expect(fake.erasureRequests).toEqual([
      expect.objectContaining({ customerId: gid, cancelled: true }),
    ]);
    fake.completeErasures();
    expect(fake.customers.map((c) => c.gid)).toContain(gid);
    const job = await ports.requests.getJob(requestId, 'shopify');
    expect(job?.evidence).toMatchObject({
      erasureCancel: 'cancelled',
      erasureCancelAt: expect.any(String),
    });
    expect(job?.disclosures?.map((d) => d.call)).toContain(
      'POST graphql customerCancelDataErasure',
    );
    const notice = ports.mailer.sent.find((m) =>
      m.subject.includes('is keeping the data it held back'),
    );
    expect(notice?.to).toEqual([AINO]);
    expect(notice?.text).toContain(
      'Shopify (online store platform): the erasure the shop had asked for was withdrawn, and your data is kept there',
    );
    expect((await ports.requests.get(requestId))?.status).toBe('COMPLETED');
  });
});
