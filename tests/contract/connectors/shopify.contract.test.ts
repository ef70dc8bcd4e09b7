/**
 * The Shopify connector against the fake shop (infra/local/fakes/shopify.ts) on loopback. The
 * fake's clock is a variable the tests move; the connector's sleep records the waits and moves
 * that clock, as the cost bucket refills while a real client waits.
 */
import { afterEach, describe, expect, it } from 'vitest';
import {
  ShopifyConnector,
  type ShopifyConnectorOptions,
  shopifyHolds,
} from '#adapters/connectors/shopify.ts';
import { TransientError } from '#domain/errors.ts';
import { holdPolicyOf } from '#domain/retention-rules.ts';
import {
  createShopifyFake,
  SHOPIFY_FAKE_ACCESS_TOKEN,
  SHOPIFY_FAKE_CLIENT_ID,
  SHOPIFY_FAKE_CLIENT_SECRET,
  type ShopifyFake,
  type ShopifyFakeOptions,
  type ShopifySeedCustomer,
  type ShopifySeedOrder,
} from '#infra/local/fakes/shopify.ts';
import {
  type Capability,
  type ConnectorContext,
  ProcessorRejectedError,
} from '#ports/connectors.ts';
import {
  connectorContext,
  LASTU_HOLD_POLICY,
} from '../../helpers/connector-context.ts';

const EMAIL = 'aino.virtanen@example.com';
const NOW = new Date('2026-11-05T12:00:00.000Z');
const POLICY = LASTU_HOLD_POLICY;

const daysAgo = (days: number) =>
  new Date(NOW.getTime() - days * 86_400_000).toISOString();

const order = (
  n: number,
  createdAt: string,
  extra: Partial<ShopifySeedOrder> = {},
): ShopifySeedOrder => ({
  id: `#${1000 + n}`,
  createdAt,
  total: '49.90',
  currency: 'EUR',
  shipping: { city: 'Oulu', zip: '90100', country: 'FI' },
  ...extra,
});

/** The subject, stored with different letter case than the request uses. */
const aino = (orders: ShopifySeedOrder[] = []): ShopifySeedCustomer => ({
  email: 'Aino.Virtanen@Example.com',
  firstName: 'Aino',
  lastName: 'Virtanen',
  phone: '+358401234567',
  addresses: [
    { address1: 'Kirkkokatu 1', city: 'Oulu', zip: '90100', country: 'FI' },
  ],
  orders,
});

/** Found by Shopify's fuzzy search for the subject's address, but someone else. */
const decoy: ShopifySeedCustomer = {
  email: 'aino.virtanen@example.org',
  firstName: 'Aino',
  lastName: 'Toinen',
  orders: [order(900, daysAgo(3), { open: true })],
};

const started: ShopifyFake[] = [];

afterEach(async () => {
  await Promise.all(started.splice(0).map((f) => f.stop()));
});

interface Setup {
  fake?: Omit<ShopifyFakeOptions, 'customers' | 'now'>;
  connector?: ShopifyConnectorOptions;
  /** The sleep does not move the fake's clock (the bucket never refills). */
  frozenClock?: boolean;
}

async function shop(customers: ShopifySeedCustomer[], setup: Setup = {}) {
  const clock = { ms: NOW.getTime() };
  const fake = createShopifyFake({
    customers,
    now: () => clock.ms,
    ...setup.fake,
  });
  const baseUrl = await fake.start();
  started.push(fake);
  const waits: number[] = [];
  const connector = new ShopifyConnector({
    sleep: async (ms) => {
      waits.push(ms);
      if (!setup.frozenClock) clock.ms += ms;
    },
    timeoutMs: 200,
    ...setup.connector,
  });
  const ctx = (
    capability: Capability,
    overrides: Partial<Omit<ConnectorContext, 'processor'>> = {},
  ) =>
    connectorContext(
      capability,
      {
        kind: 'shopify',
        settings: { shopDomain: 'lastu.myshopify.com', baseUrl },
      },
      {
        credentials: { accessToken: SHOPIFY_FAKE_ACCESS_TOKEN },
        now: NOW,
        holdPolicy: POLICY,
        ...overrides,
      },
    );
  const graphqlCalls = (field: string) =>
    fake.server
      .callsTo('POST', /graphql\.json$/)
      .filter((c) =>
        new RegExp(`\\b${field}\\(`).test(
          String((c.body as { query?: string } | undefined)?.query),
        ),
      );
  return { fake, clock, waits, connector, ctx, graphqlCalls };
}

/** The error a call fails with; it never carries the subject's email. */
async function failure(promise: Promise<unknown>): Promise<Error> {
  const error = await promise.then(
    () => {
      throw new Error('expected the call to fail');
    },
    (e: unknown) => e as Error,
  );
  expect(error.message.toLowerCase()).not.toContain(EMAIL);
  expect(error.message).not.toMatch(/aino|virtanen/i);
  return error;
}

describe('ShopifyConnector find', () => {
  it('finds the exact address among fuzzy search matches', async () => {
    // Prepare
    const { fake, connector, ctx } = await shop([decoy, aino()]);

    // Act
    const result = await connector.run(ctx('find'));

    // Assess
    expect(result).toMatchObject({
      outcome: 'COMPLETED',
      records: 1,
      evidence: { shopifyCustomerId: fake.customers[1]?.gid },
      disclosures: [
        {
          call: 'POST graphql customers(query: email)',
          identifiers: ['email'],
        },
      ],
    });
  });

  it('answers NOT_FOUND when only similar addresses exist', async () => {
    // Prepare
    const { connector, ctx } = await shop([decoy]);

    // Act
    const result = await connector.run(ctx('find'));

    // Assess
    expect(result.outcome).toBe('NOT_FOUND');
    expect(result.records).toBe(0);
  });
});

describe('ShopifyConnector access', () => {
  it('returns the customer and every order across pages', async () => {
    // Prepare
    const orders = Array.from({ length: 120 }, (_, i) =>
      order(i, daysAgo(1000 - i)),
    );
    const { connector, ctx, graphqlCalls, fake } = await shop([
      decoy,
      aino(orders),
    ]);

    // Act
    const result = await connector.run(ctx('access'));

    // Assess
    expect(result.outcome).toBe('COMPLETED');
    expect(result.records).toBe(121);
    const data = result.outcome === 'COMPLETED' ? (result.data ?? []) : [];
    expect(data.filter((r) => r.category === 'order')).toHaveLength(120);
    expect(data[0]).toMatchObject({
      category: 'customer',
      id: fake.customers[1]?.gid,
      data: {
        firstName: 'Aino',
        lastName: 'Virtanen',
        email: 'Aino.Virtanen@Example.com',
        phone: '+358401234567',
        addresses: [expect.objectContaining({ city: 'Oulu', zip: '90100' })],
        emailMarketing: { state: 'SUBSCRIBED' },
      },
    });
    expect(data[1]?.data).toEqual({
      name: '#1000',
      createdAt: daysAgo(1000),
      total: '49.90',
      currency: 'EUR',
      lineItems: [{ title: 'Lastu tote bag', quantity: 1 }],
      shipping: { city: 'Oulu', zip: '90100', country: 'FI' },
      financialStatus: 'PAID',
      fulfillmentStatus: 'FULFILLED',
    });
    expect(new Set(data.map((r) => r.id)).size).toBe(121);
    expect(graphqlCalls('orders')).toHaveLength(3);
    expect(result.disclosures.map((d) => d.call)).toEqual([
      'POST graphql customers(query: email)',
      'POST graphql customer(id)',
      'POST graphql orders(query: customer_id)',
      'POST graphql orders(query: customer_id)',
      'POST graphql orders(query: customer_id)',
    ]);
  });

  it('reads the line items an order has beyond the first ten', async () => {
    // Prepare
    const lineItems = Array.from({ length: 12 }, (_, i) => ({
      title: `Item ${i}`,
      quantity: i + 1,
    }));
    const { connector, ctx, graphqlCalls } = await shop([
      aino([order(1, daysAgo(400), { lineItems })]),
    ]);

    // Act
    const result = await connector.run(ctx('access'));

    // Assess
    const data = result.outcome === 'COMPLETED' ? (result.data ?? []) : [];
    expect(data[1]?.data.lineItems).toEqual(lineItems);
    expect(graphqlCalls('order')).toHaveLength(1);
  });

  it('sees only the last 60 days of orders without read_all_orders', async () => {
    // Prepare
    const { connector, ctx } = await shop(
      [aino([order(1, daysAgo(400)), order(2, daysAgo(20))])],
      { fake: { readAllOrders: false } },
    );

    // Act
    const result = await connector.run(ctx('access'));

    // Assess
    const data = result.outcome === 'COMPLETED' ? (result.data ?? []) : [];
    expect(data.map((r) => r.data.name).filter(Boolean)).toEqual(['#1002']);
  });

  it('answers NOT_FOUND for an unknown subject', async () => {
    // Prepare
    const { connector, ctx, graphqlCalls } = await shop([decoy]);

    // Act
    const result = await connector.run(ctx('access'));

    // Assess
    expect(result).toMatchObject({ outcome: 'NOT_FOUND', records: 0 });
    expect(graphqlCalls('orders')).toHaveLength(0);
  });
});

describe('ShopifyConnector erase', () => {
  it('requests erasure of a customer without orders', async () => {
    // Prepare
    const { connector, ctx, fake } = await shop([aino()]);
    const gid = fake.customers[0]?.gid;

    // Act
    const result = await connector.run(ctx('erase'));

    // Assess
    expect(result).toEqual({
      outcome: 'COMPLETED',
      records: 1,
      // When it was asked for: Shopify erases about 10 days later, so it can still be withdrawn.
      evidence: {
        shopifyCustomerId: gid,
        erasureRequestedAt: NOW.toISOString(),
      },
      disclosures: [
        {
          call: 'POST graphql customers(query: email)',
          identifiers: ['email'],
        },
        {
          call: 'POST graphql orders(query: customer_id)',
          identifiers: ['shopify-customer-id'],
        },
        {
          call: 'POST graphql customerRequestDataErasure',
          identifiers: ['shopify-customer-id'],
        },
      ],
    });
    expect(fake.erasureRequests).toEqual([
      expect.objectContaining({ customerId: gid }),
    ]);
  });

  it('requests erasure and reports the accounting hold on old orders, to the end of the sixth year after their financial year (FI)', async () => {
    // Prepare
    const { connector, ctx, fake } = await shop([
      aino([
        order(1, '2024-01-15T09:00:00.000Z'),
        order(2, '2025-03-10T08:00:00.000Z'),
      ]),
    ]);

    // Act
    const result = await connector.run(ctx('erase'));

    // Assess
    expect(result).toMatchObject({
      outcome: 'PARTIAL',
      records: 1,
      holds: [
        {
          what: 'anonymised-order-records',
          reason: 'accounting',
          basis: 'Art. 17(3)(b); Kirjanpitolaki 1336/1997, 2 luku 10 §',
          until: '2031-12-31',
          records: 2,
          deferrable: false,
        },
      ],
    });
    expect(fake.erasureRequests).toHaveLength(1);
  });

  it("counts the accounting hold by the merchant's country and financial year (DE, SE)", async () => {
    // Prepare: one order on 10 March 2025; a German merchant (8 years from the end of the
    // voucher's calendar year) and a Swedish one whose financial year ends 30 June (7 years from
    // the end of the calendar year in which that financial year ended)
    const { connector, ctx } = await shop([
      aino([order(1, '2025-03-10T08:00:00.000Z')]),
    ]);
    const policy = (
      country: string,
      financialYearEnd: string,
      timezone: string,
    ) =>
      holdPolicyOf({
        country,
        financialYearEnd,
        timezone,
        holdPolicy: { orderHoldDays: 180 },
      });

    // Act
    const de = await connector.run(
      ctx('erase', { holdPolicy: policy('DE', '12-31', 'Europe/Berlin') }),
    );
    const se = await connector.run(
      ctx('erase', { holdPolicy: policy('SE', '06-30', 'Europe/Stockholm') }),
    );

    // Assess
    expect(de).toMatchObject({
      outcome: 'PARTIAL',
      holds: [
        {
          basis: 'Art. 17(3)(b); § 147 Abs. 3 AO, § 257 Abs. 4 HGB',
          until: '2033-12-31',
        },
      ],
    });
    expect(se).toMatchObject({
      outcome: 'PARTIAL',
      holds: [
        {
          basis: 'Art. 17(3)(b); Bokföringslag (1999:1078) 7 kap. 2 §',
          until: '2032-12-31',
        },
      ],
    });
  });

  it('keeps under the accounting hold only the orders whose period has not ended', async () => {
    // Prepare: an order of 2019 (kept to the end of 2025, already over) and one of 2024
    const { connector, ctx } = await shop([
      aino([
        order(1, '2019-05-02T09:00:00.000Z'),
        order(2, '2024-01-15T09:00:00.000Z'),
      ]),
    ]);

    // Act
    const result = await connector.run(ctx('erase'));

    // Assess
    expect(result).toMatchObject({
      outcome: 'PARTIAL',
      holds: [{ reason: 'accounting', until: '2030-12-31', records: 1 }],
    });
  });

  it('completes without an accounting hold when every period has ended', async () => {
    // Prepare
    const { connector, ctx, fake } = await shop([
      aino([order(1, '2019-05-02T09:00:00.000Z')]),
    ]);

    // Act
    const result = await connector.run(ctx('erase'));

    // Assess
    expect(result.outcome).toBe('COMPLETED');
    expect(fake.erasureRequests).toHaveLength(1);
  });

  it('completes without an accounting hold when the policy keeps no records', async () => {
    // Prepare: a country without a rule on file, where the merchant set 0 years
    const { connector, ctx } = await shop([aino([order(1, daysAgo(400))])]);
    const holdPolicy = holdPolicyOf({
      country: 'US-CA',
      timezone: 'America/Los_Angeles',
      holdPolicy: { orderHoldDays: 180, accountingRetentionYears: 0 },
    });

    // Act
    const result = await connector.run(ctx('erase', { holdPolicy }));

    // Assess
    expect(result.outcome).toBe('COMPLETED');
  });

  it('defers the erasure while an order is in the chargeback window', async () => {
    // Prepare
    const { connector, ctx, fake, graphqlCalls } = await shop([
      aino([order(1, daysAgo(500)), order(2, '2026-10-20T10:00:00.000Z')]),
    ]);

    // Act
    const result = await connector.run(ctx('erase'));

    // Assess
    expect(result).toMatchObject({
      outcome: 'PARTIAL',
      records: 0,
      holds: [
        {
          what: 'customer-profile-and-orders',
          reason: 'chargeback-window',
          basis: 'Art. 17(3)(e)',
          until: '2027-04-19',
          records: 3,
          deferrable: true,
        },
      ],
      evidence: { shopifyCustomerId: fake.customers[0]?.gid },
    });
    expect(graphqlCalls('customerRequestDataErasure')).toHaveLength(0);
    expect(fake.erasureRequests).toHaveLength(0);
  });

  it('defers the erasure while an order is open (the contract is still performed: Art. 17(1)(a))', async () => {
    // Prepare
    const { connector, ctx, fake } = await shop([
      aino([order(1, daysAgo(300), { open: true })]),
    ]);

    // Act
    const result = await connector.run(ctx('erase'));

    // Assess
    expect(result).toMatchObject({
      outcome: 'PARTIAL',
      records: 0,
      holds: [
        {
          what: 'customer-profile-and-orders',
          reason: 'open-order',
          basis: 'Art. 17(1)(a)',
          deferrable: true,
        },
      ],
    });
    const holds = result.outcome === 'PARTIAL' ? result.holds : [];
    expect(holds[0]).not.toHaveProperty('until');
    expect(fake.erasureRequests).toHaveLength(0);
  });

  it('requests the erasure again when the job runs again, and finds nothing once Shopify has erased', async () => {
    // Prepare: no idempotency key, no "already requested" error, no pending erasure to read.
    const { connector, ctx, fake, graphqlCalls } = await shop([aino()]);
    const gid = fake.customers[0]?.gid;
    const job = ctx('erase');
    await connector.run(job);

    // Act
    const again = await connector.run(job);
    fake.completeErasures();
    const afterwards = await connector.run(job);

    // Assess
    expect(again).toMatchObject({
      outcome: 'COMPLETED',
      records: 1,
      evidence: { shopifyCustomerId: gid },
    });
    expect(fake.erasureRequests.map((r) => r.customerId)).toEqual([gid, gid]);
    expect(fake.customers).toEqual([]);
    expect(afterwards).toMatchObject({ outcome: 'NOT_FOUND', records: 0 });
    expect(graphqlCalls('customerRequestDataErasure')).toHaveLength(2);
  });

  it('withdraws a pending erasure with customerCancelDataErasure, sending the customer id only', async () => {
    // Prepare
    const { connector, ctx, fake, graphqlCalls } = await shop([aino()]);
    const gid = fake.customers[0]?.gid ?? '';
    await connector.run(ctx('erase'));

    // Act
    const cancelled = await connector.cancelErasure(ctx('erase'), gid);

    // Assess
    expect(cancelled).toEqual({
      outcome: 'cancelled',
      disclosures: [
        {
          call: 'POST graphql customerCancelDataErasure',
          identifiers: ['shopify-customer-id'],
        },
      ],
    });
    expect(fake.erasureRequests).toEqual([
      expect.objectContaining({ customerId: gid, cancelled: true }),
    ]);
    const [call] = graphqlCalls('customerCancelDataErasure');
    expect(
      (call?.body as { variables?: unknown } | undefined)?.variables,
    ).toEqual({
      customerId: gid,
    });
    // Nothing is pending any more: a second cancellation says so (NOT_BEING_ERASED).
    expect((await connector.cancelErasure(ctx('erase'), gid)).outcome).toBe(
      'not-pending',
    );
  });

  it('says an erasure Shopify has carried out is done, not pending (DOES_NOT_EXIST)', async () => {
    // Prepare
    const { connector, ctx, fake } = await shop([aino()]);
    const gid = fake.customers[0]?.gid ?? '';
    await connector.run(ctx('erase'));
    fake.completeErasures();

    // Act
    const result = await connector.cancelErasure(ctx('erase'), gid);

    // Assess
    expect(result.outcome).toBe('already-erased');
  });

  it('says when no erasure of the customer was requested (NOT_BEING_ERASED)', async () => {
    // Prepare
    const { connector, ctx, fake } = await shop([aino()]);

    // Act
    const result = await connector.cancelErasure(
      ctx('erase'),
      fake.customers[0]?.gid ?? '',
    );

    // Assess
    expect(result.outcome).toBe('not-pending');
    expect(fake.erasureRequests).toEqual([]);
  });

  it('answers NOT_FOUND for an unknown subject', async () => {
    // Prepare
    const { connector, ctx, fake } = await shop([decoy]);

    // Act
    const result = await connector.run(ctx('erase'));

    // Assess
    expect(result.outcome).toBe('NOT_FOUND');
    expect(fake.erasureRequests).toHaveLength(0);
  });

  it('answers NOT_FOUND when Shopify says the customer does not exist', async () => {
    // Prepare
    const { connector, ctx } = await shop([aino()], {
      fake: { erasureUserError: 'DOES_NOT_EXIST' },
    });

    // Act
    const result = await connector.run(ctx('erase'));

    // Assess
    expect(result.outcome).toBe('NOT_FOUND');
  });

  it('retries later when Shopify fails to take the request', async () => {
    // Prepare
    const { connector, ctx } = await shop([aino()], {
      fake: { erasureUserError: 'FAILED_TO_REQUEST' },
    });

    // Act
    const error = await failure(connector.run(ctx('erase')));

    // Assess
    expect(error).toBeInstanceOf(TransientError);
  });

  it('names the missing erasure scope when access is denied', async () => {
    // Prepare
    const { connector, ctx } = await shop([aino()], {
      fake: {
        scopes: ['read_customers', 'read_orders', 'read_all_orders'],
      },
    });

    // Act
    const error = await failure(connector.run(ctx('erase')));

    // Assess
    expect(error).toBeInstanceOf(ProcessorRejectedError);
    expect(error.message).toContain('write_customer_data_erasure');
  });
});

describe('ShopifyConnector object', () => {
  it('unsubscribes the customer from email marketing', async () => {
    // Prepare
    const { connector, ctx, fake } = await shop([aino()]);

    // Act
    const result = await connector.run(ctx('object'));

    // Assess
    expect(result).toMatchObject({
      outcome: 'COMPLETED',
      records: 1,
      disclosures: [
        { identifiers: ['email'] },
        {
          call: 'POST graphql customerEmailMarketingConsentUpdate',
          identifiers: ['shopify-customer-id'],
        },
      ],
    });
    expect(fake.consentUpdates).toEqual([
      { customerId: fake.customers[0]?.gid, marketingState: 'UNSUBSCRIBED' },
    ]);
  });

  it('changes nothing for a customer already unsubscribed, so a repeated objection has no effect', async () => {
    // Prepare: the first objection unsubscribed her; the job runs again.
    const { connector, ctx, fake } = await shop([aino()]);
    await connector.run(ctx('object'));

    // Act
    const again = await connector.run(ctx('object'));

    // Assess
    expect(again).toMatchObject({
      outcome: 'COMPLETED',
      records: 1,
      disclosures: [{ identifiers: ['email'] }],
      evidence: { marketing: 'already-unsubscribed' },
    });
    expect(fake.consentUpdates).toHaveLength(1);
  });

  it('answers NOT_FOUND for an unknown subject', async () => {
    // Prepare
    const { connector, ctx, fake } = await shop([decoy]);

    // Act
    const result = await connector.run(ctx('object'));

    // Assess
    expect(result.outcome).toBe('NOT_FOUND');
    expect(fake.consentUpdates).toHaveLength(0);
  });
});

describe('ShopifyConnector rate limits and failures', () => {
  it('waits for the cost bucket when throttled with HTTP 200', async () => {
    // Prepare: the find query costs 12 points; the empty bucket refills 5 a second.
    const { connector, ctx, waits } = await shop([aino()], {
      fake: { bucket: { max: 1000, restoreRate: 5, available: 0 } },
    });

    // Act
    const result = await connector.run(ctx('find'));

    // Assess
    expect(result.outcome).toBe('COMPLETED');
    expect(waits).toEqual([3000]);
  });

  it('gives up with a retry hint when the bucket stays empty', async () => {
    // Prepare
    const { connector, ctx, waits } = await shop([aino()], {
      fake: { bucket: { max: 1000, restoreRate: 5, available: 0 } },
      frozenClock: true,
    });

    // Act
    const error = await failure(connector.run(ctx('find')));

    // Assess
    expect(error).toBeInstanceOf(TransientError);
    expect((error as TransientError).retryAfterSeconds).toBe(3);
    expect(waits).toEqual([3000, 3000, 3000]);
  });

  it('does not wait inline for a long bucket refill', async () => {
    // Prepare: 12 points at 0.5 a second is 24 s.
    const { connector, ctx, waits } = await shop([aino()], {
      fake: { bucket: { max: 1000, restoreRate: 0.5, available: 0 } },
    });

    // Act
    const error = await failure(connector.run(ctx('find')));

    // Assess
    expect((error as TransientError).retryAfterSeconds).toBe(24);
    expect(waits).toEqual([]);
  });

  it('honours Retry-After on HTTP 429', async () => {
    // Prepare
    const { connector, ctx, waits, fake } = await shop([aino()]);
    fake.server.inject(/graphql\.json$/, {
      kind: 'status',
      status: 429,
      headers: { 'retry-after': '2' },
    });

    // Act
    const result = await connector.run(ctx('find'));

    // Assess
    expect(result.outcome).toBe('COMPLETED');
    expect(waits).toEqual([2000]);
  });

  it('retries a 5xx and then succeeds', async () => {
    // Prepare
    const { connector, ctx, waits, fake } = await shop([aino()]);
    fake.server.inject(/graphql\.json$/, { kind: 'status', status: 502 });

    // Act
    const result = await connector.run(ctx('erase'));

    // Assess
    expect(result.outcome).toBe('COMPLETED');
    expect(waits).toHaveLength(1);
    expect(fake.erasureRequests).toHaveLength(1);
  });

  it('rejects a bad access token', async () => {
    // Prepare
    const { connector, ctx } = await shop([aino()]);

    // Act
    const error = await failure(
      connector.run(ctx('find', { credentials: { accessToken: 'shpat_x' } })),
    );

    // Assess
    expect(error).toBeInstanceOf(ProcessorRejectedError);
    expect(error.message).toContain('HTTP 401');
  });

  it('names the missing credentials', async () => {
    // Prepare
    const { connector, ctx } = await shop([aino()]);

    // Act
    const error = await failure(
      connector.run(ctx('find', { credentials: {} })),
    );

    // Assess
    expect(error).toBeInstanceOf(ProcessorRejectedError);
    expect(error.message).toContain("'accessToken'");
    expect(error.message).toContain("'clientSecret'");
  });

  it('refuses a capability it lacks before calling Shopify', async () => {
    // Prepare
    const { connector, ctx, fake } = await shop([aino()]);

    // Act
    // Restriction: Shopify has no API for it (suppression is not restriction).
    const error = await failure(connector.run(ctx('restrict')));

    // Assess
    expect(error).toBeInstanceOf(ProcessorRejectedError);
    expect(fake.server.calls).toHaveLength(0);
  });

  it('refuses plain http to a host that is not loopback', async () => {
    // Prepare
    const { connector } = await shop([aino()]);
    const ctx = connectorContext(
      'find',
      {
        kind: 'shopify',
        settings: { baseUrl: 'http://shop.example.net' },
      },
      { credentials: { accessToken: SHOPIFY_FAKE_ACCESS_TOKEN } },
    );

    // Act
    const error = await failure(connector.run(ctx));

    // Assess
    expect(error).toBeInstanceOf(ProcessorRejectedError);
    expect(error.message).toContain("'baseUrl'");
  });

  it('rejects an unexpected GraphQL error without quoting it', async () => {
    // Prepare
    const { connector, ctx, fake } = await shop([aino()]);
    fake.server.inject(/graphql\.json$/, {
      kind: 'status',
      status: 200,
      body: {
        errors: [
          {
            message: `Query cost for ${EMAIL} too high`,
            extensions: { code: 'MAX_COST_EXCEEDED' },
          },
        ],
      },
    });

    // Act
    const error = await failure(connector.run(ctx('find')));

    // Assess
    expect(error).toBeInstanceOf(ProcessorRejectedError);
    expect(error.message).toContain('cost limit');
  });

  it('treats a malformed body as transient', async () => {
    // Prepare
    const { connector, ctx, fake } = await shop([aino()]);
    fake.server.inject(/graphql\.json$/, { kind: 'malformed' });

    // Act
    const error = await failure(connector.run(ctx('find')));

    // Assess
    expect(error).toBeInstanceOf(TransientError);
  });

  it('treats a response of the wrong shape as transient', async () => {
    // Prepare
    const { connector, ctx, fake } = await shop([aino()]);
    fake.server.inject(/graphql\.json$/, {
      kind: 'status',
      status: 200,
      body: { data: { customers: null } },
    });

    // Act
    const error = await failure(connector.run(ctx('find')));

    // Assess
    expect(error).toBeInstanceOf(TransientError);
    expect(error.message).toContain('malformed');
  });

  it('times out on a shop that does not answer', async () => {
    // Prepare
    const { connector, ctx, fake, waits } = await shop([aino()]);
    fake.server.inject(/graphql\.json$/, { kind: 'hang' }, 3);

    // Act
    const error = await failure(connector.run(ctx('find')));

    // Assess
    expect(error).toBeInstanceOf(TransientError);
    expect(error.message).toContain('no answer in time');
    expect(waits).toHaveLength(2);
  });
});

describe('ShopifyConnector client credentials', () => {
  const credentials = {
    clientId: SHOPIFY_FAKE_CLIENT_ID,
    clientSecret: SHOPIFY_FAKE_CLIENT_SECRET,
  };

  it('gets a token once and reuses it', async () => {
    // Prepare
    const { connector, ctx, fake } = await shop([aino()]);

    // Act
    await connector.run(ctx('find', { credentials }));
    const result = await connector.run(ctx('access', { credentials }));

    // Assess
    expect(result.outcome).toBe('COMPLETED');
    const grants = fake.server.callsTo('POST', /\/admin\/oauth\/access_token$/);
    expect(grants).toHaveLength(1);
    expect(
      Object.fromEntries(new URLSearchParams(String(grants[0]?.raw))),
    ).toEqual({
      grant_type: 'client_credentials',
      client_id: SHOPIFY_FAKE_CLIENT_ID,
      client_secret: SHOPIFY_FAKE_CLIENT_SECRET,
    });
  });

  it('renews a token Shopify has expired once it answers 401', async () => {
    // Prepare
    const { connector, ctx, fake, clock } = await shop([aino()], {
      fake: { tokenTtlSeconds: 3600 },
    });
    await connector.run(ctx('find', { credentials }));
    clock.ms += 2 * 3600_000;

    // Act
    const result = await connector.run(ctx('find', { credentials }));

    // Assess
    expect(result.outcome).toBe('COMPLETED');
    expect(
      fake.server.callsTo('POST', /\/admin\/oauth\/access_token$/),
    ).toHaveLength(2);
    expect(fake.server.callsTo('POST', /graphql\.json$/)).toHaveLength(3);
  });

  it('renews a token before it expires', async () => {
    // Prepare
    let wall = NOW.getTime();
    const { connector, ctx, fake, clock } = await shop([aino()], {
      fake: { tokenTtlSeconds: 3600 },
      connector: { clock: () => wall },
    });
    await connector.run(ctx('find', { credentials }));
    wall += 3590_000;
    clock.ms += 3590_000;

    // Act
    const result = await connector.run(ctx('find', { credentials }));

    // Assess
    expect(result.outcome).toBe('COMPLETED');
    expect(
      fake.server.callsTo('POST', /\/admin\/oauth\/access_token$/),
    ).toHaveLength(2);
    expect(fake.server.callsTo('POST', /graphql\.json$/)).toHaveLength(2);
  });

  it('rejects a wrong client secret', async () => {
    // Prepare
    const { connector, ctx } = await shop([aino()]);

    // Act
    const error = await failure(
      connector.run(
        ctx('find', {
          credentials: { ...credentials, clientSecret: 'wrong' },
        }),
      ),
    );

    // Assess
    expect(error).toBeInstanceOf(ProcessorRejectedError);
    expect(error.message).toContain("'clientSecret'");
  });
});

describe('shopifyHolds', () => {
  const closed = (createdAt: string) => ({
    createdAt,
    closed: true,
    displayFinancialStatus: 'PAID',
    displayFulfillmentStatus: 'FULFILLED',
  });

  it('holds nothing without orders', () => {
    // Act
    const holds = shopifyHolds([], NOW, POLICY);

    // Assess
    expect(holds).toEqual([]);
  });

  it('holds nothing for an order exactly orderHoldDays old', () => {
    // Act
    const holds = shopifyHolds([closed(daysAgo(180))], NOW, POLICY);

    // Assess
    expect(holds).toEqual([]);
  });

  it('holds an order a millisecond inside the window until the next day', () => {
    // Prepare
    const createdAt = new Date(
      NOW.getTime() - 180 * 86_400_000 + 1,
    ).toISOString();

    // Act
    const holds = shopifyHolds([closed(createdAt)], NOW, POLICY);

    // Assess
    expect(holds).toEqual([
      expect.objectContaining({
        reason: 'chargeback-window',
        until: '2026-11-06',
      }),
    ]);
  });

  it('ends the window on the day itself when it ends at midnight', () => {
    // Act
    const [midnight] = shopifyHolds(
      [closed('2026-10-01T00:00:00.000Z')],
      NOW,
      POLICY,
    );
    const [afternoon] = shopifyHolds(
      [closed('2026-10-01T15:00:00.000Z')],
      NOW,
      POLICY,
    );

    // Assess
    expect(midnight?.until).toBe('2027-03-30');
    expect(afternoon?.until).toBe('2027-03-31');
  });

  it('counts the latest order for the window', () => {
    // Act
    const holds = shopifyHolds(
      [closed('2026-10-01T00:00:00.000Z'), closed(daysAgo(400))],
      NOW,
      POLICY,
    );

    // Assess
    expect(holds.map((h) => h.until)).toEqual(['2027-03-30']);
  });

  it('holds for an order whose payment is pending', () => {
    // Act
    const holds = shopifyHolds(
      [{ ...closed(daysAgo(400)), displayFinancialStatus: 'PENDING' }],
      NOW,
      POLICY,
    );

    // Assess
    expect(holds).toEqual([
      {
        what: 'customer-profile-and-orders',
        reason: 'open-order',
        basis: 'Art. 17(1)(a)',
        records: 2,
        deferrable: true,
      },
    ]);
  });

  it('does not hold for a cancelled unfulfilled order', () => {
    // Act
    const holds = shopifyHolds(
      [
        {
          createdAt: daysAgo(400),
          closed: false,
          cancelledAt: daysAgo(399),
          displayFulfillmentStatus: 'UNFULFILLED',
        },
      ],
      NOW,
      POLICY,
    );

    // Assess
    expect(holds).toEqual([]);
  });

  it('reports both holds for a recent open order', () => {
    // Act
    const holds = shopifyHolds(
      [{ createdAt: daysAgo(2), closed: false }],
      NOW,
      POLICY,
    );

    // Assess
    expect(holds.map((h) => h.reason)).toEqual([
      'open-order',
      'chargeback-window',
    ]);
  });

  it('has no chargeback window when orderHoldDays is 0', () => {
    // Act
    const holds = shopifyHolds([closed(daysAgo(1))], NOW, {
      ...POLICY,
      orderHoldDays: 0,
    });

    // Assess
    expect(holds).toEqual([]);
  });
});
