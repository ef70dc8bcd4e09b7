/**
 * Who is signed in, and where they may look and act: resolved afresh on every request from the
 * session (stored by the hash of the cookie's secret) and the merchants' own configurations, so
 * a person removed from a merchant's `members` loses it at their next request.
 */
import { NotAllowedError, SignedOutError } from '#domain/console-errors.ts';
import { isLive, touched } from '#domain/console-session.ts';
import { RequestNotFoundError } from '#domain/errors.ts';
import { hashLinkSecret } from '#domain/links.ts';
import {
  type Capability,
  higherRole,
  type MemberRole,
  memberActor,
  roleAllows,
} from '#domain/member-roles.ts';
import { roleAt } from '#domain/members.ts';
import type { DsrRequest } from '#domain/request.ts';
import {
  type Locale,
  type MerchantConfig,
  SUPPORTED_LOCALES,
} from '#domain/schemas.ts';
import type { ConsolePorts } from './ports.ts';

/** One merchant a person may open, and their role there. */
export interface MemberOf {
  merchantId: string;
  name: string;
  role: MemberRole;
}

/** The signed-in person, as every console page and action sees them. */
export interface ConsoleMember {
  /** Their member key (domain/member-roles.ts): sessions and the trail name them by it. */
  key: string;
  /** How the audit trail names them: `member:<start of key>`. */
  actor: `member:${string}`;
  email: string;
  /** The hash of the session's secret (the CSRF token is bound to it). */
  session: string;
  /** A deployment operator (sees every merchant). */
  operator: boolean;
  /** Every merchant they may open, by name. */
  merchants: MemberOf[];
  /** The merchant chosen in the switcher (the first one until they choose). */
  current: MemberOf;
  locale?: Locale;
}

/**
 * The session behind a cookie's secret, if live, with the person's merchants read from each
 * configuration (the membership index only says where to look). Throws {@link SignedOutError}
 * when there is none, it expired, or the person is a member nowhere any more (the session then
 * ends). Moves the idle expiry forward (at most every few minutes).
 */
export async function openSession(
  secret: string | undefined,
  ports: Pick<ConsolePorts, 'console' | 'merchants' | 'clock' | 'operators'>,
): Promise<ConsoleMember> {
  if (!secret || !/^[A-Za-z0-9_-]{43}$/.test(secret))
    throw new SignedOutError();
  const tokenHash = hashLinkSecret(secret);
  const session = await ports.console.getSession(tokenHash);
  const now = ports.clock.now();
  if (!session || !isLive(session, now)) throw new SignedOutError();
  const merchants = await merchantsOf(session.memberKey, ports);
  if (merchants.length === 0) {
    await ports.console.endSession(tokenHash);
    throw new SignedOutError();
  }
  const touch = touched(session, now);
  if (
    touch &&
    !(await ports.console.updateSession(tokenHash, touch, now.toISOString()))
  )
    throw new SignedOutError();
  const current =
    merchants.find((m) => m.merchantId === session.merchantId) ??
    (merchants[0] as MemberOf);
  return {
    key: session.memberKey,
    actor: memberActor(session.memberKey),
    email: session.email,
    session: tokenHash,
    operator: ports.operators.has(session.memberKey),
    merchants,
    current,
    locale: SUPPORTED_LOCALES.find((l) => l === session.locale),
  };
}

/**
 * The merchants a member key may open: each membership the index lists, confirmed by that
 * merchant's configuration (its source of truth), and for an operator every merchant (as a
 * viewer where they are not a member). By name.
 */
export async function merchantsOf(
  key: string,
  ports: Pick<ConsolePorts, 'merchants' | 'operators'>,
): Promise<MemberOf[]> {
  const listed = await ports.merchants.memberships(key);
  const confirmed = await Promise.all(
    listed.map(async ({ merchantId }) => {
      const config = await ports.merchants.get(merchantId);
      const role = config ? roleAt(config, key) : undefined;
      return config && role
        ? { merchantId, name: config.name, role }
        : undefined;
    }),
  );
  const byId = new Map(
    confirmed
      .filter((m): m is MemberOf => m !== undefined)
      .map((m) => [m.merchantId, m]),
  );
  if (ports.operators.has(key))
    for (const m of await ports.merchants.list()) {
      const member = byId.get(m.merchantId);
      byId.set(m.merchantId, {
        ...m,
        role: member ? higherRole(member.role, 'viewer') : 'viewer',
      });
    }
  return [...byId.values()].sort(
    (a, b) =>
      a.name.localeCompare(b.name) || a.merchantId.localeCompare(b.merchantId),
  );
}

/** The member's role at `merchantId`, or a 404 as if it did not exist. */
export function membershipAt(
  member: ConsoleMember,
  merchantId: string,
): MemberOf {
  const found = member.merchants.find((m) => m.merchantId === merchantId);
  if (!found) throw new RequestNotFoundError(merchantId);
  return found;
}

/** Refuses (403) unless the member's role at the merchant allows `capability`. */
export function requireRole(of: MemberOf, capability: Capability): void {
  if (!roleAllows(of.role, capability))
    throw new NotAllowedError(
      capability === 'administer' ? 'administer' : 'act',
    );
}

/**
 * A request the member may see, with its merchant and their role there. Another merchant's
 * request answers exactly as one that does not exist (404), never 403: ids are not confirmed.
 */
export async function scopedRequest(
  member: ConsoleMember,
  requestId: string,
  capability: Capability,
  ports: Pick<ConsolePorts, 'requests' | 'merchants'>,
): Promise<{
  request: DsrRequest;
  merchant: MerchantConfig;
  role: MemberRole;
}> {
  const request = /^[0-9a-f-]{36}$/.test(requestId)
    ? await ports.requests.get(requestId)
    : undefined;
  const of = request
    ? member.merchants.find((m) => m.merchantId === request.merchantId)
    : undefined;
  if (!request || !of) throw new RequestNotFoundError(requestId);
  const merchant = await ports.merchants.get(request.merchantId);
  if (!merchant) throw new RequestNotFoundError(requestId);
  requireRole(of, capability);
  return { request, merchant, role: of.role };
}

/** Saves the merchant chosen in the switcher on the session (one the member may open). */
export async function chooseMerchant(
  member: ConsoleMember,
  merchantId: unknown,
  ports: Pick<ConsolePorts, 'console' | 'clock'>,
): Promise<void> {
  const of = member.merchants.find((m) => m.merchantId === merchantId);
  if (!of) throw new RequestNotFoundError(String(merchantId));
  if (
    !(await ports.console.updateSession(
      member.session,
      { merchantId: of.merchantId },
      ports.clock.now().toISOString(),
    ))
  )
    throw new SignedOutError();
}

/** Saves the console's language on the session. */
export async function chooseLanguage(
  member: ConsoleMember,
  locale: Locale,
  ports: Pick<ConsolePorts, 'console' | 'clock'>,
): Promise<void> {
  if (
    !(await ports.console.updateSession(
      member.session,
      { locale },
      ports.clock.now().toISOString(),
    ))
  )
    throw new SignedOutError();
}
