/**
 * Legal deadlines from the command line, one JSON object per line in, one per line out, in order.
 *   npm run --silent deadline -- --jsonl < requests.jsonl > deadlines.jsonl
 * See `--help` and docs/DEADLINES.md.
 */
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import {
  calculateDeadline,
  type DeadlineInput,
} from '../functions/domain/deadlines/calculate.ts';

const HELP = `Usage: npm run --silent deadline -- --jsonl < requests.jsonl > deadlines.jsonl

Reads JSON Lines on stdin. Each line is an object with:
  id                 anything; echoed back
  regime             GDPR-EU | UK-ICO | CCPA | US-VA | US-CO | US-UT | LGPD | nFADP | PIPEDA
  controllerTz       IANA zone, e.g. Europe/Helsinki
  receivedAt         ISO 8601 instant with Z or offset, e.g. 2027-03-05T10:00:00+02:00
  mode               response | notice | ack
  extension          true | false
  country            optional; default per regime (FI, GB-ENG, US-CA, ...)
  idRequestedOn, idReceivedOn, clarificationRequestedOn, clarificationReceivedOn
                     optional controller-local dates YYYY-MM-DD
Other fields are ignored.

Writes one line per non-blank input line, in input order:
  {"id","dueDate","dueAt","latestDueDate","extensionNoticeDue","flags"}
or, for a line that cannot be computed:
  {"id","error"}
Blank lines are skipped. Exit status 0 unless stdin cannot be read (1) or the
arguments are wrong (2).
`;

const INPUT_FIELDS = [
  'regime',
  'controllerTz',
  'receivedAt',
  'mode',
  'extension',
  'country',
  'idRequestedOn',
  'idReceivedOn',
  'clarificationRequestedOn',
  'clarificationReceivedOn',
] as const;

type Id = string | number | null;

/** The output line for one input line. Never throws. */
function processLine(line: string): Record<string, unknown> {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    return { id: null, error: `invalid JSON: ${(error as Error).message}` };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return { id: null, error: 'each line must be a JSON object' };
  const record = value as Record<string, unknown>;
  const id: Id =
    typeof record.id === 'string' || typeof record.id === 'number'
      ? record.id
      : null;
  const input: Record<string, unknown> = {};
  for (const field of INPUT_FIELDS)
    if (field in record) input[field] = record[field];
  try {
    const c = calculateDeadline(input as DeadlineInput);
    return {
      id,
      dueDate: c.dueDate,
      dueAt: c.dueAt,
      latestDueDate: c.latestDueDate,
      extensionNoticeDue: c.extensionNoticeDue,
      flags: c.flags,
    };
  } catch (error) {
    return { id, error: (error as Error).message };
  }
}

async function main(args: string[]): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    process.stdout.write(HELP);
    return 0;
  }
  if (args.length !== 1 || args[0] !== '--jsonl') {
    process.stderr.write(HELP);
    return 2;
  }
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  try {
    for await (const line of lines) {
      if (line.trim() === '') continue;
      const out = `${JSON.stringify(processLine(line))}\n`;
      if (!process.stdout.write(out)) await once(process.stdout, 'drain');
    }
  } catch (error) {
    process.stderr.write(`cannot read stdin: ${(error as Error).message}\n`);
    return 1;
  }
  return 0;
}

process.exitCode = await main(process.argv.slice(2));
