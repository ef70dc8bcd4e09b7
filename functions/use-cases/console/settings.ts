/**
 * A merchant's settings in the console (admins only): the page's view, and each change, checked
 * like the seed (domain/console-settings.ts), stored through the merchant directory (which keeps
 * the members' index in step) and audited on the merchant's settings trail with the member as
 * actor. A form carries the revision it was made from: a change to a configuration someone else
 * changed meanwhile is refused (409), the form coming back as typed.
 */
import type { AuditEvent } from '#domain/audit.ts';
import { ActionNotPossibleError } from '#domain/console-errors.ts';
import {
  generalChange,
  membersChange,
  processorsChange,
  type SettingsChange,
  type SettingsSection,
} from '#domain/console-settings.ts';
import { MerchantNotFoundError } from '#domain/errors.ts';
import { sha256Hex } from '#domain/hash.ts';
import { memberActor, memberKey } from '#domain/member-roles.ts';
import { isTerminal } from '#domain/request.ts';
import type { MerchantConfig } from '#domain/schemas.ts';
import type { ConsolePorts } from './ports.ts';
import {
  type ConsoleMember,
  type MemberOf,
  membershipAt,
  requireRole,
} from './session.ts';

/**
 * The trail of a merchant (its settings changes, its register exports): an audit partition of its
 * own beside the requests' (the same append-only events; no request has this id, not a UUID).
 */
export const merchantTrail = (merchantId: string) => `merchant.${merchantId}`;

/** How many of the trail's latest events the settings page lists. */
export const TRAIL_SHOWN = 50;

/** The configuration's revision: a digest of it as stored (forms carry it back). */
export const revisionOf = (merchant: MerchantConfig) =>
  sha256Hex(JSON.stringify(merchant)).slice(0, 16);

export interface SettingsView {
  merchant: MerchantConfig;
  of: MemberOf;
  revision: string;
  /** The latest changes first. */
  trail: AuditEvent[];
}

/** The merchant the settings and reports pages show: the one named, or the member's current one. */
export function merchantIn(
  member: ConsoleMember,
  merchantId: string | undefined,
): MemberOf {
  return merchantId && merchantId !== '*'
    ? membershipAt(member, merchantId)
    : member.current;
}

export async function settingsView(
  member: ConsoleMember,
  merchantId: string | undefined,
  ports: Pick<ConsolePorts, 'merchants' | 'audit'>,
): Promise<SettingsView> {
  const of = merchantIn(member, merchantId);
  requireRole(of, 'administer');
  const merchant = await ports.merchants.get(of.merchantId);
  if (!merchant) throw new MerchantNotFoundError();
  const trail = (await ports.audit.list(merchantTrail(of.merchantId)))
    .reverse()
    .slice(0, TRAIL_SHOWN);
  return { merchant, of, revision: revisionOf(merchant), trail };
}

/** Refuses the removal of a processor some open request still waits on. */
async function unansweredFor(
  merchantId: string,
  processorId: string,
  ports: Pick<ConsolePorts, 'requests'>,
): Promise<string[]> {
  const { requests } = await ports.requests.listByMerchant(merchantId, 5000);
  const open = requests.filter((r) => !isTerminal(r.status));
  const waiting: string[] = [];
  for (const r of open) {
    const jobs = await ports.requests.listJobs(r.requestId);
    if (
      jobs.some(
        (j) =>
          j.processorId === processorId &&
          (j.state === 'RUNNING' || j.state === 'PENDING'),
      )
    )
      waiting.push(r.requestId);
  }
  return waiting;
}

/**
 * Changes one section of a merchant's settings. Returns what the page's notice says. Refusals:
 * a field the schema refuses (400, by field), not an admin (403), another merchant (404), a
 * configuration changed meanwhile or a processor still awaited (409).
 */
export async function changeSettings(
  member: ConsoleMember,
  merchantId: string | undefined,
  section: SettingsSection,
  body: Record<string, unknown>,
  ports: Pick<ConsolePorts, 'merchants' | 'audit' | 'clock' | 'requests'>,
): Promise<{ notice: string; detail?: string }> {
  const of = merchantIn(member, merchantId);
  requireRole(of, 'administer');
  const merchant = await ports.merchants.get(of.merchantId);
  if (!merchant) throw new MerchantNotFoundError();
  if (
    typeof body.revision === 'string' &&
    body.revision !== revisionOf(merchant)
  )
    throw new ActionNotPossibleError(
      'The settings were changed meanwhile: check them and save again',
      'changedMeanwhile',
    );
  let change: SettingsChange;
  let detail: string | undefined;
  if (section === 'general') change = generalChange(merchant, body);
  else if (section === 'members') {
    const m = membersChange(merchant, body);
    change = {
      ...m,
      details: { ...m.details, member: memberActor(memberKey(m.email)) },
    };
    detail = m.details.op;
  } else {
    const p = processorsChange(merchant, body);
    if (
      p.op === 'remove' &&
      (await unansweredFor(merchant.merchantId, p.processorId, ports)).length >
        0
    )
      throw new ActionNotPossibleError(
        'Requests in progress still wait for this processor: record its answer first',
        'processorAwaited',
      );
    change = p;
    detail = p.processorId;
  }
  if (change.details.changed === '') return { notice: 'unchanged' };
  await ports.merchants.put(change.config);
  await ports.audit.append({
    requestId: merchantTrail(merchant.merchantId),
    type: 'SettingsChanged',
    at: ports.clock.now().toISOString(),
    actor: member.actor,
    details: change.details,
  });
  return {
    notice: `${section}Saved`,
    ...(detail ? { detail } : {}),
  };
}
