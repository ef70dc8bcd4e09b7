/**
 * A fake Shopify shop (Admin GraphQL API, connector-protocols.md §2b and §7) on loopback.
 *
 * Credentials it accepts:
 * - legacy custom-app token: `X-Shopify-Access-Token: shpat_fake_custom_app_token`
 *   ({@link SHOPIFY_FAKE_ACCESS_TOKEN}, never expires);
 * - client credentials grant: `POST /admin/oauth/access_token` with
 *   `client_id=fake-shopify-client-id`, `client_secret=fake-shopify-client-secret`
 *   ({@link SHOPIFY_FAKE_CLIENT_ID}, {@link SHOPIFY_FAKE_CLIENT_SECRET}), form-encoded or JSON; the
 *   token it issues expires after `tokenTtlSeconds` (default 86400) on the fake's clock.
 * A missing, unknown or expired token gets HTTP 401, as from Shopify.
 *
 * GraphQL: `POST /admin/api/<YYYY-MM>/graphql.json`. A tiny interpreter parses the document (one
 * root field, arguments from literals or variables) and answers `customers(query: "email:…")`
 * (fuzzy, like Shopify: it matches on the start of the address), `customer(id)`,
 * `customerByIdentifier(identifier: {emailAddress})`, `orders(query: "customer_id:…")` (60-day window
 * unless `readAllOrders`), `order(id)`, `customerRequestDataErasure`, `customerCancelDataErasure`
 * `customerEmailMarketingConsentUpdate` and `customerUpdate` (name, email, phone; all-or-nothing
 * validation: a malformed or taken email or phone, E.164 only). It returns every field of the documented shapes
 * whatever the selection asks for, but honours `first`/`after` on every connection.
 *
 * Cost: a calculated cost per query (objects 1, connections 2 + first × item cost, mutations 10),
 * `MAX_COST_EXCEEDED` above 1000, and a leaky bucket (default 2000 points, 100/s, on the injectable
 * clock) answering `THROTTLED` as HTTP 200 when it lacks the points. HTTP 429 with `Retry-After`
 * is available through `server.inject`.
 */
import { randomBytes } from 'node:crypto';
import { type FakeRequest, type FakeResponse, FakeServer } from './server.ts';

export const SHOPIFY_FAKE_ACCESS_TOKEN = 'shpat_fake_custom_app_token';
export const SHOPIFY_FAKE_CLIENT_ID = 'fake-shopify-client-id';
export const SHOPIFY_FAKE_CLIENT_SECRET = 'fake-shopify-client-secret';

const ALL_SCOPES = [
  'read_customers',
  'write_customers',
  'read_orders',
  'read_all_orders',
  'write_customer_data_erasure',
  'read_customer_data_erasure',
];
const DAY_MS = 86_400_000;
const MAX_QUERY_COST = 1000;

/** The seed shape `npm start` passes (common to all fakes), plus optional Shopify details. */
export interface ShopifySeedCustomer {
  email: string;
  firstName: string;
  lastName: string;
  phone?: string;
  createdAt?: string;
  marketingState?: 'SUBSCRIBED' | 'UNSUBSCRIBED' | 'NOT_SUBSCRIBED';
  addresses?: {
    address1: string;
    city: string;
    zip: string;
    country: string;
  }[];
  orders: ShopifySeedOrder[];
}

export interface ShopifySeedOrder {
  /** Order name, e.g. `#1042`. */
  id: string;
  createdAt: string;
  /** Unfulfilled and not closed. */
  open?: boolean;
  /** Payment pending (an open order too). */
  paymentPending?: boolean;
  total: string;
  currency: string;
  lineItems?: { title: string; quantity: number }[];
  shipping?: { city: string; zip: string; country: string };
}

export interface ShopifyFakeOptions {
  customers?: ShopifySeedCustomer[];
  /** The app holds `read_all_orders`; without it only the last 60 days of orders are visible. Default true. */
  readAllOrders?: boolean;
  /** Scopes granted to the app; a field needing another answers `ACCESS_DENIED`. Default: all. */
  scopes?: string[];
  /** Lifetime of client-credentials tokens. Default 86400 s. */
  tokenTtlSeconds?: number;
  /** Leaky bucket: size, restore rate (points/s) and initial fill (default full). */
  bucket?: { max: number; restoreRate: number; available?: number };
  /** The fake's clock (epoch ms) for token expiry, the bucket and the 60-day window. */
  now?: () => number;
  /** Answer `customerRequestDataErasure` with this user-error code (e.g. `FAILED_TO_REQUEST`). */
  erasureUserError?: string;
}

interface FakeOrder {
  numericId: number;
  name: string;
  createdAt: string;
  closed: boolean;
  paymentPending: boolean;
  total: string;
  currency: string;
  lineItems: { title: string; quantity: number }[];
  shipping: { city: string; zip: string; country: string } | null;
}

export interface ShopifyFakeCustomer {
  numericId: number;
  gid: string;
  email: string;
  firstName: string;
  lastName: string;
  phone: string | null;
  createdAt: string;
  marketingState: string;
  consentUpdatedAt: string | null;
  addresses: { address1: string; city: string; zip: string; country: string }[];
  orders: FakeOrder[];
}

export interface ErasureRequest {
  customerId: string;
  requestedAt: string;
  /** When the call that asked for it arrived (wall-clock ms, before any injected delay). */
  receivedAt: number;
  cancelled: boolean;
}

const gid = (type: string, id: number) => `gid://shopify/${type}/${id}`;
const cursor = (n: number) =>
  Buffer.from(JSON.stringify({ last: n })).toString('base64');
const uncursor = (c: unknown): number => {
  if (typeof c !== 'string') return -1;
  try {
    const v = JSON.parse(Buffer.from(c, 'base64').toString('utf8')) as {
      last?: unknown;
    };
    return typeof v.last === 'number' ? v.last : -1;
  } catch {
    return -1;
  }
};

export function createShopifyFake(options: ShopifyFakeOptions = {}) {
  const server = new FakeServer('shopify');
  const now = options.now ?? Date.now;
  const readAllOrders = options.readAllOrders ?? true;
  const scopes = new Set(options.scopes ?? ALL_SCOPES);
  const ttl = options.tokenTtlSeconds ?? 86_400;
  const max = options.bucket?.max ?? 2000;
  const restoreRate = options.bucket?.restoreRate ?? 100;
  const bucket = { available: options.bucket?.available ?? max, at: now() };
  const customers: ShopifyFakeCustomer[] = [];
  const tokens = new Map<string, number>();
  const erasureRequests: ErasureRequest[] = [];
  const consentUpdates: { customerId: string; marketingState: string }[] = [];
  const consentChanges: { customerId: string; marketingState: string }[] = [];
  const customerUpdates: { customerId: string; fields: string[] }[] = [];
  let nextId = 7_028_000_001;

  function seed(list: ShopifySeedCustomer[]): void {
    for (const c of list) {
      const numericId = nextId++;
      const created =
        c.createdAt ??
        [...c.orders.map((o) => o.createdAt)].sort()[0] ??
        new Date(now()).toISOString();
      customers.push({
        numericId,
        gid: gid('Customer', numericId),
        email: c.email,
        firstName: c.firstName,
        lastName: c.lastName,
        phone: c.phone ?? null,
        createdAt: created,
        marketingState: c.marketingState ?? 'SUBSCRIBED',
        consentUpdatedAt: created,
        addresses: c.addresses ?? [],
        orders: c.orders.map((o) => ({
          numericId: nextId++,
          name: o.id,
          createdAt: o.createdAt,
          closed: !o.open && !o.paymentPending,
          paymentPending: o.paymentPending ?? false,
          total: o.total,
          currency: o.currency,
          lineItems: o.lineItems ?? [{ title: 'Lastu tote bag', quantity: 1 }],
          shipping: o.shipping ?? null,
        })),
      });
    }
  }
  seed(options.customers ?? []);

  const byGid = (id: unknown) => customers.find((c) => c.gid === id);

  // --- auth ------------------------------------------------------------------------------------

  server.route('POST', '/admin/oauth/access_token', (req) => {
    const form =
      req.body && typeof req.body === 'object'
        ? new URLSearchParams(req.body as Record<string, string>)
        : new URLSearchParams(req.raw.toString('utf8'));
    if (form.get('grant_type') !== 'client_credentials')
      return { status: 400, body: { error: 'unsupported_grant_type' } };
    if (
      form.get('client_id') !== SHOPIFY_FAKE_CLIENT_ID ||
      form.get('client_secret') !== SHOPIFY_FAKE_CLIENT_SECRET
    )
      return {
        status: 400,
        body: {
          error: 'invalid_client',
          error_description: 'Client authentication failed.',
        },
      };
    const token = `shpat_${randomBytes(16).toString('hex')}`;
    tokens.set(token, now() + ttl * 1000);
    return {
      status: 200,
      body: {
        access_token: token,
        scope: [...scopes].join(','),
        expires_in: ttl,
      },
    };
  });

  function authorised(req: FakeRequest): boolean {
    const token = req.headers['x-shopify-access-token'];
    if (token === SHOPIFY_FAKE_ACCESS_TOKEN) return true;
    const expires = typeof token === 'string' ? tokens.get(token) : undefined;
    return expires !== undefined && now() < expires;
  }

  // --- GraphQL ---------------------------------------------------------------------------------

  server.route('POST', '/admin/api/:version/graphql.json', (req) => {
    if (!/^(\d{4}-\d{2}|unstable)$/.test(req.params.version ?? ''))
      return { status: 404, body: { errors: 'Not Found' } };
    if (!authorised(req))
      return {
        status: 401,
        body: {
          errors:
            '[API] Invalid API key or access token (unrecognized login or wrong password)',
        },
      };
    const body = req.body as
      | { query?: unknown; variables?: Record<string, unknown> }
      | undefined;
    if (typeof body?.query !== 'string')
      return {
        status: 400,
        body: { errors: { query: 'Required parameter missing or invalid' } },
      };
    const headers = { 'x-shopify-api-version': req.params.version ?? '' };
    let doc: Doc;
    try {
      doc = parse(body.query, body.variables ?? {});
    } catch (error) {
      return graphqlErrors(headers, (error as Error).message, 'PARSE_ERROR');
    }
    const requested = costOf(doc);
    if (requested > MAX_QUERY_COST)
      return graphqlErrors(
        headers,
        `Query cost is ${requested}, which exceeds the single query max cost limit (${MAX_QUERY_COST}).`,
        'MAX_COST_EXCEEDED',
      );
    const scope = SCOPE_OF[doc.root.name];
    if (scope && !scopes.has(scope))
      return {
        status: 200,
        headers,
        body: {
          errors: [
            {
              message: `Access denied for ${doc.root.name} field. Required access: \`${scope}\` access scope.`,
              path: [doc.root.name],
              extensions: {
                code: 'ACCESS_DENIED',
                documentation: 'https://shopify.dev/api/usage/access-scopes',
                requiredAccess: `\`${scope}\` access scope.`,
              },
            },
          ],
          data: { [doc.root.name]: null },
        },
      };
    refill();
    if (requested > bucket.available)
      return {
        status: 200,
        headers,
        body: {
          errors: [
            {
              message: 'Throttled',
              extensions: {
                code: 'THROTTLED',
                documentation: 'https://shopify.dev/api/usage/rate-limits',
              },
            },
          ],
          extensions: { cost: costExtension(requested, null) },
        },
      };
    bucket.available -= requested;
    const resolver = RESOLVERS[doc.root.name];
    if (!resolver)
      return graphqlErrors(
        headers,
        `Field '${doc.root.name}' doesn't exist on type '${doc.operation === 'mutation' ? 'Mutation' : 'QueryRoot'}'`,
        'undefinedField',
      );
    const value = resolver(doc.root, req);
    const actual = Math.min(requested, actualCost(doc, value));
    bucket.available = Math.min(max, bucket.available + requested - actual);
    return {
      status: 200,
      headers,
      body: {
        data: { [doc.root.name]: value },
        extensions: { cost: costExtension(requested, actual) },
      },
    };
  });

  function refill(): void {
    const t = now();
    bucket.available = Math.min(
      max,
      bucket.available + ((t - bucket.at) / 1000) * restoreRate,
    );
    bucket.at = t;
  }

  function costExtension(requested: number, actual: number | null) {
    return {
      requestedQueryCost: requested,
      actualQueryCost: actual,
      throttleStatus: {
        maximumAvailable: max,
        currentlyAvailable: Math.floor(bucket.available),
        restoreRate,
      },
    };
  }

  // --- resolvers -------------------------------------------------------------------------------

  function customerNode(c: ShopifyFakeCustomer, field?: Field) {
    const addressesField = field?.children.find(
      (f) => f.name === 'addressesV2',
    );
    const addresses = c.addresses.map((a, i) => ({
      id: gid('MailingAddress', c.numericId * 10 + i),
      firstName: c.firstName,
      lastName: c.lastName,
      company: null,
      address1: a.address1,
      address2: null,
      city: a.city,
      province: null,
      zip: a.zip,
      countryCodeV2: a.country,
      phone: c.phone,
    }));
    return {
      id: c.gid,
      firstName: c.firstName,
      lastName: c.lastName,
      createdAt: c.createdAt,
      numberOfOrders: String(c.orders.length),
      defaultEmailAddress: {
        emailAddress: c.email,
        marketingState: c.marketingState,
      },
      defaultPhoneNumber: c.phone ? { phoneNumber: c.phone } : null,
      emailMarketingConsent: {
        marketingState: c.marketingState,
        marketingOptInLevel: 'SINGLE_OPT_IN',
        consentUpdatedAt: c.consentUpdatedAt,
      },
      addressesV2: connection(addresses, addressesField?.args),
      addresses: addresses,
    };
  }

  function orderNode(o: FakeOrder, field?: Field) {
    const lineItemsField = field?.children.find((f) => f.name === 'lineItems');
    return {
      id: gid('Order', o.numericId),
      name: o.name,
      createdAt: o.createdAt,
      closed: o.closed,
      closedAt: o.closed ? o.createdAt : null,
      cancelledAt: null,
      displayFinancialStatus: o.paymentPending ? 'PENDING' : 'PAID',
      displayFulfillmentStatus: o.closed ? 'FULFILLED' : 'UNFULFILLED',
      totalPriceSet: {
        shopMoney: { amount: o.total, currencyCode: o.currency },
      },
      currencyCode: o.currency,
      shippingAddress: o.shipping
        ? {
            city: o.shipping.city,
            zip: o.shipping.zip,
            countryCodeV2: o.shipping.country,
          }
        : null,
      lineItems: connection(
        o.lineItems.map((li, i) => ({
          id: gid('LineItem', o.numericId * 100 + i),
          ...li,
        })),
        lineItemsField?.args,
      ),
    };
  }

  /** Orders the app may see: all, or the last 60 days without `read_all_orders`. */
  function visibleOrders(c: ShopifyFakeCustomer): FakeOrder[] {
    const since = now() - 60 * DAY_MS;
    return c.orders.filter(
      (o) => readAllOrders || Date.parse(o.createdAt) >= since,
    );
  }

  function userError(field: string, code: string, message: string) {
    return { field: [field], message, code };
  }

  const RESOLVERS: Record<string, (f: Field, req: FakeRequest) => unknown> = {
    customers(f) {
      const q = String(f.args.query ?? '');
      const term = /email:\s*"?([^"\s]+)"?/.exec(q)?.[1]?.toLowerCase();
      // Fuzzy like Shopify's search: the start of the address is enough.
      const local = term?.split('@')[0] ?? '';
      const found = term
        ? customers.filter((c) => c.email.toLowerCase().startsWith(local))
        : customers;
      const node = nodeField(f);
      return connection(
        found.map((c) => customerNode(c, node)),
        f.args,
      );
    },
    customer(f) {
      const c = byGid(f.args.id);
      return c ? customerNode(c, f) : null;
    },
    customerByIdentifier(f) {
      const id = f.args.identifier as
        | { emailAddress?: unknown; id?: unknown }
        | undefined;
      const c = customers.find(
        (x) =>
          (typeof id?.emailAddress === 'string' &&
            x.email.toLowerCase() === id.emailAddress.toLowerCase()) ||
          x.gid === id?.id,
      );
      return c ? customerNode(c, f) : null;
    },
    orders(f) {
      const q = String(f.args.query ?? '');
      const id = /customer_id:\s*"?(\d+)"?/.exec(q)?.[1];
      const email = /email:\s*"?([^"\s]+)"?/.exec(q)?.[1]?.toLowerCase();
      const owners = customers.filter(
        (c) =>
          (id !== undefined && String(c.numericId) === id) ||
          (email !== undefined && c.email.toLowerCase() === email) ||
          (id === undefined && email === undefined),
      );
      const orders = owners
        .flatMap(visibleOrders)
        .sort(
          (a, b) =>
            a.createdAt.localeCompare(b.createdAt) || a.numericId - b.numericId,
        );
      const node = nodeField(f);
      return connection(
        orders.map((o) => orderNode(o, node)),
        f.args,
      );
    },
    order(f) {
      for (const c of customers)
        for (const o of visibleOrders(c))
          if (gid('Order', o.numericId) === f.args.id) return orderNode(o, f);
      return null;
    },
    customerRequestDataErasure(f, req) {
      const c = byGid(f.args.customerId);
      if (!c)
        return {
          customerId: null,
          userErrors: [
            userError(
              'customerId',
              'DOES_NOT_EXIST',
              'Customer does not exist',
            ),
          ],
        };
      if (options.erasureUserError)
        return {
          customerId: null,
          userErrors: [
            userError(
              'customerId',
              options.erasureUserError,
              'Failed to request erasure',
            ),
          ],
        };
      erasureRequests.push({
        customerId: c.gid,
        requestedAt: new Date(now()).toISOString(),
        receivedAt: req.receivedAt,
        cancelled: false,
      });
      return { customerId: c.gid, userErrors: [] };
    },
    customerCancelDataErasure(f) {
      const c = byGid(f.args.customerId);
      if (!c)
        return {
          customerId: null,
          userErrors: [
            userError(
              'customerId',
              'DOES_NOT_EXIST',
              'Customer does not exist',
            ),
          ],
        };
      const pending = erasureRequests.find(
        (r) => r.customerId === c.gid && !r.cancelled,
      );
      if (!pending)
        return {
          customerId: null,
          userErrors: [
            userError(
              'customerId',
              'NOT_BEING_ERASED',
              "Customer's data is not scheduled for erasure",
            ),
          ],
        };
      pending.cancelled = true;
      return { customerId: c.gid, userErrors: [] };
    },
    // Admin API `customerUpdate(input: CustomerInput!)`: payload `UserError` has `field` and
    // `message` only (no code). Validation is all-or-nothing: any user error, nothing changes.
    customerUpdate(f) {
      const input = (f.args.input ?? {}) as Record<string, unknown>;
      const c = byGid(input.id);
      if (!c)
        return {
          customer: null,
          userErrors: [{ field: ['id'], message: 'Customer does not exist' }],
        };
      const errors: { field: string[]; message: string }[] = [];
      const others = customers.filter((x) => x !== c);
      if ('email' in input) {
        const email = input.email;
        if (
          typeof email !== 'string' ||
          !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)
        )
          errors.push({ field: ['email'], message: 'Email is invalid' });
        else if (others.some((x) => x.email === email.toLowerCase()))
          errors.push({
            field: ['email'],
            message: 'Email has already been taken',
          });
      }
      if ('phone' in input && input.phone !== null) {
        const phone = input.phone;
        if (typeof phone !== 'string' || !/^\+[1-9]\d{6,14}$/.test(phone))
          errors.push({ field: ['phone'], message: 'Phone is invalid' });
        else if (others.some((x) => x.phone === phone))
          errors.push({
            field: ['phone'],
            message: 'Phone has already been taken',
          });
      }
      for (const name of ['firstName', 'lastName'])
        if (
          name in input &&
          input[name] !== null &&
          (typeof input[name] !== 'string' ||
            (input[name] as string).length > 255)
        )
          errors.push({ field: [name], message: `${name} is invalid` });
      if (errors.length > 0) return { customer: null, userErrors: errors };
      const fields: string[] = [];
      if (typeof input.firstName === 'string' || input.firstName === null) {
        c.firstName = (input.firstName as string | null) ?? '';
        fields.push('firstName');
      }
      if (typeof input.lastName === 'string' || input.lastName === null) {
        c.lastName = (input.lastName as string | null) ?? '';
        fields.push('lastName');
      }
      if (typeof input.email === 'string') {
        c.email = input.email.toLowerCase();
        fields.push('email');
      }
      if ('phone' in input) {
        c.phone = (input.phone as string | null) ?? null;
        fields.push('phone');
      }
      customerUpdates.push({ customerId: c.gid, fields });
      return { customer: customerNode(c), userErrors: [] };
    },
    customerEmailMarketingConsentUpdate(f) {
      const input = f.args.input as
        | {
            customerId?: unknown;
            emailMarketingConsent?: { marketingState?: unknown };
          }
        | undefined;
      const c = byGid(input?.customerId);
      if (!c)
        return {
          customer: null,
          userErrors: [
            userError('customerId', 'INVALID', 'Customer not found'),
          ],
        };
      const state = input?.emailMarketingConsent?.marketingState;
      if (typeof state !== 'string')
        return {
          customer: null,
          userErrors: [
            userError(
              'emailMarketingConsent',
              'MISSING_ARGUMENT',
              'Marketing state is required',
            ),
          ],
        };
      if (c.marketingState !== state)
        consentChanges.push({ customerId: c.gid, marketingState: state });
      c.marketingState = state;
      c.consentUpdatedAt = new Date(now()).toISOString();
      consentUpdates.push({ customerId: c.gid, marketingState: state });
      return { customer: customerNode(c), userErrors: [] };
    },
  };

  return {
    server,
    /** Accepted credentials (also exported as constants). */
    credentials: {
      accessToken: SHOPIFY_FAKE_ACCESS_TOKEN,
      clientId: SHOPIFY_FAKE_CLIENT_ID,
      clientSecret: SHOPIFY_FAKE_CLIENT_SECRET,
    },
    start: (port?: number) => server.start(port),
    stop: () => server.stop(),
    seed,
    /** The shop's customers (live state; inspect or change in tests). */
    customers,
    /** `customerRequestDataErasure` calls accepted, in order. */
    erasureRequests,
    /** `customerEmailMarketingConsentUpdate` calls accepted, in order. */
    consentUpdates,
    /** Those of them that changed the customer's state (a repeat with the same state does not). */
    consentChanges,
    /** `customerUpdate` calls accepted, in order, with the CustomerInput fields they changed. */
    customerUpdates,
    /** Points currently in the cost bucket. */
    bucketAvailable(): number {
      refill();
      return bucket.available;
    },
    /** Shopify's queued erasure runs: redacts the customers with an uncancelled request. */
    completeErasures(): void {
      for (const r of erasureRequests) {
        if (r.cancelled) continue;
        const i = customers.findIndex((c) => c.gid === r.customerId);
        if (i >= 0) customers.splice(i, 1);
      }
    },
  };
}

export type ShopifyFake = ReturnType<typeof createShopifyFake>;

const SCOPE_OF: Record<string, string> = {
  customers: 'read_customers',
  customer: 'read_customers',
  customerByIdentifier: 'read_customers',
  orders: 'read_orders',
  order: 'read_orders',
  customerRequestDataErasure: 'write_customer_data_erasure',
  customerCancelDataErasure: 'write_customer_data_erasure',
  customerEmailMarketingConsentUpdate: 'write_customers',
  customerUpdate: 'write_customers',
};

function graphqlErrors(
  headers: Record<string, string>,
  message: string,
  code: string,
): FakeResponse {
  return {
    status: 200,
    headers,
    body: { errors: [{ message, extensions: { code } }] },
  };
}

/** The `node` selection of a connection field (`edges { node { … } }` or `nodes { … }`). */
function nodeField(f: Field): Field | undefined {
  const edges = f.children.find((c) => c.name === 'edges');
  return (
    edges?.children.find((c) => c.name === 'node') ??
    f.children.find((c) => c.name === 'nodes')
  );
}

/** A cursor-paginated connection over `items` (`first`, `after`). */
function connection<T>(items: T[], args: Record<string, unknown> = {}) {
  const first = typeof args.first === 'number' ? args.first : items.length;
  const start = uncursor(args.after) + 1;
  const slice = items.slice(start, start + first);
  return {
    edges: slice.map((node, i) => ({ cursor: cursor(start + i), node })),
    nodes: slice,
    pageInfo: {
      hasNextPage: start + first < items.length,
      hasPreviousPage: start > 0,
      startCursor: slice.length ? cursor(start) : null,
      endCursor: slice.length ? cursor(start + slice.length - 1) : null,
    },
  };
}

// --- A tiny GraphQL document parser ------------------------------------------------------------

interface Field {
  name: string;
  args: Record<string, unknown>;
  children: Field[];
}

interface Doc {
  operation: 'query' | 'mutation';
  root: Field;
}

const TOKEN =
  /\s+|,|#[^\n]*|(\.\.\.|[{}():$!=@[\]])|("(?:[^"\\]|\\.)*")|(-?\d+(?:\.\d+)?)|([A-Za-z_][A-Za-z0-9_]*)/y;

function tokenize(text: string): string[] {
  const out: string[] = [];
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < text.length) {
    const at = TOKEN.lastIndex;
    const m = TOKEN.exec(text);
    if (!m) throw new Error(`Parse error at character ${at}`);
    const t = m[1] ?? m[2] ?? m[3] ?? m[4];
    if (t !== undefined) out.push(t);
  }
  return out;
}

/** Parses an operation with exactly one root field; variables are substituted into arguments. */
function parse(text: string, variables: Record<string, unknown>): Doc {
  const tokens = tokenize(text);
  let i = 0;
  const peek = () => tokens[i];
  const next = () => {
    const t = tokens[i++];
    if (t === undefined) throw new Error('Parse error: unexpected end');
    return t;
  };
  const expect = (t: string) => {
    if (next() !== t) throw new Error(`Parse error: expected ${t}`);
  };
  let operation: Doc['operation'] = 'query';
  if (peek() === 'query' || peek() === 'mutation') {
    operation = next() as Doc['operation'];
    if (peek() !== '(' && peek() !== '{') next();
    if (peek() === '(') {
      let depth = 0;
      do {
        const t = next();
        if (t === '(') depth++;
        if (t === ')') depth--;
      } while (depth > 0);
    }
  }
  const value = (): unknown => {
    const t = next();
    if (t === '$') return variables[next()] ?? null;
    if (t.startsWith('"')) return JSON.parse(t) as string;
    if (/^-?\d/.test(t)) return Number(t);
    if (t === 'true' || t === 'false') return t === 'true';
    if (t === 'null') return null;
    if (t === '[') {
      const list: unknown[] = [];
      while (peek() !== ']') list.push(value());
      next();
      return list;
    }
    if (t === '{') {
      const o: Record<string, unknown> = {};
      while (peek() !== '}') {
        const k = next();
        expect(':');
        o[k] = value();
      }
      next();
      return o;
    }
    return t; // enum value
  };
  const selection = (): Field[] => {
    expect('{');
    const fields: Field[] = [];
    while (peek() !== '}') {
      if (peek() === '...') throw new Error('Fragments are not supported');
      let name = next();
      if (peek() === ':') {
        next();
        name = next();
      }
      const args: Record<string, unknown> = {};
      if (peek() === '(') {
        next();
        while (peek() !== ')') {
          const k = next();
          expect(':');
          args[k] = value();
        }
        next();
      }
      const children = peek() === '{' ? selection() : [];
      fields.push({ name, args, children });
    }
    next();
    return fields;
  };
  const roots = selection();
  const [root] = roots;
  if (!root || roots.length > 1)
    throw new Error('The fake answers one root field per operation');
  return { operation, root };
}

// --- Cost (shopify.dev/docs/api/usage/limits: objects 1, connections 2 + first, mutations 10) ---

function isConnection(f: Field): boolean {
  return typeof f.args.first === 'number' || typeof f.args.last === 'number';
}

function fieldCost(f: Field): number {
  if (f.children.length === 0) return 0;
  if (isConnection(f)) {
    const n = Number(f.args.first ?? f.args.last);
    return 2 + n * itemCost(f);
  }
  return 1 + f.children.reduce((s, c) => s + fieldCost(c), 0);
}

/** The cost of one item of a connection (its `node` object). */
function itemCost(f: Field): number {
  const node = nodeField(f);
  return node ? fieldCost(node) : 1;
}

function costOf(doc: Doc): number {
  return doc.operation === 'mutation' ? 10 : fieldCost(doc.root);
}

/** The cost recomputed with the number of items actually returned (Shopify refunds the rest). */
function actualCost(doc: Doc, value: unknown): number {
  if (doc.operation === 'mutation') return 10;
  const walk = (f: Field, v: unknown): number => {
    if (f.children.length === 0 || v === null || typeof v !== 'object')
      return 0;
    const o = v as Record<string, unknown>;
    if (isConnection(f)) {
      const node = nodeField(f);
      const items = Array.isArray(o.nodes) ? o.nodes : [];
      return (
        2 +
        items.reduce<number>((s, item) => s + (node ? walk(node, item) : 1), 0)
      );
    }
    return 1 + f.children.reduce((s, c) => s + walk(c, o[c.name] ?? null), 0);
  };
  return walk(doc.root, value);
}
