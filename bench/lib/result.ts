/** The shape every benchmark case returns, and the table `npm run bench` prints. */

export type Verdict = 'PASS' | 'MISS' | 'INFO' | 'N/A';

export interface Row {
  metric: string;
  /** The measured figure, formatted for the table. */
  figure: string;
  /** The raw number behind `figure`, for results.json (undefined when there is none). */
  value?: number;
  unit?: string;
  /** The target as text ("≤ 250 KB"); '—' when the figure is informational. */
  target: string;
  verdict: Verdict;
}

export interface CaseResult {
  id: string;
  title: string;
  rows: Row[];
  /** Method and limitations, printed under the table. */
  notes: string[];
  /** Everything measured, for results.json. */
  details?: unknown;
}

/** A row whose verdict is `value <= max`. */
export function atMost(
  metric: string,
  value: number,
  max: number,
  format: (n: number) => string,
  unit?: string,
): Row {
  return {
    metric,
    figure: format(value),
    value,
    unit,
    target: `≤ ${format(max)}`,
    verdict: value <= max ? 'PASS' : 'MISS',
  };
}

/** An informational row (no target). */
export function info(
  metric: string,
  value: number | undefined,
  format: (n: number) => string,
  unit?: string,
): Row {
  return {
    metric,
    figure: value === undefined ? '—' : format(value),
    value,
    unit,
    target: '—',
    verdict: 'INFO',
  };
}

export const fmt = {
  ms: (n: number) => `${n.toFixed(n < 10 ? 2 : 1)} ms`,
  kb: (n: number) => `${(n / 1024).toFixed(1)} KB`,
  usd: (n: number) => `$${n.toPrecision(3)}`,
  int: (n: number) => String(Math.round(n)),
  num: (n: number) => n.toFixed(2),
  perSec: (n: number) => `${n.toFixed(0)} req/s`,
};

/** Plain-text table: case, metric, figure, target, verdict. */
export function formatTable(results: CaseResult[]): string {
  const lines: string[][] = [['case', 'metric', 'figure', 'target', 'verdict']];
  for (const r of results)
    for (const row of r.rows)
      lines.push([r.id, row.metric, row.figure, row.target, row.verdict]);
  const widths =
    lines[0]?.map((_, i) =>
      Math.max(...lines.map((l) => (l[i] ?? '').length)),
    ) ?? [];
  const render = (l: string[]) =>
    l
      .map((cell, i) => cell.padEnd(widths[i] ?? 0))
      .join('  ')
      .trimEnd();
  const rule = widths.map((w) => '-'.repeat(w)).join('  ');
  return [render(lines[0] ?? []), rule, ...lines.slice(1).map(render)].join(
    '\n',
  );
}

/** The same table as Markdown, for the README. */
export function formatMarkdown(results: CaseResult[]): string {
  const out = [
    '| case | metric | figure | target | verdict |',
    '|---|---|---|---|---|',
  ];
  for (const r of results)
    for (const row of r.rows)
      out.push(
        `| ${r.id} | ${row.metric} | ${row.figure} | ${row.target} | ${row.verdict} |`,
      );
  return out.join('\n');
}
