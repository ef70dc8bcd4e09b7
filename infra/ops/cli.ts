/**
 * `npm run ops -- <command>`: operator commands, the same code against the local stack and AWS
 * (commands in ./commands.ts, target selection in ./target.ts, use cases in
 * functions/use-cases/ops). `npm run ops -- --help` lists them.
 */
import { fileURLToPath } from 'node:url';
import { OpsRefusedError } from '#use-cases/ops/ports.ts';
import {
  LOCAL_ACCOUNT,
  LOCAL_REGION,
  scheduledEvent,
} from '../local/constants.ts';
import { createLocalInvoker } from '../local/lambda-runtime.ts';
import { FUNCTIONS, SCHEDULES } from '../wiring.ts';
import { parse, runCommand, USAGE, UsageError } from './commands.ts';
import { attach, TargetError, targetPorts } from './target.ts';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const argv = process.argv.slice(2);
const io = {
  out: (t: string) => process.stdout.write(t),
  err: (t: string) => process.stderr.write(t),
  tty: Boolean(process.stdout.isTTY),
};

try {
  const { positionals, values } = parse(argv);
  if (values.help || positionals.length === 0) {
    io.out(`${USAGE}\n`);
    process.exit(values.help ? 0 : 2);
  }
  const aws = Boolean(values.aws);
  if (positionals[0] !== 'verify')
    attach({ aws, repoRoot, dataDir: values['data-dir'] });
  // The sweep runs the scheduled function's own handler in this process, as EventBridge would.
  const sweep = async (at: Date) => {
    const invoker = createLocalInvoker({
      region: process.env.AWS_REGION ?? LOCAL_REGION,
      accountId: LOCAL_ACCOUNT,
      functions: FUNCTIONS,
      repoRoot,
    });
    const schedule = SCHEDULES.find((s) => s.id === 'DeadlineSweep');
    return invoker.invoke(
      schedule?.fn ?? 'SweepDeadlines',
      scheduledEvent(at, 'DeadlineSweep'),
    );
  };
  const ports =
    positionals[0] === 'verify' || positionals[0] === 'sweep'
      ? (undefined as never)
      : targetPorts({ aws });
  process.exitCode = await runCommand(argv, ports, io, { sweep });
} catch (error) {
  const e = error as Error;
  if (e instanceof UsageError) {
    io.err(`${e.message}\n\n${USAGE}\n`);
    process.exitCode = 2;
  } else if (e.name === 'ValidationError') {
    const fields =
      (e as Error & { fields?: Record<string, string> }).fields ?? {};
    io.err(
      `${e.message}\n${Object.entries(fields)
        .map(([k, v]) => `  ${k}: ${v}\n`)
        .join('')}`,
    );
    process.exitCode = 1;
  } else if (
    e instanceof TargetError ||
    e instanceof OpsRefusedError ||
    ['RequestNotFoundError', 'MerchantNotFoundError'].includes(e.name)
  ) {
    io.err(`${e.message}\n`);
    process.exitCode = 1;
  } else throw e;
}
