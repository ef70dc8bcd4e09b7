import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { isBuiltin } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ArnFormat, Stack } from 'aws-cdk-lib';
import { Annotations, Match, Template } from 'aws-cdk-lib/assertions';
import { AwsSolutionsChecks } from 'cdk-nag';
import { build } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';
import { type BuiltApp, buildApp } from '#infra/app.ts';
import { REPO_ROOT } from '#infra/constructs/dsr-function.ts';
import {
  ENV,
  FUNCTIONS,
  type FunctionName,
  ROUTES,
  SCHEDULES,
  STATE_MACHINES,
  TABLE,
} from '#infra/wiring.ts';

type Resource = {
  Type: string;
  // biome-ignore lint/suspicious/noExplicitAny: synthesized CloudFormation JSON is untyped
  Properties: Record<string, any>;
  DeletionPolicy?: string;
  UpdateReplacePolicy?: string;
};
type Statement = {
  Effect: string;
  Action: string | string[];
  Resource: unknown;
};

// One app for the whole file: building it bundles every function with esbuild.
let built: BuiltApp;
let assemblyDir: string;
let data: Template;
let app: Template;

const resourcesOf = (template: Template, type: string) =>
  Object.entries(template.findResources(type)) as [string, Resource][];
const list = <T>(value: T | T[]): T[] =>
  Array.isArray(value) ? value : [value];

// Deploy-time values for rendering ARNs and principals the way CloudFormation will.
const PSEUDO: Record<string, string> = {
  'AWS::Partition': 'aws',
  'AWS::Region': 'eu-north-1',
  'AWS::AccountId': '111122223333',
  'AWS::URLSuffix': 'amazonaws.com',
  'AWS::StackId':
    'arn:aws:cloudformation:eu-north-1:111122223333:stack/dsr-test-app/5f0e6c90-0000-4000-8000-0a1b2c3d4e5f',
};
/** A synthesized string value (literal, pseudo-parameter Ref, Fn::Join/Select/Split) as deployed. */
function render(value: unknown): string {
  if (typeof value === 'string') return value;
  const v = value as {
    Ref?: string;
    'Fn::Join'?: [string, unknown[]];
    'Fn::Select'?: [number, unknown];
  };
  if (v.Ref && PSEUDO[v.Ref]) return PSEUDO[v.Ref] as string;
  if (v['Fn::Join']) return v['Fn::Join'][1].map(render).join(v['Fn::Join'][0]);
  if (v['Fn::Select']) {
    const [index, from] = v['Fn::Select'];
    const split = (from as { 'Fn::Split'?: [string, unknown] })['Fn::Split'];
    if (split) return render(split[1]).split(split[0])[index] as string;
  }
  throw new Error(`cannot render ${JSON.stringify(value)}`);
}
/** IAM ArnLike: each of the six `:`-separated parts matched alone, `*` and `?` as wildcards. */
function arnLike(pattern: string, arn: string): boolean {
  const parts = (s: string) => {
    const p = s.split(':');
    return [...p.slice(0, 5), p.slice(5).join(':')];
  };
  const [want, got] = [parts(pattern), parts(arn)];
  return want.every((w, i) => {
    const re = w.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*');
    return new RegExp(`^${re.replace(/\?/g, '.')}$`).test(got[i] ?? '');
  });
}

beforeAll(() => {
  // A real sender: the placeholder of cdk.json draws a synth warning (tested in deploy-safety).
  built = buildApp({ stage: 'test', mailFrom: 'privacy@shop.example' });
  // In-memory synth runs the cdk-nag plugin and throws with the report on any unacknowledged finding.
  assemblyDir = built.app.synth().directory;
  data = Template.fromStack(built.data);
  app = Template.fromStack(built.stateless);
});

describe('composition', () => {
  it('names the stacks after the stage', () => {
    expect(built.data.stackName).toBe('dsr-test-data');
    expect(built.stateless.stackName).toBe('dsr-test-app');
  });

  it('rejects an invalid stage before building anything', () => {
    expect(() => buildApp({ stage: 'Prod!' })).toThrow(/stage/);
  });
});

describe('data stack', () => {
  it('encrypts the table with the CMK, keeps PITR, deletion protection, TTL and RETAIN', () => {
    data.resourceCountIs('AWS::DynamoDB::Table', 1);
    const [keyId] = Object.keys(data.findResources('AWS::KMS::Key'));
    data.hasResource('AWS::DynamoDB::Table', {
      DeletionPolicy: 'Retain',
      UpdateReplacePolicy: 'Retain',
      Properties: Match.objectLike({
        BillingMode: 'PAY_PER_REQUEST',
        KeySchema: [
          { AttributeName: TABLE.partitionKey, KeyType: 'HASH' },
          { AttributeName: TABLE.sortKey, KeyType: 'RANGE' },
        ],
        SSESpecification: {
          SSEEnabled: true,
          SSEType: 'KMS',
          KMSMasterKeyId: { 'Fn::GetAtt': [keyId, 'Arn'] },
        },
        PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
        DeletionProtectionEnabled: true,
        TimeToLiveSpecification: { AttributeName: 'ttl', Enabled: true },
      }),
    });
  });

  it('has the open-by-due, by-subject and by-merchant GSIs of wiring.ts, without personal data in their projections', () => {
    data.hasResourceProperties('AWS::DynamoDB::Table', {
      GlobalSecondaryIndexes: Match.arrayWith(
        [TABLE.openByDueIndex, TABLE.bySubjectIndex, TABLE.byMerchantIndex].map(
          (index) =>
            Match.objectLike({
              IndexName: index.name,
              KeySchema: [
                { AttributeName: index.partitionKey, KeyType: 'HASH' },
                { AttributeName: index.sortKey, KeyType: 'RANGE' },
              ],
              Projection: {
                ProjectionType: 'INCLUDE',
                NonKeyAttributes: [...index.projected],
              },
            }),
        ),
      ),
    });
    for (const index of [TABLE.openByDueIndex, TABLE.byMerchantIndex])
      for (const field of [
        'email',
        'name',
        'details',
        'corrections',
        'orderNumber',
        'agent',
      ])
        expect(index.projected as readonly string[]).not.toContain(field);
  });

  it('keeps each GSI as first released: CloudFormation cannot change an index in place', () => {
    // An update that changes a GSI's key schema or projection fails ("Cannot update GSI's
    // properties other than Provisioned Throughput and Contributor Insights Specification"), so a
    // deployed table could never take it. Until the first release these may still change; after
    // it, a change is a new index name (add it, move the readers, then drop the old one), one
    // index created or deleted per deployment ("Cannot perform more than one GSI creation or
    // deletion in a single update").
    const [table] = Object.values(data.findResources('AWS::DynamoDB::Table'));
    const pinned = Object.fromEntries(
      (
        (table?.Properties.GlobalSecondaryIndexes ?? []) as {
          IndexName: string;
          KeySchema: { AttributeName: string }[];
          Projection: { NonKeyAttributes?: string[] };
        }[]
      ).map((i) => [
        i.IndexName,
        `${i.KeySchema.map((k) => k.AttributeName).join('+')} | ${(i.Projection.NonKeyAttributes ?? []).join(',')}`,
      ]),
    );
    expect(pinned).toEqual({
      openByDue:
        'gsi1pk+gsi1sk | requestId,merchantId,type,status,receivedAt,dueDate,dueAt,verifyBy,remindersSent',
      bySubject:
        'subjectHash+receivedAt | requestId,merchantId,type,status,completedAt',
      byMerchant:
        'merchantId+receivedAt | requestId,type,status,channel,dueDate,dueAt,completedAt,subjectRef,subjectHash,typePending,undelivered,agentGroup',
    });
  });

  it('has the sparse subject GSI of wiring.ts: keyed by the subject hash, projecting type, status and dates only', () => {
    const [table] = Object.values(data.findResources('AWS::DynamoDB::Table'));
    const indexes = (table?.Properties.GlobalSecondaryIndexes ?? []) as {
      IndexName: string;
      KeySchema: unknown;
      Projection: { ProjectionType: string; NonKeyAttributes: string[] };
    }[];
    const index = indexes.find(
      (i) => i.IndexName === TABLE.bySubjectIndex.name,
    );
    expect(index?.KeySchema).toEqual([
      { AttributeName: 'subjectHash', KeyType: 'HASH' },
      { AttributeName: 'receivedAt', KeyType: 'RANGE' },
    ]);
    expect(index?.Projection.ProjectionType).toBe('INCLUDE');
    expect([...(index?.Projection.NonKeyAttributes ?? [])].sort()).toEqual([
      'completedAt',
      'merchantId',
      'requestId',
      'status',
      'type',
    ]);
  });

  it('rotates the CMK and retains it', () => {
    data.hasResource('AWS::KMS::Key', {
      DeletionPolicy: 'Retain',
      Properties: Match.objectLike({ EnableKeyRotation: true }),
    });
  });

  it('locks the export bucket down: KMS, public access blocked, TLS only, expiry', () => {
    const [keyId] = Object.keys(data.findResources('AWS::KMS::Key'));
    data.hasResourceProperties('AWS::S3::Bucket', {
      BucketEncryption: {
        ServerSideEncryptionConfiguration: [
          {
            BucketKeyEnabled: true,
            ServerSideEncryptionByDefault: {
              SSEAlgorithm: 'aws:kms',
              KMSMasterKeyID: { 'Fn::GetAtt': [keyId, 'Arn'] },
            },
          },
        ],
      },
      PublicAccessBlockConfiguration: {
        BlockPublicAcls: true,
        BlockPublicPolicy: true,
        IgnorePublicAcls: true,
        RestrictPublicBuckets: true,
      },
      OwnershipControls: {
        Rules: [{ ObjectOwnership: 'BucketOwnerEnforced' }],
      },
      LoggingConfiguration: Match.objectLike({
        DestinationBucketName: Match.anyValue(),
      }),
      LifecycleConfiguration: {
        Rules: Match.arrayWith([
          Match.objectLike({
            Id: 'expire-working-material',
            Status: 'Enabled',
            AbortIncompleteMultipartUpload: { DaysAfterInitiation: 1 },
          }),
          Match.objectLike({
            Id: 'expire-delivered-access-package',
            Status: 'Enabled',
            ExpirationInDays: 30,
            TagFilters: [{ Key: 'dsr-kind', Value: 'access-package' }],
          }),
        ]),
      },
    });
    // Every bucket (exports, access logs, inbound) denies plain HTTP.
    const buckets = Object.keys(data.findResources('AWS::S3::Bucket'));
    expect(buckets).toHaveLength(3);
    for (const bucket of buckets) {
      data.hasResourceProperties('AWS::S3::BucketPolicy', {
        Bucket: { Ref: bucket },
        PolicyDocument: {
          Statement: Match.arrayWith([
            Match.objectLike({
              Effect: 'Deny',
              Action: 's3:*',
              Principal: { AWS: '*' },
              Condition: { Bool: { 'aws:SecureTransport': 'false' } },
            }),
          ]),
        },
      });
    }
  });
});

describe('log encryption (threat model I5)', () => {
  const stacks = () =>
    built.app.node.children.filter((c): c is Stack => c instanceof Stack);
  const logGroups = () =>
    stacks().flatMap((stack) =>
      resourcesOf(Template.fromStack(stack), 'AWS::Logs::LogGroup').map(
        ([id, group]) => ({ stack, id, group }),
      ),
    );
  const dataKey = () => {
    const [[keyId, key]] = resourcesOf(data, 'AWS::KMS::Key') as [
      [string, Resource],
    ];
    return { keyId, key };
  };
  /** The key a KmsKeyId names: same-stack GetAtt, or the data stack's output read cross-stack. */
  const keyBehind = (stack: Stack, kmsKeyId: unknown): unknown => {
    const ref = kmsKeyId as {
      'Fn::GetStackOutput'?: { StackName: string; OutputName: string };
      'Fn::ImportValue'?: string;
    };
    const outputs = data.toJSON().Outputs as Record<
      string,
      { Value: unknown; Export?: { Name: string } }
    >;
    if (ref?.['Fn::GetStackOutput']) {
      expect(ref['Fn::GetStackOutput'].StackName).toBe(built.data.stackName);
      return outputs[ref['Fn::GetStackOutput'].OutputName]?.Value;
    }
    if (ref?.['Fn::ImportValue'])
      return Object.values(outputs).find(
        (o) => o.Export?.Name === ref['Fn::ImportValue'],
      )?.Value;
    expect(stack, 'a GetAtt only works inside the data stack').toBe(built.data);
    return kmsKeyId;
  };
  /** The log group's name as deployed: its own, or CloudFormation's `<stack>-<logical id>-<suffix>`. */
  const deployedArn = (stack: Stack, id: string, group: Resource) =>
    render(
      stack.resolve(
        stack.formatArn({
          service: 'logs',
          resource: 'log-group',
          resourceName:
            group.Properties.LogGroupName === undefined
              ? `${stack.stackName}-${id}-1A2B3C4D5E6F`
              : render(group.Properties.LogGroupName),
          arnFormat: ArnFormat.COLON_RESOURCE_NAME,
        }),
      ),
    );
  const logsStatement = () => {
    const statements = dataKey().key.Properties.KeyPolicy
      .Statement as (Statement & {
      Principal?: { Service?: unknown };
      Condition?: Record<string, Record<string, unknown>>;
    })[];
    const region = render(built.data.resolve(built.data.region));
    const found = statements.filter(
      (st) =>
        st.Principal?.Service !== undefined &&
        render(st.Principal.Service) === `logs.${region}.amazonaws.com`,
    );
    expect(found).toHaveLength(1);
    return found[0] as (typeof statements)[number];
  };

  it('encrypts every log group of every stack with the data key', () => {
    const groups = logGroups();
    // One per function, the state machine's, the API access log.
    expect(groups.length).toBeGreaterThanOrEqual(
      Object.keys(FUNCTIONS).length + 2,
    );
    const { keyId } = dataKey();
    for (const { stack, id, group } of groups) {
      expect(
        group.Properties.KmsKeyId,
        `${stack.stackName}/${id}`,
      ).toBeDefined();
      expect(
        keyBehind(stack, group.Properties.KmsKeyId),
        `${stack.stackName}/${id}`,
      ).toEqual({ 'Fn::GetAtt': [keyId, 'Arn'] });
    }
  });

  it('leaves no log group to be created outside the templates, unencrypted', () => {
    for (const stack of stacks()) {
      const template = Template.fromStack(stack);
      template.resourceCountIs('Custom::LogRetention', 0);
      const groups = template.findResources('AWS::Logs::LogGroup');
      // Lambda creates /aws/lambda/<name> itself for a function without its own log group.
      for (const [id, fn] of resourcesOf(template, 'AWS::Lambda::Function')) {
        const ref = fn.Properties.LoggingConfig?.LogGroup?.Ref as string;
        expect(groups[ref], `${stack.stackName}/${id}`).toBeDefined();
      }
      for (const [id, machine] of resourcesOf(
        template,
        'AWS::StepFunctions::StateMachine',
      )) {
        for (const d of machine.Properties.LoggingConfiguration?.Destinations ??
          [])
          expect(
            groups[d.CloudWatchLogsLogGroup.LogGroupArn['Fn::GetAtt'][0]],
            `${stack.stackName}/${id}`,
          ).toBeDefined();
      }
      for (const [id, stage] of resourcesOf(
        template,
        'AWS::ApiGatewayV2::Stage',
      ))
        expect(
          groups[
            stage.Properties.AccessLogSettings?.DestinationArn?.[
              'Fn::GetAtt'
            ]?.[0]
          ],
          `${stack.stackName}/${id}`,
        ).toBeDefined();
    }
  });

  it('lets CloudWatch Logs use the key as AWS documents, for the log groups of this app only', () => {
    const statement = logsStatement();
    expect(statement.Effect).toBe('Allow');
    expect([...list(statement.Action)].sort()).toEqual([
      'kms:Decrypt*',
      'kms:Describe*',
      'kms:Encrypt*',
      'kms:GenerateDataKey*',
      'kms:ReEncrypt*',
    ]);
    expect(statement.Resource).toBe('*');
    expect(Object.keys(statement.Condition ?? {})).toEqual(['ArnLike']);
    expect(Object.keys(statement.Condition?.ArnLike ?? {})).toEqual([
      'kms:EncryptionContext:aws:logs:arn',
    ]);
    const patterns = list(
      statement.Condition?.ArnLike?.['kms:EncryptionContext:aws:logs:arn'],
    ).map(render);
    for (const { stack, id, group } of logGroups()) {
      const arn = deployedArn(stack, id, group);
      expect(
        patterns.some((p) => arnLike(p, arn)),
        `${arn} not in ${patterns}`,
      ).toBe(true);
    }
    const logGroupArn = (name: string) =>
      `arn:aws:logs:${PSEUDO['AWS::Region']}:${PSEUDO['AWS::AccountId']}:log-group:${name}`;
    for (const foreign of [
      '/aws/lambda/someone-else',
      'dsr-prod-app-ApiAccessLogsE9DF007D-1A2B3C4D5E6F',
      '/aws/vendedlogs/states/dsr-prod-app-DsrWorkflow',
      'dsr-test-data-AnyLogGroup-1A2B3C4D5E6F',
    ])
      expect(
        patterns.some((p) => arnLike(p, logGroupArn(foreign))),
        foreign,
      ).toBe(false);
  });

  it('grants no other service principal on the key', () => {
    const statements = dataKey().key.Properties.KeyPolicy.Statement as {
      Principal?: { Service?: unknown };
    }[];
    expect(statements.filter((st) => st.Principal?.Service)).toEqual([
      logsStatement(),
    ]);
  });
});

describe('functions', () => {
  const functions = () => resourcesOf(app, 'AWS::Lambda::Function');

  it('creates one function per wiring.ts entry', () => {
    expect(functions()).toHaveLength(Object.keys(FUNCTIONS).length);
    for (const name of Object.keys(FUNCTIONS)) {
      expect(
        functions().some(([id]) => id.startsWith(`${name}Function`)),
        name,
      ).toBe(true);
    }
  });

  it('bounds the V8 heap of the function that streams the access package', () => {
    const complete = functions().find(([id]) =>
      id.startsWith('CompleteRequest'),
    );
    expect(complete?.[1].Properties.Environment.Variables.NODE_OPTIONS).toBe(
      '--enable-source-maps --max-semi-space-size=8 --max-old-space-size=256',
    );
  });

  it('runs every function on nodejs24.x, arm64, with X-Ray and source maps', () => {
    for (const [id, fn] of functions()) {
      expect(fn.Properties.Runtime, id).toBe('nodejs24.x');
      expect(fn.Properties.Architectures, id).toEqual(['arm64']);
      expect(fn.Properties.TracingConfig, id).toEqual({ Mode: 'Active' });
      // Plus the function's own flags (CompleteRequest bounds the V8 heap of its stream).
      expect(fn.Properties.Environment.Variables.NODE_OPTIONS, id).toMatch(
        /^--enable-source-maps( --max-semi-space-size=8 --max-old-space-size=256)?$/,
      );
      expect(
        fn.Properties.Environment.Variables.POWERTOOLS_SERVICE_NAME,
        id,
      ).toBeDefined();
      // Traces never carry error messages or responses (they can quote personal data).
      expect(fn.Properties.Environment.Variables, id).toMatchObject({
        POWERTOOLS_TRACER_CAPTURE_ERROR: 'false',
        POWERTOOLS_TRACER_CAPTURE_RESPONSE: 'false',
      });
      // The Powertools Tracer is opt-in (context tracer=true); active tracing above is not.
      expect(
        fn.Properties.Environment.Variables.DSR_TRACER,
        id,
      ).toBeUndefined();
    }
  });

  it('gives every function its own log group with retention', () => {
    const logGroups = app.findResources('AWS::Logs::LogGroup');
    const used = new Set<string>();
    for (const [id, fn] of functions()) {
      const ref = fn.Properties.LoggingConfig?.LogGroup?.Ref as string;
      expect(logGroups[ref], id).toBeDefined();
      expect(logGroups[ref]?.Properties.RetentionInDays, id).toBeGreaterThan(0);
      used.add(ref);
    }
    expect(used.size).toBe(functions().length);
  });

  it('sets the environment each function needs from its access list', () => {
    for (const [name, spec] of Object.entries(FUNCTIONS)) {
      const [, fn] =
        functions().find(([id]) => id.startsWith(`${name}Function`)) ?? [];
      const vars = fn?.Properties.Environment.Variables as Record<
        string,
        unknown
      >;
      const access: readonly string[] = spec.access;
      expect(Object.keys(vars), name).toEqual(
        expect.arrayContaining([ENV.tableName, ENV.publicBaseUrl]),
      );
      expect(ENV.stateMachineArn in vars, name).toBe(
        access.includes('workflow:start'),
      );
      expect(ENV.mailFrom in vars, name).toBe(access.includes('mail:send'));
      expect(ENV.exportBucket in vars, name).toBe(
        access.some((a) => a.startsWith('exports:')),
      );
    }
  });

  it('starts every bundle with only the environment its grants give it, installing no async hook', () => {
    // As Lambda loads it: the built index.mjs, in a fresh Node, with the function's own
    // variables (deploy-time references replaced by placeholders) and nothing else.
    const assets = JSON.parse(
      readFileSync(join(assemblyDir, 'dsr-test-app.assets.json'), 'utf8'),
    ) as { files: Record<string, { source: { path: string } }> };
    const failures: string[] = [];
    for (const name of Object.keys(FUNCTIONS)) {
      const [, fn] =
        functions().find(([id]) => id.startsWith(`${name}Function`)) ?? [];
      const hash = String(fn?.Properties.Code.S3Key).replace(/\.zip$/, '');
      const bundle = join(
        assemblyDir,
        assets.files[hash]?.source.path ?? '',
        'index.mjs',
      );
      const vars = Object.fromEntries(
        Object.entries(
          fn?.Properties.Environment.Variables as Record<string, unknown>,
        ).map(([k, v]) => [
          k,
          typeof v === 'string' ? v : `https://deploy-time.example/${k}`,
        ]),
      );
      // Counting async hooks installed at import: none while the tracer is off (the default).
      const script = [
        "import hooks from 'node:async_hooks';",
        "import { syncBuiltinESMExports } from 'node:module';",
        'let created = 0;',
        'const createHook = hooks.createHook;',
        'hooks.createHook = (...args) => { created++; return createHook(...args); };',
        'syncBuiltinESMExports();',
        `await import(${JSON.stringify(pathToFileURL(bundle).href)});`,
        "if (created) throw new Error(created + ' async hook(s) installed at import');",
      ].join('\n');
      const run = spawnSync(
        process.execPath,
        ['--input-type=module', '-e', script],
        {
          env: { PATH: process.env.PATH, AWS_REGION: 'eu-north-1', ...vars },
          encoding: 'utf8',
          timeout: 30_000,
        },
      );
      if (run.status !== 0)
        failures.push(`${name}: ${run.stderr.slice(0, 800)}`);
    }
    expect(failures).toEqual([]);
  });

  it('writes minified ESM bundles split into chunks, the AWS SDK inside, moment nowhere', async () => {
    const assets = JSON.parse(
      readFileSync(join(assemblyDir, 'dsr-test-app.assets.json'), 'utf8'),
    ) as {
      files: Record<string, { source: { path: string; packaging?: string } }>;
    };
    const zips = Object.values(assets.files).filter(
      (f) => f.source.packaging === 'zip',
    );
    expect(zips).toHaveLength(Object.keys(FUNCTIONS).length);
    for (const zip of zips) {
      const dir = join(assemblyDir, zip.source.path);
      const files = readdirSync(dir);
      expect(files, zip.source.path).toContain('index.mjs');
      // Split: the entry imports chunks; what a rare path needs stays in chunks of its own.
      expect(
        files.filter((f) => /^chunk-\w+\.mjs$/.test(f)).length,
        zip.source.path,
      ).toBeGreaterThan(1);
      // The packages the source maps of every file of the bundle name.
      const sources = new Set<string>();
      for (const f of files.filter((f) => f.endsWith('.mjs'))) {
        const map = JSON.parse(readFileSync(join(dir, `${f}.map`), 'utf8')) as {
          sources: string[];
        };
        for (const source of map.sources) sources.add(source);
      }
      // Nothing is left for the runtime to resolve but Node's built-ins (esbuild reads the
      // output's imports, static and dynamic): the SDK we test is the SDK we deploy, not the
      // runtime's copy.
      const { metafile } = await build({
        entryPoints: [join(dir, 'index.mjs')],
        bundle: true,
        packages: 'external',
        platform: 'node',
        format: 'esm',
        write: false,
        metafile: true,
        logLevel: 'silent',
      });
      const unresolved = Object.values(metafile.inputs).flatMap((input) =>
        input.imports
          .filter((i) => i.external && !isBuiltin(i.path))
          .map((i) => i.path),
      );
      expect(unresolved, zip.source.path).toEqual([]);
      const packages = new Set(
        [...sources].flatMap(
          (s) => s.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/)?.[1] ?? [],
        ),
      );
      expect(packages, zip.source.path).toContain('@aws-sdk/client-dynamodb');
      // The deadline engine reads zones through Intl (moment-shim.ts), not moment-timezone.
      expect(packages.has('moment'), zip.source.path).toBe(false);
      expect(packages.has('moment-timezone'), zip.source.path).toBe(false);
    }
  });
});

describe('state machine', () => {
  const asl = readFileSync(
    join(REPO_ROOT, STATE_MACHINES.DsrWorkflow.file),
    'utf8',
  );
  const placeholders = [
    ...new Set([...asl.matchAll(/\$\{([A-Za-z0-9_]+)\}/g)].map((m) => m[1])),
  ].sort();

  it('is Standard, traced, logs without execution data, and loads the ASL file as an asset', () => {
    app.hasResourceProperties('AWS::StepFunctions::StateMachine', {
      StateMachineType: 'STANDARD',
      TracingConfiguration: { Enabled: true },
      LoggingConfiguration: Match.objectLike({
        IncludeExecutionData: false,
        Level: Match.anyValue(),
      }),
      DefinitionS3Location: Match.objectLike({
        Bucket: Match.anyValue(),
        Key: Match.stringLikeRegexp('\\.json$'),
      }),
      DefinitionString: Match.absent(),
    });
  });

  it('substitutes exactly the placeholders of the ASL file, each with the function of wiring.ts', () => {
    const [[, machine]] = resourcesOf(
      app,
      'AWS::StepFunctions::StateMachine',
    ) as [[string, Resource]];
    const substitutions = machine.Properties.DefinitionSubstitutions as Record<
      string,
      { 'Fn::GetAtt': [string, string] }
    >;
    expect(Object.keys(substitutions).sort()).toEqual(placeholders);
    expect(placeholders.sort()).toEqual(
      Object.keys(STATE_MACHINES.DsrWorkflow.functions).sort(),
    );
    for (const [placeholder, fn] of Object.entries(
      STATE_MACHINES.DsrWorkflow.functions,
    )) {
      expect(substitutions[placeholder]?.['Fn::GetAtt'][0]).toMatch(
        new RegExp(`^${fn}Function`),
      );
    }
  });

  it('deploys the ASL file byte for byte', () => {
    const assets = JSON.parse(
      readFileSync(join(assemblyDir, 'dsr-test-app.assets.json'), 'utf8'),
    ) as {
      files: Record<string, { source: { path: string; packaging?: string } }>;
    };
    const file = Object.values(assets.files).find((f) =>
      f.source.path.endsWith('.json'),
    );
    expect(file).toBeDefined();
    expect(
      readFileSync(join(assemblyDir, file?.source.path ?? ''), 'utf8'),
    ).toBe(asl);
  });

  it('may invoke the task functions and nothing else', () => {
    const [[roleId]] = resourcesOf(app, 'AWS::StepFunctions::StateMachine').map(
      ([, m]) => [
        (m.Properties.RoleArn as { 'Fn::GetAtt': [string] })['Fn::GetAtt'][0],
      ],
    ) as [[string]];
    const policies = resourcesOf(app, 'AWS::IAM::Policy').filter(([, p]) =>
      (p.Properties.Roles as { Ref: string }[]).some((r) => r.Ref === roleId),
    );
    const invoke = policies
      .flatMap(([, p]) => p.Properties.PolicyDocument.Statement as Statement[])
      .filter((s) => list(s.Action).includes('lambda:InvokeFunction'));
    const targets = invoke.flatMap((s) =>
      list(s.Resource as { 'Fn::GetAtt': [string, string] }[]),
    );
    const expected = [
      ...new Set(Object.values(STATE_MACHINES.DsrWorkflow.functions)),
    ];
    expect(targets).toHaveLength(expected.length);
    for (const fn of expected) {
      expect(
        targets.some((t) => t['Fn::GetAtt']?.[0].startsWith(`${fn}Function`)),
        fn,
      ).toBe(true);
    }
  });
});

describe('schedules and alarms', () => {
  it('runs each SCHEDULES entry on its rate, targeting its function', () => {
    const rules = resourcesOf(app, 'AWS::Events::Rule').filter(
      ([, r]) => r.Properties.ScheduleExpression,
    );
    expect(rules).toHaveLength(SCHEDULES.length);
    for (const schedule of SCHEDULES) {
      const rule = rules.find(([id]) => id.startsWith(schedule.id));
      expect(rule, schedule.id).toBeDefined();
      expect(rule?.[1].Properties.ScheduleExpression).toBe(
        `rate(${schedule.everyMinutes === 60 ? '1 hour' : `${schedule.everyMinutes} minutes`})`,
      );
      const target = JSON.stringify(rule?.[1].Properties.Targets);
      expect(target).toContain(schedule.fn);
    }
  });

  it('alarms as soon as one request is overdue', () => {
    app.hasResourceProperties('AWS::CloudWatch::Alarm', {
      Namespace: 'DsrOrchestrator',
      MetricName: 'OverdueRequests',
      Dimensions: [{ Name: 'service', Value: 'dsr' }],
      Threshold: 0,
      ComparisonOperator: 'GreaterThanThreshold',
      TreatMissingData: 'notBreaching',
    });
  });
});

describe('HTTP API', () => {
  it('has one route per ROUTES entry, integrated with the right function', () => {
    const routes = resourcesOf(app, 'AWS::ApiGatewayV2::Route');
    const integrations = app.findResources('AWS::ApiGatewayV2::Integration');
    expect(routes).toHaveLength(ROUTES.length);
    for (const route of ROUTES) {
      const found = routes.find(
        ([, r]) => r.Properties.RouteKey === `${route.method} ${route.path}`,
      );
      expect(found, `${route.method} ${route.path}`).toBeDefined();
      const target = JSON.stringify(found?.[1].Properties.Target);
      const integrationId = Object.keys(integrations).find((id) =>
        target.includes(id),
      );
      const uri = integrations[integrationId ?? '']?.Properties
        .IntegrationUri as { 'Fn::GetAtt': [string] };
      expect(uri['Fn::GetAtt'][0], route.path).toMatch(
        new RegExp(`^${route.fn}Function`),
      );
    }
  });

  it('gives only the form and the intake the intake secret, resolved at deploy time', () => {
    const secrets = resourcesOf(app, 'AWS::SecretsManager::Secret');
    const [intake] = secrets.filter(([id]) => id.startsWith('IntakeSecret'));
    expect(intake?.[1].Properties.GenerateSecretString).toMatchObject({
      PasswordLength: 64,
    });
    const holders = resourcesOf(app, 'AWS::Lambda::Function')
      .filter(([, fn]) => fn.Properties.Environment?.Variables?.INTAKE_SECRET)
      .map(([id, fn]) => {
        // A dynamic reference, never the value itself.
        expect(
          JSON.stringify(fn.Properties.Environment.Variables.INTAKE_SECRET),
        ).toContain('{{resolve:secretsmanager:');
        return id;
      });
    expect(holders).toHaveLength(2);
    expect(holders.some((id) => id.startsWith('ShowRequestForm'))).toBe(true);
    expect(holders.some((id) => id.startsWith('SubmitRequest'))).toBe(true);
  });

  it('throttles the default stage and logs access without paths, IPs or bodies', () => {
    app.hasResourceProperties('AWS::ApiGatewayV2::Stage', {
      StageName: '$default',
      DefaultRouteSettings: {
        ThrottlingRateLimit: 20,
        ThrottlingBurstLimit: 40,
      },
      AccessLogSettings: {
        DestinationArn: Match.anyValue(),
        Format: Match.anyValue(),
      },
    });
    const [[, stage]] = resourcesOf(app, 'AWS::ApiGatewayV2::Stage') as [
      [string, Resource],
    ];
    const format = stage.Properties.AccessLogSettings.Format as string;
    expect(format).toContain('$context.routeKey');
    for (const leak of [
      '$context.path',
      'sourceIp',
      'userAgent',
      '$request.',
      '$context.authorizer',
    ]) {
      expect(format).not.toContain(leak);
    }
  });

  it('outputs the URLs, the state machine, the table and the bucket', () => {
    const outputs = Object.keys(app.findOutputs('*'));
    expect(outputs).toEqual(
      expect.arrayContaining([
        'ApiUrl',
        'MerchantFormUrl',
        'DsrWorkflowStateMachineArn',
        'TableName',
        'ExportBucketName',
      ]),
    );
    app.hasOutput('MerchantFormUrl', {
      Value: { 'Fn::Join': ['', [Match.anyValue(), '/m/lastu']] },
    });
  });
});

describe('IAM', () => {
  // Actions that have no resource-level permissions: X-Ray, task tokens, vended log delivery (SFN).
  const RESOURCE_STAR_OK =
    /^(xray:(PutTraceSegments|PutTelemetryRecords|GetSamplingRules|GetSamplingTargets)|states:SendTask(Success|Failure|Heartbeat)|logs:(CreateLogDelivery|GetLogDelivery|UpdateLogDelivery|DeleteLogDelivery|ListLogDeliveries|PutResourcePolicy|DescribeResourcePolicies|DescribeLogGroups))$/;

  const statements = () =>
    [data, app].flatMap((t) => [
      ...resourcesOf(t, 'AWS::IAM::Policy').flatMap(
        ([, p]) => p.Properties.PolicyDocument.Statement as Statement[],
      ),
      ...resourcesOf(t, 'AWS::IAM::Role').flatMap(([, r]) =>
        (
          (r.Properties.Policies ?? []) as {
            PolicyDocument: { Statement: Statement[] };
          }[]
        ).flatMap((p) => p.PolicyDocument.Statement),
      ),
    ]);

  it('never allows `*` or `service:*` actions', () => {
    const allows = statements().filter((s) => s.Effect === 'Allow');
    expect(allows.length).toBeGreaterThan(20);
    for (const s of allows) {
      for (const action of list(s.Action))
        expect(action).not.toMatch(/(^\*$|:\*$)/);
    }
  });

  it("uses Resource '*' only for actions that cannot be scoped", () => {
    for (const s of statements().filter(
      (st) => st.Effect === 'Allow' && list(st.Resource).includes('*'),
    )) {
      for (const action of list(s.Action))
        expect(action).toMatch(RESOURCE_STAR_OK);
    }
  });

  it('grants states:StartExecution only to workflow:start and workflow:continue functions, on the state machine only', () => {
    const holding = (access: string) =>
      Object.entries(FUNCTIONS)
        .filter(([, spec]) =>
          (spec.access as readonly string[]).includes(access),
        )
        .map(([name]) => name as FunctionName);
    const starters = holding('workflow:start');
    const continuers = holding('workflow:continue');
    expect(continuers).toEqual(['ContinueExecution']);
    for (const [id, policy] of resourcesOf(app, 'AWS::IAM::Policy')) {
      const start = (
        policy.Properties.PolicyDocument.Statement as Statement[]
      ).filter((s) => list(s.Action).includes('states:StartExecution'));
      const owner =
        starters.find((name) => id.startsWith(`${name}Role`)) ??
        continuers.find((name) => id.startsWith(`${name}ContinuePolicy`));
      expect(start.length > 0, id).toBe(owner !== undefined);
      for (const s of start)
        expect(s.Resource).toEqual({
          Ref: expect.stringMatching(/^DsrWorkflowStateMachine/),
        });
    }
  });

  it('lets the task that continues an execution start its own machine without a cycle: a policy of its own, after the machine', () => {
    // Prepare
    const resources = app.toJSON().Resources as Record<
      string,
      Resource & { DependsOn?: string[] }
    >;
    const [policyId, policy] =
      resourcesOf(app, 'AWS::IAM::Policy').find(([id]) =>
        id.startsWith('ContinueExecutionContinuePolicy'),
      ) ?? [];
    const [fnId, fn] =
      resourcesOf(app, 'AWS::Lambda::Function').find(([id]) =>
        id.startsWith('ContinueExecutionFunction'),
      ) ?? [];
    const [machineId, machine] =
      resourcesOf(app, 'AWS::StepFunctions::StateMachine')[0] ?? [];

    // Assess: one statement, StartExecution on this machine, attached to the function's role.
    expect(policy?.Properties.PolicyDocument.Statement).toEqual([
      {
        Effect: 'Allow',
        Action: 'states:StartExecution',
        Resource: { Ref: machineId },
      },
    ]);
    expect(policy?.Properties.Roles).toEqual([
      { Ref: expect.stringMatching(/^ContinueExecutionRole/) },
    ]);
    // The machine names the function; neither the function nor the machine waits for the policy.
    expect(
      JSON.stringify(machine?.Properties.DefinitionSubstitutions),
    ).toContain(fnId);
    expect(resources[fnId ?? '']?.DependsOn ?? []).not.toContain(policyId);
    expect(resources[machineId ?? '']?.DependsOn ?? []).not.toContain(policyId);
    // It reads the machine from its task input ($$.StateMachine.Id), not from its environment.
    expect(fn?.Properties.Environment.Variables).not.toHaveProperty(
      ENV.stateMachineArn,
    );
  });

  it("grants states:DescribeExecution only to workflow:read and workflow:stop functions, and StopExecution only to the latter, on the machine's executions only", () => {
    const having = (access: string) =>
      Object.entries(FUNCTIONS)
        .filter(([, spec]) =>
          (spec.access as readonly string[]).includes(access),
        )
        .map(([name]) => name as FunctionName);
    const readers = having('workflow:read');
    const stoppers = having('workflow:stop');
    expect(readers).toEqual(['ReconcileRequests']);
    expect(stoppers).toEqual(['Console']);
    for (const [id, policy] of resourcesOf(app, 'AWS::IAM::Policy')) {
      const statements = policy.Properties.PolicyDocument
        .Statement as Statement[];
      const describe = statements.filter((s) =>
        list(s.Action).includes('states:DescribeExecution'),
      );
      const stop = statements.filter((s) =>
        list(s.Action).includes('states:StopExecution'),
      );
      const reader = readers.some((name) => id.startsWith(`${name}Role`));
      const stopper = stoppers.some((name) => id.startsWith(`${name}Role`));
      expect(describe.length > 0, id).toBe(reader || stopper);
      expect(stop.length > 0, id).toBe(stopper);
      for (const s of describe) {
        expect(list(s.Action)).toEqual(
          stopper
            ? ['states:DescribeExecution', 'states:StopExecution']
            : ['states:DescribeExecution'],
        );
        const resource = JSON.stringify(s.Resource);
        expect(resource).toContain(':execution:');
        expect(resource).toMatch(/DsrWorkflowStateMachine/);
      }
    }
  });

  it('lets the decision page read the subject index (earlier requests), which no write reaches', () => {
    const [, policy] =
      resourcesOf(app, 'AWS::IAM::Policy').find(([id]) =>
        id.startsWith('DecideRequestRole'),
      ) ?? [];
    const document = policy?.Properties.PolicyDocument.Statement as Statement[];
    const query = document.filter((s) =>
      list(s.Action).includes('dynamodb:Query'),
    );
    expect(JSON.stringify(query.map((s) => s.Resource))).toContain(
      `/index/${TABLE.bySubjectIndex.name}`,
    );
    const writes = statements().filter((s) =>
      list(s.Action).some((a) => /^dynamodb:(Put|Update|Delete)/.test(a)),
    );
    expect(JSON.stringify(writes.map((s) => s.Resource))).not.toContain(
      '/index/',
    );
  });

  it('scopes ses:SendEmail to the identities and the sender address', () => {
    app.hasResourceProperties('AWS::IAM::Policy', {
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({
            Action: 'ses:SendEmail',
            Condition: {
              StringEquals: { 'ses:FromAddress': built.settings.mailFrom },
            },
            Resource: Match.not(Match.arrayWith(['*'])),
          }),
        ]),
      },
    });
  });
});

describe('cdk-nag (AwsSolutions)', () => {
  it('reports no unacknowledged finding', () => {
    const report = new AwsSolutionsChecks().validateScope(built.app);
    expect(
      report.violations.map(
        (v) =>
          `${v.ruleName} ${v.violatingResources.map((r) => r.constructPath)}`,
      ),
    ).toEqual([]);
    expect(report.success).toBe(true);
  });

  it('left a clean validation report and no error or warning annotation', () => {
    const report = JSON.parse(
      readFileSync(join(assemblyDir, 'validation-report.json'), 'utf8'),
    ) as {
      pluginReports: { conclusion: string; violations: unknown[] }[];
    };
    expect(report.pluginReports.flatMap((r) => r.violations)).toEqual([]);
    for (const stack of [built.data, built.stateless]) {
      const annotations = Annotations.fromStack(stack);
      expect(annotations.findError('*', Match.anyValue())).toEqual([]);
      expect(annotations.findWarning('*', Match.anyValue())).toEqual([]);
    }
  });
});
