/**
 * Case 6 — export of 1 GB streamed into the package: peak RSS and MB/s.
 * Not measured yet: the streamed export belongs to the results issue (issue 5). Reported as such
 * rather than with a stand-in figure.
 */
import type { CaseResult } from '../lib/result.ts';

export async function run(): Promise<CaseResult> {
  return {
    id: '6 export',
    title: 'Export (1 GB streamed)',
    rows: [
      {
        metric: '1 GB export: peak RSS / MB/s',
        figure: 'not yet implemented (issue 5)',
        target: 'issue 5',
        verdict: 'N/A',
      },
    ],
    notes: [
      'Depends on the results issue (issue 5): no streamed export exists to measure.',
    ],
  };
}
