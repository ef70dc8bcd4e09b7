/**
 * The result of one preflight or smoke check, and how a list of them reads in a terminal: each
 * line says what was checked and what was found; a failed check says exactly what to do.
 */
export type CheckStatus = 'ok' | 'warn' | 'fail' | 'skip';

export interface Check {
  name: string;
  status: CheckStatus;
  /** What was found (no secrets, no personal data). */
  detail: string;
  /** What to do about a `fail` or `warn`: a command or a setting. */
  fix?: string;
}

const MARK: Record<CheckStatus, string> = {
  ok: 'ok  ',
  warn: 'WARN',
  fail: 'FAIL',
  skip: 'skip',
};

/** The checks as lines, and a closing verdict line. */
export function renderChecks(title: string, checks: readonly Check[]): string {
  const width = Math.max(...checks.map((c) => c.name.length), 10);
  const lines = [`${title}`, ''];
  for (const c of checks) {
    lines.push(`  ${MARK[c.status]}  ${c.name.padEnd(width)}  ${c.detail}`);
    if (c.fix)
      lines.push(`  ${' '.repeat(4)}  ${' '.repeat(width)}  fix: ${c.fix}`);
  }
  const failed = checks.filter((c) => c.status === 'fail').length;
  const warned = checks.filter((c) => c.status === 'warn').length;
  lines.push(
    '',
    failed
      ? `${failed} check(s) failed${warned ? `, ${warned} warning(s)` : ''}: fix them and run again.`
      : `All checks passed${warned ? ` (${warned} warning(s))` : ''}.`,
    '',
  );
  return lines.join('\n');
}

export const hasFailures = (checks: readonly Check[]) =>
  checks.some((c) => c.status === 'fail');

/** Runs `probe`, turning a thrown error into a failed check named `name`. */
export async function attempt(
  name: string,
  probe: () => Promise<Check | Check[]>,
  fix: (error: Error) => string,
): Promise<Check[]> {
  try {
    return [await probe()].flat();
  } catch (error) {
    const e = error as Error;
    return [
      {
        name,
        status: 'fail',
        detail: `${e.name}: ${e.message.split('\n')[0]?.slice(0, 200)}`,
        fix: fix(e),
      },
    ];
  }
}
