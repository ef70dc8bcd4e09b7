/**
 * `npm run preflight`: what a deploy needs, checked before it runs, each failure with what to do.
 * The same checks run against AWS (`--aws`, infra/deploy/aws-target.ts) and the local stack
 * (`--local`, infra/deploy/local-target.ts); only the target's answers differ.
 */
import { isMerchantSecret, merchantSecretPrefix } from '#domain/credentials.ts';
import type { MerchantConfig } from '#domain/schemas.ts';
import { PLACEHOLDER_MAIL_FROM } from '../app.ts';
import { attempt, type Check } from './checks.ts';

/** What the preflight asks of where it deploys. */
export interface PreflightTarget {
  kind: 'aws' | 'local';
  /** The caller's account and identity ARN (STS GetCallerIdentity). */
  whoAmI(): Promise<{ account: string; arn: string }>;
  /** The CDK bootstrap stack's version in the region; `undefined` when not bootstrapped. */
  bootstrapVersion(region: string): Promise<number | undefined | 'n/a'>;
  /** An SES identity (an address or a domain) in the region; `undefined` when it does not exist. */
  mailIdentity(
    name: string,
  ): Promise<{ verified: boolean; dkim?: string } | undefined>;
  /** The SES account in the region: production access, sending, quota. */
  mailAccount(): Promise<{
    production: boolean;
    sendingEnabled: boolean;
    max24HourSend: number;
    maxSendRate: number;
    sentLast24Hours: number;
  }>;
  /** Whether a Secrets Manager secret of this name exists in the region. */
  secretExists(name: string): Promise<boolean>;
}

export interface PreflightSettings {
  region: string;
  stage: string;
  mailFrom: string;
  /** Merchants to be seeded (their processors' `credentialsRef`s are checked). */
  merchants: readonly MerchantConfig[];
}

/** The bootstrap version aws-cdk-lib 2.x templates require (their CheckBootstrapVersion rule). */
export const MIN_BOOTSTRAP_VERSION = 6;

/** Runs every check; none stops the others. */
export async function runPreflight(
  target: PreflightTarget,
  settings: PreflightSettings,
): Promise<Check[]> {
  const region = settings.region;
  const checks: Check[] = [];
  const local = target.kind === 'local';

  checks.push(
    ...(await attempt(
      'credentials',
      async () => {
        const me = await target.whoAmI();
        return {
          name: 'credentials',
          status: 'ok',
          detail: `account ${me.account} as ${me.arn}`,
        };
      },
      () =>
        'configure AWS credentials (aws configure sso / aws sso login, or AWS_PROFILE) for the account to deploy to',
    )),
  );
  checks.push({
    name: 'region',
    status: region.startsWith('eu-') || local ? 'ok' : 'warn',
    detail: local
      ? `the local stack answers as ${region}`
      : `both stacks go to ${region} (context region)`,
    ...(region.startsWith('eu-') || local
      ? {}
      : {
          fix: 'personal data leaves the EU/EEA in this region: deploy with -c region=eu-north-1 (or another eu-* region) unless a transfer basis covers it',
        }),
  });

  checks.push(
    ...(await attempt(
      'cdk bootstrap',
      async () => {
        const version = await target.bootstrapVersion(region);
        if (version === 'n/a')
          return {
            name: 'cdk bootstrap',
            status: 'skip',
            detail: 'not needed by the local stack',
          };
        if (version === undefined)
          return {
            name: 'cdk bootstrap',
            status: 'fail',
            detail: `no CDKToolkit stack in ${region}`,
            fix: `npx cdk bootstrap aws://<account>/${region}`,
          };
        return version >= MIN_BOOTSTRAP_VERSION
          ? {
              name: 'cdk bootstrap',
              status: 'ok',
              detail: `version ${version} in ${region}`,
            }
          : {
              name: 'cdk bootstrap',
              status: 'fail',
              detail: `version ${version} in ${region}; ${MIN_BOOTSTRAP_VERSION} or later is needed`,
              fix: `npx cdk bootstrap aws://<account>/${region} (upgrades it in place)`,
            };
      },
      () => `check cloudformation:DescribeStacks on CDKToolkit in ${region}`,
    )),
  );

  checks.push(...(await mailChecks(target, settings)));
  checks.push(...(await secretChecks(target, settings)));
  return checks;
}

async function mailChecks(
  target: PreflightTarget,
  settings: PreflightSettings,
): Promise<Check[]> {
  const { mailFrom, region } = settings;
  const domain = mailFrom.split('@')[1] ?? '';
  const checks: Check[] = [];
  if (mailFrom === PLACEHOLDER_MAIL_FROM && target.kind === 'aws') {
    checks.push({
      name: 'ses identity',
      status: 'fail',
      detail: `mailFrom is the placeholder ${PLACEHOLDER_MAIL_FROM}, which can never be verified`,
      fix: 'deploy with -c mailFrom=<an address at your SES-verified domain>, e.g. -c mailFrom=privacy@your-shop.example',
    });
  } else {
    checks.push(
      ...(await attempt(
        'ses identity',
        async () => {
          const address = await target.mailIdentity(mailFrom);
          const byDomain = await target.mailIdentity(domain);
          const verified = address?.verified || byDomain?.verified;
          if (!verified)
            return {
              name: 'ses identity',
              status: 'fail',
              detail: `neither ${mailFrom} nor ${domain} is a verified SES identity in ${region}`,
              fix: `aws sesv2 create-email-identity --email-identity ${domain} --region ${region}, then publish the three DKIM CNAME records it returns`,
            };
          const dkim = byDomain?.dkim ?? address?.dkim;
          if (target.kind === 'local' || dkim === 'SUCCESS')
            return {
              name: 'ses identity',
              status: 'ok',
              detail:
                target.kind === 'local'
                  ? `${mailFrom}: the local SES emulator accepts any sender`
                  : `${byDomain?.verified ? domain : mailFrom} verified, DKIM signing`,
            };
          return {
            name: 'ses identity',
            status: 'fail',
            detail: `${byDomain?.verified ? domain : mailFrom} is verified but DKIM is ${dkim ?? 'not set up'}: mail would land in spam or be rejected`,
            fix: `aws sesv2 get-email-identity --email-identity ${domain} --region ${region} lists the DKIM CNAME records to publish in DNS`,
          };
        },
        () => `check ses:GetEmailIdentity in ${region}`,
      )),
    );
  }
  checks.push(
    ...(await attempt(
      'ses sending',
      async () => {
        const account = await target.mailAccount();
        if (!account.sendingEnabled)
          return {
            name: 'ses sending',
            status: 'fail',
            detail: `sending is disabled for this account in ${region}`,
            fix: 'see the SES account dashboard (reputation, suspension) and re-enable sending',
          };
        if (target.kind === 'local')
          return {
            name: 'ses sending',
            status: 'ok',
            detail: 'the local SES emulator has no sandbox and no quota',
          };
        const quota = `${account.sentLast24Hours}/${account.max24HourSend} in 24 h, ${account.maxSendRate}/s`;
        return account.production
          ? {
              name: 'ses sending',
              status: 'ok',
              detail: `production access, ${quota}`,
            }
          : {
              name: 'ses sending',
              status: 'warn',
              detail: `SES sandbox (${quota}): only verified recipients get mail`,
              fix: `request production access (aws sesv2 put-account-details --production-access-enabled --mail-type TRANSACTIONAL --website-url … --use-case-description … --region ${region}); until then verify every test recipient`,
            };
      },
      () => `check ses:GetAccount in ${region}`,
    )),
  );
  return checks;
}

async function secretChecks(
  target: PreflightTarget,
  settings: PreflightSettings,
): Promise<Check[]> {
  const checks: Check[] = [];
  for (const merchant of settings.merchants) {
    for (const p of merchant.processors) {
      if (!p.credentialsRef) continue;
      const name = `secret ${merchant.merchantId}/${p.processorId}`;
      if (!isMerchantSecret(p.credentialsRef, merchant.merchantId)) {
        checks.push({
          name,
          status: 'fail',
          detail: `credentialsRef ${p.credentialsRef} is not under ${merchantSecretPrefix(merchant.merchantId)}: the job could not read it`,
          fix: `rename the secret to ${merchantSecretPrefix(merchant.merchantId)}${p.processorId} and set it in the merchant configuration`,
        });
        continue;
      }
      checks.push(
        ...(await attempt(
          name,
          async () =>
            (await target.secretExists(p.credentialsRef as string))
              ? { name, status: 'ok', detail: `${p.credentialsRef} exists` }
              : {
                  name,
                  status: 'fail',
                  detail: `${p.credentialsRef} does not exist${target.kind === 'aws' ? ` in ${settings.region}` : ''}`,
                  fix:
                    target.kind === 'aws'
                      ? `aws secretsmanager create-secret --region ${settings.region} --name ${p.credentialsRef} --secret-string '{"…":"…"}' (docs/OPERATIONS.md, processor credentials)`
                      : `set the environment variable for ${p.credentialsRef} (DSR_SECRET_*)`,
                },
          () =>
            `check secretsmanager:DescribeSecret on ${p.credentialsRef} in ${settings.region}`,
        )),
      );
    }
  }
  return checks;
}
