/**
 * `npm run smoke -- --aws [-c stage=…] [-c region=…]`: after a deploy, the deployed API, one
 * synthetic request through the state machine and the alarm topic's subscribers
 * (infra/deploy/smoke.ts). `--local` (the default) checks the running `npm start` stack.
 */
import { stackNames } from '../infra/app.ts';
import {
  awsSmokeTarget,
  StackNotDeployedError,
} from '../infra/deploy/aws-target.ts';
import { hasFailures, renderChecks } from '../infra/deploy/checks.ts';
import {
  attachLocal,
  parseDeployArgs,
  runCli,
  SMOKE_MERCHANT,
  settingsOf,
} from '../infra/deploy/cli.ts';
import { localSmokeTarget } from '../infra/deploy/local-target.ts';
import { runSmoke } from '../infra/deploy/smoke.ts';

await runCli(async () => {
  const args = parseDeployArgs(process.argv.slice(2));
  const settings = settingsOf(args);
  const merchant = args.merchants[0] ?? SMOKE_MERCHANT;
  const stack = stackNames(settings.stage).app;
  let target: Awaited<ReturnType<typeof awsSmokeTarget>>;
  try {
    target =
      args.target === 'aws'
        ? await awsSmokeTarget(settings.region, stack, merchant)
        : localSmokeTarget(attachLocal(args), merchant);
  } catch (error) {
    if (!(error instanceof StackNotDeployedError)) throw error;
    process.stderr.write(`${error.message}\n`);
    return 1;
  }
  const checks = await runSmoke(target);
  process.stdout.write(
    renderChecks(
      `Smoke test (${args.target === 'aws' ? `AWS, ${stack} in ${settings.region}` : 'local stack'})`,
      checks,
    ),
  );
  return hasFailures(checks) ? 1 : 0;
});
