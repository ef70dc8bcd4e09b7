/**
 * The console's reports (any member of the merchant): the figures over its requests (read from
 * the `byMerchant` index, no personal data), the request register (each request's record, with
 * or without the email addresses; its export is audited on the merchant's trail) and the record
 * of processing activities (the merchant's registry).
 */
import { type Report, reportOf } from '#domain/console-reports.ts';
import { MerchantNotFoundError, ValidationError } from '#domain/errors.ts';
import type { DsrRequest } from '#domain/request.ts';
import type { MerchantConfig } from '#domain/schemas.ts';
import type { ConsolePorts } from './ports.ts';
import type { ConsoleMember, MemberOf } from './session.ts';
import { merchantIn, merchantTrail } from './settings.ts';

/** Most requests a report or the register reads of one merchant, newest first. */
export const REPORT_LIMIT = 5000;

/** The months a report covers unless asked (`?months=`, 1–36). */
export const REPORT_MONTHS = 12;

export interface ReportView {
  of: MemberOf;
  merchant: MerchantConfig;
  report: Report;
  months: number;
  /** More requests than {@link REPORT_LIMIT}: the oldest are not counted. */
  truncated: boolean;
}

/** The number of months asked for (`?months=`), or the default. */
export function monthsAsked(value: string | undefined): number {
  if (value === undefined || value === '') return REPORT_MONTHS;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 36)
    throw new ValidationError('Choose the months', {
      months: 'must be a whole number from 1 to 36',
    });
  return n;
}

async function merchantOf(
  member: ConsoleMember,
  merchantId: string | undefined,
  ports: Pick<ConsolePorts, 'merchants'>,
) {
  const of = merchantIn(member, merchantId);
  const merchant = await ports.merchants.get(of.merchantId);
  if (!merchant) throw new MerchantNotFoundError();
  return { of, merchant };
}

export async function reportView(
  member: ConsoleMember,
  merchantId: string | undefined,
  months: number,
  ports: Pick<ConsolePorts, 'merchants' | 'requests' | 'clock'>,
): Promise<ReportView> {
  const { of, merchant } = await merchantOf(member, merchantId, ports);
  const { requests, truncated } = await ports.requests.listByMerchant(
    of.merchantId,
    REPORT_LIMIT,
  );
  return {
    of,
    merchant,
    months,
    truncated,
    report: reportOf(requests, merchant.timezone, ports.clock.now(), months),
  };
}

/**
 * The request register: every request of the merchant (newest first), each read in full; with
 * `emails` false the addresses and names are dropped here, before any page or file sees them.
 * Audited (`RegisterExported`, with or without emails and how many rows) on the merchant's trail.
 */
export async function requestRegister(
  member: ConsoleMember,
  merchantId: string | undefined,
  emails: boolean,
  ports: Pick<ConsolePorts, 'merchants' | 'requests' | 'audit' | 'clock'>,
): Promise<{ merchant: MerchantConfig; requests: DsrRequest[] }> {
  const { of, merchant } = await merchantOf(member, merchantId, ports);
  const { requests: listed } = await ports.requests.listByMerchant(
    of.merchantId,
    REPORT_LIMIT,
  );
  const requests: DsrRequest[] = [];
  for (const r of listed) {
    const full = await ports.requests.get(r.requestId);
    if (!full) continue;
    if (emails) requests.push(full);
    else {
      const { name: _name, ...rest } = full;
      requests.push({ ...rest, email: '' });
    }
  }
  await ports.audit.append({
    requestId: merchantTrail(of.merchantId),
    type: 'RegisterExported',
    at: ports.clock.now().toISOString(),
    actor: member.actor,
    details: { emails, rows: requests.length },
  });
  return { merchant, requests };
}

/** The merchant whose record of processing activities is shown (any member). */
export async function processingRecord(
  member: ConsoleMember,
  merchantId: string | undefined,
  ports: Pick<ConsolePorts, 'merchants'>,
): Promise<MerchantConfig> {
  return (await merchantOf(member, merchantId, ports)).merchant;
}
