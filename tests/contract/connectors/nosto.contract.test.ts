import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { NostoConnector } from '#adapters/connectors/nosto.ts';
import { TransientError } from '#domain/errors.ts';
import {
  createNostoFake,
  NOSTO_TEST_TOKEN,
  type NostoFake,
} from '#infra/local/fakes/nosto.ts';
import {
  type Capability,
  type ConnectorContext,
  ProcessorRejectedError,
} from '#ports/connectors.ts';
import {
  connectorContext,
  recordingSleep,
} from '../../helpers/connector-context.ts';

const EMAIL = 'aino.virtanen@example.com';
let fake: NostoFake;

beforeEach(async () => {
  fake = createNostoFake({
    customers: [
      {
        email: EMAIL,
        firstName: 'Aino',
        lastName: 'Virtanen',
        orders: [],
      },
    ],
  });
  await fake.start();
});

afterEach(async () => {
  await fake.stop();
});

function ctx(
  capability: Capability,
  settings: Record<string, string> = { baseUrl: fake.baseUrl },
  overrides: Partial<Omit<ConnectorContext, 'processor'>> = {},
): ConnectorContext {
  return connectorContext(
    capability,
    { kind: 'nosto', settings },
    { credentials: { apiToken: NOSTO_TEST_TOKEN }, ...overrides },
  );
}

function connector(sleep = recordingSleep().sleep) {
  return new NostoConnector({ sleep, timeoutMs: 200 });
}

/** The failure of `promise`; its message never contains the subject's email. */
async function failure(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise;
  } catch (error) {
    expect((error as Error).message).not.toContain(EMAIL);
    expect((error as Error).message).not.toContain('aino');
    expect((error as Error).message).not.toContain(encodeURIComponent(EMAIL));
    return error as Error;
  }
  throw new Error('expected a failure');
}

describe('NostoConnector', () => {
  it('enqueues an erasure and leaves completion to the merchant', async () => {
    // Prepare
    const c = ctx('erase');

    // Act
    const result = await connector().run(c);

    // Assess
    expect(result.outcome).toBe('PENDING');
    if (result.outcome !== 'PENDING') return;
    expect(result.pending).toMatchObject({
      via: 'confirmation',
      confirmBy: 'merchant',
      checkAfterSeconds: 86_400,
    });
    expect(result.pending.ref).toMatch(/^nosto-[0-9a-f]{32}$/);
    expect(JSON.stringify(result)).not.toContain(EMAIL);
    expect(result.disclosures).toEqual([
      { call: 'DELETE /v1/customers/redact/{email}', identifiers: ['email'] },
    ]);
    const [call] = fake.server.callsTo('DELETE', /^\/v1\/customers\/redact\//);
    expect(call?.path).toBe(
      `/v1/customers/redact/${encodeURIComponent(EMAIL)}`,
    );
    expect(call?.headers.authorization).toBe(
      `Basic ${Buffer.from(`:${NOSTO_TEST_TOKEN}`).toString('base64')}`,
    );
    expect(fake.pending()).toMatchObject([{ kind: 'redact', email: EMAIL }]);
  });

  it('enqueues a takeout for access and the fake later emails the merchant', async () => {
    // Prepare
    const c = ctx('access');

    // Act
    const result = await connector().run(c);
    const mails = fake.complete(EMAIL);

    // Assess
    expect(result.outcome).toBe('PENDING');
    expect(result.disclosures[0]?.call).toBe(
      'POST /v1/customers/takeout/{email}',
    );
    expect(mails).toMatchObject([
      { kind: 'takeout', to: 'merchant@lastu.example' },
    ]);
    expect(fake.completionEmails).toHaveLength(1);
    expect(fake.pending()).toHaveLength(0);
  });

  it('gives a retried job the same opaque reference', async () => {
    // Prepare
    const c = ctx('erase');

    // Act
    const first = await connector().run(c);
    const second = await connector().run(c);

    // Assess
    expect(first.outcome === 'PENDING' && first.pending.ref).toBe(
      second.outcome === 'PENDING' && second.pending.ref,
    );
  });

  it('enqueues a repeated erasure again, and Nosto notifies the merchant once', async () => {
    // Prepare: Nosto takes no idempotency key and has no status to read first.
    const job = ctx('erase');
    await connector().run(job);

    // Act
    const again = await connector().run(job);
    const mails = fake.complete(EMAIL);

    // Assess
    expect(again.outcome).toBe('PENDING');
    expect(
      fake.server.callsTo('DELETE', /^\/v1\/customers\/redact\//),
    ).toHaveLength(2);
    // The second redaction finds the email already gone: no second notification.
    expect(mails).toMatchObject([{ kind: 'redact' }]);
    expect(fake.hasCustomer(EMAIL)).toBe(false);
  });

  it('enqueues a repeated takeout again, which notifies the merchant twice', async () => {
    // Prepare
    const job = ctx('access');
    await connector().run(job);

    // Act
    const again = await connector().run(job);
    const mails = fake.complete(EMAIL);

    // Assess
    expect(again.outcome).toBe('PENDING');
    expect(mails).toMatchObject([{ kind: 'takeout' }, { kind: 'takeout' }]);
  });

  it('refuses a plain-http base URL that is not loopback, before any call', async () => {
    // Act
    const error = await failure(
      connector().run(ctx('erase', { baseUrl: 'http://api.nosto.com' })),
    );

    // Assess
    expect(error).toBeInstanceOf(ProcessorRejectedError);
    expect(error.message).toContain('non-https');
    expect(fake.server.calls).toHaveLength(0);
  });

  it('refuses to run without the apiToken credential', async () => {
    // Prepare
    const c = ctx('erase', undefined, { credentials: {} });

    // Act
    const error = await failure(connector().run(c));

    // Assess
    expect(error).toBeInstanceOf(ProcessorRejectedError);
    expect(error.message).toContain("credential 'apiToken'");
    expect(fake.server.calls).toHaveLength(0);
  });

  it('reports a rejected token as an operator problem', async () => {
    // Prepare
    const c = ctx('erase', undefined, { credentials: { apiToken: 'wrong' } });

    // Act
    const error = await failure(connector().run(c));

    // Assess
    expect(error).toBeInstanceOf(ProcessorRejectedError);
    expect(error.message).toContain('credentials rejected');
  });

  it('revokes a token that reached it over plain HTTP (fake behaviour)', async () => {
    // Prepare
    await fetch(`${fake.baseUrl}/v1/customers/redact/x%40example.com`, {
      method: 'DELETE',
      headers: {
        authorization: `Basic ${Buffer.from(`:${NOSTO_TEST_TOKEN}`).toString('base64')}`,
        'x-forwarded-proto': 'http',
      },
    });

    // Act
    const error = await failure(connector().run(ctx('erase')));

    // Assess
    expect(fake.revokedTokens).toEqual([NOSTO_TEST_TOKEN]);
    expect(error).toBeInstanceOf(ProcessorRejectedError);
  });

  it('reads a 404 as not found', async () => {
    // Prepare
    fake.server.inject(/^DELETE \/v1\/customers\/redact\//, {
      kind: 'status',
      status: 404,
      body: '',
    });

    // Act
    const result = await connector().run(ctx('erase'));

    // Assess
    expect(result.outcome).toBe('NOT_FOUND');
    expect(result.disclosures).toHaveLength(1);
  });

  it('does not parse the 2xx body', async () => {
    // Prepare
    fake.server.inject(/^POST \/v1\/customers\/takeout\//, {
      kind: 'status',
      status: 202,
      body: 'Accepted',
    });

    // Act
    const result = await connector().run(ctx('access'));

    // Assess
    expect(result.outcome).toBe('PENDING');
    expect(result.evidence?.acceptedStatus).toBe('202');
  });

  it('reports another 4xx without echoing the answer', async () => {
    // Prepare
    fake.server.inject(/^DELETE /, {
      kind: 'status',
      status: 400,
      body: { message: `bad email ${EMAIL}` },
    });

    // Act
    const error = await failure(connector().run(ctx('erase')));

    // Assess
    expect(error).toBeInstanceOf(ProcessorRejectedError);
    expect(error.message).toContain('HTTP 400');
  });

  it('retries a 5xx and then succeeds', async () => {
    // Prepare
    const rs = recordingSleep();
    fake.server.inject(/^DELETE /, { kind: 'status', status: 500 });

    // Act
    const result = await connector(rs.sleep).run(ctx('erase'));

    // Assess
    expect(result.outcome).toBe('PENDING');
    expect(rs.waits).toHaveLength(1);
    expect(fake.pending()).toHaveLength(1);
  });

  it('waits out a 429 with Retry-After', async () => {
    // Prepare
    const rs = recordingSleep();
    fake.server.inject(/^DELETE /, {
      kind: 'status',
      status: 429,
      headers: { 'retry-after': '5' },
    });

    // Act
    const result = await connector(rs.sleep).run(ctx('erase'));

    // Assess
    expect(result.outcome).toBe('PENDING');
    expect(rs.waits).toEqual([5000]);
  });

  it('fails transiently when 5xx persists, without the email in the message', async () => {
    // Prepare
    fake.server.inject(/^DELETE /, { kind: 'status', status: 503 }, 3);

    // Act
    const error = await failure(connector().run(ctx('erase')));

    // Assess
    expect(error).toBeInstanceOf(TransientError);
  });

  it('fails transiently when Nosto does not answer in time', async () => {
    // Prepare
    fake.server.inject(/^DELETE /, { kind: 'hang' }, 3);

    // Act
    const error = await failure(connector().run(ctx('erase')));

    // Assess
    expect(error).toBeInstanceOf(TransientError);
    expect(error.message).toContain('no answer in time');
  });

  it('refuses capabilities it does not have', async () => {
    // Act
    const error = await failure(connector().run(ctx('rectify')));

    // Assess
    expect(error).toBeInstanceOf(ProcessorRejectedError);
    expect(fake.server.calls).toHaveLength(0);
  });
});
