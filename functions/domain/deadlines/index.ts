/** The legal deadline engine: see `calculate.ts` for the entry point and docs/DEADLINES.md. */
export {
  CALC_VERSION,
  calculateDeadline,
  DEADLINE_MODES,
  type DeadlineComputation,
  type DeadlineInput,
  DeadlineInputError,
  DeadlineInputSchema,
  type DeadlineMode,
} from './calculate.ts';
export {
  endOfLocalDay,
  isValidTimeZone,
  type LocalDate,
  localDate,
} from './calendar.ts';
export { holidayDataVersion } from './holidays.ts';
export {
  type DeadlineFlag,
  FLAG_LEGEND,
  REGIME_IDS,
  REGIMES,
  type Regime,
  type RegimeId,
} from './regimes.ts';
