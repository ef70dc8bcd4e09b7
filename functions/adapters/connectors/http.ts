/**
 * The HTTP client every API connector uses: a timeout on every call, bounded retries for what is
 * worth retrying (network errors, timeouts, 5xx, 429 with `Retry-After`), and errors that never
 * quote a processor's answer (it may echo the subject's email). What a 4xx means is the
 * connector's business: it gets the response back.
 */
import { TransientError } from '#domain/errors.ts';
import { type Capability, ProcessorRejectedError } from '#ports/connectors.ts';

/** What every API connector can be given: tests inject these so no call costs wall time. */
export interface ConnectorHttpOptions {
  /** Injected by tests so backoff costs no wall time. */
  sleep?: (ms: number) => Promise<void>;
  /** Per HTTP attempt. */
  timeoutMs?: number;
}

/**
 * Refuses a capability the connector does not declare. The job steps only ask for declared ones
 * (others get the email treatment or are skipped), so this guards against a wiring mistake.
 */
export function requireCapability(
  processor: string,
  capabilities: Partial<Record<Capability, unknown>>,
  capability: Capability,
): void {
  if (!(capability in capabilities))
    throw unsupportedCapability(processor, capability);
}

export function unsupportedCapability(
  processor: string,
  capability: string,
): ProcessorRejectedError {
  return new ProcessorRejectedError(
    `${processor}: capability '${capability}' is not supported by this connector`,
  );
}

export interface HttpOptions {
  method?: string;
  headers?: Record<string, string>;
  /** A string is sent as is; anything else as JSON. */
  body?: unknown;
  /** Per attempt; default 10 s. */
  timeoutMs?: number;
  /** Attempts for retryable failures, including the first; default 3. */
  attempts?: number;
  /** Longest `Retry-After` worth waiting inside this call; longer ones throw `TransientError`. Default 20 s. */
  maxInlineWaitSeconds?: number;
  signal?: AbortSignal;
  /** Injected by tests so backoff costs no wall time. */
  sleep?: (ms: number) => Promise<void>;
  /** Names the processor in error messages. */
  processor: string;
}

export interface HttpResponse {
  status: number;
  headers: Headers;
  text: string;
  /** Parsed JSON body; `undefined` when the body is empty. Throws TransientError if it is not JSON. */
  json<T = unknown>(): T;
}

export const realSleep = (ms: number) =>
  new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Seconds to wait from `Retry-After` (seconds or an HTTP date) or, failing that, an
 * `X-RateLimit-Reset` (epoch seconds, or relative seconds when smaller than 1e9, as SendGrid's
 * erasure API sends it).
 */
export function retryAfterSeconds(
  headers: Headers,
  now = Date.now(),
): number | undefined {
  const ra = headers.get('retry-after');
  if (ra) {
    const n = Number(ra);
    if (Number.isFinite(n)) return Math.max(0, n);
    const at = Date.parse(ra);
    if (!Number.isNaN(at)) return Math.max(0, Math.ceil((at - now) / 1000));
  }
  const reset = Number(headers.get('x-ratelimit-reset'));
  if (Number.isFinite(reset) && reset > 0)
    return reset < 1e9 ? reset : Math.max(0, Math.ceil(reset - now / 1000));
  return undefined;
}

/** Exponential backoff with full jitter, capped at 8 s. */
function backoffMs(attempt: number): number {
  return Math.random() * Math.min(8000, 250 * 2 ** attempt);
}

export async function http(
  url: string,
  options: HttpOptions,
): Promise<HttpResponse> {
  const attempts = options.attempts ?? 3;
  const sleep = options.sleep ?? realSleep;
  const maxWait = options.maxInlineWaitSeconds ?? 20;
  const headers: Record<string, string> = {
    accept: 'application/json',
    ...options.headers,
  };
  let body: string | undefined;
  if (options.body !== undefined) {
    body =
      typeof options.body === 'string'
        ? options.body
        : JSON.stringify(options.body);
    headers['content-type'] ??= 'application/json';
  }
  const what = `${options.processor} ${options.method ?? 'GET'} ${new URL(url).pathname.split('/').slice(0, 4).join('/')}`;
  let last: TransientError | undefined;
  for (let attempt = 0; attempt < attempts; attempt++) {
    if (attempt > 0 && !last?.retryAfterSeconds)
      await sleep(backoffMs(attempt));
    let res: Response;
    let text: string;
    try {
      const timeout = AbortSignal.timeout(options.timeoutMs ?? 10_000);
      res = await fetch(url, {
        method: options.method ?? 'GET',
        headers,
        body,
        signal: options.signal
          ? AbortSignal.any([options.signal, timeout])
          : timeout,
        redirect: 'error',
      });
      text = await res.text();
    } catch (error) {
      const name = (error as Error).name;
      last = new TransientError(
        name === 'TimeoutError'
          ? `${what}: no answer in time`
          : `${what}: connection failed`,
      );
      continue;
    }
    if (res.status === 429 || res.status === 503) {
      const wait = retryAfterSeconds(res.headers);
      last = new TransientError(`${what}: rate limited (HTTP ${res.status})`, {
        retryAfterSeconds: wait,
      });
      if (wait !== undefined && wait > maxWait) throw last;
      if (wait !== undefined) await sleep(wait * 1000);
      continue;
    }
    if (res.status >= 500) {
      last = new TransientError(
        `${what}: processor error (HTTP ${res.status})`,
      );
      continue;
    }
    if (res.status === 401 || res.status === 403)
      throw new ProcessorRejectedError(
        `${what}: credentials rejected (HTTP ${res.status}); check the processor's credentials reference`,
      );
    return response(res, text, what);
  }
  throw last ?? new TransientError(`${what}: failed`);
}

function response(res: Response, text: string, what: string): HttpResponse {
  return {
    status: res.status,
    headers: res.headers,
    text,
    json<T>() {
      if (text.trim() === '') return undefined as T;
      try {
        return JSON.parse(text) as T;
      } catch {
        throw new TransientError(`${what}: malformed response (not JSON)`);
      }
    },
  };
}

/** HTTP Basic header value. */
export function basicAuth(user: string, password: string): string {
  return `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;
}

/** Reads a credential, failing with an operator-actionable message when it is missing. */
export function requireCredential(
  credentials: Readonly<Record<string, string>>,
  key: string,
  processor: string,
): string {
  const v = credentials[key];
  if (!v)
    throw new ProcessorRejectedError(
      `${processor}: credential '${key}' is missing from the processor's credentials reference`,
    );
  return v;
}

/** Reads a processor setting (non-secret configuration such as a shop domain or base URL). */
export function requireSetting(
  settings: Readonly<Record<string, unknown>> | undefined,
  key: string,
  processor: string,
): string {
  const v = settings?.[key];
  if (typeof v !== 'string' || v === '')
    throw new ProcessorRejectedError(
      `${processor}: setting '${key}' is missing from the processor's registry entry`,
    );
  return v;
}

/** 127.0.0.0/8, localhost and [::1]: the only hosts plain HTTP may reach (the local fakes). */
export function isLoopback(host: string): boolean {
  return (
    host === 'localhost' ||
    host === '[::1]' ||
    /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host)
  );
}

/**
 * The processor's API base: `settings.baseUrl` (a fake on loopback, a proxy) or `fallback`, the
 * production host. Credentials and identities never go over plain HTTP except to loopback.
 * `why` adds a processor's own reason (Nosto revokes a token used over HTTP).
 */
export function apiBaseUrl(
  settings: Readonly<Record<string, unknown>> | undefined,
  fallback: string | undefined,
  processor: string,
  why?: string,
): string {
  const configured = settings?.baseUrl;
  const raw =
    typeof configured === 'string' && configured !== '' ? configured : fallback;
  if (!raw)
    throw new ProcessorRejectedError(
      `${processor}: setting 'baseUrl' is missing from the processor's registry entry`,
    );
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ProcessorRejectedError(
      `${processor}: setting 'baseUrl' is not a valid URL`,
    );
  }
  if (
    url.protocol !== 'https:' &&
    !(url.protocol === 'http:' && isLoopback(url.hostname))
  )
    throw new ProcessorRejectedError(
      `${processor}: refusing a non-https setting 'baseUrl' (plain http only to a loopback host)${why ? `; ${why}` : ''}`,
    );
  return raw.replace(/\/+$/, '');
}
