/**
 * How each regime's answer period is counted, in the terms a notice states it (the engine in
 * deadlines/regimes.ts computes the dates; this leaf names the period without the holiday data,
 * so every function that writes a notice can say it). A unit test keeps it equal to the engine's
 * table.
 */
import type { RegimeId } from './deadlines/regime-ids.ts';

export type DeadlinePeriod =
  /** One month from receipt, rolled to the next working day (Reg. 1182/71, EU GDPR). */
  | { kind: 'month-eu' }
  /** One month from receipt (UK GDPR Art. 12A); the conservative date does not roll. */
  | { kind: 'month-uk' }
  /** A number of calendar days from receipt. */
  | { kind: 'days'; days: number };

export const DEADLINE_PERIOD: Readonly<Record<RegimeId, DeadlinePeriod>> = {
  'GDPR-EU': { kind: 'month-eu' },
  'UK-ICO': { kind: 'month-uk' },
  CCPA: { kind: 'days', days: 45 },
  'US-VA': { kind: 'days', days: 45 },
  'US-CO': { kind: 'days', days: 45 },
  'US-UT': { kind: 'days', days: 45 },
  LGPD: { kind: 'days', days: 15 },
  nFADP: { kind: 'days', days: 30 },
  PIPEDA: { kind: 'days', days: 30 },
};
