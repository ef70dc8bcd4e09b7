/**
 * The console's edge: its key (CSRF tokens, keyed client networks), the session cookie, the
 * checks every state-changing call passes (cross-site refused), and the deployment's operators.
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { CrossSiteError } from '#domain/console-errors.ts';
import { CSRF_FIELD } from '#presentation/console/layout.ts';
import {
  SIGN_IN_LIMITS,
  type SignInLimits,
} from '#use-cases/console/sign-in.ts';
import { ENV, readLimit } from './config.ts';
import { type HttpEvent, UnsupportedMediaTypeError } from './http.ts';
import { mediaType } from './intake-guard.ts';

/**
 * The console's key (at least 32 characters). On AWS it comes from Secrets Manager through the
 * function's environment and is required; outside Lambda (`npm start`, tests) one is made once
 * per process.
 */
export function consoleSecret(env: NodeJS.ProcessEnv = process.env): string {
  const value = env[ENV.consoleSecret];
  if (value && value.length >= 32) return value;
  if (env.AWS_LAMBDA_FUNCTION_NAME)
    throw new Error(
      `${ENV.consoleSecret} must be set (at least 32 characters)`,
    );
  const made = randomBytes(32).toString('base64url');
  env[ENV.consoleSecret] = made;
  return made;
}

/** The deployment's operators, by member key (`CONSOLE_OPERATOR_KEYS`, comma-separated). */
export function operatorKeys(
  env: NodeJS.ProcessEnv = process.env,
): Set<string> {
  return new Set(
    (env[ENV.consoleOperators] ?? '')
      .split(',')
      .map((k) => k.trim())
      .filter((k) => /^[0-9a-f]{64}$/.test(k)),
  );
}

const mac = (secret: string, text: string) =>
  createHmac('sha256', secret).update(text, 'utf8').digest('base64url');

/**
 * The session cookie's name: with the `__Host-` prefix when the console is served over https
 * (the browser then insists on `Secure`, `Path=/` and no `Domain`: no other host, not even a
 * sibling subdomain, can set or shadow it).
 */
export function cookieName(baseUrl: string): string {
  return baseUrl.startsWith('https://') ? '__Host-dsr-console' : 'dsr-console';
}

/**
 * The session cookie: `HttpOnly` (no script reads it), `SameSite=Lax` (not sent with a
 * cross-site POST; sent when the browser comes back from the S3 upload, a top-level GET),
 * `Secure` over https, the whole site (`Path=/`), until the session's absolute expiry.
 */
export function sessionCookie(
  baseUrl: string,
  secret: string,
  expiresAt: string,
  now: Date,
): string {
  const maxAge = Math.max(
    0,
    Math.floor((Date.parse(expiresAt) - now.getTime()) / 1000),
  );
  return `${cookieName(baseUrl)}=${secret}; Path=/; HttpOnly; SameSite=Lax; Max-Age=${maxAge}${baseUrl.startsWith('https://') ? '; Secure' : ''}`;
}

/** The cookie that removes the session cookie (sign-out, a session that ended). */
export function clearedCookie(baseUrl: string): string {
  return `${cookieName(baseUrl)}=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0${baseUrl.startsWith('https://') ? '; Secure' : ''}`;
}

/** The session cookie's value from the request, if any (API Gateway 2.0 puts cookies apart). */
export function sessionSecretOf(
  event: HttpEvent,
  baseUrl: string,
): string | undefined {
  const name = cookieName(baseUrl);
  const pairs = [
    ...(event.cookies ?? []),
    ...(event.headers?.cookie?.split(';') ?? []),
  ];
  for (const pair of pairs) {
    const [key, ...rest] = pair.trim().split('=');
    if (key === name) return rest.join('=');
  }
  return undefined;
}

/** The CSRF token of a session: bound to it (the hash of its secret) and to our key. */
export function csrfToken(sessionHash: string, secret: string): string {
  return mac(secret, `console-csrf\u0000${sessionHash}`);
}

/** The origin (`scheme://host[:port]`) of the console's base URL. */
export function originOf(baseUrl: string): string {
  return new URL(baseUrl).origin;
}

/**
 * Refuses a state-changing call that did not come from the console:
 * - JSON: accepted only when `Origin` is the console's own (a browser always sends it with a
 *   cross-origin request; a script on another site cannot forge it);
 * - a form post: its `Origin`, when the browser sends one, must be ours (`null` is refused), and
 *   it must carry the session's CSRF token;
 * - anything else is not a body the console takes (415).
 */
export function checkSameSite(
  event: HttpEvent,
  body: Record<string, unknown>,
  session: { hash: string } | undefined,
  baseUrl: string,
  secret: string,
): void {
  const origin = event.headers?.origin;
  const own = originOf(baseUrl);
  const type = mediaType(event);
  if (type === 'application/json') {
    if (origin !== own) throw new CrossSiteError();
    return;
  }
  if (type !== 'application/x-www-form-urlencoded' && type !== '')
    throw new UnsupportedMediaTypeError();
  if (origin !== undefined && origin !== own) throw new CrossSiteError();
  if (!session) return;
  const given = body[CSRF_FIELD];
  const expected = Buffer.from(csrfToken(session.hash, secret));
  const got = Buffer.from(typeof given === 'string' ? given : '');
  if (got.length !== expected.length || !timingSafeEqual(got, expected))
    throw new CrossSiteError();
}

/** The sign-in limits from the environment (`0` turns one off), else the defaults. */
export function signInLimits(
  env: NodeJS.ProcessEnv = process.env,
): SignInLimits {
  const read = (name: string, fallback: number) =>
    readLimit(env, name, fallback);
  return {
    perClient: {
      ...SIGN_IN_LIMITS.perClient,
      max: read(ENV.consoleSignInLimitPerClient, SIGN_IN_LIMITS.perClient.max),
    },
    perAddress: {
      ...SIGN_IN_LIMITS.perAddress,
      max: read(
        ENV.consoleSignInLimitPerAddress,
        SIGN_IN_LIMITS.perAddress.max,
      ),
    },
  };
}
