import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { KlaviyoConnector } from '#adapters/connectors/klaviyo.ts';
import { TransientError } from '#domain/errors.ts';
import {
  createKlaviyoFake,
  KLAVIYO_FAKE_LIST_ID,
  KLAVIYO_FAKE_PRIVATE_KEY,
  type KlaviyoFake,
  type KlaviyoFakeOptions,
} from '#infra/local/fakes/klaviyo.ts';
import {
  type Capability,
  type ConnectorContext,
  type ConnectorResult,
  ProcessorRejectedError,
} from '#ports/connectors.ts';
import {
  connectorContext,
  recordingSleep,
} from '../../helpers/connector-context.ts';

const EMAIL = 'aino.virtanen@example.com';
const customer = (email: string) => ({
  email,
  firstName: 'Aino',
  lastName: 'Virtanen',
  phone: '+358401234567',
  orders: [],
});

/** The records of a result (PENDING carries none). */
const dataOf = (r: ConnectorResult) =>
  r.outcome === 'PENDING' ? undefined : r.data;

describe('KlaviyoConnector', () => {
  let fake: KlaviyoFake;
  let sleeper: ReturnType<typeof recordingSleep>;
  let connector: KlaviyoConnector;

  async function restartFake(options: KlaviyoFakeOptions) {
    await fake.stop();
    fake = createKlaviyoFake(options);
    await fake.start();
  }

  function ctx(
    capability: Capability,
    settings: Record<string, string> = {},
    overrides: Partial<ConnectorContext> = {},
  ) {
    return connectorContext(
      capability,
      {
        kind: 'klaviyo',
        settings: { baseUrl: fake.server.baseUrl, ...settings },
      },
      { credentials: { privateKey: KLAVIYO_FAKE_PRIVATE_KEY }, ...overrides },
    );
  }

  function forEmail(capability: Capability, email: string) {
    const base = ctx(capability);
    return { ...base, subject: { ...base.subject, email } };
  }

  async function failure(promise: Promise<unknown>): Promise<Error> {
    try {
      await promise;
    } catch (error) {
      expect((error as Error).message.toLowerCase()).not.toContain(EMAIL);
      return error as Error;
    }
    throw new Error('expected the call to fail');
  }

  beforeEach(async () => {
    fake = createKlaviyoFake({ customers: [customer(EMAIL)] });
    await fake.start();
    sleeper = recordingSleep();
    connector = new KlaviyoConnector({ sleep: sleeper.sleep, timeoutMs: 200 });
  });

  afterEach(async () => {
    await fake.stop();
  });

  it('finds the profile with the documented headers', async () => {
    // Act
    const result = await connector.run(ctx('find'));

    // Assess
    expect(result).toMatchObject({ outcome: 'COMPLETED', records: 1 });
    const [call] = fake.server.calls;
    expect(call?.headers.authorization).toBe(
      `Klaviyo-API-Key ${KLAVIYO_FAKE_PRIVATE_KEY}`,
    );
    expect(call?.headers.revision).toBe('2026-07-15');
    expect(call?.query.get('filter')).toBe(`equals(email,"${EMAIL}")`);
  });

  it('returns the profile attributes and subscriptions on access', async () => {
    // Act
    const result = await connector.run(ctx('access'));

    // Assess
    expect(result).toMatchObject({ outcome: 'COMPLETED', records: 1 });
    expect(dataOf(result)?.[0]).toMatchObject({
      category: 'profile',
      data: {
        email: EMAIL,
        first_name: 'Aino',
        phone_number: '+358401234567',
        subscriptions: { email: { marketing: { consent: 'SUBSCRIBED' } } },
      },
    });
    expect(result.disclosures).toEqual([
      { call: 'GET /api/profiles', identifiers: ['email'] },
    ]);
  });

  it('answers NOT_FOUND when no profile holds the email', async () => {
    // Act
    const result = await connector.run(
      forEmail('access', 'nobody@example.com'),
    );

    // Assess
    expect(result).toMatchObject({
      outcome: 'NOT_FOUND',
      records: 0,
      data: [],
    });
  });

  it('requests the deletion with exactly one identifier and reports it done', async () => {
    // Act
    const result = await connector.run(ctx('erase'));

    // Assess
    expect(result).toMatchObject({
      outcome: 'COMPLETED',
      records: 1,
      evidence: {
        note: 'Klaviyo queues the deletion and gives no job id or status',
      },
    });
    const [post] = fake.server.callsTo('POST', /data-privacy-deletion-jobs/);
    expect(post?.headers['content-type']).toBe('application/vnd.api+json');
    expect(post?.body).toEqual({
      data: {
        type: 'data-privacy-deletion-job',
        attributes: {
          profile: { data: { type: 'profile', attributes: { email: EMAIL } } },
        },
      },
    });
    expect(fake.profilesOf(EMAIL)).toHaveLength(1);
    fake.completeDeletions();
    expect(fake.profilesOf(EMAIL)).toEqual([]);
    expect(result.disclosures.map((d) => d.call)).toEqual([
      'GET /api/profiles',
      'POST /api/data-privacy-deletion-jobs',
    ]);
  });

  it('requests the deletion again when the job runs again before Klaviyo has run it', async () => {
    // Prepare: no idempotency key and no job id; the profile stays until Klaviyo deletes it.
    const job = ctx('erase');
    await connector.run(job);

    // Act
    const again = await connector.run(job);

    // Assess
    expect(again).toMatchObject({ outcome: 'COMPLETED', records: 1 });
    expect(fake.deletionJobs).toHaveLength(2);
    fake.completeDeletions();
    expect(fake.profilesOf(EMAIL)).toEqual([]);
  });

  it('requests no deletion when the job runs again after Klaviyo has deleted the profile', async () => {
    // Prepare
    const job = ctx('erase');
    await connector.run(job);
    fake.completeDeletions();

    // Act
    const again = await connector.run(job);

    // Assess
    expect(again).toMatchObject({ outcome: 'NOT_FOUND', records: 0 });
    expect(fake.deletionJobs).toHaveLength(1);
    expect(again.disclosures.map((d) => d.call)).toEqual(['GET /api/profiles']);
  });

  it('answers NOT_FOUND on erasure without requesting a deletion', async () => {
    // Act
    const result = await connector.run(forEmail('erase', 'nobody@example.com'));

    // Assess
    expect(result.outcome).toBe('NOT_FOUND');
    expect(fake.deletionJobs).toEqual([]);
  });

  it('unsubscribes the profile from the configured list on objection', async () => {
    // Act
    const result = await connector.run(
      ctx('object', { listId: KLAVIYO_FAKE_LIST_ID }),
    );

    // Assess
    expect(result).toMatchObject({
      outcome: 'COMPLETED',
      records: 1,
      evidence: { method: 'list-unsubscribe', listId: KLAVIYO_FAKE_LIST_ID },
    });
    expect(fake.profilesOf(EMAIL)[0]?.lists.size).toBe(0);
    const [post] = fake.server.callsTo(
      'POST',
      /profile-subscription-bulk-delete-jobs/,
    );
    expect(post?.body).toMatchObject({
      data: {
        type: 'profile-subscription-bulk-delete-job',
        relationships: {
          list: { data: { type: 'list', id: KLAVIYO_FAKE_LIST_ID } },
        },
      },
    });
  });

  it('starts no second unsubscribe job when the objection job runs again', async () => {
    // Prepare
    const job = ctx('object', { listId: KLAVIYO_FAKE_LIST_ID });
    await connector.run(job);

    // Act
    const again = await connector.run(job);

    // Assess
    expect(again).toMatchObject({
      outcome: 'COMPLETED',
      records: 1,
      evidence: {
        method: 'list-unsubscribe',
        listId: KLAVIYO_FAKE_LIST_ID,
        marketing: 'already-unsubscribed',
      },
    });
    expect(fake.unsubscribeJobs).toHaveLength(1);
    expect(again.disclosures.map((d) => d.call)).toEqual(['GET /api/profiles']);
    // A second job would have found her out of the list and unsubscribed her globally.
    expect(fake.profilesOf(EMAIL)[0]).toMatchObject({
      consent: 'SUBSCRIBED',
      listSuppressions: [{ list_id: KLAVIYO_FAKE_LIST_ID }],
    });
  });

  it('starts no second suppression job when the objection job runs again', async () => {
    // Prepare
    const job = ctx('object');
    await connector.run(job);

    // Act
    const again = await connector.run(job);

    // Assess
    expect(again).toMatchObject({
      outcome: 'COMPLETED',
      records: 1,
      evidence: { method: 'suppression', marketing: 'already-suppressed' },
    });
    expect(fake.suppressionJobs).toHaveLength(1);
  });

  it('suppresses the profile on objection when no list is configured', async () => {
    // Act
    const result = await connector.run(ctx('object'));

    // Assess
    expect(result).toMatchObject({
      outcome: 'COMPLETED',
      evidence: { method: 'suppression' },
    });
    expect(fake.profilesOf(EMAIL)[0]?.suppressed).toBe(true);
  });

  it('rejects an unknown list with the JSON:API code and a hint', async () => {
    // Act
    const error = await failure(
      connector.run(ctx('object', { listId: 'Nope42' })),
    );

    // Assess
    expect(error).toBeInstanceOf(ProcessorRejectedError);
    expect(error.message).toContain("code 'not_found'");
    expect(error.message).toContain("'listId'");
  });

  it('quotes only the error code of a refusal, never its detail', async () => {
    // Prepare
    fake.server.inject(/data-privacy-deletion-jobs/, {
      kind: 'status',
      status: 400,
      body: {
        errors: [
          {
            id: 'e1',
            code: 'invalid',
            title: 'Invalid input.',
            detail: `${EMAIL} is not a valid email`,
            source: { pointer: '/data/attributes/profile' },
          },
        ],
      },
    });

    // Act
    const error = await failure(connector.run(ctx('erase')));

    // Assess
    expect(error).toBeInstanceOf(ProcessorRejectedError);
    expect(error.message).toContain("code 'invalid'");
  });

  it('waits out a 429 for its Retry-After and retries', async () => {
    // Prepare
    fake.server.inject(/\/api\/profiles/, {
      kind: 'status',
      status: 429,
      headers: { 'retry-after': '2' },
      body: { errors: [{ code: 'throttled', title: 'Throttled' }] },
    });

    // Act
    const result = await connector.run(ctx('erase'));

    // Assess
    expect(result.outcome).toBe('COMPLETED');
    expect(sleeper.waits).toEqual([2000]);
  });

  it('gives up as transient once the deletion burst limit of 3/s is spent', async () => {
    // Prepare
    const emails = [1, 2, 3, 4].map((n) => `shopper${n}@example.com`);
    await restartFake({ customers: emails.map(customer), now: () => 1e12 });
    for (const email of emails.slice(0, 3))
      await connector.run(forEmail('erase', email));

    // Act
    const error = await failure(
      connector.run(forEmail('erase', emails[3] ?? '')),
    );

    // Assess
    expect(error).toBeInstanceOf(TransientError);
    expect((error as TransientError).retryAfterSeconds).toBe(1);
    expect(sleeper.waits.length).toBeGreaterThan(0);
    expect(sleeper.waits.every((ms) => ms === 1000)).toBe(true);
  });

  it('retries a 5xx with backoff and succeeds', async () => {
    // Prepare
    fake.server.inject(/data-privacy-deletion-jobs/, {
      kind: 'status',
      status: 503,
    });

    // Act
    const result = await connector.run(ctx('erase'));

    // Assess
    expect(result.outcome).toBe('COMPLETED');
    expect(sleeper.waits).toHaveLength(1);
  });

  it('rejects a wrong private key', async () => {
    // Act
    const error = await failure(
      connector.run(
        ctx('erase', {}, { credentials: { privateKey: 'pk_wrong' } }),
      ),
    );

    // Assess
    expect(error).toBeInstanceOf(ProcessorRejectedError);
    expect(error.message).toMatch(/credentials rejected/);
  });

  it('treats a malformed answer as transient', async () => {
    // Prepare
    fake.server.inject(/\/api\/profiles/, { kind: 'malformed' });

    // Act
    const error = await failure(connector.run(ctx('access')));

    // Assess
    expect(error).toBeInstanceOf(TransientError);
  });

  it('treats a processor that never answers as transient', async () => {
    // Prepare
    fake.server.inject(/data-privacy-deletion-jobs/, { kind: 'hang' }, 3);

    // Act
    const error = await failure(connector.run(ctx('erase')));

    // Assess
    expect(error).toBeInstanceOf(TransientError);
    expect(error.message).toMatch(/no answer in time/);
  });
});

describe('createKlaviyoFake', () => {
  it('refuses a call without the revision header', async () => {
    // Prepare
    const fake = createKlaviyoFake();
    const base = await fake.start();

    // Act
    const res = await fetch(`${base}/api/profiles?filter=x`, {
      headers: { authorization: `Klaviyo-API-Key ${KLAVIYO_FAKE_PRIVATE_KEY}` },
    });
    const body = (await res.json()) as { errors: { code: string }[] };
    await fake.stop();

    // Assess
    expect(res.status).toBe(400);
    expect(body.errors[0]?.code).toBe('invalid');
  });

  it('unsubscribes a profile not in the given list globally', async () => {
    // Prepare
    const fake = createKlaviyoFake();
    const base = await fake.start();
    fake.addProfile({ email: EMAIL, lists: ['Other1'] });
    const unsubscribe = () =>
      fetch(`${base}/api/profile-subscription-bulk-delete-jobs`, {
        method: 'POST',
        headers: {
          authorization: `Klaviyo-API-Key ${KLAVIYO_FAKE_PRIVATE_KEY}`,
          revision: '2026-07-15',
          'content-type': 'application/vnd.api+json',
        },
        body: JSON.stringify({
          data: {
            type: 'profile-subscription-bulk-delete-job',
            attributes: {
              profiles: {
                data: [{ type: 'profile', attributes: { email: EMAIL } }],
              },
            },
            relationships: {
              list: { data: { type: 'list', id: KLAVIYO_FAKE_LIST_ID } },
            },
          },
        }),
      });

    // Act
    const res = await unsubscribe();
    await fake.stop();

    // Assess
    expect(res.status).toBe(202);
    expect(fake.profilesOf(EMAIL)[0]).toMatchObject({
      consent: 'UNSUBSCRIBED',
      listSuppressions: [],
    });
  });

  it('creates and unsubscribes a profile for an email it does not know', async () => {
    // Prepare
    const fake = createKlaviyoFake();
    const base = await fake.start();

    // Act
    const res = await fetch(
      `${base}/api/profile-subscription-bulk-delete-jobs`,
      {
        method: 'POST',
        headers: {
          authorization: `Klaviyo-API-Key ${KLAVIYO_FAKE_PRIVATE_KEY}`,
          revision: '2026-07-15',
          'content-type': 'application/vnd.api+json',
        },
        body: JSON.stringify({
          data: {
            type: 'profile-subscription-bulk-delete-job',
            attributes: {
              profiles: {
                data: [{ type: 'profile', attributes: { email: EMAIL } }],
              },
            },
          },
        }),
      },
    );
    await fake.stop();

    // Assess
    expect(res.status).toBe(202);
    expect(fake.profilesOf(EMAIL)).toMatchObject([{ consent: 'UNSUBSCRIBED' }]);
  });
});
