/**
 * What the first real deploy needs and no local test can see: alarms that reach someone, exports
 * that outlive the workflow that reads them, a destroy and redeploy that work, edge throttles,
 * and a refusal of the placeholder sender. Each test reads the synthesized templates.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Match, Template } from 'aws-cdk-lib/assertions';
import type { CloudAssembly } from 'aws-cdk-lib/cx-api';
import { beforeAll, describe, expect, it } from 'vitest';
import { DELIVERED_KINDS } from '#domain/object-keys.ts';
import { type BuiltApp, buildApp } from '#infra/app.ts';
import { REPO_ROOT } from '#infra/constructs/dsr-function.ts';
import {
  WORKFLOW_WAITS,
  workingMaterialDays,
} from '#infra/stacks/data-stack.ts';
import { FUNCTIONS, ROUTES, routeThrottle, THROTTLES } from '#infra/wiring.ts';
import { GRACE_AFTER_DUE_MS } from '#use-cases/processor-job-support.ts';

type Resource = {
  Type: string;
  // biome-ignore lint/suspicious/noExplicitAny: synthesized CloudFormation JSON is untyped
  Properties: Record<string, any>;
  DeletionPolicy?: string;
  DependsOn?: string[];
};

let built: BuiltApp;
let assembly: CloudAssembly;
let data: Template;
let app: Template;

const resourcesOf = (template: Template, type: string) =>
  Object.entries(template.findResources(type)) as [string, Resource][];
/** The first resource of a list that must not be empty. */
const first = (found: [string, Resource][]): [string, Resource] => {
  expect(found.length).toBeGreaterThan(0);
  return found[0] as [string, Resource];
};

/** IAM ArnLike on a rendered ARN: `*` and `?` wildcards, `:`-separated parts matched alone. */
const arnLike = (pattern: string, arn: string) =>
  new RegExp(
    `^${pattern
      .replace(/[.+^${}()|[\]\\]/g, '\\$&')
      .replace(/\*/g, '.*')
      .replace(/\?/g, '.')}$`,
  ).test(arn);

beforeAll(() => {
  // The cdk.json defaults (placeholder sender); bundles are app.test.ts's concern.
  built = buildApp({ stage: 'test', 'aws:cdk:bundling-stacks': [] });
  assembly = built.app.synth(); // cdk-nag and Control Tower: throws on any unacknowledged finding
  data = Template.fromStack(built.data);
  app = Template.fromStack(built.stateless);
});

describe('alarms reach someone', () => {
  it('lets CloudWatch publish to the topic for this account’s alarms of this stack, beside the TLS Deny', () => {
    const [topicId] = first(resourcesOf(app, 'AWS::SNS::Topic'));
    const [, policy] = first(resourcesOf(app, 'AWS::SNS::TopicPolicy'));
    expect(policy.Properties.Topics).toEqual([{ Ref: topicId }]);
    const statements = policy.Properties.PolicyDocument.Statement as {
      Effect: string;
      Principal: unknown;
      Action: unknown;
      Condition?: Record<string, Record<string, unknown>>;
    }[];
    expect(statements).toContainEqual(
      expect.objectContaining({
        Effect: 'Deny',
        Condition: { Bool: { 'aws:SecureTransport': 'false' } },
      }),
    );
    const allow = statements.filter((s) => s.Effect === 'Allow');
    expect(allow).toHaveLength(1);
    expect(allow[0]).toMatchObject({
      Principal: { Service: 'cloudwatch.amazonaws.com' },
      Action: 'sns:Publish',
      Resource: { Ref: topicId },
      Condition: {
        StringEquals: { 'aws:SourceAccount': { Ref: 'AWS::AccountId' } },
        ArnLike: { 'aws:SourceArn': expect.anything() },
      },
    });
  });

  it('names every alarm on the topic so that the SourceArn pattern matches it', () => {
    const [, policy] = first(resourcesOf(app, 'AWS::SNS::TopicPolicy'));
    const allow = (
      policy.Properties.PolicyDocument.Statement as {
        Effect: string;
        Condition: { ArnLike: { 'aws:SourceArn': unknown } };
      }[]
    ).find((s) => s.Effect === 'Allow');
    const pattern = JSON.stringify(
      built.stateless.resolve(allow?.Condition.ArnLike['aws:SourceArn']),
    )
      .replace('{"Fn::Join":["",["', '')
      .replace('",{"Ref":"AWS::AccountId"},"', '111122223333')
      .replace('"]]}', '');
    const alarms = resourcesOf(app, 'AWS::CloudWatch::Alarm');
    expect(alarms.length).toBeGreaterThan(2 * Object.keys(FUNCTIONS).length);
    for (const [id, alarm] of alarms) {
      expect(alarm.Properties.AlarmActions, id).toHaveLength(1);
      const name = alarm.Properties.AlarmName;
      expect(typeof name, id).toBe('string');
      expect(
        arnLike(
          pattern,
          `arn:aws:cloudwatch:eu-north-1:111122223333:alarm:${name}`,
        ),
        `${name} vs ${pattern}`,
      ).toBe(true);
    }
    expect(
      arnLike(
        pattern,
        'arn:aws:cloudwatch:eu-north-1:111122223333:alarm:someone-else',
      ),
    ).toBe(false);
  });
});

describe('exports live as long as their request needs them', () => {
  const rules = () => {
    const [, bucket] = first(
      resourcesOf(data, 'AWS::S3::Bucket').filter(([id]) =>
        id.startsWith('Exports'),
      ),
    );
    return bucket?.Properties.LifecycleConfiguration.Rules as {
      Id: string;
      ExpirationInDays: number;
      TagFilters?: { Key: string; Value: string }[];
      Prefix?: string;
    }[];
  };

  it('keeps working material (parts, uploads, packages in review, anything untagged) for the longest wait', () => {
    const working = rules().find((r) => r.Id === 'expire-working-material');
    expect(working?.TagFilters).toBeUndefined();
    expect(working?.Prefix).toBeUndefined();
    expect(working?.ExpirationInDays).toBe(workingMaterialDays(30));
    // A part is read after the slowest job (latest due date + the jobs' grace); a package in
    // review is sent up to 13 weeks later and must then last exportRetentionDays.
    expect(working?.ExpirationInDays).toBeGreaterThan(
      WORKFLOW_WAITS.latestDueDays + GRACE_AFTER_DUE_MS / 86_400_000,
    );
    expect(working?.ExpirationInDays).toBeGreaterThan(
      WORKFLOW_WAITS.releaseReviewDays + 30,
    );
  });

  it('expires each delivered kind exportRetentionDays after it was written, by its tag', () => {
    const delivered = rules().filter((r) => r.TagFilters);
    expect(delivered.map((r) => r.TagFilters)).toEqual(
      DELIVERED_KINDS.map((kind) => [{ Key: 'dsr-kind', Value: kind }]),
    );
    for (const r of delivered) expect(r.ExpirationInDays).toBe(30);
  });

  it('derives its waits from the workflow as the ASL defines it', () => {
    const asl = JSON.stringify(
      JSON.parse(
        readFileSync(join(REPO_ROOT, 'statemachines/dsr.asl.json'), 'utf8'),
      ),
    );
    // A waiting task of a week, asked again while the attempt counter is under 13.
    for (const [placeholder, counter, days] of [
      [
        'RequestDecisionFunctionArn',
        'decisionAttempt',
        WORKFLOW_WAITS.decisionDays,
      ],
      [
        'RequestReleaseFunctionArn',
        'releaseAttempt',
        WORKFLOW_WAITS.releaseReviewDays,
      ],
    ] as const) {
      const task = new RegExp(
        `"FunctionName":"\\$\\{${placeholder}\\}"[^}]*}[^]*?"TimeoutSeconds":(\\d+)`,
      ).exec(asl);
      const attempts = new RegExp(
        `"Variable":"\\$\\.${counter}[^"]*","NumericLessThan":(\\d+)`,
      ).exec(asl);
      expect(Number(task?.[1]) * Number(attempts?.[1]), placeholder).toBe(
        days * 86_400,
      );
    }
  });

  it('lets the functions that read objects through the SDK list the request prefix, so a missing object is a 404, not a 403', () => {
    const access = (f: (typeof FUNCTIONS)[keyof typeof FUNCTIONS]) =>
      f.access as readonly string[];
    const listing = (access: string) =>
      Object.entries(FUNCTIONS)
        .filter(([, f]) => (f.access as readonly string[]).includes(access))
        .map(([name]) => name);
    const listers = resourcesOf(app, 'AWS::IAM::Policy')
      .filter(([, p]) =>
        (p.Properties.PolicyDocument.Statement as { Action: unknown }[]).some(
          (s) => [s.Action].flat().includes('s3:ListBucket'),
        ),
      )
      .map(([id]) => id.replace(/Role.*$/, ''));
    // exports:list (requests/*), the confirmation page's upload folders, the agents'
    // authorisation folders, the erasure of an offboarded merchant (exports:erase,
    // inbound:erase) and the webhook worker's reads of bodies an earlier version kept under
    // webhooks/ (inbound:legacy-webhooks), nobody else.
    expect(listers.sort()).toEqual(
      [
        ...new Set([
          ...listing('exports:list'),
          ...listing('exports:uploads'),
          ...listing('exports:erase'),
          ...listing('inbound:erase'),
          ...listing('exports:authority'),
          ...listing('inbound:legacy-webhooks'),
        ]),
      ].sort(),
    );
    expect(listing('exports:list')).toContain('CompleteRequest');
    expect(
      Object.entries(FUNCTIONS).every(
        ([, f]) =>
          !access(f).includes('exports:list') ||
          access(f).includes('exports:read'),
      ),
    ).toBe(true);
    app.hasResourceProperties('AWS::IAM::Policy', {
      PolicyDocument: {
        Statement: Match.arrayWith([
          {
            Action: 's3:ListBucket',
            Effect: 'Allow',
            Resource: { 'Fn::ImportValue': 'dsr-test-data-ExportBucketArn' },
            Condition: { StringLike: { 's3:prefix': ['requests/*'] } },
          },
        ]),
      },
    });
  });
});

describe('destroy and redeploy', () => {
  it('leaves no retained resource with a fixed name in the app stack', () => {
    const retained = Object.entries(
      app.toJSON().Resources as Record<string, Resource>,
    ).filter(([, r]) => r.DeletionPolicy === 'Retain');
    expect(retained.length).toBeGreaterThan(0); // the log groups
    for (const [id, r] of retained)
      for (const [prop, value] of Object.entries(r.Properties ?? {}))
        if (/Name$/.test(prop))
          expect(
            typeof value === 'string' ? value : JSON.stringify(value),
            `${id}.${prop}`,
          ).toContain('AWS::StackId');
  });

  it('names the state machine’s log group after this creation of the stack', () => {
    const [, machine] = first(
      resourcesOf(app, 'AWS::StepFunctions::StateMachine'),
    );
    const groupId =
      machine.Properties.LoggingConfiguration.Destinations[0]
        .CloudWatchLogsLogGroup.LogGroupArn['Fn::GetAtt'][0];
    const group = app.toJSON().Resources[groupId] as Resource;
    expect(group.DeletionPolicy).toBe('Retain');
    expect(group.Properties.LogGroupName).toEqual({
      'Fn::Join': [
        '',
        [
          '/aws/vendedlogs/states/dsr-test-app-DsrWorkflow-',
          {
            'Fn::Select': [2, { 'Fn::Split': ['/', { Ref: 'AWS::StackId' }] }],
          },
        ],
      ],
    });
  });

  it('deletes the alarm topic’s own key with the stack (no retained key per redeploy)', () => {
    const keys = resourcesOf(app, 'AWS::KMS::Key');
    expect(keys).toHaveLength(1);
    expect(keys[0]?.[1].DeletionPolicy).toBe('Delete');
  });

  it('npm run destroy removes the app stack of the stage, never the data stack', () => {
    const { scripts } = JSON.parse(
      readFileSync(join(REPO_ROOT, 'package.json'), 'utf8'),
    ) as { scripts: Record<string, string> };
    const destroy = scripts.destroy ?? '';
    expect(destroy).not.toContain('--all');
    const pattern = /cdk destroy '([^']+)'/.exec(destroy)?.[1] ?? '';
    const matches = (name: string) =>
      new RegExp(`^${pattern.replace(/\*/g, '[^/]*')}$`).test(name);
    expect(matches(built.stateless.stackName)).toBe(true);
    expect(matches('dsr-prod-app')).toBe(true);
    expect(matches(built.data.stackName)).toBe(false);
    expect(matches('dsr-prod-data')).toBe(false);
  });
});

describe('edge throttles', () => {
  it('gives the intake and every link route a throttle tighter than the stage default', () => {
    const [stageId, stage] = first(
      resourcesOf(app, 'AWS::ApiGatewayV2::Stage'),
    );
    expect(stage.Properties.DefaultRouteSettings).toEqual({
      ThrottlingRateLimit: THROTTLES.stage.rateLimit,
      ThrottlingBurstLimit: THROTTLES.stage.burstLimit,
    });
    const settings = stage.Properties.RouteSettings as Record<
      string,
      { ThrottlingRateLimit: number; ThrottlingBurstLimit: number }
    >;
    // Processors' callbacks and Shopify's webhooks share the stage default (a machine sender
    // retrying; a tight limit would lose its deliveries).
    const publicRoutes = ROUTES.filter(
      (r) =>
        !r.path.startsWith('/callbacks/') && !r.path.startsWith('/webhooks/'),
    );
    for (const route of publicRoutes) {
      const key = `${route.method} ${route.path}`;
      expect(routeThrottle(route), key).toBeDefined();
      expect(settings[key]?.ThrottlingRateLimit, key).toBeLessThan(
        THROTTLES.stage.rateLimit,
      );
      expect(settings[key]?.ThrottlingBurstLimit, key).toBeLessThan(
        THROTTLES.stage.burstLimit,
      );
    }
    // Route settings may only name routes that exist: the stage waits for all of them.
    const routeIds = resourcesOf(app, 'AWS::ApiGatewayV2::Route').map(
      ([id]) => id,
    );
    expect(app.toJSON().Resources[stageId].DependsOn).toEqual(
      expect.arrayContaining(routeIds),
    );
  });
});

describe('the sender', () => {
  it('warns at every synth while mailFrom is the placeholder SES can never verify', () => {
    // The messages of the synthesis above (Annotations.fromStack would synthesize again).
    const warnings = assembly
      .getStackByName(built.stateless.stackName)
      .messages.filter((m) => m.level === 'warning')
      .map((m) => String(m.entry.data));
    expect(
      warnings.filter((w) =>
        w.includes('mailFrom is the placeholder privacy@example.com'),
      ),
    ).toHaveLength(1);
  });
});
