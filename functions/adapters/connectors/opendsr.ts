/**
 * OpenDSR 2.0 / OpenGDPR 1.0 processors (opengdpr/OpenDSR; mParticle is the best-known one).
 *
 * Flow per job: `GET {base}/discovery` (what the processor supports, where its signing
 * certificate is), `POST {base}/requests` with a deterministic `subject_request_id`, then the
 * processor's signed callbacks ({@link handleOpenDsrCallback}) or `GET {base}/requests/{id}`
 * polls. Every response and callback is verified (RSASSA-PKCS1-v1_5 / SHA-256 over the exact
 * body bytes, certificate chained to the trust store, valid now, issued for the processor's
 * domain) before anything in it is believed.
 *
 * Lenient where the spec contradicts itself or real processors deviate (missing body
 * `processor_signature`, missing `regulation` in examples, 200 instead of 201, times without a
 * timezone, callbacks without `status_callback_url`); strict on signatures.
 */

import { createHash, createVerify, X509Certificate } from 'node:crypto';
import { rootCertificates } from 'node:tls';
import { TransientError } from '#domain/errors.ts';
import type { ProcessorConfig } from '#domain/schemas.ts';
import {
  type Connector,
  type ConnectorContext,
  type ConnectorResult,
  type Disclosure,
  ProcessorRejectedError,
} from '#ports/connectors.ts';
import { CONNECTOR_DESCRIPTORS } from './descriptors.ts';
import {
  apiBaseUrl,
  basicAuth,
  type ConnectorHttpOptions,
  type HttpResponse,
  http,
  isLoopback,
  requireCapability,
  requireCredential,
  requireSetting,
} from './http.ts';

const NAME = 'opendsr';

/** Trust anchors for processor certificates (PEM; a string may hold several certificates). */
export interface OpenDsrTrust {
  caCertificatesPem: readonly string[];
}

/** Node's bundled root CAs: the default trust store. */
export const SYSTEM_TRUST: OpenDsrTrust = {
  caCertificatesPem: rootCertificates,
};

export type OpenDsrSignatureCheck =
  | { ok: true }
  | {
      ok: false;
      reason:
        | 'domain-mismatch'
        | 'bad-signature'
        | 'untrusted-certificate'
        | 'expired-certificate'
        | 'missing-signature';
    };

type Headers_ = Readonly<Record<string, string | undefined>>;

/** The request types and identities a processor announces at `/discovery`. */
export interface OpenDsrDiscovery {
  api_version?: string;
  supported_identities: { identity_type: string; identity_format: string }[];
  supported_subject_request_types: string[];
  processor_certificate: string;
}

// ---------------------------------------------------------------------------
// Signature verification
// ---------------------------------------------------------------------------

const PEM_CERT =
  /-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g;

function parseCertificates(pem: string): X509Certificate[] {
  return (pem.match(PEM_CERT) ?? []).map((p) => new X509Certificate(p));
}

const anchorCache = new WeakMap<readonly string[], X509Certificate[]>();

function anchorsOf(trust: OpenDsrTrust): X509Certificate[] {
  let anchors = anchorCache.get(trust.caCertificatesPem);
  if (!anchors) {
    anchors = [];
    for (const pem of trust.caCertificatesPem) {
      try {
        anchors.push(...parseCertificates(pem));
      } catch {
        // An unreadable trust entry is skipped, never trusted.
      }
    }
    anchorCache.set(trust.caCertificatesPem, anchors);
  }
  return anchors;
}

const validAt = (cert: X509Certificate, now: Date) =>
  now >= cert.validFromDate && now <= cert.validToDate;

/** `child` was issued and signed by `parent` (names, key identifiers and key usage agree). */
const issuedBy = (child: X509Certificate, parent: X509Certificate) => {
  try {
    return child.checkIssued(parent) && child.verify(parent.publicKey);
  } catch {
    return false;
  }
};

/** Signed by its own key, whatever its extensions say. */
const selfSigned = (cert: X509Certificate) => {
  try {
    return cert.subject === cert.issuer && cert.verify(cert.publicKey);
  } catch {
    return false;
  }
};

/**
 * The leaf chains to a trust anchor, possibly through CA certificates bundled after the leaf in
 * the PEM. A self-signed leaf never does, even if someone put it in the trust store.
 */
function chainsToTrust(
  leaf: X509Certificate,
  bundled: X509Certificate[],
  trust: OpenDsrTrust,
  now: Date,
): boolean {
  if (leaf.ca || selfSigned(leaf)) return false;
  const anchors = anchorsOf(trust);
  let current = leaf;
  for (let depth = 0; depth < 5; depth++) {
    if (anchors.some((a) => a.ca && validAt(a, now) && issuedBy(current, a)))
      return true;
    const next = bundled.find(
      (c) =>
        c.ca &&
        c !== current &&
        validAt(c, now) &&
        !selfSigned(c) &&
        issuedBy(current, c),
    );
    if (!next) return false;
    current = next;
  }
  return false;
}

function header(headers: Headers_, name: string): string | undefined {
  const wanted = name.toLowerCase();
  for (const [k, v] of Object.entries(headers))
    if (k.toLowerCase() === wanted && v !== undefined) return v;
  return undefined;
}

/** Both header families: OpenDSR 2.0 and OpenGDPR 1.0 (spec §10.1). */
function signatureHeaders(headers: Headers_) {
  return {
    domain:
      header(headers, 'x-opendsr-processor-domain') ??
      header(headers, 'x-opengdpr-processor-domain'),
    signature:
      header(headers, 'x-opendsr-signature') ??
      header(headers, 'x-opengdpr-signature'),
  };
}

/**
 * Verifies a processor's signed response or callback: the domain header names the expected
 * processor, the certificate chains to `trust`, is valid at `now` and is issued for that domain,
 * and the signature (RSASSA-PKCS1-v1_5, SHA-256, Base64; whitespace inside is tolerated) covers
 * exactly `rawBody`. Never re-serialise a body before calling this.
 */
export function verifyOpenDsrSignature(input: {
  rawBody: Buffer;
  headers: Headers_;
  expectedDomain: string;
  certificatePem: string;
  trust: OpenDsrTrust;
  now: Date;
}): OpenDsrSignatureCheck {
  const { domain, signature } = signatureHeaders(input.headers);
  if (!signature?.trim()) return { ok: false, reason: 'missing-signature' };
  const expected = input.expectedDomain.trim().toLowerCase();
  if (!expected || domain?.trim().toLowerCase() !== expected)
    return { ok: false, reason: 'domain-mismatch' };
  let certs: X509Certificate[];
  try {
    certs = parseCertificates(input.certificatePem);
  } catch {
    return { ok: false, reason: 'untrusted-certificate' };
  }
  const [leaf, ...bundled] = certs;
  if (leaf?.publicKey.asymmetricKeyType !== 'rsa')
    return { ok: false, reason: 'untrusted-certificate' };
  if (!chainsToTrust(leaf, bundled, input.trust, input.now))
    return { ok: false, reason: 'untrusted-certificate' };
  if (!validAt(leaf, input.now))
    return { ok: false, reason: 'expired-certificate' };
  if (!leaf.checkHost(expected))
    return { ok: false, reason: 'domain-mismatch' };
  const b64 = signature.replace(/\s+/g, '');
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(b64))
    return { ok: false, reason: 'bad-signature' };
  try {
    const ok = createVerify('sha256')
      .update(input.rawBody)
      .verify(leaf.publicKey, Buffer.from(b64, 'base64'));
    return ok ? { ok: true } : { ok: false, reason: 'bad-signature' };
  } catch {
    return { ok: false, reason: 'bad-signature' };
  }
}

// ---------------------------------------------------------------------------
// Helpers shared by the connector and the callback handler
// ---------------------------------------------------------------------------

/**
 * Parses an OpenDSR time leniently: RFC 3339, or (mParticle) without a timezone, taken as UTC;
 * more than millisecond precision is cut. `undefined` when it is not a time.
 */
export function parseOpenDsrTime(value: unknown): Date | undefined {
  if (typeof value !== 'string') return undefined;
  const m =
    /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}(?::\d{2})?)(\.\d+)?(Z|[+-]\d{2}:?\d{2})?$/i.exec(
      value.trim(),
    );
  if (!m) return undefined;
  const frac = m[3] ? m[3].slice(0, 4) : '';
  let zone = (m[4] ?? 'Z').toUpperCase();
  if (/^[+-]\d{4}$/.test(zone)) zone = `${zone.slice(0, 3)}:${zone.slice(3)}`;
  const t = Date.parse(`${m[1]}T${m[2]}${frac}${zone}`);
  return Number.isNaN(t) ? undefined : new Date(t);
}

/** A lowercase UUID v4 derived from the job's idempotency key: a retried job re-sends the same id. */
export function subjectRequestId(idempotencyKey: string): string {
  const b = createHash('sha256')
    .update(`opendsr:subject_request_id:${idempotencyKey}`)
    .digest()
    .subarray(0, 16);
  b[6] = ((b[6] ?? 0) & 0x0f) | 0x40;
  b[8] = ((b[8] ?? 0) & 0x3f) | 0x80;
  const h = b.toString('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

interface Version {
  major: 1 | 2;
  apiVersion: string;
  collection: 'requests' | 'opengdpr_requests';
}

function versionOf(processor: ProcessorConfig): Version {
  const raw = String(processor.settings.apiVersion ?? '2.0');
  if (/^1(\.\d+)?$/.test(raw))
    return { major: 1, apiVersion: '1.0', collection: 'opengdpr_requests' };
  if (/^2(\.\d+)?$/.test(raw))
    return { major: 2, apiVersion: '2.0', collection: 'requests' };
  throw new ProcessorRejectedError(
    `${NAME}: setting 'apiVersion' must be '2.0' or '1.0'`,
  );
}

/** The base URL (required: it carries the major version), refusing plain HTTP but to loopback. */
function baseUrlOf(processor: ProcessorConfig): string {
  return apiBaseUrl(processor.settings, undefined, NAME);
}

function domainOf(processor: ProcessorConfig): string {
  return requireSetting(processor.settings, 'domain', NAME)
    .trim()
    .toLowerCase();
}

function authHeaders(
  credentials: Readonly<Record<string, string>>,
): Record<string, string> {
  if (!credentials.username) return {};
  const password = requireCredential(credentials, 'password', NAME);
  return { authorization: basicAuth(credentials.username, password) };
}

function headersRecord(h: Headers): Record<string, string> {
  const out: Record<string, string> = {};
  h.forEach((v, k) => {
    out[k] = v;
  });
  return out;
}

/** A safe token from a processor's error object (no spaces, no `@`: never an echoed identity). */
function token(v: unknown): string | undefined {
  if (typeof v !== 'string' && typeof v !== 'number') return undefined;
  const s = String(v);
  return /^[A-Za-z0-9_.:-]{1,80}$/.test(s) ? s : undefined;
}

interface OpenDsrErrorBody {
  error?: {
    code?: unknown;
    message?: unknown;
    errors?: { domain?: unknown; reason?: unknown; message?: unknown }[];
  };
}

function errorOf(res: HttpResponse): OpenDsrErrorBody['error'] {
  try {
    const body = JSON.parse(res.text) as OpenDsrErrorBody;
    return typeof body?.error === 'object' && body.error ? body.error : {};
  } catch {
    return {};
  }
}

/** "code 400, reason IllegalArgumentException (Validation)", from the spec's error object only. */
function describeError(res: HttpResponse): string {
  const e = errorOf(res);
  const first = Array.isArray(e?.errors) ? e.errors[0] : undefined;
  const parts = [`HTTP ${res.status}`];
  const code = token(e?.code);
  const reason = token(first?.reason);
  const domain = token(first?.domain);
  if (code) parts.push(`code ${code}`);
  if (reason) parts.push(`reason ${reason}${domain ? ` (${domain})` : ''}`);
  return parts.join(', ');
}

/** The processor already has a request with this id (mParticle: "Subject request already exists"). */
function alreadyExists(res: HttpResponse): boolean {
  const e = errorOf(res);
  const texts = [
    e?.message,
    ...(Array.isArray(e?.errors)
      ? e.errors.flatMap((x) => [x?.message, x?.reason])
      : []),
  ];
  return texts.some(
    (t) => typeof t === 'string' && /already\s*exists/i.test(t),
  );
}

interface StatusBody {
  controller_id?: unknown;
  subject_request_id?: unknown;
  request_status?: unknown;
  expected_completion_time?: unknown;
  results_url?: unknown;
  results_count?: unknown;
  status_callback_url?: unknown;
}

/** What a signed status (poll answer or callback) means for the job. */
function mapStatus(
  body: StatusBody,
  ref: string,
  capability: string | undefined,
  via: 'poll' | 'callback',
  now: Date,
  disclosures: Disclosure[],
): ConnectorResult {
  const evidence: Record<string, string> = { subjectRequestId: ref };
  const controllerId = token(body.controller_id);
  if (controllerId) evidence.controllerId = controllerId;
  const expected = parseOpenDsrTime(body.expected_completion_time);
  if (expected) evidence.expectedCompletionTime = expected.toISOString();
  const status =
    typeof body.request_status === 'string'
      ? body.request_status.toLowerCase()
      : '';
  if (status) evidence.requestStatus = status;
  if (
    status === 'pending' ||
    status === 'in_progress' ||
    status === 'distributed'
  ) {
    const base = via === 'callback' ? 3600 : 900;
    const until = expected
      ? Math.ceil((expected.getTime() - now.getTime()) / 1000)
      : 0;
    return {
      outcome: 'PENDING',
      records: 0,
      disclosures,
      evidence,
      pending: {
        ref,
        via,
        checkAfterSeconds: until > base ? Math.min(until, 86_400) : base,
      },
    };
  }
  if (status === 'completed') {
    const count =
      typeof body.results_count === 'number' &&
      Number.isInteger(body.results_count) &&
      body.results_count >= 0
        ? body.results_count
        : undefined;
    if (count !== undefined) evidence.resultsCount = String(count);
    // The results stay at the processor (mParticle: 7 days, then 410); we record where, only.
    if (capability !== 'erase' && typeof body.results_url === 'string')
      evidence.resultsUrl = body.results_url;
    return {
      outcome: 'COMPLETED',
      records: count ?? 0,
      disclosures,
      evidence,
    };
  }
  if (status === 'cancelled')
    throw new ProcessorRejectedError(
      `${NAME}: processor cancelled the request (subject_request_id ${ref})`,
    );
  throw new TransientError(
    `${NAME}: unknown request_status in the processor's answer`,
  );
}

// ---------------------------------------------------------------------------
// Discovery and certificate cache
// ---------------------------------------------------------------------------

export interface OpenDsrDirectoryOptions extends ConnectorHttpOptions {
  /** Fetches the PEM at `processor_certificate`; default: an HTTPS GET (HTTP on loopback only). */
  fetchCertificate?: (url: string) => Promise<string>;
  /** Wall clock for certificate expiry of cache entries. */
  clock?: () => Date;
}

interface DirectoryEntry {
  discovery: OpenDsrDiscovery;
  certificatePem: string;
  fetchedAt: number;
  until: number;
}

/**
 * `/discovery` and the processor certificate, cached per base URL and domain until the
 * certificate's notAfter (or refreshed on demand when a signature fails to verify, in case the
 * processor rotated its certificate).
 */
export class OpenDsrDirectory {
  private readonly cache = new Map<string, DirectoryEntry>();

  constructor(private readonly options: OpenDsrDirectoryOptions = {}) {}

  async get(
    processor: ProcessorConfig,
    credentials: Readonly<Record<string, string>> = {},
    opts: { refresh?: boolean; signal?: AbortSignal } = {},
  ): Promise<DirectoryEntry> {
    const base = baseUrlOf(processor);
    const key = `${base}|${domainOf(processor)}`;
    const now = (this.options.clock?.() ?? new Date()).getTime();
    const hit = this.cache.get(key);
    // A refresh (after a failed verification) re-fetches at most once a minute: bad callbacks
    // must not turn us into a fetch amplifier.
    const fresh = opts.refresh ? now - (hit?.fetchedAt ?? 0) < 60_000 : true;
    if (hit && fresh && now < hit.until) return hit;
    const res = await http(`${base}/discovery`, {
      headers: authHeaders(credentials),
      processor: NAME,
      sleep: this.options.sleep,
      timeoutMs: this.options.timeoutMs,
      signal: opts.signal,
    });
    if (res.status !== 200)
      throw new ProcessorRejectedError(
        `${NAME}: GET /discovery answered ${describeError(res)}; check setting 'baseUrl' (it starts with the major version, e.g. /v2)`,
      );
    const discovery = res.json<Partial<OpenDsrDiscovery>>();
    if (
      !discovery ||
      typeof discovery.processor_certificate !== 'string' ||
      !Array.isArray(discovery.supported_subject_request_types) ||
      !Array.isArray(discovery.supported_identities)
    )
      throw new TransientError(
        `${NAME}: GET /discovery: malformed response (fields missing)`,
      );
    const certificatePem = await this.fetchCertificate(
      discovery.processor_certificate,
      opts.signal,
    );
    let notAfter: number;
    try {
      const [leaf] = parseCertificates(certificatePem);
      if (!leaf) throw new Error('no certificate');
      notAfter = leaf.validToDate.getTime();
    } catch {
      throw new ProcessorRejectedError(
        `${NAME}: processor_certificate is not a PEM certificate`,
      );
    }
    const entry: DirectoryEntry = {
      discovery: discovery as OpenDsrDiscovery,
      certificatePem,
      fetchedAt: now,
      until: notAfter,
    };
    this.cache.set(key, entry);
    return entry;
  }

  /** A `certificateFor(domain)` for {@link handleOpenDsrCallback}, bound to one processor. */
  certificateSource(
    processor: ProcessorConfig,
    credentials: Readonly<Record<string, string>> = {},
  ) {
    return {
      certificateFor: async (domain: string) => {
        if (domain.trim().toLowerCase() !== domainOf(processor))
          throw new ProcessorRejectedError(
            `${NAME}: no certificate source for that domain`,
          );
        return (await this.get(processor, credentials)).certificatePem;
      },
      refreshCertificate: async () =>
        (await this.get(processor, credentials, { refresh: true }))
          .certificatePem,
    };
  }

  private async fetchCertificate(
    url: string,
    signal?: AbortSignal,
  ): Promise<string> {
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      throw new ProcessorRejectedError(
        `${NAME}: processor_certificate is not a URL`,
      );
    }
    if (
      parsed.protocol !== 'https:' &&
      !(parsed.protocol === 'http:' && isLoopback(parsed.hostname))
    )
      throw new ProcessorRejectedError(
        `${NAME}: processor_certificate must be an https URL`,
      );
    if (this.options.fetchCertificate)
      return this.options.fetchCertificate(url);
    const res = await http(url, {
      headers: { accept: 'application/x-pem-file, text/plain, */*' },
      processor: NAME,
      sleep: this.options.sleep,
      timeoutMs: this.options.timeoutMs,
      signal,
    });
    if (res.status !== 200)
      throw new ProcessorRejectedError(
        `${NAME}: processor_certificate answered HTTP ${res.status}`,
      );
    return res.text;
  }
}

/**
 * A `certificateFor` for {@link handleOpenDsrCallback}: fetches the certificate named by the
 * processor's `/discovery`, cached until its notAfter.
 */
export function discoveryCertificateSource(
  processor: ProcessorConfig,
  options: OpenDsrDirectoryOptions & {
    credentials?: Readonly<Record<string, string>>;
    directory?: OpenDsrDirectory;
  } = {},
) {
  const directory = options.directory ?? new OpenDsrDirectory(options);
  return directory.certificateSource(processor, options.credentials);
}

// ---------------------------------------------------------------------------
// Callback handling
// ---------------------------------------------------------------------------

export interface OpenDsrCallbackOutcome {
  /** What to answer the processor: 202 accepted, 400 malformed or not ours, 401 not authentic. */
  status: 202 | 400 | 401;
  /** The job's state per the callback (only with 202). */
  result?: ConnectorResult;
  /** With 202: the processor cancelled the request; the job should fail with this message. */
  rejected?: string;
  /** Why it was refused, for logs (no personal data). */
  reason?: string;
}

/**
 * Handles a processor's `POST` to our `status_callback_url` (spec §8.5–8.8): authenticate it
 * (domain allowed, certificate trusted and valid, signature over the raw body), then check it is
 * about the expected request and URL, then map `request_status` like `poll`. Repeats give the
 * same answer (idempotent). Throws `TransientError` when the certificate cannot be fetched (answer
 * 503 so the processor retries).
 */
export async function handleOpenDsrCallback(
  input: {
    rawBody: Buffer;
    headers: Headers_;
    processor: ProcessorConfig;
    expectedCallbackUrl: string;
    expectedRef: string;
    now: Date;
  },
  deps: {
    certificateFor(domain: string): Promise<string>;
    /** Re-fetches the certificate once when verification fails (certificate rotation). */
    refreshCertificate?(domain: string): Promise<string>;
    trust: OpenDsrTrust;
  },
): Promise<OpenDsrCallbackOutcome> {
  const expectedDomain = String(input.processor.settings.domain ?? '')
    .trim()
    .toLowerCase();
  const { domain } = signatureHeaders(input.headers);
  if (!expectedDomain || domain?.trim().toLowerCase() !== expectedDomain)
    return { status: 401, reason: 'domain-mismatch' };
  const verify = (certificatePem: string) =>
    verifyOpenDsrSignature({
      rawBody: input.rawBody,
      headers: input.headers,
      expectedDomain,
      certificatePem,
      trust: deps.trust,
      now: input.now,
    });
  let check = verify(await deps.certificateFor(expectedDomain));
  if (
    !check.ok &&
    check.reason !== 'missing-signature' &&
    deps.refreshCertificate
  )
    check = verify(await deps.refreshCertificate(expectedDomain));
  if (!check.ok) return { status: 401, reason: check.reason };

  let body: StatusBody;
  try {
    body = JSON.parse(input.rawBody.toString('utf8')) as StatusBody;
  } catch {
    return { status: 400, reason: 'malformed-json' };
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body))
    return { status: 400, reason: 'malformed-json' };
  if (
    typeof body.subject_request_id !== 'string' ||
    body.subject_request_id.toLowerCase() !== input.expectedRef.toLowerCase()
  )
    return { status: 400, reason: 'wrong-subject-request-id' };
  if (
    body.status_callback_url !== undefined &&
    body.status_callback_url !== input.expectedCallbackUrl
  )
    return { status: 400, reason: 'wrong-status-callback-url' };
  try {
    const result = mapStatus(
      body,
      input.expectedRef.toLowerCase(),
      undefined,
      'callback',
      input.now,
      [],
    );
    return { status: 202, result };
  } catch (error) {
    if (error instanceof ProcessorRejectedError)
      return { status: 202, rejected: error.message };
    return { status: 400, reason: 'unknown-request-status' };
  }
}

// ---------------------------------------------------------------------------
// The connector
// ---------------------------------------------------------------------------

export interface OpenDsrConnectorOptions extends OpenDsrDirectoryOptions {
  /** Trust anchors for processor certificates; default Node's root CAs. */
  trust?: OpenDsrTrust;
  /** Shared discovery/certificate cache (e.g. with the callback route). */
  directory?: OpenDsrDirectory;
}

/**
 * Settings: `baseUrl` (starts with the major version, e.g. `https://opendsr.example.com/v2`),
 * `domain` (the processor's `X-OpenDSR-Processor-Domain`), `apiVersion` `'2.0'` (default) or
 * `'1.0'` (OpenGDPR routes and headers, no `regulation`), `identityFormat` `'raw'|'sha256'`.
 * Credentials: optional `username`/`password` (HTTP Basic, as mParticle uses).
 */
export class OpenDsrConnector implements Connector {
  readonly kind = 'opendsr' as const;
  readonly capabilities = CONNECTOR_DESCRIPTORS.opendsr.capabilities;
  private readonly trust: OpenDsrTrust;
  private readonly directory: OpenDsrDirectory;

  constructor(private readonly options: OpenDsrConnectorOptions = {}) {
    this.trust = options.trust ?? SYSTEM_TRUST;
    this.directory = options.directory ?? new OpenDsrDirectory(options);
  }

  async run(ctx: ConnectorContext): Promise<ConnectorResult> {
    requireCapability(NAME, this.capabilities, ctx.capability);
    const base = baseUrlOf(ctx.processor);
    const version = versionOf(ctx.processor);
    const { discovery } = await this.directory.get(
      ctx.processor,
      ctx.credentials,
      { signal: ctx.signal },
    );
    const type = requestType(ctx, discovery);
    const format = identityFormat(ctx.processor, discovery);
    const id = subjectRequestId(ctx.idempotencyKey);
    const email = ctx.subject.email.trim();
    const identityValue =
      format === 'sha256'
        ? createHash('sha256').update(email.toLowerCase()).digest('hex')
        : email;
    const path = `/${version.collection}`;
    const disclosures: Disclosure[] = [
      {
        call: `POST ${path} ${type}`,
        identifiers: [format === 'raw' ? 'email' : 'email-sha256'],
      },
    ];
    const res = await http(`${base}${path}`, {
      method: 'POST',
      headers: authHeaders(ctx.credentials),
      body: {
        subject_request_id: id,
        ...(version.major === 2 ? { regulation: 'gdpr' } : {}),
        subject_request_type: type,
        submitted_time: new Date(ctx.subject.receivedAt).toISOString(),
        subject_identities: [
          {
            identity_type: 'email',
            identity_value: identityValue,
            identity_format: format,
          },
        ],
        api_version: version.apiVersion,
        ...(ctx.callbackUrl ? { status_callback_urls: [ctx.callbackUrl] } : {}),
      },
      ...this.httpOptions(ctx),
    });
    if (res.status === 201 || res.status === 200) {
      const body = await this.verified<{
        subject_request_id?: unknown;
        controller_id?: unknown;
        received_time?: unknown;
        expected_completion_time?: unknown;
      }>(ctx, res, `POST ${path}`);
      // `encoded_request` echoes the identities: never kept (spec §7.3).
      if (
        typeof body.subject_request_id === 'string' &&
        body.subject_request_id.toLowerCase() !== id
      )
        throw new ProcessorRejectedError(
          `${NAME}: POST ${path} answered about another subject_request_id`,
        );
      const evidence: Record<string, string> = { subjectRequestId: id };
      const controllerId = token(body.controller_id);
      if (controllerId) evidence.controllerId = controllerId;
      const received = parseOpenDsrTime(body.received_time);
      if (received) evidence.receivedTime = received.toISOString();
      const expected = parseOpenDsrTime(body.expected_completion_time);
      if (expected) evidence.expectedCompletionTime = expected.toISOString();
      const via = ctx.callbackUrl ? 'callback' : 'poll';
      return {
        outcome: 'PENDING',
        records: 0,
        disclosures,
        evidence,
        pending: {
          ref: id,
          via,
          checkAfterSeconds: via === 'callback' ? 3600 : 900,
        },
      };
    }
    if (res.status === 409 || (res.status === 400 && alreadyExists(res)))
      return this.pollExisting(ctx, id, disclosures);
    if (res.status === 404)
      throw new ProcessorRejectedError(
        `${NAME}: POST ${path} not found (HTTP 404); check settings 'baseUrl' and 'apiVersion'`,
      );
    throw new ProcessorRejectedError(
      `${NAME}: POST ${path} rejected the request (${describeError(res)})`,
    );
  }

  async poll(ctx: ConnectorContext, ref: string): Promise<ConnectorResult> {
    return this.status(ctx, ref, []);
  }

  async cancel(ctx: ConnectorContext, ref: string): Promise<void> {
    const id = checkRef(ref);
    const base = baseUrlOf(ctx.processor);
    const path = `/${versionOf(ctx.processor).collection}/${id}`;
    const res = await http(`${base}${path}`, {
      method: 'DELETE',
      headers: authHeaders(ctx.credentials),
      ...this.httpOptions(ctx),
    });
    if (res.status === 202 || res.status === 200 || res.status === 204) {
      if (res.text.trim()) await this.verified(ctx, res, `DELETE ${path}`);
      return;
    }
    if (res.status === 404)
      throw new ProcessorRejectedError(
        `${NAME}: DELETE: the processor does not know subject_request_id ${id}`,
      );
    throw new ProcessorRejectedError(
      `${NAME}: DELETE refused (${describeError(res)}); only pending requests can be cancelled`,
    );
  }

  /** Create answered "exists" (a retried job): the request is there, so read its status. */
  private async pollExisting(
    ctx: ConnectorContext,
    id: string,
    disclosures: Disclosure[],
  ): Promise<ConnectorResult> {
    try {
      return await this.status(ctx, id, disclosures);
    } catch (error) {
      if (error instanceof UnknownRequestError)
        // 409 without our id: another in-progress request for the same identities (mParticle).
        throw new TransientError(
          `${NAME}: the processor has another in-progress request for the same subject; retry later`,
          { retryAfterSeconds: 3600 },
        );
      throw error;
    }
  }

  private async status(
    ctx: ConnectorContext,
    ref: string,
    disclosures: Disclosure[],
  ): Promise<ConnectorResult> {
    const id = checkRef(ref);
    const base = baseUrlOf(ctx.processor);
    const path = `/${versionOf(ctx.processor).collection}/${id}`;
    const res = await http(`${base}${path}`, {
      headers: authHeaders(ctx.credentials),
      ...this.httpOptions(ctx),
    });
    if (res.status === 404) throw new UnknownRequestError(id);
    if (res.status !== 200)
      throw new ProcessorRejectedError(
        `${NAME}: GET request status refused (${describeError(res)})`,
      );
    const body = await this.verified<StatusBody>(ctx, res, 'GET status');
    if (
      typeof body.subject_request_id === 'string' &&
      body.subject_request_id.toLowerCase() !== id
    )
      throw new ProcessorRejectedError(
        `${NAME}: status answer is about another subject_request_id`,
      );
    return mapStatus(
      body,
      id,
      ctx.capability,
      ctx.callbackUrl ? 'callback' : 'poll',
      ctx.now,
      disclosures,
    );
  }

  /** Verifies the response's signature over its exact bytes, then parses it. */
  private async verified<T>(
    ctx: ConnectorContext,
    res: HttpResponse,
    what: string,
  ): Promise<T> {
    try {
      JSON.parse(res.text);
    } catch {
      throw new TransientError(
        `${NAME} ${what}: malformed response (not JSON)`,
      );
    }
    const rawBody = Buffer.from(res.text, 'utf8');
    const headers = headersRecord(res.headers);
    const domain = domainOf(ctx.processor);
    const now = this.options.clock?.() ?? new Date();
    const verify = (certificatePem: string) =>
      verifyOpenDsrSignature({
        rawBody,
        headers,
        expectedDomain: domain,
        certificatePem,
        trust: this.trust,
        now,
      });
    const entry = await this.directory.get(ctx.processor, ctx.credentials, {
      signal: ctx.signal,
    });
    let check = verify(entry.certificatePem);
    if (!check.ok && check.reason !== 'missing-signature') {
      // The processor may have rotated its certificate since we cached it.
      const fresh = await this.directory.get(ctx.processor, ctx.credentials, {
        refresh: true,
        signal: ctx.signal,
      });
      check = verify(fresh.certificatePem);
    }
    if (!check.ok)
      throw new ProcessorRejectedError(
        `${NAME} ${what}: response signature not accepted (${check.reason}); check setting 'domain' and the processor's certificate`,
      );
    return res.json<T>();
  }

  private httpOptions(ctx: ConnectorContext) {
    return {
      processor: NAME,
      sleep: this.options.sleep,
      timeoutMs: this.options.timeoutMs,
      signal: ctx.signal,
    };
  }
}

class UnknownRequestError extends ProcessorRejectedError {
  constructor(id: string) {
    super(`${NAME}: the processor does not know subject_request_id ${id}`);
  }
}

function checkRef(ref: string): string {
  if (!UUID.test(ref))
    throw new ProcessorRejectedError(
      `${NAME}: pending ref is not a subject_request_id (UUID)`,
    );
  return ref.toLowerCase();
}

/** `erasure`, `access`, or `portability` when the job says so (and the processor supports it). */
function requestType(
  ctx: ConnectorContext,
  discovery: OpenDsrDiscovery,
): string {
  const supported = discovery.supported_subject_request_types.map((t) =>
    String(t).toLowerCase(),
  );
  let type = ctx.capability === 'erase' ? 'erasure' : 'access';
  const wanted = ctx.requestType;
  if (
    ctx.capability === 'access' &&
    wanted === 'portability' &&
    supported.includes('portability')
  )
    type = 'portability';
  if (!supported.includes(type))
    throw new ProcessorRejectedError(
      `${NAME}: the processor does not support subject_request_type '${type}' (discovery lists: ${supported.map((t) => token(t) ?? '?').join(', ') || 'none'})`,
    );
  return type;
}

/** The email format to send: the configured one, else raw, else sha256, as discovery allows. */
function identityFormat(
  processor: ProcessorConfig,
  discovery: OpenDsrDiscovery,
): 'raw' | 'sha256' {
  const formats = discovery.supported_identities
    .filter((i) => String(i?.identity_type).toLowerCase() === 'email')
    .map((i) => String(i.identity_format).toLowerCase());
  if (formats.length === 0)
    throw new ProcessorRejectedError(
      `${NAME}: the processor does not accept email identities (discovery supported_identities)`,
    );
  const configured = processor.settings.identityFormat;
  if (configured !== undefined) {
    if (configured !== 'raw' && configured !== 'sha256')
      throw new ProcessorRejectedError(
        `${NAME}: setting 'identityFormat' must be 'raw' or 'sha256'`,
      );
    if (!formats.includes(configured))
      throw new ProcessorRejectedError(
        `${NAME}: the processor does not accept email in format '${configured}' (setting 'identityFormat')`,
      );
    return configured;
  }
  if (formats.includes('raw')) return 'raw';
  if (formats.includes('sha256')) return 'sha256';
  throw new ProcessorRejectedError(
    `${NAME}: the processor accepts email only as ${formats.map((f) => token(f) ?? '?').join(', ')}; we can send raw or sha256`,
  );
}
