import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SendGridConnector } from '#adapters/connectors/sendgrid.ts';
import { TransientError } from '#domain/errors.ts';
import {
  createSendGridFake,
  SENDGRID_FAKE_API_KEY,
  type SendGridFake,
  type SendGridFakeOptions,
} from '#infra/local/fakes/sendgrid.ts';
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
const AINO = {
  email: 'Aino.Virtanen@Example.com',
  firstName: 'Aino',
  lastName: 'Virtanen',
  orders: [],
};

/** The records of a result (PENDING carries none). */
const dataOf = (r: ConnectorResult) =>
  r.outcome === 'PENDING' ? undefined : r.data;

describe('SendGridConnector', () => {
  let fake: SendGridFake;
  let sleeper: ReturnType<typeof recordingSleep>;
  let connector: SendGridConnector;

  async function startFake(options: SendGridFakeOptions = {}) {
    await fake?.stop();
    fake = createSendGridFake({ customers: [AINO], ...options });
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
        kind: 'sendgrid',
        settings: { baseUrl: fake.server.baseUrl, ...settings },
      },
      { credentials: { apiKey: SENDGRID_FAKE_API_KEY }, ...overrides },
    );
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
    fake = createSendGridFake({ customers: [AINO] });
    await fake.start();
    sleeper = recordingSleep();
    connector = new SendGridConnector({ sleep: sleeper.sleep, timeoutMs: 200 });
  });

  afterEach(async () => {
    await fake.stop();
  });

  it('finds the contact case-insensitively and discloses only the identifier kind', async () => {
    // Act
    const result = await connector.run(ctx('find'));

    // Assess
    expect(result).toMatchObject({ outcome: 'COMPLETED', records: 1 });
    expect(result.disclosures).toEqual([
      {
        call: 'POST /v3/marketing/contacts/search/emails',
        identifiers: ['email'],
      },
    ]);
    expect(fake.server.calls[0]?.headers.authorization).toBe(
      `Bearer ${SENDGRID_FAKE_API_KEY}`,
    );
  });

  it('finds a contact through an alternate email', async () => {
    // Prepare
    fake.addContact({
      email: 'work@lastu.example',
      alternate_emails: ['Aino.Work@Example.com'],
    });
    const base = ctx('find');

    // Act
    const result = await connector.run({
      ...base,
      subject: { ...base.subject, email: 'aino.work@example.com' },
    });

    // Assess
    expect(result).toMatchObject({ outcome: 'COMPLETED', records: 1 });
  });

  it('answers NOT_FOUND when the search matches nothing (HTTP 404)', async () => {
    // Prepare
    await startFake({ customers: [] });

    // Act
    const result = await connector.run(ctx('find'));

    // Assess
    expect(result).toMatchObject({ outcome: 'NOT_FOUND', records: 0 });
  });

  it('refuses an address SendGrid calls invalid without quoting it', async () => {
    // Prepare
    const base = ctx('find');
    const subject = { ...base.subject, email: 'not-an-address' };

    // Act
    const error = await failure(connector.run({ ...base, subject }));

    // Assess
    expect(error).toBeInstanceOf(ProcessorRejectedError);
    expect(error.message).toMatch(/HTTP 400/);
    expect(error.message).not.toContain('not-an-address');
  });

  it('returns the contact and its global suppression on access', async () => {
    // Prepare
    await startFake({ suppressed: [EMAIL] });

    // Act
    const result = await connector.run(ctx('access'));

    // Assess
    expect(result).toMatchObject({ outcome: 'COMPLETED', records: 2 });
    expect(dataOf(result)?.map((r) => r.category)).toEqual([
      'contact',
      'suppression',
    ]);
    expect(dataOf(result)?.[0]?.data).toMatchObject({
      email: EMAIL,
      first_name: 'Aino',
    });
    expect(dataOf(result)?.[0]?.data).not.toHaveProperty('_metadata');
    expect(result.disclosures.map((d) => d.call)).toEqual([
      'POST /v3/marketing/contacts/search/emails',
      'GET /v3/asm/suppressions/global/{email}',
    ]);
  });

  it('reads an empty suppression answer as not suppressed', async () => {
    // Act
    const result = await connector.run(ctx('access'));

    // Assess
    expect(dataOf(result)?.map((r) => r.category)).toEqual(['contact']);
  });

  it('answers NOT_FOUND on access when neither contact nor suppression exists', async () => {
    // Prepare
    await startFake({ customers: [] });

    // Act
    const result = await connector.run(ctx('access'));

    // Assess
    expect(result).toMatchObject({
      outcome: 'NOT_FOUND',
      records: 0,
      data: [],
    });
  });

  it('starts the erase job and the contact delete, and waits for the delete by polling', async () => {
    // Prepare
    const [contact] = fake.contactsOf(EMAIL);

    // Act
    const result = await connector.run(ctx('erase'));

    // Assess
    expect(result.outcome).toBe('PENDING');
    if (result.outcome !== 'PENDING') return;
    const [job] = [...fake.deleteJobs.values()];
    expect(result.pending).toEqual({
      ref: job?.id,
      via: 'poll',
      checkAfterSeconds: 60,
    });
    expect(result.evidence).toEqual({
      erasejobId: fake.erasejobs[0]?.id,
      contactDeleteJobId: job?.id,
    });
    const [deleteCall] = fake.server.callsTo('DELETE', /contacts$/);
    expect(deleteCall?.query.get('ids')).toBe(contact?.id);
    expect(deleteCall?.query.has('delete_all_contacts')).toBe(false);
    expect(fake.erasejobs[0]?.emails).toEqual([EMAIL]);
    expect(result.disclosures).toEqual([
      {
        call: 'POST /v3/marketing/contacts/search/emails',
        identifiers: ['email'],
      },
      { call: 'POST /v3/recipients/erasejob', identifiers: ['email'] },
      {
        call: 'DELETE /v3/marketing/contacts',
        identifiers: ['sendgrid-contact-id'],
      },
    ]);
    expect(JSON.stringify(result).toLowerCase()).not.toContain(EMAIL);
  });

  it('answers PENDING while the delete job runs and COMPLETED with the deleted count', async () => {
    // Prepare
    const started = await connector.run(ctx('erase'));
    if (started.outcome !== 'PENDING') throw new Error('expected PENDING');

    // Act
    const first = await connector.poll(ctx('erase'), started.pending.ref);
    const second = await connector.poll(ctx('erase'), started.pending.ref);

    // Assess
    expect(first).toMatchObject({
      outcome: 'PENDING',
      pending: { ref: started.pending.ref, via: 'poll' },
    });
    expect(second).toMatchObject({
      outcome: 'COMPLETED',
      records: 1,
      evidence: { contactDeleteJobId: started.pending.ref },
    });
    expect(fake.contactsOf(EMAIL)).toEqual([]);
  });

  it('rejects a failed delete job, naming the job', async () => {
    // Prepare
    const started = await connector.run(ctx('erase'));
    if (started.outcome !== 'PENDING') throw new Error('expected PENDING');
    fake.failJob(started.pending.ref, 'errored');

    // Act
    const error = await failure(
      connector.poll(ctx('erase'), started.pending.ref),
    );

    // Assess
    expect(error).toBeInstanceOf(ProcessorRejectedError);
    expect(error.message).toContain(started.pending.ref);
    expect(error.message).toContain('errored');
  });

  it('still runs the erase job without a contact and reports it done', async () => {
    // Prepare
    await startFake({ customers: [] });

    // Act
    const result = await connector.run(ctx('erase'));

    // Assess
    expect(result).toMatchObject({
      outcome: 'COMPLETED',
      records: 0,
      evidence: { erasejobId: fake.erasejobs[0]?.id },
    });
    expect(fake.server.callsTo('DELETE', /contacts/)).toEqual([]);
  });

  it('keeps a global suppression through the erasure and reports it as kept, with why', async () => {
    // Prepare: the shopper objected earlier; SendGrid keeps the address suppressed.
    await startFake({ suppressed: [EMAIL] });
    const started = await connector.run(ctx('erase'));
    if (started.outcome !== 'PENDING') throw new Error('expected PENDING');

    // Act
    await connector.poll(ctx('erase'), started.pending.ref);
    const done = await connector.poll(ctx('erase'), started.pending.ref);

    // Assess: never deleted (it is what keeps marketing away), and never silently kept
    expect(fake.server.callsTo('DELETE', /suppressions/)).toEqual([]);
    expect(done).toMatchObject({
      outcome: 'PARTIAL',
      records: 1,
      holds: [
        {
          what: 'email-suppression',
          reason: 'suppression',
          basis: 'Art. 17(3)(b)',
          records: 1,
          deferrable: false,
        },
      ],
      disclosures: [
        {
          call: 'GET /v3/asm/suppressions/global/{email}',
          identifiers: ['email'],
        },
      ],
    });
  });

  it('reports the suppression at once when there is no contact to delete', async () => {
    await startFake({ customers: [], suppressed: [EMAIL] });
    const result = await connector.run(ctx('erase'));
    expect(result).toMatchObject({
      outcome: 'PARTIAL',
      holds: [{ what: 'email-suppression', reason: 'suppression' }],
    });
  });

  it('surfaces the erase job limit as a TransientError with the relative reset', async () => {
    // Prepare
    await startFake({ erasejobPerMinute: 1 });
    await connector.run(ctx('erase'));

    // Act
    const error = await failure(connector.run(ctx('erase')));

    // Assess
    expect(error).toBeInstanceOf(TransientError);
    expect((error as TransientError).retryAfterSeconds).toBeGreaterThan(50);
    expect((error as TransientError).retryAfterSeconds).toBeLessThanOrEqual(60);
    expect(fake.server.callsTo('DELETE', /contacts/)).toHaveLength(1);
  });

  it('adds a global suppression on objection', async () => {
    // Act
    const result = await connector.run(ctx('object'));

    // Assess
    expect(result).toMatchObject({ outcome: 'COMPLETED', records: 1 });
    expect(fake.isSuppressed(EMAIL)).toBe(true);
    expect(result.disclosures).toEqual([
      {
        call: 'GET /v3/asm/suppressions/global/{email}',
        identifiers: ['email'],
      },
      { call: 'POST /v3/asm/suppressions/global', identifiers: ['email'] },
    ]);
  });

  it('adds no second suppression when the objection job runs again', async () => {
    // Prepare: the first run suppressed the address; the same job runs again.
    const job = ctx('object');
    await connector.run(job);

    // Act
    const again = await connector.run(job);

    // Assess
    expect(again).toEqual({
      outcome: 'COMPLETED',
      records: 1,
      disclosures: [
        {
          call: 'GET /v3/asm/suppressions/global/{email}',
          identifiers: ['email'],
        },
      ],
      evidence: { suppression: 'global', marketing: 'already-suppressed' },
    });
    expect(
      fake.server.callsTo('POST', /^\/v3\/asm\/suppressions\/global$/),
    ).toHaveLength(1);
  });

  it('repeats only harmless jobs when the erasure job runs again, and waits on the second delete', async () => {
    // Prepare: the first run queued the erase job and the contact delete; it runs again before
    // the delete has finished (no endpoint takes an idempotency key).
    const job = ctx('erase');
    const first = await connector.run(job);

    // Act
    const again = await connector.run(job);

    // Assess
    expect(first.outcome).toBe('PENDING');
    expect(again.outcome).toBe('PENDING');
    expect(fake.erasejobs).toHaveLength(2);
    const [contact] = fake.contactsOf(EMAIL);
    const jobs = [...fake.deleteJobs.values()];
    expect(jobs.map((j) => j.ids)).toEqual([[contact?.id], [contact?.id]]);
    if (again.outcome !== 'PENDING') return;
    expect(again.pending.ref).toBe(jobs[1]?.id);
    const polled = await connector.poll(job, again.pending.ref);
    const done = await connector.poll(job, again.pending.ref);
    expect(polled.outcome).toBe('PENDING');
    expect(done).toMatchObject({ outcome: 'COMPLETED', records: 1 });
    expect(fake.contactsOf(EMAIL)).toEqual([]);
  });

  it('queues the erase job once when an attempt is retried after the contact delete failed', async () => {
    // Prepare: the job step hands a retried attempt what the failed one checkpointed.
    const progress: Record<string, string> = {};
    const attempt = () =>
      connector.run({
        ...ctx('erase'),
        progress: { ...progress },
        checkpoint: async (refs) => {
          Object.assign(progress, refs);
        },
      });
    fake.server.inject(/^DELETE \/v3\/marketing\/contacts$/, {
      kind: 'malformed',
    });
    const failed = await failure(attempt());

    // Act
    const retried = await attempt();
    const again = await attempt();

    // Assess: one erase job; the retry deletes the contact and a later repeat waits on it.
    expect(failed).toBeInstanceOf(TransientError);
    expect(fake.erasejobs).toHaveLength(1);
    expect(retried).toMatchObject({
      outcome: 'PENDING',
      evidence: { erasejobId: fake.erasejobs[0]?.id },
    });
    expect(again).toMatchObject({
      outcome: 'PENDING',
      evidence: { contactDeleteJobId: progress.contactDeleteJobId },
    });
    expect(fake.server.callsTo('DELETE', /contacts$/)).toHaveLength(2);
  });

  it('deletes no contact again once the first delete has finished', async () => {
    // Prepare
    const job = ctx('erase');
    const first = await connector.run(job);
    if (first.outcome !== 'PENDING') throw new Error('expected PENDING');
    await connector.poll(job, first.pending.ref);
    await connector.poll(job, first.pending.ref);

    // Act
    const again = await connector.run(job);

    // Assess
    expect(again).toMatchObject({
      outcome: 'COMPLETED',
      records: 0,
      evidence: {
        note: 'No marketing contact; the recipient data erasure job was still queued for email activity',
      },
    });
    expect(fake.server.callsTo('DELETE', /contacts$/)).toHaveLength(1);
  });

  it('reads a 404 to the contact delete as already deleted', async () => {
    // Prepare: the contact went between the search and the delete.
    fake.server.inject(/^DELETE \/v3\/marketing\/contacts$/, {
      kind: 'status',
      status: 404,
      body: { errors: [{ field: null, message: 'contacts not found' }] },
    });

    // Act
    const result = await connector.run(ctx('erase'));

    // Assess
    expect(result).toMatchObject({
      outcome: 'COMPLETED',
      records: 0,
      evidence: {
        erasejobId: fake.erasejobs[0]?.id,
        note: 'The marketing contact was already deleted; the recipient data erasure job was still queued',
      },
    });
  });

  it('waits out a 429 until the epoch X-RateLimit-Reset and retries', async () => {
    // Prepare
    fake.server.inject(/search\/emails/, {
      kind: 'status',
      status: 429,
      headers: {
        'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + 3),
      },
      body: { errors: [{ field: null, message: 'too many requests' }] },
    });

    // Act
    const result = await connector.run(ctx('find'));

    // Assess
    expect(result.outcome).toBe('COMPLETED');
    expect(sleeper.waits).toHaveLength(1);
    expect(sleeper.waits[0]).toBeGreaterThanOrEqual(2000);
    expect(sleeper.waits[0]).toBeLessThanOrEqual(4000);
  });

  it('retries a 5xx with backoff and succeeds', async () => {
    // Prepare
    fake.server.inject(/search\/emails/, { kind: 'status', status: 502 }, 2);

    // Act
    const result = await connector.run(ctx('find'));

    // Assess
    expect(result.outcome).toBe('COMPLETED');
    expect(sleeper.waits).toHaveLength(2);
  });

  it('rejects a wrong API key without quoting the subject', async () => {
    // Act
    const error = await failure(
      connector.run(ctx('erase', {}, { credentials: { apiKey: 'SG.wrong' } })),
    );

    // Assess
    expect(error).toBeInstanceOf(ProcessorRejectedError);
    expect(error.message).toMatch(/credentials rejected/);
  });

  it('rejects a missing API key naming the credential', async () => {
    // Act
    const error = await failure(
      connector.run(ctx('find', {}, { credentials: {} })),
    );

    // Assess
    expect(error).toBeInstanceOf(ProcessorRejectedError);
    expect(error.message).toContain("'apiKey'");
  });

  it('treats a malformed answer as transient', async () => {
    // Prepare
    fake.server.inject(/search\/emails/, { kind: 'malformed' });

    // Act
    const error = await failure(connector.run(ctx('access')));

    // Assess
    expect(error).toBeInstanceOf(TransientError);
  });

  it('treats a garbled success answer to the erase job as transient, not a refusal', async () => {
    // Prepare: HTTP 200 with a body that is not JSON, where SendGrid answers 202.
    fake.server.inject(/erasejob/, { kind: 'malformed' });

    // Act
    const error = await failure(connector.run(ctx('erase')));

    // Assess
    expect(error).toBeInstanceOf(TransientError);
    expect(error.message).toContain('malformed response');
  });

  it('treats a processor that never answers as transient', async () => {
    // Prepare
    fake.server.inject(/erasejob/, { kind: 'hang' }, 3);

    // Act
    const error = await failure(connector.run(ctx('erase')));

    // Assess
    expect(error).toBeInstanceOf(TransientError);
    expect(error.message).toMatch(/no answer in time/);
  });

  it('sends the subuser header when onBehalfOf is set', async () => {
    // Act
    await connector.run(ctx('find', { onBehalfOf: 'lastu-eu' }));

    // Assess
    expect(fake.server.calls[0]?.headers['on-behalf-of']).toBe('lastu-eu');
  });

  it('refuses to send the API key over plain http to a remote host', async () => {
    // Act
    const error = await failure(
      connector.run(ctx('find', { baseUrl: 'http://api.sendgrid.com' })),
    );

    // Assess
    expect(error).toBeInstanceOf(ProcessorRejectedError);
    expect(error.message).toContain("'baseUrl'");
    expect(fake.server.calls).toEqual([]);
  });
});
