/**
 * Merchant reminders before the legal deadline and the escalation after it. Each stage is sent
 * once; a late sweep sends only the most urgent stage due and marks the earlier ones as passed.
 */

export const REMINDER_STAGES = [
  { stage: 'T-10', daysBefore: 10 },
  { stage: 'T-5', daysBefore: 5 },
  { stage: 'T-2', daysBefore: 2 },
] as const;
export const OVERDUE_STAGE = 'OVERDUE';
export type ReminderStage =
  | (typeof REMINDER_STAGES)[number]['stage']
  | typeof OVERDUE_STAGE;

/** How far ahead of `now` the sweep must look to find every request with a reminder due. */
export const SWEEP_HORIZON_DAYS = REMINDER_STAGES[0].daysBefore;

const DAY_MS = 86_400_000;

export interface ReminderDecision {
  stage: ReminderStage;
  /** Whole days until the due instant; negative when overdue. */
  daysLeft: number;
  /** Stages to record as done: this one and every earlier one. */
  covers: ReminderStage[];
}

/** The reminder to send now for a request due at `dueAt`, or `undefined` if none is due. */
export function reminderDue(
  now: Date,
  dueAt: string,
  alreadySent: readonly string[] = [],
): ReminderDecision | undefined {
  const msLeft = Date.parse(dueAt) - now.getTime();
  const all: ReminderStage[] = [
    ...REMINDER_STAGES.map((s) => s.stage),
    OVERDUE_STAGE,
  ];
  if (msLeft < 0) {
    if (alreadySent.includes(OVERDUE_STAGE)) return undefined;
    return {
      stage: OVERDUE_STAGE,
      daysLeft: -Math.ceil(-msLeft / DAY_MS),
      covers: all,
    };
  }
  const daysLeft = Math.ceil(msLeft / DAY_MS);
  const index = REMINDER_STAGES.findLastIndex((s) => daysLeft <= s.daysBefore);
  if (index < 0) return undefined;
  const stage = REMINDER_STAGES[index]?.stage as ReminderStage;
  if (alreadySent.includes(stage)) return undefined;
  return { stage, daysLeft, covers: all.slice(0, index + 1) };
}
