import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  MailchimpConnector,
  subscriberHash,
} from '#adapters/connectors/mailchimp.ts';
import { TransientError } from '#domain/errors.ts';
import {
  createMailchimpFake,
  MAILCHIMP_FAKE_API_KEY,
  type MailchimpFake,
} from '#infra/local/fakes/mailchimp.ts';
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
const NEWSLETTER = 'a1b2c3d4e5';
const OFFERS = 'f6g7h8i9j0';
const EMPTY = 'k1l2m3n4o5';

/** The records of a result (PENDING carries none). */
const dataOf = (r: ConnectorResult) =>
  r.outcome === 'PENDING' ? undefined : r.data;

describe('MailchimpConnector', () => {
  let fake: MailchimpFake;
  let sleeper: ReturnType<typeof recordingSleep>;
  let connector: MailchimpConnector;

  function ctx(
    capability: Capability,
    settings: Record<string, string> = {},
    overrides: Partial<ConnectorContext> = {},
  ) {
    return connectorContext(
      capability,
      {
        kind: 'mailchimp',
        settings: { baseUrl: fake.server.baseUrl, ...settings },
      },
      { credentials: { apiKey: MAILCHIMP_FAKE_API_KEY }, ...overrides },
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
    fake = createMailchimpFake({
      lists: [
        {
          id: NEWSLETTER,
          name: 'Newsletter',
          members: [
            {
              email: 'Aino.Virtanen@Example.com',
              merge_fields: { FNAME: 'Aino', LNAME: 'Virtanen' },
            },
          ],
        },
        {
          id: OFFERS,
          name: 'Offers',
          members: [{ email: EMAIL, status: 'unsubscribed' }],
        },
        { id: EMPTY, name: 'Empty' },
      ],
    });
    await fake.start();
    sleeper = recordingSleep();
    connector = new MailchimpConnector({
      sleep: sleeper.sleep,
      timeoutMs: 200,
    });
  });

  afterEach(async () => {
    await fake.stop();
  });

  it('discovers the lists and finds the member in each by subscriber hash', async () => {
    // Act
    const result = await connector.run(ctx('find'));

    // Assess
    expect(result).toMatchObject({ outcome: 'COMPLETED', records: 2 });
    const [lists] = fake.server.calls;
    expect(lists?.path).toBe('/3.0/lists');
    expect(lists?.query.get('count')).toBe('1000');
    expect(lists?.query.get('fields')).toBe('lists.id');
    expect(lists?.headers.authorization).toBe(
      `Basic ${Buffer.from(`anystring:${MAILCHIMP_FAKE_API_KEY}`).toString('base64')}`,
    );
    expect(fake.server.calls.map((c) => c.path)).toContain(
      `/3.0/lists/${NEWSLETTER}/members/${subscriberHash(EMAIL)}`,
    );
  });

  it('returns one list-member record per list on access, never sending the email', async () => {
    // Act
    const result = await connector.run(
      ctx('access', { listIds: `${NEWSLETTER}, ${OFFERS},${EMPTY}` }),
    );

    // Assess
    expect(result).toMatchObject({ outcome: 'COMPLETED', records: 2 });
    expect(dataOf(result)?.map((r) => [r.category, r.data.list_id])).toEqual([
      ['list-member', NEWSLETTER],
      ['list-member', OFFERS],
    ]);
    expect(dataOf(result)?.[0]?.data).toMatchObject({
      status: 'subscribed',
      merge_fields: { FNAME: 'Aino' },
    });
    expect(dataOf(result)?.[0]?.data).not.toHaveProperty('_links');
    expect(result.disclosures).toHaveLength(3);
    expect(result.disclosures[0]).toEqual({
      call: 'GET /3.0/lists/{list_id}/members/{hash}',
      identifiers: ['email-md5'],
    });
    for (const call of fake.server.calls) {
      expect(call.path.toLowerCase()).not.toContain('example.com');
      expect(call.raw.toString()).not.toContain('example.com');
    }
  });

  it('answers NOT_FOUND when no list holds the member', async () => {
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

  it('deletes the member permanently from every list, never archiving', async () => {
    // Act
    const result = await connector.run(ctx('erase'));

    // Assess
    expect(result).toMatchObject({
      outcome: 'COMPLETED',
      records: 2,
      evidence: { listsErased: `${NEWSLETTER},${OFFERS}` },
    });
    expect(fake.isForgotten(NEWSLETTER, EMAIL)).toBe(true);
    expect(fake.isForgotten(OFFERS, EMAIL)).toBe(true);
    expect(fake.member(NEWSLETTER, EMAIL)).toBeUndefined();
    expect(fake.server.callsTo('DELETE', /.*/)).toEqual([]);
    expect(
      fake.server.callsTo('POST', /actions\/delete-permanent$/),
    ).toHaveLength(3);
  });

  it('finds nothing left when the erasure job runs again, deleting nothing more', async () => {
    // Prepare: no idempotency key; a permanently deleted member answers 404 like one never there.
    const job = ctx('erase');
    await connector.run(job);

    // Act
    const again = await connector.run(job);

    // Assess
    expect(again).toMatchObject({ outcome: 'NOT_FOUND', records: 0 });
    expect(again).not.toHaveProperty('evidence.listsErased');
    const deletes = fake.server.callsTo('POST', /actions\/delete-permanent$/);
    expect(deletes).toHaveLength(6);
    expect(fake.isForgotten(NEWSLETTER, EMAIL)).toBe(true);
    expect(fake.isForgotten(OFFERS, EMAIL)).toBe(true);
  });

  it('answers NOT_FOUND on erasure when every list answers 404', async () => {
    // Act
    const result = await connector.run(forEmail('erase', 'nobody@example.com'));

    // Assess
    expect(result).toMatchObject({ outcome: 'NOT_FOUND', records: 0 });
  });

  it('unsubscribes the member where it still gets marketing email', async () => {
    // Act
    const result = await connector.run(ctx('object'));

    // Assess
    expect(result).toMatchObject({
      outcome: 'COMPLETED',
      records: 2,
      evidence: { listsUnsubscribed: NEWSLETTER, listsAlreadyOptedOut: OFFERS },
    });
    expect(fake.member(NEWSLETTER, EMAIL)?.status).toBe('unsubscribed');
    const patches = fake.server.callsTo('PATCH', /members/);
    expect(patches).toHaveLength(1);
    expect(patches[0]?.body).toEqual({ status: 'unsubscribed' });
  });

  it('patches nothing when the objection job runs again', async () => {
    // Prepare
    const job = ctx('object');
    await connector.run(job);

    // Act
    const again = await connector.run(job);

    // Assess
    expect(again).toMatchObject({
      outcome: 'COMPLETED',
      records: 2,
      evidence: {
        listsUnsubscribed: '',
        listsAlreadyOptedOut: `${NEWSLETTER},${OFFERS}`,
      },
    });
    expect(fake.server.callsTo('PATCH', /members/)).toHaveLength(1);
  });

  it('backs off on a header-less 429 and retries', async () => {
    // Prepare
    fake.throttle(2);

    // Act
    const result = await connector.run(ctx('find'));

    // Assess
    expect(result.outcome).toBe('COMPLETED');
    expect(sleeper.waits).toHaveLength(2);
    expect(sleeper.waits.every((ms) => ms >= 0 && ms <= 8000)).toBe(true);
  });

  it('retries a 5xx with backoff and succeeds', async () => {
    // Prepare
    fake.server.inject(/delete-permanent/, { kind: 'status', status: 500 });

    // Act
    const result = await connector.run(ctx('erase'));

    // Assess
    expect(result).toMatchObject({ outcome: 'COMPLETED', records: 2 });
    expect(sleeper.waits).toHaveLength(1);
  });

  it('rejects a wrong API key', async () => {
    // Act
    const error = await failure(
      connector.run(ctx('erase', {}, { credentials: { apiKey: 'bad-us19' } })),
    );

    // Assess
    expect(error).toBeInstanceOf(ProcessorRejectedError);
    expect(error.message).toMatch(/credentials rejected/);
  });

  it('rejects an API key without a data-center suffix', async () => {
    // Prepare
    const context = ctx('find', {}, { credentials: { apiKey: 'abc123' } });
    context.processor.settings = {};

    // Act
    const error = await failure(connector.run(context));

    // Assess
    expect(error).toBeInstanceOf(ProcessorRejectedError);
    expect(error.message).toContain("'apiKey'");
  });

  it('rejects a malformed listIds setting', async () => {
    // Act
    const error = await failure(
      connector.run(ctx('find', { listIds: 'abc/../def' })),
    );

    // Assess
    expect(error).toBeInstanceOf(ProcessorRejectedError);
    expect(error.message).toContain("'listIds'");
  });

  it('quotes only the problem title of a refusal, never its detail', async () => {
    // Prepare
    fake.server.inject(/delete-permanent/, {
      kind: 'status',
      status: 400,
      headers: { 'content-type': 'application/problem+json' },
      body: {
        type: 'https://mailchimp.com/developer/marketing/docs/errors/',
        title: 'Invalid Resource',
        status: 400,
        detail: `${EMAIL} cannot be deleted`,
        instance: 'abc',
      },
    });

    // Act
    const error = await failure(connector.run(ctx('erase')));

    // Assess
    expect(error).toBeInstanceOf(ProcessorRejectedError);
    expect(error.message).toContain("'Invalid Resource'");
  });

  it('treats a malformed answer as transient', async () => {
    // Prepare
    fake.server.inject(/members/, { kind: 'malformed' });

    // Act
    const error = await failure(connector.run(ctx('access')));

    // Assess
    expect(error).toBeInstanceOf(TransientError);
  });

  it('treats a processor that never answers as transient', async () => {
    // Prepare
    fake.server.inject(/\/3\.0\/lists$/, { kind: 'hang' }, 3);

    // Act
    const error = await failure(connector.run(ctx('erase')));

    // Assess
    expect(error).toBeInstanceOf(TransientError);
    expect(error.message).toMatch(/no answer in time/);
  });
});

describe('createMailchimpFake', () => {
  it('only archives a member on DELETE', async () => {
    // Prepare
    const fake = createMailchimpFake({
      customers: [
        { email: EMAIL, firstName: 'Aino', lastName: 'Virtanen', orders: [] },
      ],
    });
    const base = await fake.start();

    // Act
    const res = await fetch(
      `${base}/3.0/lists/${NEWSLETTER}/members/${subscriberHash(EMAIL)}`,
      {
        method: 'DELETE',
        headers: {
          authorization: `Basic ${Buffer.from(`x:${MAILCHIMP_FAKE_API_KEY}`).toString('base64')}`,
        },
      },
    );
    await fake.stop();

    // Assess
    expect(res.status).toBe(204);
    expect(fake.member(NEWSLETTER, EMAIL)).toMatchObject({
      status: 'archived',
      merge_fields: { FNAME: 'Aino' },
    });
    expect(fake.isForgotten(NEWSLETTER, EMAIL)).toBe(false);
  });
});
