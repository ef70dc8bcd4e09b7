/**
 * `npm run ops -- <command>`: operator commands, the same code against the local stack and AWS.
 *
 *   sweep [--at <ISO instant>]   run the deadline sweep once (as the hourly schedule does)
 *
 * Target: the stack started by `npm start` (its `.local-data/stack.json`), or AWS with `--aws`
 * (TABLE_NAME, PUBLIC_BASE_URL and MAIL_FROM from the deployed stack's outputs; AWS credentials
 * and region as the SDK finds them). The function runs in this process with the handler's code.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import {
  LOCAL_ACCOUNT,
  LOCAL_REGION,
  STACK_FILE,
  scheduledEvent,
} from '../local/embedded-stack.ts';
import { createLocalInvoker } from '../local/lambda-runtime.ts';
import { FUNCTIONS, SCHEDULES } from '../wiring.ts';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const usage = `usage: npm run ops -- sweep [--at <ISO instant>] [--aws]
  sweep   expire unverified requests, send due reminders and escalations, publish metrics`;

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: {
    at: { type: 'string' },
    aws: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  },
});
const [command] = positionals;
if (values.help || !command) {
  process.stdout.write(`${usage}\n`);
  process.exit(command || values.help ? 0 : 2);
}

if (!values.aws) {
  const file = join(
    resolve(repoRoot, process.env.DATA_DIR ?? '.local-data'),
    STACK_FILE,
  );
  if (!existsSync(file)) {
    process.stderr.write(
      'No local stack is running (start it with `npm start`), or pass --aws.\n',
    );
    process.exit(2);
  }
  Object.assign(
    process.env,
    JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>,
  );
}

const invoker = createLocalInvoker({
  region: process.env.AWS_REGION ?? LOCAL_REGION,
  accountId: LOCAL_ACCOUNT,
  functions: FUNCTIONS,
  repoRoot,
});

switch (command) {
  case 'sweep': {
    const at = values.at ? new Date(values.at) : new Date();
    if (Number.isNaN(at.getTime())) {
      process.stderr.write(`--at must be an ISO instant, got "${values.at}"\n`);
      process.exit(2);
    }
    const schedule = SCHEDULES.find((s) => s.id === 'DeadlineSweep');
    const summary = await invoker.invoke(
      schedule?.fn ?? 'SweepDeadlines',
      scheduledEvent(at, 'DeadlineSweep'),
    );
    process.stdout.write(`${JSON.stringify(summary, null, 2)}\n`);
    break;
  }
  default:
    process.stderr.write(`unknown command "${command}"\n${usage}\n`);
    process.exit(2);
}
