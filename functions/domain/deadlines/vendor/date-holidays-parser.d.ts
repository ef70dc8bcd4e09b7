// The vendored module (./date-holidays-parser.js) has the package's API: its declarations.
/// <reference path="../../../../node_modules/date-holidays-parser/types/index.d.ts" />
import Holidays from 'date-holidays-parser';

export type { HolidaysTypes } from 'date-holidays-parser';
export default Holidays;
