/**
 * `npm run deploy -- -c mailFrom=privacy@your-shop.example [-c stage=prod] [-c region=…]`: the
 * AWS preflight (infra/deploy/preflight.ts) first, then `cdk deploy --all` with the same
 * arguments. A failed check refuses the deploy, with what to fix (e.g. the placeholder
 * mailFrom, which SES can never verify); warnings (the SES sandbox) do not.
 */
import { spawnSync } from 'node:child_process';
import { awsPreflightTarget } from '../infra/deploy/aws-target.ts';
import { hasFailures, renderChecks } from '../infra/deploy/checks.ts';
import {
  merchantsOf,
  parseDeployArgs,
  runCli,
  settingsOf,
} from '../infra/deploy/cli.ts';
import { runPreflight } from '../infra/deploy/preflight.ts';

await runCli(async () => {
  const args = parseDeployArgs(process.argv.slice(2));
  const settings = settingsOf(args);
  const checks = await runPreflight(awsPreflightTarget(settings.region), {
    ...settings,
    merchants: merchantsOf(args),
  });
  process.stdout.write(
    renderChecks(
      `Preflight (AWS, ${settings.region}, stage ${settings.stage})`,
      checks,
    ),
  );
  if (hasFailures(checks)) {
    process.stderr.write('Deploy refused: fix the failed checks above.\n');
    return 1;
  }
  const cdk = spawnSync(
    'npx',
    ['cdk', 'deploy', '--all', ...args.passthrough],
    {
      stdio: 'inherit',
      env: { ...process.env, CDK_DISABLE_CLI_TELEMETRY: 'true' },
    },
  );
  return cdk.status ?? 1;
});
