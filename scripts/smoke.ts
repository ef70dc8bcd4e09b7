/**
 * `npm run smoke -- --aws [-c stage=…] [-c region=…]`: after a deploy, the deployed API, one
 * synthetic request through the state machine and the alarm topic's subscribers
 * (infra/deploy/smoke.ts). `--local` (the default) checks the running `npm start` stack.
 */
import { stackNames } from '../infra/app.ts';
import { awsSmokeTarget } from '../infra/deploy/aws-target.ts';
import { hasFailures, renderChecks } from '../infra/deploy/checks.ts';
import {
  attachLocal,
  parseDeployArgs,
  SMOKE_MERCHANT,
  settingsOf,
} from '../infra/deploy/cli.ts';
import { localSmokeTarget } from '../infra/deploy/local-target.ts';
import { runSmoke } from '../infra/deploy/smoke.ts';

const args = parseDeployArgs(process.argv.slice(2));
const settings = settingsOf(args);
const merchant = args.merchants[0] ?? SMOKE_MERCHANT;
try {
  const target =
    args.target === 'aws'
      ? await awsSmokeTarget(
          settings.region,
          stackNames(settings.stage).app,
          merchant,
        )
      : localSmokeTarget(attachLocal(), merchant);
  const checks = await runSmoke(target);
  process.stdout.write(
    renderChecks(
      `Smoke test (${args.target === 'aws' ? `AWS, ${stackNames(settings.stage).app} in ${settings.region}` : 'local stack'})`,
      checks,
    ),
  );
  process.exitCode = hasFailures(checks) ? 1 : 0;
} catch (error) {
  process.stderr.write(`${(error as Error).message}\n`);
  process.exitCode = 1;
}
