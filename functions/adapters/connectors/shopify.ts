/**
 * The merchant's own Shopify store, through the Admin GraphQL API
 * (connector-protocols.md §2b): find the customer by email, export the customer and their orders
 * (there is no export API), erase through `customerRequestDataErasure` (Shopify queues it: about
 * 10 days, or 180 days after the last order) unless a legal hold applies, stop marketing
 * email through `customerEmailMarketingConsentUpdate`, and correct the customer's name, email and
 * phone through `customerUpdate` (rectification; an address or other correction goes by email).
 *
 * Scopes the app needs: `read_customers`, `write_customers`, `read_orders`, `read_all_orders`,
 * `write_customer_data_erasure` (the staff member must also be allowed to erase customer data).
 *
 * Without `read_all_orders` Shopify returns only the last 60 days of orders, silently: the answer
 * looks the same either way, so this connector cannot tell. Access reports then miss older orders,
 * and an erasure may miss an old open order (open-order hold) or the accounting hold. The
 * processor's registry entry must be set up with that scope; nothing here can check it.
 *
 * Credentials (`ctx.credentials`): `accessToken` (legacy admin-created custom app, permanent) or
 * `clientId` + `clientSecret` (organisation-owned app, client credentials grant; tokens last about
 * 24 h and are cached per shop in the connector instance). Settings: `shopDomain`
 * (`<shop>.myshopify.com`), optional `apiVersion` (default 2026-07) and `baseUrl` (local fake).
 *
 * Throttling arrives as HTTP 200 with a `THROTTLED` GraphQL error: the connector waits for the
 * cost bucket to refill and retries a few times before giving up with a `TransientError`.
 *
 * Repeated jobs: Shopify's `@idempotent` directive covers refund and inventory mutations only,
 * so none of these mutations takes an idempotency key. Objection and rectification read the
 * customer first and write nothing that is already so. A repeated erasure requests it again
 * (Shopify documents no "already requested" error and exposes no pending erasure to read); the
 * customer is erased once, after which the lookup finds nothing.
 */

import { TransientError } from '#domain/errors.ts';
import { holdBasis } from '#domain/holds.ts';
import { accountingHold } from '#domain/retention-rules.ts';
import {
  type Connector,
  type ConnectorContext,
  type ConnectorResult,
  type Disclosure,
  type ErasureCancellation,
  type FieldChange,
  type Hold,
  type HoldPolicy,
  ProcessorRejectedError,
} from '#ports/connectors.ts';
import type { SubjectRecord } from '#ports/subject-data.ts';
import { CONNECTOR_DESCRIPTORS } from './descriptors.ts';
import {
  apiBaseUrl,
  type ConnectorHttpOptions,
  type HttpResponse,
  http,
  realSleep,
  requireCapability,
  requireCredential,
  requireSetting,
} from './http.ts';

const PROCESSOR = 'Shopify';
const DEFAULT_API_VERSION = '2026-07';
/** THROTTLED answers retried inside one call before the job is retried later. */
const DEFAULT_THROTTLE_RETRIES = 3;
/** Longest cost-bucket refill worth waiting for inside the call. */
const MAX_INLINE_WAIT_SECONDS = 20;
/** Assumed token lifetime when the token endpoint does not say. */
const DEFAULT_TOKEN_TTL_SECONDS = 3600;
const DAY_MS = 86_400_000;

export interface ShopifyConnectorOptions extends ConnectorHttpOptions {
  /** Wall clock (epoch ms) for access-token expiry; default `Date.now`. */
  clock?: () => number;
  /** THROTTLED answers retried inside one call; default 3. */
  throttleRetries?: number;
}

/** The order fields the legal holds depend on (Admin GraphQL `Order`). */
export interface ShopifyOrderStatus {
  createdAt: string;
  closed: boolean;
  cancelledAt?: string | null;
  /** `OrderDisplayFinancialStatus`, e.g. `PAID`, `PENDING`. */
  displayFinancialStatus?: string | null;
  /** `OrderDisplayFulfillmentStatus`, e.g. `FULFILLED`, `UNFULFILLED`. */
  displayFulfillmentStatus?: string | null;
}

/** An order is open while it is neither closed, fulfilled nor cancelled, or its payment is pending. */
function isOpen(order: ShopifyOrderStatus): boolean {
  if (order.cancelledAt) return false;
  if (order.displayFinancialStatus === 'PENDING') return true;
  return !order.closed && order.displayFulfillmentStatus !== 'FULFILLED';
}

/** ISO date of the first midnight (UTC) at or after `ms`. */
function dayAtOrAfter(ms: number): string {
  return new Date(Math.ceil(ms / DAY_MS) * DAY_MS).toISOString().slice(0, 10);
}

/**
 * The deferrable legal holds on erasing a Shopify customer: an open order keeps the profile and
 * orders until it closes (the contract is still being performed: Art. 17(1)(a) is not met); an
 * order younger than `policy.orderHoldDays` keeps them for payment disputes and returns (legal
 * claims, Art. 17(3)(e)). `until` is the day the window has ended by its start (rounded up to
 * the next whole UTC day), so a re-run on that day no longer finds the hold. The basis of each
 * comes from the domain (`holdBasis`).
 * Pure: the accounting hold, which applies after the erasure, is added by the connector.
 */
export function shopifyHolds(
  orders: readonly ShopifyOrderStatus[],
  now: Date,
  policy: HoldPolicy,
): Hold[] {
  const holds: Hold[] = [];
  const kept = orders.length + 1;
  if (orders.some(isOpen))
    holds.push({
      what: 'customer-profile-and-orders',
      reason: 'open-order',
      basis: holdBasis('open-order'),
      records: kept,
      deferrable: true,
    });
  const latest = latestOrderMs(orders);
  if (latest !== undefined && policy.orderHoldDays > 0) {
    const ends = latest + policy.orderHoldDays * DAY_MS;
    if (now.getTime() < ends)
      holds.push({
        what: 'customer-profile-and-orders',
        reason: 'chargeback-window',
        basis: holdBasis('chargeback-window'),
        until: dayAtOrAfter(ends),
        records: kept,
        deferrable: true,
      });
  }
  return holds;
}

function latestOrderMs(
  orders: readonly Pick<ShopifyOrderStatus, 'createdAt'>[],
): number | undefined {
  let latest: number | undefined;
  for (const o of orders) {
    const t = Date.parse(o.createdAt);
    if (Number.isNaN(t)) throw malformed('order createdAt');
    if (latest === undefined || t > latest) latest = t;
  }
  return latest;
}

/**
 * The bookkeeping hold on the order records Shopify keeps (anonymised) after an erasure: the
 * merchant's country rule (domain/retention-rules.ts) counted from each order's date, for the
 * orders still within it.
 */
function shopifyAccountingHold(
  orders: readonly ShopifyOrderStatus[],
  now: Date,
  policy: HoldPolicy,
): Hold | undefined {
  latestOrderMs(orders); // every createdAt must be a date (else the answer is malformed)
  return accountingHold(
    policy.accounting,
    orders.map((o) => ({ at: o.createdAt })),
    now,
    'anonymised-order-records',
  );
}

// --- GraphQL documents -------------------------------------------------------------------------

interface Operation {
  /** Root field, named in errors and disclosures. */
  field: string;
  /** Access scope the field needs (named when Shopify denies access). */
  scope: string;
  query: string;
}

const FIND_CUSTOMER: Operation = {
  field: 'customers',
  scope: 'read_customers',
  query: `query FindCustomer($q: String!) {
  customers(first: 5, query: $q) {
    edges { node { id defaultEmailAddress { emailAddress marketingState } } }
  }
}`,
};

const CUSTOMER: Operation = {
  field: 'customer',
  scope: 'read_customers',
  query: `query Customer($id: ID!) {
  customer(id: $id) {
    id firstName lastName createdAt
    defaultEmailAddress { emailAddress }
    defaultPhoneNumber { phoneNumber }
    emailMarketingConsent { marketingState consentUpdatedAt }
    addressesV2(first: 50) {
      edges { node {
        firstName lastName company address1 address2 city province zip
        countryCodeV2 phone
      } }
    }
  }
}`,
};

const ORDER_FIELDS_FOR_HOLDS =
  'id createdAt closed cancelledAt displayFinancialStatus displayFulfillmentStatus';

/** 50 orders of 10 line items each stay under Shopify's 1000-point single-query limit. */
const ORDERS_FOR_ACCESS: Operation = {
  field: 'orders',
  scope: 'read_orders, read_all_orders',
  query: `query CustomerOrders($q: String!, $after: String) {
  orders(first: 50, after: $after, query: $q, sortKey: CREATED_AT) {
    pageInfo { hasNextPage endCursor }
    edges { node {
      ${ORDER_FIELDS_FOR_HOLDS} name
      totalPriceSet { shopMoney { amount currencyCode } }
      shippingAddress { city zip countryCodeV2 }
      lineItems(first: 10) {
        pageInfo { hasNextPage endCursor }
        edges { node { title quantity } }
      }
    } }
  }
}`,
};

const ORDERS_FOR_HOLDS: Operation = {
  field: 'orders',
  scope: 'read_orders, read_all_orders',
  query: `query CustomerOrderStatus($q: String!, $after: String) {
  orders(first: 50, after: $after, query: $q, sortKey: CREATED_AT) {
    pageInfo { hasNextPage endCursor }
    edges { node { ${ORDER_FIELDS_FOR_HOLDS} } }
  }
}`,
};

const ORDER_LINE_ITEMS: Operation = {
  field: 'order',
  scope: 'read_orders',
  query: `query OrderLineItems($id: ID!, $after: String) {
  order(id: $id) {
    lineItems(first: 100, after: $after) {
      pageInfo { hasNextPage endCursor }
      edges { node { title quantity } }
    }
  }
}`,
};

const REQUEST_ERASURE: Operation = {
  field: 'customerRequestDataErasure',
  scope: 'write_customer_data_erasure',
  query: `mutation customerRequestDataErasure($customerId: ID!) {
  customerRequestDataErasure(customerId: $customerId) {
    customerId
    userErrors { field message code }
  }
}`,
};

/**
 * Admin GraphQL `customerCancelDataErasure(customerId)`: cancels a pending erasure. User errors
 * (`CustomerCancelDataErasureErrorCode`): `DOES_NOT_EXIST`, `FAILED_TO_CANCEL`,
 * `NOT_BEING_ERASED`, `UNAUTHORIZED_CANCELLATION` (only the original requester may cancel).
 */
const CANCEL_ERASURE: Operation = {
  field: 'customerCancelDataErasure',
  scope: 'write_customer_data_erasure',
  query: `mutation customerCancelDataErasure($customerId: ID!) {
  customerCancelDataErasure(customerId: $customerId) {
    customerId
    userErrors { field message code }
  }
}`,
};

const UNSUBSCRIBE: Operation = {
  field: 'customerEmailMarketingConsentUpdate',
  scope: 'write_customers',
  query: `mutation customerEmailMarketingConsentUpdate(
  $input: CustomerEmailMarketingConsentUpdateInput!
) {
  customerEmailMarketingConsentUpdate(input: $input) {
    customer { id emailMarketingConsent { marketingState } }
    userErrors { field message code }
  }
}`,
};

/** The values a rectification may change, read before writing so a repeat writes nothing. */
const CUSTOMER_VALUES: Operation = {
  field: 'customer',
  scope: 'read_customers',
  query: `query CustomerValues($id: ID!) {
  customer(id: $id) {
    firstName lastName
    defaultEmailAddress { emailAddress }
    defaultPhoneNumber { phoneNumber }
  }
}`,
};

/** Admin API `customerUpdate`; its `UserError` carries `field` and `message`, no code. */
const UPDATE_CUSTOMER: Operation = {
  field: 'customerUpdate',
  scope: 'write_customers',
  query: `mutation customerUpdate($input: CustomerInput!) {
  customerUpdate(input: $input) {
    customer { id }
    userErrors { field message }
  }
}`,
};

/** The `CustomerInput` fields each correction writes. */
const INPUT_FIELDS: Record<'name' | 'email' | 'phone', string[]> = {
  name: ['firstName', 'lastName'],
  email: ['email'],
  phone: ['phone'],
};

/**
 * A stated name as Shopify's first and last name: the last word is the last name, the rest the
 * first name; a single word is the first name and clears the last name.
 */
export function splitName(name: string): {
  firstName: string;
  lastName: string | null;
} {
  const words = name.trim().split(/\s+/);
  if (words.length < 2) return { firstName: words[0] ?? '', lastName: null };
  return {
    firstName: words.slice(0, -1).join(' '),
    lastName: words.at(-1) as string,
  };
}

/** A phone number as written (`+358 40 123 4567`, `00358-40…`) in E.164 form, as Shopify wants it. */
export function e164(phone: string): string {
  const compact = phone.trim().replace(/[\s().-]/g, '');
  return compact.startsWith('00') ? `+${compact.slice(2)}` : compact;
}

const DISCLOSE = {
  find: {
    call: 'POST graphql customers(query: email)',
    identifiers: ['email'],
  },
  customer: {
    call: 'POST graphql customer(id)',
    identifiers: ['shopify-customer-id'],
  },
  orders: {
    call: 'POST graphql orders(query: customer_id)',
    identifiers: ['shopify-customer-id'],
  },
  lineItems: {
    call: 'POST graphql order(id) lineItems',
    identifiers: ['shopify-order-id'],
  },
  erase: {
    call: 'POST graphql customerRequestDataErasure',
    identifiers: ['shopify-customer-id'],
  },
  cancelErasure: {
    call: 'POST graphql customerCancelDataErasure',
    identifiers: ['shopify-customer-id'],
  },
  unsubscribe: {
    call: 'POST graphql customerEmailMarketingConsentUpdate',
    identifiers: ['shopify-customer-id'],
  },
} satisfies Record<string, Disclosure>;

// --- Response reading (never quotes the answer: it may hold personal data) ---------------------

type Json = Record<string, unknown>;

function malformed(what: string): TransientError {
  return new TransientError(
    `${PROCESSOR}: malformed GraphQL response (${what})`,
  );
}

function obj(v: unknown, what: string): Json {
  if (typeof v === 'object' && v !== null && !Array.isArray(v))
    return v as Json;
  throw malformed(what);
}

function arr(v: unknown, what: string): unknown[] {
  if (Array.isArray(v)) return v;
  throw malformed(what);
}

function str(v: unknown, what: string): string {
  if (typeof v === 'string') return v;
  throw malformed(what);
}

function optStr(v: unknown): string | null {
  return typeof v === 'string' ? v : null;
}

interface Page {
  nodes: Json[];
  next?: string;
}

function page(conn: unknown, what: string): Page {
  const c = obj(conn, what);
  const nodes = arr(c.edges, `${what}.edges`).map((e) =>
    obj(obj(e, `${what}.edges`).node, `${what}.node`),
  );
  if (c.pageInfo === undefined) return { nodes };
  const info = obj(c.pageInfo, `${what}.pageInfo`);
  return {
    nodes,
    next:
      info.hasNextPage === true
        ? str(info.endCursor, `${what}.pageInfo.endCursor`)
        : undefined,
  };
}

const SCOPE_PATTERN = /\b(?:unauthenticated_)?(?:read|write)_[a-z_]+\b/g;
const CODE_PATTERN = /^[A-Za-z_]{1,40}$/;

function errorCode(e: unknown): string | undefined {
  const code = (e as { extensions?: { code?: unknown } } | null)?.extensions
    ?.code;
  return typeof code === 'string' && CODE_PATTERN.test(code) ? code : undefined;
}

/** Seconds until the cost bucket holds the points the query asked for. */
function throttleWaitSeconds(extensions: unknown): number {
  const cost = (extensions as { cost?: Json } | undefined)?.cost;
  const status = cost?.throttleStatus as Json | undefined;
  const requested = Number(cost?.requestedQueryCost);
  const available = Number(status?.currentlyAvailable);
  const rate = Number(status?.restoreRate);
  if (![requested, available, rate].every(Number.isFinite) || rate <= 0)
    return 1;
  return Math.max(1, Math.ceil((requested - available) / rate));
}

function graphqlError(op: Operation, errors: unknown[]): Error {
  const codes = errors.map(errorCode);
  const at = `${PROCESSOR}: ${op.field}`;
  if (codes.includes('ACCESS_DENIED')) {
    const named = new Set<string>();
    for (const e of errors) {
      const x = e as { message?: unknown; extensions?: Json } | null;
      const text = [x?.extensions?.requiredAccess, x?.message]
        .filter((t): t is string => typeof t === 'string')
        .join(' ');
      for (const m of text.matchAll(SCOPE_PATTERN)) named.add(m[0]);
    }
    const scopes = named.size > 0 ? [...named].join(', ') : op.scope;
    return new ProcessorRejectedError(
      `${at}: access denied; grant the app the ${scopes} access scope (for erasure the staff account must also be allowed to erase customer data)`,
    );
  }
  if (codes.includes('MAX_COST_EXCEEDED'))
    return new ProcessorRejectedError(
      `${at}: query exceeds Shopify's single-query cost limit; the connector's page sizes need lowering`,
    );
  if (
    codes.includes('INTERNAL_SERVER_ERROR') ||
    codes.includes('SERVICE_UNAVAILABLE')
  )
    return new TransientError(`${at}: Shopify internal error`);
  const code = codes.find((c) => c !== undefined) ?? 'without a code';
  return new ProcessorRejectedError(
    `${at}: refused (GraphQL error ${code}); check the API version and the app's access`,
  );
}

function rejectStatus(status: number, what: string): Error {
  const hint =
    status === 402
      ? 'the shop is frozen (unpaid plan)'
      : status === 404
        ? "no such shop or API version; check settings 'shopDomain' and 'apiVersion'"
        : status === 423
          ? 'the shop is locked'
          : 'the request was refused';
  return new ProcessorRejectedError(
    `${PROCESSOR}: ${what}: HTTP ${status}; ${hint}`,
  );
}

// --- The connector -----------------------------------------------------------------------------

interface Shop {
  base: string;
  graphqlUrl: string;
}

/** One run: where to call and what was disclosed so far. */
interface Run {
  ctx: ConnectorContext;
  shop: Shop;
  disclosures: Disclosure[];
}

interface CachedToken {
  token: string;
  refreshAt: number;
}

interface Customer {
  id: string;
  numericId: string;
  /** The address's email marketing state (`SUBSCRIBED`, `UNSUBSCRIBED`, `NOT_SUBSCRIBED`, …). */
  marketingState?: string;
}

interface Order extends ShopifyOrderStatus {
  id: string;
  node: Json;
}

export class ShopifyConnector implements Connector {
  readonly kind = 'shopify' as const;
  readonly capabilities = CONNECTOR_DESCRIPTORS.shopify.capabilities;
  /** `customerUpdate` can set these; an address or `other` correction goes to a person. */
  readonly corrects = CONNECTOR_DESCRIPTORS.shopify.corrects;

  private readonly sleep: (ms: number) => Promise<void>;
  private readonly clock: () => number;
  private readonly throttleRetries: number;
  /** Client-credentials tokens by shop and client id. */
  private readonly tokens = new Map<string, CachedToken>();

  constructor(private readonly options: ShopifyConnectorOptions = {}) {
    this.sleep = options.sleep ?? realSleep;
    this.clock = options.clock ?? Date.now;
    this.throttleRetries = options.throttleRetries ?? DEFAULT_THROTTLE_RETRIES;
  }

  async run(ctx: ConnectorContext): Promise<ConnectorResult> {
    requireCapability(PROCESSOR, this.capabilities, ctx.capability);
    const run: Run = { ctx, shop: shopOf(ctx), disclosures: [] };
    const customer = await this.findCustomer(run);
    if (!customer)
      return { outcome: 'NOT_FOUND', records: 0, disclosures: run.disclosures };
    const evidence = { shopifyCustomerId: customer.id };
    switch (ctx.capability) {
      case 'find':
        return {
          outcome: 'COMPLETED',
          records: 1,
          disclosures: run.disclosures,
          evidence,
        };
      case 'access':
        return this.access(run, customer);
      case 'erase':
        return this.erase(run, customer);
      case 'rectify':
        return this.rectify(run, customer);
      default: // 'object'
        return this.unsubscribe(run, customer);
    }
  }

  private async findCustomer(run: Run): Promise<Customer | undefined> {
    const email = run.ctx.subject.email.trim().toLowerCase();
    const data = await this.graphql(
      run,
      FIND_CUSTOMER,
      { q: `email:"${email.replace(/["\\]/g, '\\$&')}"` },
      DISCLOSE.find,
    );
    // Shopify's search is fuzzy: keep only the exact (case-insensitive) address.
    const match = page(data.customers, 'customers').nodes.find((n) => {
      const address = optStr(
        (n.defaultEmailAddress as Json | null | undefined)?.emailAddress,
      );
      return address?.trim().toLowerCase() === email;
    });
    if (!match) return undefined;
    const id = str(match.id, 'customer id');
    const numericId = /^gid:\/\/shopify\/Customer\/(\d+)$/.exec(id)?.[1];
    if (!numericId) throw malformed('customer id');
    const marketingState = optStr(
      (match.defaultEmailAddress as Json | null | undefined)?.marketingState,
    );
    return { id, numericId, ...(marketingState ? { marketingState } : {}) };
  }

  private async access(run: Run, customer: Customer): Promise<ConnectorResult> {
    const data = await this.graphql(
      run,
      CUSTOMER,
      { id: customer.id },
      DISCLOSE.customer,
    );
    if (data.customer === null)
      return { outcome: 'NOT_FOUND', records: 0, disclosures: run.disclosures };
    const c = obj(data.customer, 'customer');
    const consent = c.emailMarketingConsent
      ? obj(c.emailMarketingConsent, 'customer.emailMarketingConsent')
      : undefined;
    const records: SubjectRecord[] = [
      {
        category: 'customer',
        id: customer.id,
        data: {
          firstName: optStr(c.firstName),
          lastName: optStr(c.lastName),
          email: optStr((c.defaultEmailAddress as Json | null)?.emailAddress),
          phone: optStr((c.defaultPhoneNumber as Json | null)?.phoneNumber),
          createdAt: optStr(c.createdAt),
          addresses: page(c.addressesV2, 'customer.addressesV2').nodes,
          emailMarketing: consent
            ? {
                state: optStr(consent.marketingState),
                updatedAt: optStr(consent.consentUpdatedAt),
              }
            : null,
        },
      },
    ];
    const orders = await this.orders(run, customer, ORDERS_FOR_ACCESS);
    for (const order of orders)
      records.push({
        category: 'order',
        id: order.id,
        data: await this.orderData(run, order),
      });
    return {
      outcome: 'COMPLETED',
      records: records.length,
      data: records,
      disclosures: run.disclosures,
      evidence: { shopifyCustomerId: customer.id },
    };
  }

  private async orderData(run: Run, order: Order): Promise<Json> {
    const n = order.node;
    const money = (n.totalPriceSet as Json | null)?.shopMoney as
      | Json
      | undefined;
    const shipping = n.shippingAddress as Json | null | undefined;
    let items = page(n.lineItems, 'order.lineItems');
    const lineItems = [...items.nodes];
    while (items.next) {
      const more = await this.graphql(
        run,
        ORDER_LINE_ITEMS,
        { id: order.id, after: items.next },
        DISCLOSE.lineItems,
      );
      items = page(obj(more.order, 'order').lineItems, 'order.lineItems');
      lineItems.push(...items.nodes);
    }
    return {
      name: optStr(n.name),
      createdAt: order.createdAt,
      total: optStr(money?.amount),
      currency: optStr(money?.currencyCode),
      lineItems: lineItems.map((li) => ({
        title: optStr(li.title),
        quantity: typeof li.quantity === 'number' ? li.quantity : null,
      })),
      shipping: shipping
        ? {
            city: optStr(shipping.city),
            zip: optStr(shipping.zip),
            country: optStr(shipping.countryCodeV2),
          }
        : null,
      financialStatus: order.displayFinancialStatus ?? null,
      fulfillmentStatus: order.displayFulfillmentStatus ?? null,
    };
  }

  /** Every order of the customer Shopify lets the app see, page by page. */
  private async orders(
    run: Run,
    customer: Customer,
    op: Operation,
  ): Promise<Order[]> {
    const out: Order[] = [];
    let after: string | undefined;
    do {
      const data = await this.graphql(
        run,
        op,
        { q: `customer_id:${customer.numericId}`, after: after ?? null },
        DISCLOSE.orders,
      );
      const p = page(data.orders, 'orders');
      for (const n of p.nodes)
        out.push({
          id: str(n.id, 'order id'),
          createdAt: str(n.createdAt, 'order createdAt'),
          closed: n.closed === true,
          cancelledAt: optStr(n.cancelledAt),
          displayFinancialStatus: optStr(n.displayFinancialStatus),
          displayFulfillmentStatus: optStr(n.displayFulfillmentStatus),
          node: n,
        });
      after = p.next;
    } while (after);
    return out;
  }

  private async erase(run: Run, customer: Customer): Promise<ConnectorResult> {
    const { ctx } = run;
    const orders = await this.orders(run, customer, ORDERS_FOR_HOLDS);
    const evidence = { shopifyCustomerId: customer.id };
    const holds = shopifyHolds(orders, ctx.now, ctx.holdPolicy);
    if (holds.some((h) => h.deferrable))
      return {
        outcome: 'PARTIAL',
        records: 0,
        holds,
        disclosures: run.disclosures,
        evidence,
      };
    const data = await this.graphql(
      run,
      REQUEST_ERASURE,
      { customerId: customer.id },
      DISCLOSE.erase,
    );
    const result = obj(
      data.customerRequestDataErasure,
      'customerRequestDataErasure',
    );
    const notFound = this.userErrors(REQUEST_ERASURE, result.userErrors);
    if (notFound)
      return { outcome: 'NOT_FOUND', records: 0, disclosures: run.disclosures };
    // Shopify carries it out later (about 10 days): a cancelled deferral may withdraw it.
    const requested = {
      ...evidence,
      erasureRequestedAt: ctx.now.toISOString(),
    };
    const kept = shopifyAccountingHold(orders, ctx.now, ctx.holdPolicy);
    if (kept)
      return {
        outcome: 'PARTIAL',
        records: 1,
        holds: [kept],
        disclosures: run.disclosures,
        evidence: requested,
      };
    return {
      outcome: 'COMPLETED',
      records: 1,
      disclosures: run.disclosures,
      evidence: requested,
    };
  }

  async cancelErasure(
    ctx: ConnectorContext,
    ref: string,
  ): Promise<{ outcome: ErasureCancellation; disclosures: Disclosure[] }> {
    const run: Run = { ctx, shop: shopOf(ctx), disclosures: [] };
    const data = await this.graphql(
      run,
      CANCEL_ERASURE,
      { customerId: ref },
      DISCLOSE.cancelErasure,
    );
    const result = obj(
      data.customerCancelDataErasure,
      'customerCancelDataErasure',
    );
    const errors = arr(
      result.userErrors ?? [],
      'customerCancelDataErasure.userErrors',
    );
    const codes = errors.map((e) => (e as { code?: unknown } | null)?.code);
    const outcome: ErasureCancellation | undefined =
      errors.length === 0
        ? 'cancelled'
        : codes.includes('DOES_NOT_EXIST')
          ? 'already-erased'
          : codes.includes('NOT_BEING_ERASED')
            ? 'not-pending'
            : undefined;
    if (outcome) return { outcome, disclosures: run.disclosures };
    if (codes.includes('FAILED_TO_CANCEL'))
      throw new TransientError(
        `${PROCESSOR}: customerCancelDataErasure: Shopify could not cancel`,
      );
    const code = codes.find(
      (c): c is string => typeof c === 'string' && CODE_PATTERN.test(c),
    );
    throw new ProcessorRejectedError(
      `${PROCESSOR}: customerCancelDataErasure: refused (user error ${code ?? 'without a code'})`,
    );
  }

  /**
   * Sets email marketing to UNSUBSCRIBED, unless it already is: a repeated objection (a retried
   * job, a second request) changes nothing at Shopify, not even the consent's update time.
   */
  private async unsubscribe(
    run: Run,
    customer: Customer,
  ): Promise<ConnectorResult> {
    if (customer.marketingState === 'UNSUBSCRIBED')
      return {
        outcome: 'COMPLETED',
        records: 1,
        disclosures: run.disclosures,
        evidence: {
          shopifyCustomerId: customer.id,
          marketing: 'already-unsubscribed',
        },
      };
    const data = await this.graphql(
      run,
      UNSUBSCRIBE,
      {
        input: {
          customerId: customer.id,
          emailMarketingConsent: {
            marketingState: 'UNSUBSCRIBED',
            marketingOptInLevel: 'SINGLE_OPT_IN',
          },
        },
      },
      DISCLOSE.unsubscribe,
    );
    const result = obj(
      data.customerEmailMarketingConsentUpdate,
      'customerEmailMarketingConsentUpdate',
    );
    if (this.userErrors(UNSUBSCRIBE, result.userErrors))
      return { outcome: 'NOT_FOUND', records: 0, disclosures: run.disclosures };
    return {
      outcome: 'COMPLETED',
      records: 1,
      disclosures: run.disclosures,
      evidence: { shopifyCustomerId: customer.id },
    };
  }

  /**
   * Applies the stated name, email and phone with `customerUpdate`. The customer's values are
   * read first and only the corrections that differ are sent: a repeated job (or a correction to
   * what Shopify already holds) writes nothing, so the customer's update time and Shopify's
   * `customers/update` webhooks do not fire again. Shopify validates the whole input at once:
   * fields it refuses (a malformed or already used email or phone) are reported `rejected` and the
   * rest is sent again once. Corrections it cannot apply (address, other) are reported
   * `unsupported`. The values go to Shopify only: results name fields, never values.
   */
  private async rectify(
    run: Run,
    customer: Customer,
  ): Promise<ConnectorResult> {
    const corrections = run.ctx.corrections ?? [];
    const input: Record<string, string | null> = {};
    const outcome = new Map<string, FieldChange['outcome']>();
    for (const c of corrections) {
      if (c.field === 'name') Object.assign(input, splitName(c.value));
      else if (c.field === 'email') input.email = c.value.trim().toLowerCase();
      else if (c.field === 'phone') input.phone = e164(c.value);
      outcome.set(
        c.field,
        c.field in INPUT_FIELDS ? 'corrected' : 'unsupported',
      );
    }
    const evidence: Record<string, string> = { shopifyCustomerId: customer.id };
    const stated = [...outcome.keys()].filter(
      (f): f is keyof typeof INPUT_FIELDS => f in INPUT_FIELDS,
    );
    let pending = stated;
    if (stated.length > 0) {
      const current = await this.customerValues(run, customer);
      if (!current)
        return {
          outcome: 'NOT_FOUND',
          records: 0,
          disclosures: run.disclosures,
        };
      pending = stated.filter((f) =>
        INPUT_FIELDS[f].some((k) => !sameValue(k, current[k], input[k])),
      );
      if (pending.length === 0) {
        evidence.rectify = 'already-applied';
        return {
          outcome: 'COMPLETED',
          records: 1,
          changes: corrections.map((c) => ({
            field: c.field,
            outcome: outcome.get(c.field) ?? 'unsupported',
          })),
          disclosures: run.disclosures,
          evidence,
        };
      }
    }
    let updated = false;
    for (let attempt = 0; attempt < 2 && pending.length > 0; attempt++) {
      const fields = pending;
      const data = await this.graphql(
        run,
        UPDATE_CUSTOMER,
        {
          input: {
            id: customer.id,
            ...Object.fromEntries(
              fields.flatMap((f) =>
                INPUT_FIELDS[f].map((k) => [k, input[k] ?? null]),
              ),
            ),
          },
        },
        {
          call: 'POST graphql customerUpdate',
          identifiers: ['shopify-customer-id', ...fields],
        },
      );
      const result = obj(data.customerUpdate, 'customerUpdate');
      const refused = this.refusedFields(result.userErrors);
      if (refused === 'not-found')
        return {
          outcome: 'NOT_FOUND',
          records: 0,
          disclosures: run.disclosures,
        };
      if (refused.length === 0) {
        updated = true;
        break;
      }
      for (const f of refused) outcome.set(f, 'rejected');
      pending = fields.filter((f) => !refused.includes(f));
    }
    // Still refused on the second try: not applied.
    for (const f of pending) if (!updated) outcome.set(f, 'rejected');
    const changes = corrections.map((c) => ({
      field: c.field,
      outcome: outcome.get(c.field) ?? 'unsupported',
    }));
    return {
      outcome: 'COMPLETED',
      records: updated ? 1 : 0,
      changes,
      disclosures: run.disclosures,
      evidence,
    };
  }

  /** The customer's name, email and phone as `CustomerInput` keys; undefined when the customer is gone. */
  private async customerValues(
    run: Run,
    customer: Customer,
  ): Promise<Record<string, string | null> | undefined> {
    const data = await this.graphql(
      run,
      CUSTOMER_VALUES,
      { id: customer.id },
      DISCLOSE.customer,
    );
    if (data.customer === null) return undefined;
    const c = obj(data.customer, 'customer');
    return {
      firstName: optStr(c.firstName),
      lastName: optStr(c.lastName),
      email: optStr((c.defaultEmailAddress as Json | null)?.emailAddress),
      phone: optStr((c.defaultPhoneNumber as Json | null)?.phoneNumber),
    };
  }

  /**
   * `customerUpdate` user errors as the corrections they refuse; `not-found` when the customer
   * is gone. An error on a field no correction sent needs an operator (named by field, never by
   * the message, which may quote the value).
   */
  private refusedFields(
    value: unknown,
  ): (keyof typeof INPUT_FIELDS)[] | 'not-found' {
    const errors = arr(value ?? [], 'customerUpdate.userErrors');
    const refused = new Set<keyof typeof INPUT_FIELDS>();
    for (const e of errors) {
      const path = (e as { field?: unknown } | null)?.field;
      const field = Array.isArray(path) ? path.at(-1) : undefined;
      if (field === 'id') return 'not-found';
      const correction = (
        Object.keys(INPUT_FIELDS) as (keyof typeof INPUT_FIELDS)[]
      ).find((k) => INPUT_FIELDS[k].includes(String(field)));
      if (!correction)
        throw new ProcessorRejectedError(
          `${PROCESSOR}: customerUpdate: refused (user error on ${typeof field === 'string' && CODE_PATTERN.test(field) ? `field ${field}` : 'an unnamed field'})`,
        );
      refused.add(correction);
    }
    return [...refused];
  }

  /**
   * Mutation `userErrors`: true when the customer does not exist; throws for the others
   * (`FAILED_TO_REQUEST`/`INTERNAL_ERROR` are worth retrying, the rest need an operator).
   */
  private userErrors(op: Operation, value: unknown): boolean {
    const errors = arr(value ?? [], `${op.field}.userErrors`);
    if (errors.length === 0) return false;
    const codes = errors.map((e) => {
      const code = (e as { code?: unknown } | null)?.code;
      return typeof code === 'string' && CODE_PATTERN.test(code)
        ? code
        : undefined;
    });
    if (codes.includes('DOES_NOT_EXIST')) return true;
    const at = `${PROCESSOR}: ${op.field}`;
    if (codes.includes('FAILED_TO_REQUEST') || codes.includes('INTERNAL_ERROR'))
      throw new TransientError(`${at}: Shopify could not take the request`);
    throw new ProcessorRejectedError(
      `${at}: refused (user error ${codes.find((c) => c) ?? 'without a code'})`,
    );
  }

  /**
   * One GraphQL call: THROTTLED (HTTP 200) waits for the cost bucket and retries; a rejected
   * cached client-credentials token is renewed once. Returns `data`.
   */
  private async graphql(
    run: Run,
    op: Operation,
    variables: Record<string, unknown>,
    disclosure: Disclosure,
  ): Promise<Json> {
    run.disclosures.push(disclosure);
    const what = `${op.field} (POST graphql.json)`;
    let renewed = false;
    let throttled = 0;
    for (;;) {
      const token = await this.token(run, renewed);
      let res: HttpResponse;
      try {
        res = await http(run.shop.graphqlUrl, {
          method: 'POST',
          headers: { 'x-shopify-access-token': token.value },
          body: { query: op.query, variables },
          timeoutMs: this.options.timeoutMs,
          sleep: this.sleep,
          signal: run.ctx.signal,
          processor: PROCESSOR,
        });
      } catch (error) {
        // A cached token Shopify no longer accepts (revoked or expired early): renew it once.
        if (
          error instanceof ProcessorRejectedError &&
          token.cached &&
          !renewed
        ) {
          renewed = true;
          continue;
        }
        throw error;
      }
      if (res.status !== 200) throw rejectStatus(res.status, what);
      const body = obj(res.json(), 'body');
      if (body.errors !== undefined) {
        const errors = arr(body.errors, 'errors');
        if (errors.map(errorCode).includes('THROTTLED')) {
          const wait = throttleWaitSeconds(body.extensions);
          if (
            throttled < this.throttleRetries &&
            wait <= MAX_INLINE_WAIT_SECONDS
          ) {
            throttled++;
            await this.sleep(wait * 1000);
            continue;
          }
          throw new TransientError(
            `${PROCESSOR}: ${what}: throttled (query cost bucket empty)`,
            { retryAfterSeconds: wait },
          );
        }
        if (errors.length > 0) throw graphqlError(op, errors);
      }
      return obj(body.data, 'data');
    }
  }

  /** The access token: the permanent one, or a client-credentials token (cached per shop). */
  private async token(
    run: Run,
    renew: boolean,
  ): Promise<{ value: string; cached: boolean }> {
    const { credentials } = run.ctx;
    if (credentials.accessToken)
      return { value: credentials.accessToken, cached: false };
    if (!credentials.clientId && !credentials.clientSecret)
      throw new ProcessorRejectedError(
        `${PROCESSOR}: credentials need 'accessToken' (custom app) or 'clientId' and 'clientSecret' (client credentials grant)`,
      );
    const clientId = requireCredential(credentials, 'clientId', PROCESSOR);
    const clientSecret = requireCredential(
      credentials,
      'clientSecret',
      PROCESSOR,
    );
    const key = `${run.shop.base} ${clientId}`;
    const now = this.clock();
    const cached = this.tokens.get(key);
    if (cached && !renew && now < cached.refreshAt)
      return { value: cached.token, cached: true };
    this.tokens.delete(key);
    const res = await http(`${run.shop.base}/admin/oauth/access_token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        grant_type: 'client_credentials',
        client_id: clientId,
        client_secret: clientSecret,
      }).toString(),
      timeoutMs: this.options.timeoutMs,
      sleep: this.sleep,
      signal: run.ctx.signal,
      processor: PROCESSOR,
    });
    if (res.status !== 200)
      throw new ProcessorRejectedError(
        `${PROCESSOR}: client credentials grant refused (HTTP ${res.status}); check credentials 'clientId' and 'clientSecret' and that the app is installed on the shop`,
      );
    const body = obj(res.json(), 'token response');
    const token = str(body.access_token, 'access_token');
    const ttl =
      typeof body.expires_in === 'number' && body.expires_in > 0
        ? body.expires_in
        : DEFAULT_TOKEN_TTL_SECONDS;
    // Renew a little before Shopify does, so a token never expires mid-job.
    const margin = Math.min(300, ttl / 10);
    this.tokens.set(key, { token, refreshAt: now + (ttl - margin) * 1000 });
    return { value: token, cached: false };
  }
}

/** Whether Shopify already holds `wanted` for a `CustomerInput` key (null and empty alike; emails in any case). */
function sameValue(
  key: string,
  held: string | null | undefined,
  wanted: string | null | undefined,
): boolean {
  const a = held ?? '';
  const b = wanted ?? '';
  return key === 'email' ? a.toLowerCase() === b.toLowerCase() : a === b;
}

function shopOf(ctx: ConnectorContext): Shop {
  const { settings } = ctx.processor;
  const apiVersion =
    typeof settings.apiVersion === 'string' && settings.apiVersion !== ''
      ? settings.apiVersion
      : DEFAULT_API_VERSION;
  if (!/^(\d{4}-\d{2}|unstable)$/.test(apiVersion))
    throw new ProcessorRejectedError(
      `${PROCESSOR}: setting 'apiVersion' must look like 2026-07`,
    );
  let base: string;
  if (typeof settings.baseUrl === 'string' && settings.baseUrl !== '') {
    base = new URL(apiBaseUrl(settings, undefined, PROCESSOR)).origin;
  } else {
    const domain = requireSetting(settings, 'shopDomain', PROCESSOR);
    if (!/^[a-z0-9][a-z0-9.-]*\.[a-z]{2,}$/i.test(domain))
      throw new ProcessorRejectedError(
        `${PROCESSOR}: setting 'shopDomain' must be a host name such as shop.myshopify.com`,
      );
    base = `https://${domain.toLowerCase()}`;
  }
  return { base, graphqlUrl: `${base}/admin/api/${apiVersion}/graphql.json` };
}
