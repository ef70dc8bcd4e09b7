/**
 * `npm run preflight -- --aws [-c region=…] [-c mailFrom=…] [--merchant lastu]`: what a deploy
 * needs, checked (infra/deploy/preflight.ts). `--local` (the default) checks the running
 * `npm start` stack through the same checks (`--data-dir` as for `npm run ops`).
 */
import { awsPreflightTarget } from '../infra/deploy/aws-target.ts';
import { hasFailures, renderChecks } from '../infra/deploy/checks.ts';
import {
  attachLocal,
  merchantsOf,
  parseDeployArgs,
  runCli,
  settingsOf,
} from '../infra/deploy/cli.ts';
import { localPreflightTarget } from '../infra/deploy/local-target.ts';
import { runPreflight } from '../infra/deploy/preflight.ts';
import { ENV } from '../infra/wiring.ts';

await runCli(async () => {
  const args = parseDeployArgs(process.argv.slice(2));
  const settings = settingsOf(args);
  const merchants = merchantsOf(args);
  let checks: Awaited<ReturnType<typeof runPreflight>>;
  if (args.target === 'aws') {
    checks = await runPreflight(awsPreflightTarget(settings.region), {
      ...settings,
      merchants,
    });
  } else {
    const env = attachLocal(args);
    checks = await runPreflight(localPreflightTarget(env), {
      ...settings,
      region: env.AWS_REGION ?? settings.region,
      mailFrom: env[ENV.mailFrom] ?? settings.mailFrom,
      merchants,
    });
  }
  process.stdout.write(
    renderChecks(
      `Preflight (${args.target === 'aws' ? `AWS, ${settings.region}, stage ${settings.stage}` : 'local stack'})`,
      checks,
    ),
  );
  return hasFailures(checks) ? 1 : 0;
});
