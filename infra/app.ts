/**
 * Composition root: the only place that knows stages, stack names and order, the nag plugin and
 * the guardrail aspect. `cdk synth` runs this file (cdk.json: `npx tsx infra/app.ts`); tests call
 * {@link buildApp} directly.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { App, Aspects, Tags, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { GdprGuardrails } from './aspects/gdpr-guardrails.ts';
import { REPO_ROOT } from './constructs/dsr-function.ts';
import { AppStack, appLogGroupNamePatterns } from './stacks/app-stack.ts';
import { DataStack } from './stacks/data-stack.ts';

export interface DsrSettings {
  stage: string;
  mailFrom: string;
  /** SES identities `ses:SendEmail` is scoped to; default: the sender's domain and address. */
  mailIdentities: string[];
  publicBaseUrl?: string;
  exportRetentionDays: number;
  /** The deployment's operators: they see every merchant in the console. */
  operatorEmails: string[];
}

export interface BuiltApp {
  app: App;
  settings: DsrSettings;
  data: DataStack;
  stateless: AppStack;
}

const STAGE = /^[a-z][a-z0-9]{0,11}$/;
const EMAIL = /^[^\s@]+@([^\s@]+\.[^\s@]+)$/;

/** Reads and validates the context values; a bad value fails synth with the key's name. */
export function readSettings(app: App): DsrSettings {
  const get = (key: string): string | undefined => {
    const value: unknown = app.node.tryGetContext(key);
    return value === undefined || value === null || value === ''
      ? undefined
      : String(value);
  };
  const stage = get('stage') ?? 'dev';
  if (!STAGE.test(stage))
    throw new Error(`context stage="${stage}" must match ${STAGE}`);

  const mailFrom = get('mailFrom') ?? 'privacy@example.com';
  const domain = EMAIL.exec(mailFrom)?.[1];
  if (!domain)
    throw new Error(`context mailFrom="${mailFrom}" is not an email address`);
  const identities = get('mailIdentity') ?? get('mailDomain');
  const mailIdentities = identities
    ? identities.split(',').map((s) => s.trim())
    : [domain, mailFrom];

  const publicBaseUrl = get('publicBaseUrl')?.replace(/\/+$/, '');
  if (publicBaseUrl && !/^https:\/\/[^\s/]+(\/[^\s]*)?$/.test(publicBaseUrl)) {
    throw new Error(
      `context publicBaseUrl="${publicBaseUrl}" must be an https URL`,
    );
  }

  const exportRetentionDays = Number(get('exportRetentionDays') ?? '30');
  if (
    !Number.isInteger(exportRetentionDays) ||
    exportRetentionDays < 1 ||
    exportRetentionDays > 365
  ) {
    throw new Error(
      'context exportRetentionDays must be an integer between 1 and 365',
    );
  }
  const operatorEmails = (get('operatorEmails') ?? '')
    .split(',')
    .map((s) => s.trim().toLowerCase())
    .filter(Boolean);
  for (const email of operatorEmails)
    if (!EMAIL.test(email))
      throw new Error(
        `context operatorEmails: "${email}" is not an email address`,
      );
  return {
    stage,
    mailFrom,
    mailIdentities,
    publicBaseUrl,
    exportRetentionDays,
    operatorEmails,
  };
}

/** cdk.json context (feature flags, defaults), so tests build the same app as the CLI. */
export function cdkJsonContext(): Record<string, unknown> {
  const cdkJson = JSON.parse(
    readFileSync(join(REPO_ROOT, 'cdk.json'), 'utf8'),
  ) as { context?: Record<string, unknown> };
  return cdkJson.context ?? {};
}

export function buildApp(
  context: Record<string, unknown> = {},
  options: { outdir?: string } = {},
): BuiltApp {
  const app = new App({
    context: { ...cdkJsonContext(), ...context },
    outdir: options.outdir,
  });
  const settings = readSettings(app);
  const env = {
    account: process.env.CDK_DEFAULT_ACCOUNT,
    region: process.env.CDK_DEFAULT_REGION,
  };
  const prefix = `dsr-${settings.stage}`;
  const appStackName = `${prefix}-app`;

  const data = new DataStack(app, `${prefix}-data`, {
    env,
    description:
      'DSR stateful resources: table, export bucket, KMS key (RETAIN)',
    exportRetentionDays: settings.exportRetentionDays,
    // The key policy names the app's log groups by the app stack's name, not by reference.
    logGroupNamePatterns: appLogGroupNamePatterns(appStackName),
    terminationProtection: settings.stage === 'prod',
  });
  const stateless = new AppStack(app, appStackName, {
    env,
    description: 'DSR stateless resources: functions, HTTP API, state machine',
    stage: settings.stage,
    table: data.table,
    exportBucket: data.exportBucket,
    exportBucketArnExportName: data.exportBucketArnExportName,
    key: data.key,
    mailFrom: settings.mailFrom,
    mailIdentities: settings.mailIdentities,
    publicBaseUrl: settings.publicBaseUrl,
    operatorEmails: settings.operatorEmails,
  });
  stateless.addStackDependency(data);

  for (const stack of [data, stateless]) {
    Tags.of(stack).add('app', 'dsr');
    Tags.of(stack).add('stage', settings.stage);
  }
  Aspects.of(app).add(new GdprGuardrails());
  Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
  return { app, settings, data, stateless };
}

// `tsx infra/app.ts` (the CDK CLI, CDK_OUTDIR set) synthesizes; importing it does not.
if (
  process.argv[1] &&
  import.meta.url === pathToFileURL(process.argv[1]).href
) {
  buildApp().app.synth();
}
