/**
 * The console's CSV files (the request register, the record of processing activities): RFC 4180
 * quoting with Windows line ends and a byte-order mark (spreadsheets then read ä and é), and
 * `escape_formulas`, so a value a shopper typed (`=HYPERLINK(…)`, `+1…`, `@SUM(…)`) is text in
 * the merchant's spreadsheet, never a formula (csv-stringify; docs/DEPENDENCIES.md).
 */
import { stringify } from 'csv-stringify/sync';

export type CsvCell = string | number;

/** A whole CSV document: the header row, then each row. */
export function csvDocument(
  header: readonly string[],
  rows: readonly (readonly CsvCell[])[],
): string {
  return `\uFEFF${stringify([header, ...rows] as CsvCell[][], {
    record_delimiter: 'windows',
    escape_formulas: true,
  })}`;
}
