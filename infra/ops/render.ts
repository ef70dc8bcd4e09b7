/** Text output of the ops CLI: aligned tables, colour only for a person at a terminal. */
import { jobAnswer } from '#presentation/ops-pages.ts';
import type { ListedRequest } from '#use-cases/ops/list-requests.ts';
import type { RequestView } from '#use-cases/ops/show-request.ts';

export interface Style {
  bold(s: string): string;
  dim(s: string): string;
  red(s: string): string;
  green(s: string): string;
  yellow(s: string): string;
}

const plain: Style = {
  bold: (s) => s,
  dim: (s) => s,
  red: (s) => s,
  green: (s) => s,
  yellow: (s) => s,
};
const sgr = (code: number) => (s: string) => `\x1b[${code}m${s}\x1b[0m`;
const ansi: Style = {
  bold: sgr(1),
  dim: sgr(2),
  red: sgr(31),
  green: sgr(32),
  yellow: sgr(33),
};

/** Colour when writing to a terminal, unless NO_COLOR is set; plain when piped. */
export function styleFor(tty: boolean): Style {
  return tty && !process.env.NO_COLOR ? ansi : plain;
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: strips our own SGR codes to measure width
const visible = (s: string) => s.replace(/\x1b\[\d+m/g, '').length;

export function table(
  headers: string[],
  rows: string[][],
  style: Style,
): string {
  const widths = headers.map((h, i) =>
    Math.max(visible(h), ...rows.map((r) => visible(r[i] ?? ''))),
  );
  const line = (cells: string[]) =>
    cells
      .map((c, i) => c + ' '.repeat(Math.max(0, (widths[i] ?? 0) - visible(c))))
      .join('  ')
      .trimEnd();
  return [style.bold(line(headers)), ...rows.map(line)].join('\n');
}

export function statusStyled(status: string, style: Style): string {
  if (status === 'COMPLETED' || status === 'SUCCEEDED')
    return style.green(status);
  if (['FAILED', 'TIMED_OUT', 'ABORTED'].includes(status))
    return style.red(status);
  if (['DENIED', 'EXPIRED', 'CANCELLED'].includes(status))
    return style.dim(status);
  return style.yellow(status);
}

export function renderList(
  requests: ListedRequest[],
  style: Style,
  note: string,
): string {
  if (requests.length === 0) return `No requests match. ${style.dim(note)}`;
  return `${table(
    [
      'REQUEST',
      'MERCHANT',
      'TYPE',
      'STATUS',
      'RECEIVED',
      'DUE',
      'DAYS LEFT',
      'SUBJECT',
    ],
    requests.map((r) => [
      r.requestId,
      r.merchantId,
      r.type,
      statusStyled(r.status, style),
      r.receivedAt.slice(0, 16).replace('T', ' '),
      r.dueDate,
      r.overdue ? style.red(`${r.daysLeft} overdue`) : String(r.daysLeft),
      r.emailMasked ?? '',
    ]),
    style,
  )}\n${style.dim(note)}`;
}

export function renderShow(view: RequestView, style: Style): string {
  const r = view.request;
  const d = view.deadline;
  const out: string[] = [];
  out.push(style.bold(`Request ${r.requestId}`));
  out.push(
    `  ${r.type} for merchant ${r.merchantId}, subject ${r.emailMasked || (r.pseudonymisedAt ? '(pseudonymised)' : '(none)')}, status ${statusStyled(r.status, style)}`,
  );
  out.push(
    `  received ${r.receivedAt}${r.verifiedAt ? `, verified ${r.verifiedAt}` : ''}`,
  );
  if (r.objectionScope) out.push(`  objection to ${r.objectionScope}`);
  if (r.information)
    out.push(
      `  more information asked at ${r.information.askedAt}${r.information.notifiedAt ? ` (emailed ${r.information.notifiedAt})` : ' (not emailed yet)'}, ${r.information.answeredAt ? `answered at ${r.information.answeredAt}` : "waiting for the shopper's answer"}`,
    );
  if (r.decision)
    out.push(
      `  decision ${r.decision.outcome} by ${r.decision.by} at ${r.decision.at}`,
    );
  if (r.partsLeftOut)
    out.push(`  released without ${r.partsLeftOut} part(s) (Art. 15(4))`);
  if (r.pseudonymisedAt)
    out.push(`  personal data pseudonymised at ${r.pseudonymisedAt}`);
  else if (r.retainUntil)
    out.push(`  personal data kept until ${r.retainUntil}`);
  if (r.failure)
    out.push(
      style.red(`  failed in phase ${r.failure.phase}: ${r.failure.error}`),
    );
  out.push('');
  out.push(style.bold('Deadline'));
  out.push(
    `  due ${d.dueDate} (${d.dueAt}), ${d.overdue ? style.red(`${-d.daysLeft} days overdue`) : `${d.daysLeft} days left`}` +
      (d.latestDueDate
        ? `; extendable to ${d.latestDueDate} until ${d.extensionNoticeDue}`
        : ''),
  );
  for (const c of d.computations)
    out.push(
      style.dim(
        `  ${c.reason} at ${c.computedAt}: due ${c.dueDate} [${c.flags.join(', ')}] calc ${c.calcVersion}${c.holidayDataVersion ? ` holidays ${c.holidayDataVersion}` : ''}`,
      ),
    );
  out.push('');
  out.push(style.bold('Jobs'));
  out.push(
    view.jobs.length === 0
      ? '  none yet'
      : table(
          ['PROCESSOR', 'STATE', 'DUE', 'ANSWER'],
          view.jobs.map((j) => [
            `  ${j.processorId}`,
            statusStyled(j.state, style),
            j.dueAt ?? '',
            jobAnswer(j),
          ]),
          style,
        ),
  );
  out.push('');
  out.push(style.bold('Executions'));
  if (view.executions.length === 0)
    out.push(
      '  none found (locally, executions end with the `npm start` process)',
    );
  for (const e of view.executions)
    out.push(
      `  ${e.name}  ${statusStyled(e.status, style)}  ${e.startedAt}${e.error ? `  ${style.red(e.error)}` : ''}${e.consoleUrl ? `\n    ${e.consoleUrl}` : ''}`,
    );
  out.push('');
  out.push(style.bold('Timeline'));
  for (const t of view.timeline) {
    const what =
      t.source === 'audit'
        ? style.bold(t.what)
        : /Failed|TimedOut|Aborted/.test(t.what)
          ? style.red(t.what)
          : t.what;
    out.push(
      `  ${t.at}  ${t.source === 'audit' ? 'audit    ' : style.dim('execution')}  ${what}${t.who ? ` ${style.dim(t.who)}` : ''}${t.detail ? `  ${t.detail}` : ''}`,
    );
  }
  if (view.retry)
    out.push(
      '',
      style.yellow(
        `Retry possible: npm run ops -- retry ${r.requestId} (resumes at ${view.retry.resumeAt}, status ${view.retry.status})`,
      ),
    );
  return out.join('\n');
}
