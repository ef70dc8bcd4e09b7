/**
 * Signing in to the merchant console without a password.
 * 1. `GET /console/sign-in`: a form taking an email address.
 * 2. Its POST answers the same whoever types what (no account enumeration); only an address
 *    that is a member of some merchant, or a deployment operator, is emailed a link, valid
 *    {@link SIGN_IN_LINK_SECONDS} once. Both limits are counted before anything is looked up,
 *    so they too answer alike for everyone.
 * 3. The link opens a page whose POST signs in (a GET never does: mail scanners open links):
 *    the link is used up, any session the browser already had ends, and a new session with a
 *    new secret begins (no session fixation).
 */
import {
  newSession,
  SIGN_IN_LINK_SECONDS,
  type SignInRecord,
} from '#domain/console-session.ts';
import {
  LinkGoneError,
  LinkInvalidError,
  ValidationError,
} from '#domain/errors.ts';
import type { RateLimit } from '#domain/intake.ts';
import {
  hashLinkSecret,
  isWellFormedSecret,
  newLinkSecret,
} from '#domain/links.ts';
import { memberKey } from '#domain/member-roles.ts';
import { Email, type Locale } from '#domain/schemas.ts';
import { signInEmail } from '#presentation/console/emails.ts';
import { withinLimit } from '../rate-limit.ts';
import type { ConsolePorts } from './ports.ts';

/** Sign-in emails asked for: per client network (keyed hash) and per address, each per hour. */
export interface SignInLimits {
  perClient: RateLimit;
  perAddress: RateLimit;
}

export const SIGN_IN_LIMITS: SignInLimits = {
  perClient: { max: 20, windowSeconds: 3600 },
  perAddress: { max: 5, windowSeconds: 3600 },
};

/** Where sign-in links point: `<base>/console/sign-in/<secret>`. */
export function signInUrl(baseUrl: string, secret: string): string {
  return `${baseUrl.replace(/\/+$/, '')}/console/sign-in/${secret}`;
}

/**
 * POST of the sign-in form. Returns nothing the caller could tell apart: the page says the same
 * for a member, a stranger and a typo. Refuses only what is not an address (400) and too many
 * attempts (429), both before any lookup.
 */
export async function requestSignIn(
  body: Record<string, unknown>,
  context: { client?: string; locale: Locale; limits?: SignInLimits },
  ports: Pick<
    ConsolePorts,
    | 'merchants'
    | 'console'
    | 'requests'
    | 'mailer'
    | 'clock'
    | 'settings'
    | 'operators'
  >,
): Promise<void> {
  const parsed = Email.safeParse(body.email);
  if (!parsed.success)
    throw new ValidationError('Enter your email address', {
      email: 'must be an email address',
    });
  const email = parsed.data;
  const key = memberKey(email);
  const now = ports.clock.now();
  const at = now.toISOString();
  const limits = context.limits ?? SIGN_IN_LIMITS;
  if (context.client)
    await withinLimit(
      ports,
      `console-client:${context.client}`,
      limits.perClient,
      { at, scope: 'client' },
    );
  await withinLimit(ports, `console-member:${key}`, limits.perAddress, {
    at,
    scope: 'subject',
  });
  const member =
    ports.operators.has(key) ||
    (await ports.merchants.memberships(key)).length > 0;
  if (!member) return;
  const secret = newLinkSecret();
  const expiresAt = new Date(
    now.getTime() + SIGN_IN_LINK_SECONDS * 1000,
  ).toISOString();
  await ports.console.putSignIn({
    tokenHash: hashLinkSecret(secret),
    memberKey: key,
    email,
    createdAt: at,
    expiresAt,
    locale: context.locale,
  });
  await ports.mailer.send(
    signInEmail(
      email,
      signInUrl(ports.settings.publicBaseUrl, secret),
      expiresAt,
      context.locale,
    ),
  );
}

/** GET of an emailed sign-in link: the link as stored, if it can still sign in. Changes nothing. */
export async function previewSignIn(
  secret: string,
  ports: Pick<ConsolePorts, 'console' | 'clock'>,
): Promise<SignInRecord> {
  if (!isWellFormedSecret(secret)) throw new LinkInvalidError();
  const record = await ports.console.getSignIn(hashLinkSecret(secret));
  if (!record) throw new LinkInvalidError();
  if (record.usedAt) throw new LinkGoneError('used');
  if (record.expiresAt <= ports.clock.now().toISOString())
    throw new LinkGoneError('expired');
  return record;
}

/**
 * POST of an emailed sign-in link: uses the link up (once, in one conditional write), ends the
 * session the browser brought (`previous`, the hash of its cookie's secret, if any) and starts a
 * new one. @returns the new session's secret, for the cookie.
 */
export async function completeSignIn(
  secret: string,
  previous: string | undefined,
  ports: Pick<ConsolePorts, 'console' | 'clock'>,
): Promise<{ secret: string; expiresAt: string; locale?: string }> {
  await previewSignIn(secret, ports);
  const now = ports.clock.now();
  const used = await ports.console.useSignIn(
    hashLinkSecret(secret),
    now.toISOString(),
  );
  if (!used) throw new LinkGoneError('used');
  if (previous) await ports.console.endSession(previous);
  const sessionSecret = newLinkSecret();
  const session = newSession(hashLinkSecret(sessionSecret), used, now);
  await ports.console.createSession(session);
  return {
    secret: sessionSecret,
    expiresAt: session.expiresAt,
    locale: session.locale,
  };
}

/** `POST /console/sign-out`: the session ends in the table, whatever the browser keeps. */
export async function signOut(
  sessionHash: string | undefined,
  ports: Pick<ConsolePorts, 'console'>,
): Promise<void> {
  if (sessionHash) await ports.console.endSession(sessionHash);
}
