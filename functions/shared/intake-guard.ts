/**
 * Edge checks of the public intake that need the deployment's intake secret: the signed,
 * expiring token of the form page (CSRF), the Origin check of cross-site posts, and the
 * keyed hash of the caller's IP address used by the rate limits (never the address itself).
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import {
  DEFAULT_INTAKE_LIMITS,
  FORM_TOKEN_FIELD,
  FormTokenError,
  type IntakeLimits,
  OriginNotAllowedError,
} from '#domain/intake.ts';
import { ENV } from '#infra/wiring.ts';
import type { HttpEvent } from './http.ts';

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

/** The rate-limit key of the caller's network address: keyed, so it cannot be reversed. */
export function clientKey(
  event: HttpEvent,
  secret: string,
): string | undefined {
  const ip = event.requestContext?.http?.sourceIp;
  return ip ? mac(secret, `client\u0000${ip}`) : undefined;
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
 *   callers that are not browsers send none and are not a CSRF vector. `null` says nothing:
 *   browsers send it for our own form, whose pages carry `Referrer-Policy: no-referrer`
 *   (and for sandboxed frames, which cannot get past the preflight or the form token);
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
    origin !== 'null' &&
    origin !== ownOrigin &&
    !merchant.embedOrigins?.includes(origin)
  )
    throw new OriginNotAllowedError();
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
  const read = (name: string, fallback: number) => {
    const raw = env[name];
    if (raw === undefined || raw === '') return fallback;
    const n = Number(raw);
    if (!Number.isInteger(n) || n < 0)
      throw new Error(`${name} must be a whole number (0 turns it off)`);
    return n;
  };
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
