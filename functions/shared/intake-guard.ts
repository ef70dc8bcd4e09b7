/**
 * Edge checks of the public intake that need the deployment's intake secret: the signed,
 * expiring token of the form page (CSRF), the Origin check of cross-site posts, and the
 * keyed hash of the caller's IP address used by the rate limits (never the address itself).
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { isIPv6 } from 'node:net';
import {
  DEFAULT_INTAKE_LIMITS,
  FORM_TOKEN_FIELD,
  FormTokenError,
  type IntakeLimits,
  OriginNotAllowedError,
} from '#domain/intake.ts';
import { ENV, readLimit } from './config.ts';
import type { FORM_PAGE_HEADERS, HttpEvent } from './http.ts';

/** A form page stays usable this long (a person may leave the tab open overnight). */
export const FORM_TOKEN_TTL_SECONDS = 24 * 3600;
/**
 * `Retry-After` of a submission that failed transiently (503). Throttling by SES or DynamoDB
 * clears within seconds; a minute spaces out retries without making the shopper wait long.
 */
export const INTAKE_RETRY_AFTER_SECONDS = 60;
/** Clock skew tolerated between the function that served the form and the one checking it. */
const SKEW_SECONDS = 300;

/**
 * The deployment's intake secret (at least 32 characters). On AWS it comes from Secrets Manager
 * through the function's environment and is required. Outside Lambda (`npm start`, tests) a
 * random one is made once per process and shared by every handler in it.
 */
export function intakeSecret(env: NodeJS.ProcessEnv = process.env): string {
  const value = env[ENV.intakeSecret];
  if (value && value.length >= 32) return value;
  if (env.AWS_LAMBDA_FUNCTION_NAME)
    throw new Error(`${ENV.intakeSecret} must be set (at least 32 characters)`);
  const made = randomBytes(32).toString('base64url');
  env[ENV.intakeSecret] = made;
  return made;
}

const mac = (secret: string, text: string) =>
  createHmac('sha256', secret).update(text, 'utf8').digest('base64url');

/** `<issued epoch seconds>.<HMAC(merchant, issued)>`: what the form page carries. */
export function issueFormToken(
  merchantId: string,
  now: Date,
  secret: string,
): string {
  const issued = Math.floor(now.getTime() / 1000);
  return `${issued}.${mac(secret, `form\u0000${merchantId}\u0000${issued}`)}`;
}

/** True if `token` was issued by us for `merchantId`, less than a day ago. */
export function isValidFormToken(
  token: unknown,
  merchantId: string,
  now: Date,
  secret: string,
): boolean {
  if (typeof token !== 'string' || token.length > 200) return false;
  const match = /^(\d{1,12})\.([A-Za-z0-9_-]{43})$/.exec(token);
  if (!match) return false;
  const issued = Number(match[1]);
  const age = now.getTime() / 1000 - issued;
  if (age > FORM_TOKEN_TTL_SECONDS || age < -SKEW_SECONDS) return false;
  const expected = Buffer.from(
    mac(secret, `form\u0000${merchantId}\u0000${issued}`),
  );
  const given = Buffer.from(match[2] ?? '');
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** The field of the thank-you page's "send the email again" form: a signed request reference. */
export const RESEND_FIELD = 'resend';

/**
 * `<requestId>.<issued epoch seconds>.<HMAC(merchant, requestId, issued)>`: what the page after
 * the form carries so "send the email again" names its request without naming the shopper.
 */
export function issueResendToken(
  merchantId: string,
  requestId: string,
  now: Date,
  secret: string,
): string {
  const issued = Math.floor(now.getTime() / 1000);
  return `${requestId}.${issued}.${mac(secret, `resend\u0000${merchantId}\u0000${requestId}\u0000${issued}`)}`;
}

/**
 * The request a resend token names, if we issued it for `merchantId` less than a day ago (as long
 * as a repeat submission finds its request), else undefined.
 */
export function resendRequestId(
  token: unknown,
  merchantId: string,
  now: Date,
  secret: string,
): string | undefined {
  if (typeof token !== 'string' || token.length > 200) return undefined;
  const match =
    /^([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\.(\d{1,12})\.([A-Za-z0-9_-]{43})$/.exec(
      token,
    );
  if (!match) return undefined;
  const [, requestId = '', issuedText = '', given = ''] = match;
  const issued = Number(issuedText);
  const age = now.getTime() / 1000 - issued;
  if (age > FORM_TOKEN_TTL_SECONDS || age < -SKEW_SECONDS) return undefined;
  const expected = Buffer.from(
    mac(secret, `resend\u0000${merchantId}\u0000${requestId}\u0000${issued}`),
  );
  const got = Buffer.from(given);
  return got.length === expected.length && timingSafeEqual(got, expected)
    ? requestId
    : undefined;
}

/**
 * The network a source address stands for: an IPv4 address as it is (an IPv4-mapped IPv6
 * address as its IPv4), an IPv6 address as its /64. One host or home line is given a whole /64
 * (RFC 6177, RFC 7421: SLAAC and privacy addresses pick any of its 2^64 interface ids), so
 * counting single IPv6 addresses would give every request a fresh budget.
 */
export function clientNetwork(ip: string): string {
  const address = ip.trim().toLowerCase().replace(/%.*$/, '');
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/.exec(address);
  if (mapped?.[1]) return mapped[1];
  if (!isIPv6(address)) return address;
  const [head = '', tail] = address.split('::');
  const groups = (part: string | undefined) =>
    part ? part.split(':').filter((g) => !g.includes('.')) : [];
  const front = groups(head);
  const back = groups(tail);
  // An embedded IPv4 tail is in the interface id: no prefix group can hold it.
  const missing = 8 - front.length - back.length - (/\./.test(address) ? 2 : 0);
  const all = [
    ...front,
    ...Array(tail === undefined ? 0 : missing).fill('0'),
    ...back,
  ];
  const prefix = all
    .slice(0, 4)
    .map((g) => Number.parseInt(g || '0', 16).toString(16))
    .join(':');
  return `${prefix}::/64`;
}

/**
 * The rate-limit key of the caller's network ({@link clientNetwork}): keyed, so it cannot be
 * reversed.
 */
export function clientKey(
  event: HttpEvent,
  secret: string,
): string | undefined {
  const ip = event.requestContext?.http?.sourceIp;
  return ip ? mac(secret, `client\u0000${clientNetwork(ip)}`) : undefined;
}

/** The media type of the body, lower-case, without parameters. */
export function mediaType(event: HttpEvent): string {
  return (
    (event.headers?.['content-type'] ?? '')
      .split(';')[0]
      ?.trim()
      .toLowerCase() ?? ''
  );
}

/**
 * CSRF checks of `POST /requests`, after the fields are valid and before anything is stored:
 * - a browser's `Origin`, when sent, must be ours or one the merchant lists (`embedOrigins`);
 *   callers that are not browsers send none and are not a CSRF vector. `null` is refused: it is
 *   what a page on any site gets by posting under a `no-referrer` policy, from a sandboxed frame
 *   or a `data:`/`file:` URL, so it cannot vouch for anyone. Our own form pages are served with
 *   `Referrer-Policy: same-origin` ({@link FORM_PAGE_HEADERS}), under which the browser names us;
 * - a form post must carry the signed token of a form page we served for this merchant
 *   (JSON can only be posted cross-site after a CORS preflight, which we answer only for
 *   the merchant's origins).
 */
export function checkSubmissionOrigin(
  event: HttpEvent,
  body: Record<string, unknown>,
  merchant: { merchantId: string; embedOrigins?: readonly string[] },
  ownOrigin: string,
  now: Date,
  secret: string,
): void {
  const origin = event.headers?.origin;
  if (
    origin !== undefined &&
    origin !== ownOrigin &&
    !merchant.embedOrigins?.includes(origin)
  )
    throw new OriginNotAllowedError(origin === 'null');
  if (
    mediaType(event) === 'application/x-www-form-urlencoded' &&
    !isValidFormToken(body[FORM_TOKEN_FIELD], merchant.merchantId, now, secret)
  )
    throw new FormTokenError();
}

/** Rate limits from the environment (`0` turns one off), else the defaults. */
export function intakeLimits(
  env: NodeJS.ProcessEnv = process.env,
): IntakeLimits {
  const read = (name: string, fallback: number) =>
    readLimit(env, name, fallback);
  return {
    perClient: {
      ...DEFAULT_INTAKE_LIMITS.perClient,
      max: read(ENV.intakeLimitPerClient, DEFAULT_INTAKE_LIMITS.perClient.max),
    },
    perSubject: {
      ...DEFAULT_INTAKE_LIMITS.perSubject,
      max: read(
        ENV.intakeLimitPerSubject,
        DEFAULT_INTAKE_LIMITS.perSubject.max,
      ),
    },
  };
}
