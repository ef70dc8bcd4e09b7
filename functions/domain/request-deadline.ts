/**
 * The deadline of a request, from the merchant's regime, time zone and country, as the fields the
 * request carries plus the computation record appended to its history.
 */
import { calculateDeadline } from './deadlines/index.ts';
import type { DeadlinePauses } from './information-request.ts';
import type { DeadlineRecord, DsrRequest } from './request.ts';
import type { MerchantConfig } from './schemas.ts';

export type DeadlineFields = Pick<
  DsrRequest,
  'dueDate' | 'dueAt' | 'latestDueDate' | 'extensionNoticeDue'
>;

export function requestDeadline(
  merchant: Pick<MerchantConfig, 'regime' | 'timezone' | 'country'>,
  receivedAt: string,
  options: {
    reason: DeadlineRecord['reason'];
    computedAt: string;
    extension?: boolean;
    /** A request for information answered (domain/information-request.ts `deadlinePauses`). */
    pauses?: DeadlinePauses;
  },
): { fields: DeadlineFields; record: DeadlineRecord } {
  const c = calculateDeadline({
    regime: merchant.regime,
    controllerTz: merchant.timezone,
    country: merchant.country,
    receivedAt,
    mode: 'response',
    extension: options.extension ?? false,
    ...options.pauses,
  });
  const fields: DeadlineFields = {
    dueDate: c.dueDate,
    dueAt: c.dueAt,
    latestDueDate: c.latestDueDate,
    extensionNoticeDue: c.extensionNoticeDue ?? undefined,
  };
  return {
    fields,
    record: {
      reason: options.reason,
      computedAt: options.computedAt,
      ...fields,
      flags: [...c.flags],
      calcVersion: c.calcVersion,
      holidayDataVersion: c.holidayDataVersion,
    },
  };
}
