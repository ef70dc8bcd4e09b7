/**
 * A fake OpenDSR 2.0 / OpenGDPR 1.0 processor (opengdpr/OpenDSR spec, with mParticle's quirks
 * available as options), on loopback.
 *
 * Routes: `GET /v2/discovery`, `POST /v2/requests`, `GET|DELETE /v2/requests/:id`, the OpenGDPR
 * 1.0 aliases `/v1/discovery` and `/v1/opengdpr_requests[/:id]` (answered with `X-OpenGDPR-*`
 * headers), `GET /cert.pem` (the `processor_certificate`) and `GET /results/:id` (`results_url`,
 * 410 after `resultsTtlMs`).
 *
 * Every answer (and every callback) is signed with RSASSA-PKCS1-v1_5 / SHA-256 over the exact body
 * bytes (Base64 on one line) by the TEST-ONLY key in tests/fixtures/opendsr, whose certificate is
 * issued for `opendsr.processor.test` by the TEST-ONLY CA there. Like Go's `json.Encoder`, bodies
 * end with a newline, which the signature covers.
 *
 * Credentials: none by default; with `auth: { username, password }` the request routes want that
 * HTTP Basic pair (401 otherwise). Discovery, the certificate and results need none.
 *
 * Requests go `pending → in_progress → completed` by `advance(id)` / `complete(id)` or, with
 * `advanceAfterPolls: n`, every n-th status poll; `DELETE` cancels a pending one. Each state change
 * is POSTed to the request's `status_callback_urls` (retried on non-2xx, bounded).
 */
import { createHash, createSign } from 'node:crypto';
import { loadOpenDsrTestPki } from './opendsr-pki.ts';
import { type FakeRequest, type FakeResponse, FakeServer } from './server.ts';

export interface FakeOpenDsrCustomer {
  email: string;
  firstName: string;
  lastName: string;
  phone?: string;
  orders: {
    id: string;
    createdAt: string;
    open?: boolean;
    total: string;
    currency: string;
  }[];
}

export interface OpenDsrFakeSettings {
  /** `X-OpenDSR-Processor-Domain`; default `opendsr.processor.test`. */
  domain: string;
  /** Served at `/cert.pem`; default the test leaf. */
  certificatePem: string;
  /** Signs responses; default the test leaf's key. */
  signingKeyPem: string;
  /** Signs callbacks; default `signingKeyPem` (set another key to test signature failures). */
  callbackSigningKeyPem?: string;
  auth?: { username: string; password: string };
  supportedSubjectRequestTypes: string[];
  supportedIdentities: { identity_type: string; identity_format: string }[];
  /** Advance a request on every n-th status poll; 0 never. */
  advanceAfterPolls: number;
  /** Callbacks without `status_callback_url` (mParticle). */
  omitStatusCallbackUrl: boolean;
  /** Times like `2018-05-07T20:53:48.322652` (mParticle): no timezone. */
  timezoneLessTimes: boolean;
  /** Attempts per callback URL while it answers non-2xx. */
  callbackAttempts: number;
  /** How a second POST with the same `subject_request_id` is answered. */
  duplicateAnswer: 400 | 409;
  /** Status of a successful create (spec: 201; some processors answer 200). */
  createStatus: 200 | 201;
  /** Append `\n` to bodies like Go's json.Encoder (covered by the signature). */
  trailingNewline: boolean;
  resultsTtlMs: number;
  controllerId: string;
  clock: () => Date;
}

export interface OpenDsrFakeOptions extends Partial<OpenDsrFakeSettings> {
  customers?: FakeOpenDsrCustomer[];
}

export type FakeDsrStatus =
  | 'pending'
  | 'in_progress'
  | 'completed'
  | 'cancelled';

export interface FakeDsr {
  id: string;
  version: 1 | 2;
  type: string;
  regulation?: string;
  identities: {
    identity_type: string;
    identity_value: string;
    identity_format: string;
  }[];
  callbackUrls: string[];
  status: FakeDsrStatus;
  submittedTime: string;
  receivedTime: Date;
  expectedCompletionTime: Date;
  resultsCount: number;
  polls: number;
  completedAt?: Date;
}

export interface FakeCallbackDelivery {
  url: string;
  attempt: number;
  /** The receiver's status, or undefined when the connection failed. */
  status?: number;
  body: string;
  headers: Record<string, string>;
}

const UUID_V4 =
  /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const NEXT: Partial<Record<FakeDsrStatus, FakeDsrStatus>> = {
  pending: 'in_progress',
  in_progress: 'completed',
};

export function createOpenDsrFake(options: OpenDsrFakeOptions = {}) {
  const pki = loadOpenDsrTestPki();
  const { customers = [], ...rest } = options;
  const settings: OpenDsrFakeSettings = {
    domain: pki.domain,
    certificatePem: pki.leaf.certPem,
    signingKeyPem: pki.leaf.keyPem,
    supportedSubjectRequestTypes: ['erasure', 'access', 'portability'],
    supportedIdentities: [
      { identity_type: 'email', identity_format: 'raw' },
      { identity_type: 'email', identity_format: 'sha256' },
    ],
    advanceAfterPolls: 0,
    omitStatusCallbackUrl: false,
    timezoneLessTimes: false,
    callbackAttempts: 3,
    duplicateAnswer: 400,
    createStatus: 201,
    trailingNewline: true,
    resultsTtlMs: 7 * 86_400_000,
    controllerId: 'lastu-controller',
    clock: () => new Date(),
    ...rest,
  };
  const server = new FakeServer('opendsr');
  const requests = new Map<string, FakeDsr>();
  const callbacks: FakeCallbackDelivery[] = [];
  const inFlight = new Set<Promise<void>>();

  const headerNames = (version: 1 | 2) =>
    version === 1
      ? ['X-OpenGDPR-Processor-Domain', 'X-OpenGDPR-Signature']
      : ['X-OpenDSR-Processor-Domain', 'X-OpenDSR-Signature'];

  const sign = (text: string, keyPem: string) =>
    createSign('sha256')
      .update(Buffer.from(text, 'utf8'))
      .sign(keyPem, 'base64');

  /** JSON text as the processor would send it, and the headers that sign it. */
  function signedBody(
    version: 1 | 2,
    body: unknown,
    keyPem = settings.signingKeyPem,
  ) {
    const text = `${JSON.stringify(body)}${settings.trailingNewline ? '\n' : ''}`;
    const [domainHeader, signatureHeader] = headerNames(version);
    return {
      text,
      headers: {
        'content-type': 'application/json',
        [domainHeader as string]: settings.domain,
        [signatureHeader as string]: sign(text, keyPem),
      },
    };
  }

  const signed = (
    version: 1 | 2,
    status: number,
    body: unknown,
  ): FakeResponse => {
    const { text, headers } = signedBody(version, body);
    return { status, headers, body: text };
  };

  const error = (
    version: 1 | 2,
    status: number,
    message: string,
    reason = 'IllegalArgumentException',
  ) =>
    signed(version, status, {
      error: {
        code: status,
        message,
        errors: [{ domain: 'Validation', reason, message: `${message}.` }],
      },
    });

  const time = (d: Date) =>
    settings.timezoneLessTimes
      ? `${d.toISOString().slice(0, -1)}000`
      : d.toISOString();

  const apiVersion = (v: 1 | 2) => (v === 1 ? '1.0' : '2.0');

  const resultsUrl = (dsr: FakeDsr) =>
    dsr.status === 'completed' && dsr.type !== 'erasure'
      ? `${server.baseUrl}/results/${dsr.id}`
      : undefined;

  function statusBody(dsr: FakeDsr) {
    return {
      controller_id: settings.controllerId,
      expected_completion_time:
        dsr.status === 'cancelled' ? null : time(dsr.expectedCompletionTime),
      subject_request_id: dsr.id,
      request_status: dsr.status,
      api_version: apiVersion(dsr.version),
      ...(resultsUrl(dsr) ? { results_url: resultsUrl(dsr) } : {}),
      ...(dsr.status === 'completed'
        ? { results_count: dsr.resultsCount }
        : {}),
    };
  }

  function authorized(req: FakeRequest): boolean {
    if (!settings.auth) return true;
    const want = `Basic ${Buffer.from(`${settings.auth.username}:${settings.auth.password}`).toString('base64')}`;
    return req.headers.authorization === want;
  }

  function countFor(identities: FakeDsr['identities']): number {
    for (const i of identities) {
      if (i.identity_type !== 'email') continue;
      const c = customers.find((c) => {
        const email = c.email.trim().toLowerCase();
        return i.identity_format === 'sha256'
          ? createHash('sha256').update(email).digest('hex') ===
              i.identity_value.toLowerCase()
          : email === i.identity_value.trim().toLowerCase();
      });
      if (c) return 1 + c.orders.length;
    }
    return 0;
  }

  async function deliver(dsr: FakeDsr, url: string) {
    const { controller_id, ...status } = statusBody(dsr);
    const body = {
      controller_id,
      ...(settings.omitStatusCallbackUrl ? {} : { status_callback_url: url }),
      ...status,
    };
    const { text, headers } = signedBody(
      dsr.version,
      body,
      settings.callbackSigningKeyPem ?? settings.signingKeyPem,
    );
    for (let attempt = 1; attempt <= settings.callbackAttempts; attempt++) {
      const delivery: FakeCallbackDelivery = {
        url,
        attempt,
        body: text,
        headers,
      };
      callbacks.push(delivery);
      try {
        const res = await fetch(url, {
          method: 'POST',
          headers,
          body: text,
          signal: AbortSignal.timeout(2000),
        });
        await res.arrayBuffer();
        delivery.status = res.status;
        if (res.ok) return;
      } catch {
        // retried below
      }
    }
  }

  /** Moves a request to `status` and notifies its callback URLs; resolves once they are sent. */
  function transition(dsr: FakeDsr, status: FakeDsrStatus): Promise<void> {
    dsr.status = status;
    if (status === 'completed') dsr.completedAt = settings.clock();
    const p = Promise.all(dsr.callbackUrls.map((u) => deliver(dsr, u))).then(
      () => undefined,
    );
    inFlight.add(p);
    void p.finally(() => inFlight.delete(p));
    return p;
  }

  function find(id: string): FakeDsr {
    const dsr = requests.get(id);
    if (!dsr) throw new Error(`opendsr fake: no request ${id}`);
    return dsr;
  }

  for (const [prefix, collection, version] of [
    ['/v2', 'requests', 2],
    ['/v1', 'opengdpr_requests', 1],
  ] as const) {
    server.route('GET', `${prefix}/discovery`, () =>
      signed(version, 200, {
        api_version: apiVersion(version),
        supported_identities: settings.supportedIdentities,
        supported_subject_request_types: settings.supportedSubjectRequestTypes,
        processor_certificate: `${server.baseUrl}/cert.pem`,
      }),
    );

    server.route('POST', `${prefix}/${collection}`, (req) => {
      if (!authorized(req))
        return error(version, 401, 'Unauthorized', 'Unauthorized');
      const b = req.body as Record<string, unknown> | undefined;
      if (!b || typeof b !== 'object')
        return error(version, 400, 'Body must be JSON');
      const id = b.subject_request_id;
      if (typeof id !== 'string')
        return error(version, 400, 'subject_request_id field is required');
      if (!UUID_V4.test(id))
        return error(
          version,
          400,
          'subject_request_id must be a lowercase UUID v4',
        );
      if (version === 2 && b.regulation !== 'gdpr' && b.regulation !== 'ccpa')
        return error(version, 400, 'regulation field is required');
      const type = b.subject_request_type;
      if (
        typeof type !== 'string' ||
        !settings.supportedSubjectRequestTypes.includes(type)
      )
        return error(version, 400, 'subject_request_type is not supported');
      if (
        typeof b.submitted_time !== 'string' ||
        Number.isNaN(Date.parse(b.submitted_time))
      )
        return error(version, 400, 'submitted_time must be RFC 3339');
      const identities = b.subject_identities as FakeDsr['identities'];
      if (
        !Array.isArray(identities) ||
        identities.length === 0 ||
        !identities.every(
          (i) =>
            typeof i?.identity_value === 'string' &&
            settings.supportedIdentities.some(
              (s) =>
                s.identity_type === i.identity_type &&
                s.identity_format === i.identity_format,
            ),
        )
      )
        return error(version, 400, 'subject_identities are not supported');
      if (requests.has(id))
        return settings.duplicateAnswer === 409
          ? error(
              version,
              409,
              'in progress request with the same identities, extensions and type',
              'Conflict',
            )
          : error(
              version,
              400,
              'Subject request already exists',
              'AlreadyExists',
            );
      const now = settings.clock();
      const urls = Array.isArray(b.status_callback_urls)
        ? b.status_callback_urls.filter(
            (u): u is string => typeof u === 'string',
          )
        : [];
      const dsr: FakeDsr = {
        id,
        version,
        type,
        regulation: typeof b.regulation === 'string' ? b.regulation : undefined,
        identities,
        callbackUrls: urls,
        status: 'pending',
        submittedTime: b.submitted_time,
        receivedTime: now,
        expectedCompletionTime: new Date(now.getTime() + 7 * 86_400_000),
        resultsCount: countFor(identities),
        polls: 0,
      };
      requests.set(id, dsr);
      return signed(version, settings.createStatus, {
        controller_id: settings.controllerId,
        expected_completion_time: time(dsr.expectedCompletionTime),
        received_time: time(now),
        encoded_request: req.raw.toString('base64'),
        subject_request_id: id,
      });
    });

    server.route('GET', `${prefix}/${collection}/:id`, (req) => {
      if (!authorized(req))
        return error(version, 401, 'Unauthorized', 'Unauthorized');
      const dsr = requests.get(req.params.id ?? '');
      if (!dsr)
        return error(version, 404, 'Subject request not found', 'NotFound');
      dsr.polls += 1;
      const next = NEXT[dsr.status];
      if (
        next &&
        settings.advanceAfterPolls > 0 &&
        dsr.polls % settings.advanceAfterPolls === 0
      )
        void transition(dsr, next);
      return signed(version, 200, statusBody(dsr));
    });

    server.route('DELETE', `${prefix}/${collection}/:id`, (req) => {
      if (!authorized(req))
        return error(version, 401, 'Unauthorized', 'Unauthorized');
      const dsr = requests.get(req.params.id ?? '');
      if (!dsr)
        return error(version, 404, 'Subject request not found', 'NotFound');
      if (dsr.status !== 'pending')
        return error(
          version,
          400,
          'Only pending requests can be cancelled',
          'InvalidState',
        );
      void transition(dsr, 'cancelled');
      return signed(version, 202, {
        controller_id: settings.controllerId,
        received_time: time(dsr.receivedTime),
        subject_request_id: dsr.id,
        api_version: apiVersion(version),
      });
    });
  }

  server.route('GET', '/cert.pem', () => ({
    status: 200,
    headers: { 'content-type': 'application/x-pem-file' },
    body: settings.certificatePem,
  }));

  server.route('GET', '/results/:id', (req) => {
    const dsr = requests.get(req.params.id ?? '');
    if (!dsr?.completedAt || dsr.type === 'erasure')
      return { status: 404, body: { error: 'not found' } };
    if (
      settings.clock().getTime() - dsr.completedAt.getTime() >
      settings.resultsTtlMs
    )
      return { status: 410, body: { error: 'gone' } };
    return {
      status: 200,
      body: { subject_request_id: dsr.id, results_count: dsr.resultsCount },
    };
  });

  return {
    server,
    settings,
    requests,
    /** Every callback attempt, in order. */
    callbacks,
    start: (port?: number) => server.start(port),
    stop: async () => {
      await Promise.allSettled([...inFlight]);
      await server.stop();
    },
    get baseUrl() {
      return server.baseUrl;
    },
    /** One step along `pending → in_progress → completed`; resolves once callbacks are sent. */
    advance: (id: string) => {
      const dsr = find(id);
      const next = NEXT[dsr.status];
      if (!next) throw new Error(`opendsr fake: ${id} is ${dsr.status}`);
      return transition(dsr, next);
    },
    /** Straight to `completed` (one callback). */
    complete: (id: string) => transition(find(id), 'completed'),
    /** Waits for callbacks still being delivered (e.g. after an auto-advance). */
    settled: async () => {
      await Promise.allSettled([...inFlight]);
    },
    /** The next `times` calls matching `match` get `status` with `rawBody`, correctly signed. */
    injectSigned(
      match: RegExp,
      status: number,
      rawBody: string,
      times = 1,
      version: 1 | 2 = 2,
    ) {
      const [domainHeader, signatureHeader] = headerNames(version);
      server.inject(
        match,
        {
          kind: 'status',
          status,
          body: rawBody,
          headers: {
            'content-type': 'application/json',
            [domainHeader as string]: settings.domain,
            [signatureHeader as string]: sign(rawBody, settings.signingKeyPem),
          },
        },
        times,
      );
    },
  };
}

export type OpenDsrFake = ReturnType<typeof createOpenDsrFake>;
