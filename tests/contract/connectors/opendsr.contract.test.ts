import { createSign } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  afterAll,
  afterEach,
  beforeAll,
  beforeEach,
  describe,
  expect,
  it,
} from 'vitest';
import {
  discoveryCertificateSource,
  handleOpenDsrCallback,
  OpenDsrConnector,
  parseOpenDsrTime,
  subjectRequestId,
  verifyOpenDsrSignature,
} from '#adapters/connectors/opendsr.ts';
import { TransientError } from '#domain/errors.ts';
import type { ProcessorConfig } from '#domain/schemas.ts';
import {
  createOpenDsrFake,
  type OpenDsrFake,
} from '#infra/local/fakes/opendsr.ts';
import { loadOpenDsrTestPki } from '#infra/local/fakes/opendsr-pki.ts';
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
const DOMAIN = 'opendsr.processor.test';
const pki = loadOpenDsrTestPki();
const trust = { caCertificatesPem: [pki.ca.certPem] };
const UUID_V4 =
  /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

interface Received {
  path: string;
  raw: Buffer;
  headers: Record<string, string | undefined>;
}

/** Our callback endpoint stand-in: records what the processor POSTs. */
const receiver = {
  server: undefined as Server | undefined,
  url: '',
  status: 202,
  received: [] as Received[],
};

let fake: OpenDsrFake;

beforeAll(async () => {
  receiver.server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const headers: Record<string, string | undefined> = {};
      for (const [k, v] of Object.entries(req.headers))
        headers[k] = Array.isArray(v) ? v.join(', ') : v;
      receiver.received.push({
        path: req.url ?? '',
        raw: Buffer.concat(chunks),
        headers,
      });
      res.writeHead(receiver.status);
      res.end();
    });
  });
  await new Promise<void>((r) => receiver.server?.listen(0, '127.0.0.1', r));
  const { port } = receiver.server.address() as AddressInfo;
  receiver.url = `http://127.0.0.1:${port}/opendsr/callbacks`;
});

afterAll(async () => {
  await new Promise((r) => receiver.server?.close(r));
});

beforeEach(async () => {
  receiver.status = 202;
  receiver.received.length = 0;
  fake = createOpenDsrFake({
    customers: [
      {
        email: EMAIL,
        firstName: 'Aino',
        lastName: 'Virtanen',
        orders: [
          {
            id: '#1042',
            createdAt: '2026-06-01T10:00:00Z',
            total: '59.90',
            currency: 'EUR',
          },
        ],
      },
    ],
  });
  await fake.start();
});

afterEach(async () => {
  await fake.stop();
});

function processorSettings(settings: Record<string, string> = {}) {
  return {
    kind: 'opendsr' as const,
    settings: { baseUrl: `${fake.baseUrl}/v2`, domain: DOMAIN, ...settings },
  };
}

function ctx(
  capability: Capability,
  settings: Record<string, string> = {},
  overrides: Partial<Omit<ConnectorContext, 'processor'>> = {},
): ConnectorContext {
  return connectorContext(capability, processorSettings(settings), overrides);
}

function connector(sleep = recordingSleep().sleep) {
  return new OpenDsrConnector({ trust, sleep, timeoutMs: 200 });
}

/** The failure of `promise`; its message never contains the subject's email. */
async function failure(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise;
  } catch (error) {
    expect((error as Error).message).not.toContain(EMAIL);
    expect((error as Error).message).not.toContain('aino');
    return error as Error;
  }
  throw new Error('expected a failure');
}

function callbackInput(
  processor: ProcessorConfig,
  received: Received,
  expectedRef: string,
  expectedCallbackUrl = receiver.url,
) {
  return {
    rawBody: received.raw,
    headers: received.headers,
    processor,
    expectedCallbackUrl,
    expectedRef,
    now: new Date(),
  };
}

function sign(text: string, keyPem = pki.leaf.keyPem) {
  return createSign('sha256').update(Buffer.from(text)).sign(keyPem, 'base64');
}

describe('OpenDsrConnector', () => {
  it('reads discovery, creates an erasure request and verifies the signed answer', async () => {
    // Prepare
    const c = ctx('erase');

    // Act
    const result = await connector().run(c);

    // Assess
    expect(result.outcome).toBe('PENDING');
    if (result.outcome !== 'PENDING') return;
    expect(result.pending).toEqual({
      ref: subjectRequestId(c.idempotencyKey),
      via: 'poll',
      checkAfterSeconds: 900,
    });
    expect(result.pending.ref).toMatch(UUID_V4);
    expect(fake.server.callsTo('GET', /^\/v2\/discovery$/)).toHaveLength(1);
    expect(fake.server.callsTo('GET', /^\/cert\.pem$/)).toHaveLength(1);
    const [post] = fake.server.callsTo('POST', /^\/v2\/requests$/);
    expect(post?.body).toEqual({
      subject_request_id: result.pending.ref,
      regulation: 'gdpr',
      subject_request_type: 'erasure',
      submitted_time: '2026-11-02T09:00:00.000Z',
      subject_identities: [
        {
          identity_type: 'email',
          identity_value: EMAIL,
          identity_format: 'raw',
        },
      ],
      api_version: '2.0',
    });
    expect(result.disclosures).toEqual([
      { call: 'POST /requests erasure', identifiers: ['email'] },
    ]);
    expect(result.evidence?.subjectRequestId).toBe(result.pending.ref);
    expect(result.evidence?.controllerId).toBe('lastu-controller');
    expect(JSON.stringify(result)).not.toContain(EMAIL);
    expect(JSON.stringify(result)).not.toContain('encoded');
  });

  it('asks for status callbacks when the deployment has a callback URL', async () => {
    // Prepare
    const c = ctx('access', {}, { callbackUrl: receiver.url });

    // Act
    const result = await connector().run(c);

    // Assess
    expect(result.outcome === 'PENDING' && result.pending).toEqual({
      ref: subjectRequestId(c.idempotencyKey),
      via: 'callback',
      checkAfterSeconds: 3600,
    });
    const [post] = fake.server.callsTo('POST', /^\/v2\/requests$/);
    expect(post?.body).toMatchObject({
      subject_request_type: 'access',
      status_callback_urls: [receiver.url],
    });
  });

  it('sends a sha256 email when configured so', async () => {
    // Prepare
    const c = ctx('erase', { identityFormat: 'sha256' });

    // Act
    const result = await connector().run(c);

    // Assess
    const [post] = fake.server.callsTo('POST', /^\/v2\/requests$/);
    const body = post?.body as {
      subject_identities: { identity_value: string }[];
    };
    expect(body.subject_identities[0]?.identity_value).toMatch(
      /^[0-9a-f]{64}$/,
    );
    expect(result.disclosures[0]?.identifiers).toEqual(['email-sha256']);
  });

  it('refuses a request type the processor does not support, naming it', async () => {
    // Prepare
    fake.settings.supportedSubjectRequestTypes = ['erasure'];

    // Act
    const error = await failure(connector().run(ctx('access')));

    // Assess
    expect(error).toBeInstanceOf(ProcessorRejectedError);
    expect(error.message).toContain("'access'");
    expect(fake.server.callsTo('POST', /requests/)).toHaveLength(0);
  });

  it('refuses when the processor takes no email format we can send', async () => {
    // Prepare
    fake.settings.supportedIdentities = [
      { identity_type: 'email', identity_format: 'md5' },
    ];

    // Act
    const error = await failure(connector().run(ctx('erase')));

    // Assess
    expect(error).toBeInstanceOf(ProcessorRejectedError);
    expect(error.message).toContain('md5');
  });

  it.each([
    ['erase', 400],
    ['erase', 409],
    ['access', 400],
  ] as const)(
    'treats a retried %s create answered %i as the same request and polls it',
    async (capability, duplicateAnswer) => {
      // Prepare
      fake.settings.duplicateAnswer = duplicateAnswer;
      const c = ctx(capability);
      const first = await connector().run(c);

      // Act
      const second = await connector().run(c);

      // Assess
      const posts = fake.server.callsTo('POST', /^\/v2\/requests$/);
      expect(posts).toHaveLength(2);
      const ids = posts.map(
        (p) => (p.body as { subject_request_id: string }).subject_request_id,
      );
      expect(ids[0]).toBe(ids[1]);
      expect(fake.requests.size).toBe(1);
      expect(second.outcome).toBe('PENDING');
      expect(second.outcome === 'PENDING' && second.pending.ref).toBe(
        first.outcome === 'PENDING' && first.pending.ref,
      );
      expect(fake.server.callsTo('GET', /^\/v2\/requests\//)).toHaveLength(1);
      expect(second.disclosures).toHaveLength(1);
    },
  );

  it('completes an access request by polling and records where the results are', async () => {
    // Prepare
    const c = ctx('access');
    const created = await connector().run(c);
    const ref = created.outcome === 'PENDING' ? created.pending.ref : '';
    const conn = connector();
    const before = await conn.poll(c, ref);
    await fake.advance(ref);
    const during = await conn.poll(c, ref);
    await fake.advance(ref);

    // Act
    const after = await conn.poll(c, ref);

    // Assess
    expect(before.outcome).toBe('PENDING');
    expect(during.outcome).toBe('PENDING');
    expect(during.evidence?.requestStatus).toBe('in_progress');
    expect(after.outcome).toBe('COMPLETED');
    expect(after.records).toBe(2);
    expect(after.evidence?.resultsUrl).toBe(`${fake.baseUrl}/results/${ref}`);
    expect(after.disclosures).toEqual([]);
  });

  it('finds the results gone (410) once the fake results TTL has passed', async () => {
    // Prepare
    const created = await connector().run(ctx('access'));
    const ref = created.outcome === 'PENDING' ? created.pending.ref : '';
    await fake.complete(ref);
    const url = `${fake.baseUrl}/results/${ref}`;
    const fresh = await fetch(url);
    fake.settings.resultsTtlMs = -1;

    // Act
    const gone = await fetch(url);

    // Assess
    expect(fresh.status).toBe(200);
    expect(gone.status).toBe(410);
  });

  it('advances automatically after polls when the fake is told to', async () => {
    // Prepare
    fake.settings.advanceAfterPolls = 1;
    const c = ctx('erase');
    const created = await connector().run(c);
    const ref = created.outcome === 'PENDING' ? created.pending.ref : '';
    const conn = connector();
    await conn.poll(c, ref);

    // Act
    const result = await conn.poll(c, ref);

    // Assess
    expect(result.outcome).toBe('COMPLETED');
    expect(result.evidence?.resultsUrl).toBeUndefined();
  });

  it('waits for the expected completion time before polling again', async () => {
    // Prepare
    const c = ctx('erase', {}, { now: new Date() });
    const created = await connector().run(c);
    const ref = created.outcome === 'PENDING' ? created.pending.ref : '';

    // Act
    const result = await connector().poll(c, ref);

    // Assess: the fake expects completion in 7 days; capped at one day.
    expect(
      result.outcome === 'PENDING' && result.pending.checkAfterSeconds,
    ).toBe(86_400);
  });

  it('parses expected_completion_time without a timezone as UTC', async () => {
    // Prepare
    fake.settings.timezoneLessTimes = true;
    const c = ctx('erase');

    // Act
    const result = await connector().run(c);

    // Assess
    const dsr = [...fake.requests.values()][0];
    expect(result.evidence?.expectedCompletionTime).toBe(
      dsr?.expectedCompletionTime.toISOString(),
    );
    expect(parseOpenDsrTime('2018-05-07T20:53:48.322652')?.toISOString()).toBe(
      '2018-05-07T20:53:48.322Z',
    );
    expect(parseOpenDsrTime('2018-11-01T15:00:01+02:00')?.toISOString()).toBe(
      '2018-11-01T13:00:01.000Z',
    );
    expect(parseOpenDsrTime('soon')).toBeUndefined();
  });

  it('speaks OpenGDPR 1.0 routes and headers when apiVersion is 1.0', async () => {
    // Prepare
    const c = ctx('erase', {
      baseUrl: `${fake.baseUrl}/v1`,
      apiVersion: '1.0',
    });
    const conn = connector();

    // Act
    const created = await conn.run(c);
    const ref = created.outcome === 'PENDING' ? created.pending.ref : '';
    await fake.complete(ref);
    const done = await conn.poll(c, ref);

    // Assess
    const [post] = fake.server.callsTo('POST', /^\/v1\/opengdpr_requests$/);
    expect(post?.body).not.toHaveProperty('regulation');
    expect(post?.body).toMatchObject({ api_version: '1.0' });
    expect(fake.server.callsTo('GET', /^\/v1\/discovery$/)).toHaveLength(1);
    expect(done.outcome).toBe('COMPLETED');
    expect(fake.requests.get(ref)?.version).toBe(1);
  });

  it('accepts a create answered 200 instead of 201', async () => {
    // Prepare
    fake.settings.createStatus = 200;

    // Act
    const result = await connector().run(ctx('erase'));

    // Assess
    expect(result.outcome).toBe('PENDING');
  });

  it('waits out a 429 with Retry-After and then succeeds', async () => {
    // Prepare
    const rs = recordingSleep();
    fake.server.inject(/^POST \/v2\/requests$/, {
      kind: 'status',
      status: 429,
      headers: { 'retry-after': '3' },
    });

    // Act
    const result = await connector(rs.sleep).run(ctx('erase'));

    // Assess
    expect(result.outcome).toBe('PENDING');
    expect(rs.waits).toEqual([3000]);
    expect(fake.server.callsTo('POST', /^\/v2\/requests$/)).toHaveLength(2);
  });

  it('hands a long Retry-After back as a TransientError', async () => {
    // Prepare
    fake.server.inject(/^POST \/v2\/requests$/, {
      kind: 'status',
      status: 429,
      headers: { 'retry-after': '600' },
    });

    // Act
    const error = await failure(connector().run(ctx('erase')));

    // Assess
    expect(error).toBeInstanceOf(TransientError);
    expect((error as TransientError).retryAfterSeconds).toBe(600);
  });

  it('retries a 5xx and then succeeds', async () => {
    // Prepare
    const rs = recordingSleep();
    fake.server.inject(/^POST \/v2\/requests$/, {
      kind: 'status',
      status: 502,
    });

    // Act
    const result = await connector(rs.sleep).run(ctx('erase'));

    // Assess
    expect(result.outcome).toBe('PENDING');
    expect(rs.waits).toHaveLength(1);
  });

  it('fails transiently when the processor does not answer in time', async () => {
    // Prepare
    fake.server.inject(/^POST \/v2\/requests$/, { kind: 'hang' }, 3);

    // Act
    const error = await failure(connector().run(ctx('erase')));

    // Assess
    expect(error).toBeInstanceOf(TransientError);
    expect(error.message).toContain('no answer in time');
  });

  it('fails transiently on a malformed body', async () => {
    // Prepare
    fake.injectSigned(
      /^POST \/v2\/requests$/,
      201,
      '{"subject_request_id": "tr',
    );

    // Act
    const error = await failure(connector().run(ctx('erase')));

    // Assess
    expect(error).toBeInstanceOf(TransientError);
    expect(error.message).toContain('malformed');
  });

  it('rejects an answer whose signature does not cover its body', async () => {
    // Prepare
    const body = JSON.stringify({ subject_request_id: 'x' });
    fake.server.inject(/^POST \/v2\/requests$/, {
      kind: 'status',
      status: 201,
      body,
      headers: {
        'x-opendsr-processor-domain': DOMAIN,
        'x-opendsr-signature': sign(`${body}\n`),
      },
    });

    // Act
    const error = await failure(connector().run(ctx('erase')));

    // Assess
    expect(error).toBeInstanceOf(ProcessorRejectedError);
    expect(error.message).toContain('bad-signature');
  });

  it('rejects an unsigned answer', async () => {
    // Prepare
    fake.server.inject(/^POST \/v2\/requests$/, {
      kind: 'status',
      status: 201,
      body: { subject_request_id: 'x' },
    });

    // Act
    const error = await failure(connector().run(ctx('erase')));

    // Assess
    expect(error).toBeInstanceOf(ProcessorRejectedError);
    expect(error.message).toContain('missing-signature');
  });

  it.each([
    ['self-signed', pki.selfSigned, 'untrusted-certificate'],
    ['expired', pki.expired, 'expired-certificate'],
    ['other-domain', pki.otherDomain, 'domain-mismatch'],
  ] as const)(
    'rejects answers signed with a %s certificate',
    async (_, pair, reason) => {
      // Prepare
      fake.settings.certificatePem = pair.certPem;
      fake.settings.signingKeyPem = pair.keyPem;

      // Act
      const error = await failure(connector().run(ctx('erase')));

      // Assess
      expect(error).toBeInstanceOf(ProcessorRejectedError);
      expect(error.message).toContain(reason);
    },
  );

  it("does not trust the test CA with Node's system roots", async () => {
    // Prepare
    const conn = new OpenDsrConnector({ timeoutMs: 200 });

    // Act
    const error = await failure(conn.run(ctx('erase')));

    // Assess
    expect(error.message).toContain('untrusted-certificate');
  });

  it('reports a 400 by its code and reason, never its message', async () => {
    // Prepare
    fake.injectSigned(
      /^POST \/v2\/requests$/,
      400,
      JSON.stringify({
        error: {
          code: 400,
          message: `identity ${EMAIL} is invalid`,
          errors: [
            {
              domain: 'Validation',
              reason: 'IllegalArgumentException',
              message: EMAIL,
            },
          ],
        },
      }),
    );

    // Act
    const error = await failure(connector().run(ctx('erase')));

    // Assess
    expect(error).toBeInstanceOf(ProcessorRejectedError);
    expect(error.message).toContain('IllegalArgumentException');
  });

  it('rejects wrong Basic credentials as an operator problem', async () => {
    // Prepare
    fake.settings.auth = { username: 'workspace-key', password: 'secret' };
    const c = ctx(
      'erase',
      {},
      { credentials: { username: 'workspace-key', password: 'wrong' } },
    );

    // Act
    const error = await failure(connector().run(c));

    // Assess
    expect(error).toBeInstanceOf(ProcessorRejectedError);
    expect(error.message).toContain('credentials rejected');
  });

  it('sends Basic credentials when configured', async () => {
    // Prepare
    fake.settings.auth = { username: 'workspace-key', password: 'secret' };
    const c = ctx(
      'erase',
      {},
      { credentials: { username: 'workspace-key', password: 'secret' } },
    );

    // Act
    const result = await connector().run(c);

    // Assess
    expect(result.outcome).toBe('PENDING');
  });

  it('refuses a plain-http base URL that is not loopback', async () => {
    // Act
    const error = await failure(
      connector().run(
        ctx('erase', { baseUrl: 'http://opendsr.processor.test/v2' }),
      ),
    );

    // Assess
    expect(error).toBeInstanceOf(ProcessorRejectedError);
    expect(error.message).toContain('https');
  });

  it('cancels a pending request, after which polling reports the cancellation', async () => {
    // Prepare
    const c = ctx('erase');
    const conn = connector();
    const created = await conn.run(c);
    const ref = created.outcome === 'PENDING' ? created.pending.ref : '';

    // Act
    await conn.cancel(c, ref);

    // Assess
    expect(fake.requests.get(ref)?.status).toBe('cancelled');
    const error = await failure(conn.poll(c, ref));
    expect(error).toBeInstanceOf(ProcessorRejectedError);
    expect(error.message).toContain('processor cancelled the request');
  });

  it('cannot cancel a request already in progress', async () => {
    // Prepare
    const c = ctx('erase');
    const conn = connector();
    const created = await conn.run(c);
    const ref = created.outcome === 'PENDING' ? created.pending.ref : '';
    await fake.advance(ref);

    // Act
    const error = await failure(conn.cancel(c, ref));

    // Assess
    expect(error).toBeInstanceOf(ProcessorRejectedError);
    expect(error.message).toContain('InvalidState');
  });

  it('reports a poll of an unknown request as a rejection', async () => {
    // Act
    const error = await failure(
      connector().poll(ctx('erase'), '00000000-0000-4000-8000-000000000000'),
    );

    // Assess
    expect(error).toBeInstanceOf(ProcessorRejectedError);
  });
});

describe('handleOpenDsrCallback', () => {
  async function createWithCallback(capability: Capability = 'access') {
    const c = ctx(capability, {}, { callbackUrl: receiver.url });
    const created = await connector().run(c);
    const ref = created.outcome === 'PENDING' ? created.pending.ref : '';
    return { c, ref };
  }

  it('completes a job from the processor signed callbacks', async () => {
    // Prepare
    const { c, ref } = await createWithCallback();
    await fake.advance(ref);
    await fake.advance(ref);
    const deps = { ...discoveryCertificateSource(c.processor), trust };
    const [inProgress, completed] = receiver.received;

    // Act
    const first = await handleOpenDsrCallback(
      callbackInput(c.processor, inProgress as Received, ref),
      deps,
    );
    const last = await handleOpenDsrCallback(
      callbackInput(c.processor, completed as Received, ref),
      deps,
    );
    const repeat = await handleOpenDsrCallback(
      callbackInput(c.processor, completed as Received, ref),
      deps,
    );

    // Assess
    expect(receiver.received).toHaveLength(2);
    expect(first.status).toBe(202);
    expect(first.result?.outcome).toBe('PENDING');
    expect(last.status).toBe(202);
    expect(last.result).toMatchObject({
      outcome: 'COMPLETED',
      records: 2,
      evidence: { resultsUrl: `${fake.baseUrl}/results/${ref}` },
    });
    expect(repeat).toEqual(last);
    expect(fake.server.callsTo('GET', /^\/cert\.pem$/)).toHaveLength(2);
  });

  it('returns 401 for a callback signed with the wrong key', async () => {
    // Prepare
    const { c, ref } = await createWithCallback();
    fake.settings.callbackSigningKeyPem = pki.otherDomain.keyPem;
    await fake.advance(ref);
    const deps = { ...discoveryCertificateSource(c.processor), trust };

    // Act
    const out = await handleOpenDsrCallback(
      callbackInput(c.processor, receiver.received[0] as Received, ref),
      deps,
    );

    // Assess
    expect(out).toEqual({ status: 401, reason: 'bad-signature' });
  });

  it.each([
    ['self-signed', pki.selfSigned, 'untrusted-certificate'],
    ['expired', pki.expired, 'expired-certificate'],
    ['other-domain', pki.otherDomain, 'domain-mismatch'],
  ] as const)(
    'returns 401 for a callback signed with a %s certificate',
    async (_, pair, reason) => {
      // Prepare
      const { c, ref } = await createWithCallback();
      fake.settings.certificatePem = pair.certPem;
      fake.settings.signingKeyPem = pair.keyPem;
      await fake.advance(ref);
      const deps = { ...discoveryCertificateSource(c.processor), trust };

      // Act
      const out = await handleOpenDsrCallback(
        callbackInput(c.processor, receiver.received[0] as Received, ref),
        deps,
      );

      // Assess
      expect(out).toEqual({ status: 401, reason });
    },
  );

  it('returns 401 when the domain header names another processor', async () => {
    // Prepare
    const { c, ref } = await createWithCallback();
    fake.settings.domain = 'opendsr.other.test';
    await fake.advance(ref);
    const deps = { ...discoveryCertificateSource(c.processor), trust };

    // Act
    const out = await handleOpenDsrCallback(
      callbackInput(c.processor, receiver.received[0] as Received, ref),
      deps,
    );

    // Assess
    expect(out).toEqual({ status: 401, reason: 'domain-mismatch' });
  });

  it('accepts a callback without status_callback_url (mParticle)', async () => {
    // Prepare
    const { c, ref } = await createWithCallback();
    fake.settings.omitStatusCallbackUrl = true;
    fake.settings.timezoneLessTimes = true;
    await fake.advance(ref);
    const deps = { ...discoveryCertificateSource(c.processor), trust };
    const received = receiver.received[0] as Received;

    // Act
    const out = await handleOpenDsrCallback(
      callbackInput(c.processor, received, ref),
      deps,
    );

    // Assess
    expect(received.raw.toString()).not.toContain('status_callback_url');
    expect(out.status).toBe(202);
    expect(out.result?.evidence?.expectedCompletionTime).toMatch(/Z$/);
  });

  it('returns 400 for a callback meant for another URL', async () => {
    // Prepare
    const { c, ref } = await createWithCallback();
    await fake.advance(ref);
    const deps = { ...discoveryCertificateSource(c.processor), trust };

    // Act
    const out = await handleOpenDsrCallback(
      callbackInput(
        c.processor,
        receiver.received[0] as Received,
        ref,
        'https://dsr.example.com/opendsr/callbacks',
      ),
      deps,
    );

    // Assess
    expect(out).toEqual({ status: 400, reason: 'wrong-status-callback-url' });
  });

  it('returns 400 for a callback about another request', async () => {
    // Prepare
    const { c, ref } = await createWithCallback();
    await fake.advance(ref);
    const deps = { ...discoveryCertificateSource(c.processor), trust };

    // Act
    const out = await handleOpenDsrCallback(
      callbackInput(
        c.processor,
        receiver.received[0] as Received,
        '00000000-0000-4000-8000-000000000000',
      ),
      deps,
    );

    // Assess
    expect(out).toEqual({ status: 400, reason: 'wrong-subject-request-id' });
  });

  it('returns 400 for a correctly signed body that is not JSON', async () => {
    // Prepare
    const { c, ref } = await createWithCallback();
    const raw = Buffer.from('{"request_status": "compl');
    const received: Received = {
      path: '/',
      raw,
      headers: {
        'x-opendsr-processor-domain': DOMAIN,
        'x-opendsr-signature': sign(raw.toString()),
      },
    };
    const deps = { ...discoveryCertificateSource(c.processor), trust };

    // Act
    const out = await handleOpenDsrCallback(
      callbackInput(c.processor, received, ref),
      deps,
    );

    // Assess
    expect(out).toEqual({ status: 400, reason: 'malformed-json' });
  });

  it('reports a cancellation as a rejection to the job', async () => {
    // Prepare
    const { c, ref } = await createWithCallback('erase');
    await connector().cancel(c, ref);
    await fake.settled();
    const deps = { ...discoveryCertificateSource(c.processor), trust };

    // Act
    const out = await handleOpenDsrCallback(
      callbackInput(c.processor, receiver.received[0] as Received, ref),
      deps,
    );

    // Assess
    expect(out.status).toBe(202);
    expect(out.rejected).toContain('processor cancelled the request');
  });

  it('is retried by the fake processor while our endpoint answers non-2xx', async () => {
    // Prepare
    const { ref } = await createWithCallback();
    receiver.status = 503;

    // Act
    await fake.advance(ref);

    // Assess
    expect(receiver.received).toHaveLength(3);
    expect(fake.callbacks.map((d) => d.status)).toEqual([503, 503, 503]);
  });
});

describe('verifyOpenDsrSignature', () => {
  const body = Buffer.from('{"request_status":"completed"}\n');
  const base = {
    rawBody: body,
    expectedDomain: DOMAIN,
    certificatePem: pki.leaf.certPem,
    trust,
    now: new Date('2030-01-01T00:00:00Z'),
  };

  it('accepts the OpenGDPR 1.0 headers and a signature wrapped over lines', () => {
    // Prepare
    const wrapped = sign(body.toString()).replace(/(.{64})/g, '$1\n ');

    // Act
    const out = verifyOpenDsrSignature({
      ...base,
      headers: {
        'X-OpenGDPR-Processor-Domain': DOMAIN,
        'X-OpenGDPR-Signature': wrapped,
      },
    });

    // Assess
    expect(out).toEqual({ ok: true });
  });

  it('rejects a body changed by re-serialisation', () => {
    // Prepare
    const headers = {
      'x-opendsr-processor-domain': DOMAIN,
      'x-opendsr-signature': sign(body.toString()),
    };

    // Act
    const out = verifyOpenDsrSignature({
      ...base,
      rawBody: Buffer.from(JSON.stringify(JSON.parse(body.toString()))),
      headers,
    });

    // Assess
    expect(out).toEqual({ ok: false, reason: 'bad-signature' });
  });

  it('reports a missing signature', () => {
    // Act
    const out = verifyOpenDsrSignature({
      ...base,
      headers: { 'x-opendsr-processor-domain': DOMAIN },
    });

    // Assess
    expect(out).toEqual({ ok: false, reason: 'missing-signature' });
  });

  it('rejects a leaf once it has expired', () => {
    // Act
    const out = verifyOpenDsrSignature({
      ...base,
      now: new Date('2046-01-01T00:00:00Z'),
      headers: {
        'x-opendsr-processor-domain': DOMAIN,
        'x-opendsr-signature': sign(body.toString()),
      },
    });

    // Assess
    expect(out).toEqual({ ok: false, reason: 'expired-certificate' });
  });
});
