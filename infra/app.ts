/**
 * Composition root: the only place that knows stages, stack names and order, the nag plugin and
 * the guardrail aspect. `cdk synth` runs this file (cdk.json: `npx tsx infra/app.ts`); tests call
 * {@link buildApp} directly.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Annotations, App, Aspects, Tags, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { GdprGuardrails } from './aspects/gdpr-guardrails.ts';
import {
  acknowledgeControlExceptions,
  controlTowerValidator,
} from './compliance.ts';
import { REPO_ROOT } from './constructs/dsr-function.ts';
import {
  INBOUND_RECEIVING_REGIONS,
  inboundNames,
} from './constructs/inbound-channels.ts';
import { AppStack, appLogGroupNamePatterns } from './stacks/app-stack.ts';
import { DataStack } from './stacks/data-stack.ts';

export interface DsrSettings {
  stage: string;
  /** AWS region of both stacks (context `region`, default {@link DEFAULT_REGION}). */
  region: string;
  mailFrom: string;
  publicBaseUrl?: string;
  exportRetentionDays: number;
  /** The privacy inbox's domain (context `inboundDomain`): SES receives `<merchantId>@<domain>`. */
  inboundDomain?: string;
  /**
   * Load the Powertools Tracer in every function (context `tracer=true`): a subsegment per
   * invocation and per AWS SDK call. Off by default (functions/shared/tracing.ts says why);
   * Lambda's active X-Ray tracing is on either way.
   */
  tracer: boolean;
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
/** Where personal data lives unless the operator says otherwise: an EU region (Stockholm). */
export const DEFAULT_REGION = 'eu-north-1';
/** `eu-north-1`, `us-gov-west-1`, `ap-southeast-4`: a region name, not an endpoint or a typo'd value. */
const REGION = /^[a-z]{2}(-[a-z]+)+-\d$/;
/** The placeholder sender of cdk.json: no SES identity can ever be verified for it. */
export const PLACEHOLDER_MAIL_FROM = 'privacy@example.com';
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

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

  const region = get('region') ?? DEFAULT_REGION;
  if (!REGION.test(region))
    throw new Error(
      `context region="${region}" is not an AWS region name (e.g. ${DEFAULT_REGION})`,
    );

  const mailFrom = get('mailFrom') ?? PLACEHOLDER_MAIL_FROM;
  if (!EMAIL.test(mailFrom))
    throw new Error(`context mailFrom="${mailFrom}" is not an email address`);

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
  const inboundDomain = get('inboundDomain')?.toLowerCase();
  if (inboundDomain !== undefined) {
    if (
      !/^([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/.test(
        inboundDomain,
      )
    )
      throw new Error(
        `context inboundDomain="${inboundDomain}" is not a domain name (e.g. inbound.your-shop.example)`,
      );
    if (!INBOUND_RECEIVING_REGIONS.includes(region))
      throw new Error(
        `context inboundDomain needs SES email receiving, which the SES Developer Guide lists for ${INBOUND_RECEIVING_REGIONS.join(', ')} (checked), not ${region}: deploy with -c region=eu-west-1, or check AWS's current list and extend INBOUND_RECEIVING_REGIONS (infra/constructs/inbound-channels.ts)`,
      );
  }
  const tracer = get('tracer') ?? 'false';
  if (tracer !== 'true' && tracer !== 'false')
    throw new Error(`context tracer="${tracer}" must be true or false`);

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
    region,
    mailFrom,
    publicBaseUrl,
    exportRetentionDays,
    ...(inboundDomain ? { inboundDomain } : {}),
    tracer: tracer === 'true',
    operatorEmails,
  };
}

/** The two stacks of a stage: `dsr-<stage>-data` (stateful, retained) and `dsr-<stage>-app`. */
export function stackNames(stage: string) {
  return { data: `dsr-${stage}-data`, app: `dsr-${stage}-app` };
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
  options: {
    outdir?: string;
    /**
     * Run cdk-nag and the Control Tower rules at synth (default). Only tests that check
     * something else of many variants of the app (one per region) turn them off.
     */
    policyValidation?: boolean;
  } = {},
): BuiltApp {
  const app = new App({
    context: { ...cdkJsonContext(), ...context },
    outdir: options.outdir,
  });
  const settings = readSettings(app);
  // The region comes from context, never from the CLI's profile: without it the CLI binds
  // us-east-1 and a GDPR deployment's personal data would land in the US by default. The account
  // stays the CLI's (unset offline: the templates then use AWS::AccountId).
  const env = {
    account: process.env.CDK_DEFAULT_ACCOUNT,
    region: settings.region,
  };
  const names = stackNames(settings.stage);

  const data = new DataStack(app, names.data, {
    env,
    description:
      'DSR stateful resources: table, export bucket, KMS key (RETAIN)',
    exportRetentionDays: settings.exportRetentionDays,
    ...(settings.inboundDomain
      ? { inboundReceiving: inboundNames(settings.stage) }
      : {}),
    // The key policy names the app's log groups by the app stack's name, not by reference.
    logGroupNamePatterns: appLogGroupNamePatterns(names.app),
    terminationProtection: settings.stage === 'prod',
  });
  const stateless = new AppStack(app, names.app, {
    env,
    description: 'DSR stateless resources: functions, HTTP API, state machine',
    stage: settings.stage,
    table: data.table,
    exportBucket: data.exportBucket,
    exportBucketArnExportName: data.exportBucketArnExportName,
    key: data.key,
    mailFrom: settings.mailFrom,
    publicBaseUrl: settings.publicBaseUrl,
    inboundBucket: data.inboundBucket,
    inboundBucketArnExportName: data.inboundBucketArnExportName,
    inboundDomain: settings.inboundDomain,
    tracer: settings.tracer,
    operatorEmails: settings.operatorEmails,
  });
  stateless.addStackDependency(data);

  for (const stack of [data, stateless]) {
    Tags.of(stack).add('app', 'dsr');
    Tags.of(stack).add('stage', settings.stage);
  }
  if (settings.mailFrom === PLACEHOLDER_MAIL_FROM)
    Annotations.of(stateless).addWarningV2(
      'dsr:mailFromPlaceholder',
      `mailFrom is the placeholder ${PLACEHOLDER_MAIL_FROM}, which SES can never verify: no email would go out. Deploy with -c mailFrom=<an address of your verified SES identity> (npm run deploy refuses the placeholder; npm run preflight -- --aws checks the identity).`,
    );
  Aspects.of(app).add(new GdprGuardrails());
  acknowledgeControlExceptions({ data, app: stateless });
  // Both run at every synth; an unacknowledged finding of either fails it.
  if (options.policyValidation !== false)
    Validations.of(app).addPlugins(
      new AwsSolutionsChecks(app),
      controlTowerValidator(),
    );
  return { app, settings, data, stateless };
}

// `tsx infra/app.ts` (the CDK CLI, CDK_OUTDIR set) synthesizes; importing it does not.
if (
  process.argv[1] &&
  import.meta.url === pathToFileURL(process.argv[1]).href
) {
  buildApp().app.synth();
}
