/**
 * The preflight's verdicts on AWS, on a fake target: each failure names what to fix. The local
 * stack runs the same checks (tests/integration/deploy-checks.test.ts).
 */
import { describe, expect, it } from 'vitest';
import type { MerchantConfig } from '#domain/schemas.ts';
import { hasFailures, renderChecks } from '#infra/deploy/checks.ts';
import { type PreflightTarget, runPreflight } from '#infra/deploy/preflight.ts';
import { contractedStatus } from '#infra/deploy/smoke.ts';
import { loadSeed } from '#infra/seed/seed.ts';
import { ROUTES } from '#infra/wiring.ts';

const lastu = loadSeed('lastu').merchant;

/** A deployable account: bootstrapped, domain verified with DKIM, production access, secrets. */
function healthy(overrides: Partial<PreflightTarget> = {}): PreflightTarget {
  return {
    kind: 'aws',
    whoAmI: async () => ({
      account: '111122223333',
      arn: 'arn:aws:sts::111122223333:assumed-role/deployer/me',
    }),
    bootstrapVersion: async () => 30,
    mailIdentity: async (name) =>
      name === 'shop.example' ? { verified: true, dkim: 'SUCCESS' } : undefined,
    mailAccount: async () => ({
      production: true,
      sendingEnabled: true,
      max24HourSend: 50_000,
      maxSendRate: 14,
      sentLast24Hours: 3,
    }),
    secretExists: async (name) => name.startsWith('dsr/lastu/'),
    ...overrides,
  };
}

const settings = (over: Partial<Parameters<typeof runPreflight>[1]> = {}) => ({
  region: 'eu-north-1',
  stage: 'prod',
  mailFrom: 'privacy@shop.example',
  merchants: [lastu],
  ...over,
});

const byName = async (
  target: PreflightTarget,
  s = settings(),
): Promise<Record<string, { status: string; detail: string; fix?: string }>> =>
  Object.fromEntries((await runPreflight(target, s)).map((c) => [c.name, c]));

describe('preflight on AWS', () => {
  it('passes a deployable account, every check named', async () => {
    const checks = await runPreflight(healthy(), settings());
    expect(hasFailures(checks)).toBe(false);
    expect(checks.map((c) => `${c.status} ${c.name}`)).toEqual([
      'ok credentials',
      'ok region',
      'ok cdk bootstrap',
      'ok ses identity',
      'ok ses sending',
      'ok secret lastu/shopify',
      'ok secret lastu/sendgrid',
      'ok secret lastu/nosto',
    ]);
    expect(renderChecks('Preflight', checks)).toContain('All checks passed.');
  });

  it('refuses the placeholder sender and says what to deploy with', async () => {
    const checks = await byName(
      healthy(),
      settings({ mailFrom: 'privacy@example.com' }),
    );
    expect(checks['ses identity']).toMatchObject({
      status: 'fail',
      detail: expect.stringContaining('placeholder privacy@example.com'),
      fix: expect.stringContaining('-c mailFrom='),
    });
  });

  it('says how to bootstrap, verify the domain, publish DKIM and leave the sandbox', async () => {
    const unbootstrapped = await byName(
      healthy({ bootstrapVersion: async () => undefined }),
    );
    expect(unbootstrapped['cdk bootstrap']?.fix).toBe(
      'npx cdk bootstrap aws://<account>/eu-north-1',
    );
    const unverified = await byName(
      healthy({ mailIdentity: async () => undefined }),
    );
    expect(unverified['ses identity']).toMatchObject({
      status: 'fail',
      fix: expect.stringContaining(
        'aws sesv2 create-email-identity --email-identity shop.example',
      ),
    });
    const noDkim = await byName(
      healthy({
        mailIdentity: async () => ({ verified: true, dkim: 'PENDING' }),
      }),
    );
    expect(noDkim['ses identity']).toMatchObject({
      status: 'fail',
      detail: expect.stringContaining('DKIM is PENDING'),
    });
    const sandbox = await byName(
      healthy({
        mailAccount: async () => ({
          production: false,
          sendingEnabled: true,
          max24HourSend: 200,
          maxSendRate: 1,
          sentLast24Hours: 0,
        }),
      }),
    );
    expect(sandbox['ses sending']).toMatchObject({
      status: 'warn',
      detail: expect.stringContaining('SES sandbox'),
      fix: expect.stringContaining('--production-access-enabled'),
    });
  });

  it("names each missing secret with the command that creates it, and refuses another merchant's", async () => {
    const wrong: MerchantConfig = {
      ...lastu,
      processors: lastu.processors.map((p) =>
        p.credentialsRef === 'dsr/lastu/nosto'
          ? { ...p, credentialsRef: 'dsr/other/nosto' }
          : p,
      ),
    };
    const checks = await byName(
      healthy({ secretExists: async (name) => name === 'dsr/lastu/shopify' }),
      settings({ merchants: [wrong] }),
    );
    expect(checks['secret lastu/shopify']?.status).toBe('ok');
    expect(checks['secret lastu/sendgrid']).toMatchObject({
      status: 'fail',
      fix: expect.stringContaining(
        'aws secretsmanager create-secret --region eu-north-1 --name dsr/lastu/sendgrid',
      ),
    });
    expect(checks['secret lastu/nosto']).toMatchObject({
      status: 'fail',
      detail: expect.stringContaining('not under dsr/lastu/'),
    });
  });

  it('warns outside the EU and fails without credentials, each check still run', async () => {
    const checks = await byName(
      healthy({
        whoAmI: async () => {
          throw Object.assign(new Error('Could not load credentials'), {
            name: 'CredentialsProviderError',
          });
        },
      }),
      settings({ region: 'us-east-1' }),
    );
    expect(checks.credentials).toMatchObject({
      status: 'fail',
      fix: expect.stringContaining('aws sso login'),
    });
    expect(checks.region?.status).toBe('warn');
    expect(checks['cdk bootstrap']?.status).toBe('ok');
  });
});

describe('smoke contract', () => {
  it('has a contracted status for every public route of wiring.ts', () => {
    for (const route of ROUTES)
      expect(
        contractedStatus(route),
        `${route.method} ${route.path}`,
      ).toBeDefined();
    expect(
      contractedStatus({ method: 'GET', path: '/new-route' }),
    ).toBeUndefined();
  });
});
