import { join, resolve } from 'node:path';
import {
  Arn,
  ArnFormat,
  Duration,
  Stack,
  Token,
  Validations,
} from 'aws-cdk-lib';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import {
  Effect,
  Policy,
  PolicyStatement,
  Role,
  ServicePrincipal,
} from 'aws-cdk-lib/aws-iam';
import type { IKey } from 'aws-cdk-lib/aws-kms';
import {
  Architecture,
  ParamsAndSecretsLayerVersion,
  ParamsAndSecretsVersions,
  Runtime,
  Tracing,
} from 'aws-cdk-lib/aws-lambda';
import { NodejsFunction, OutputFormat } from 'aws-cdk-lib/aws-lambda-nodejs';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { IBucket } from 'aws-cdk-lib/aws-s3';
import type { IStateMachine } from 'aws-cdk-lib/aws-stepfunctions';
import { Construct } from 'constructs';
import {
  type Access,
  ENV,
  EXPORTS,
  type FunctionSpec,
  SECRETS,
  TABLE,
} from '../wiring.ts';

/** Repository root: entries in wiring.ts are relative to it, whatever the CWD of `cdk`/vitest. */
export const REPO_ROOT = resolve(import.meta.dirname, '../..');

/** ESM bundles still meet CommonJS dependencies that call `require`; give them one. */
export const ESM_REQUIRE_BANNER =
  "import { createRequire as __dsrCreateRequire } from 'node:module'; const require = __dsrCreateRequire(import.meta.url);";

/** What the `Access` entries of wiring.ts can be granted on. */
export interface DsrResources {
  table: ITable;
  exportBucket: IBucket;
  /** ARN of the export bucket, as the app stack imports it (see DataStack.exportBucketArnExportName). */
  exportBucketArn: string;
  /** How nag prints {@link exportBucketArn} in a finding: the export name. */
  exportBucketArnLabel: string;
  /** The CMK of the table and the export bucket. */
  key: IKey;
  /** SES identity ARNs `ses:SendEmail` is allowed on (domain and/or address identity). */
  mailIdentityArns: readonly string[];
  /** Sender address: env MAIL_FROM and the `ses:FromAddress` condition. */
  mailFrom: string;
}

export interface DsrFunctionProps {
  spec: FunctionSpec;
  /**
   * Customer-managed key of the function's log group. Its key policy must let CloudWatch Logs
   * use it for `<stack name>-*` log groups (DataStack's `logGroupNamePatterns`).
   */
  logKey: IKey;
  /** Merged over the house defaults; the caller's values win. */
  environment?: Record<string, string>;
  logRetention?: RetentionDays;
  /** Powertools service name (default `dsr`). */
  serviceName?: string;
  /** Powertools log level (default `INFO`). */
  logLevel?: string;
}

/**
 * The house Lambda: Node.js 24 on arm64, minified ESM bundle with source maps, X-Ray, its own
 * LogGroup with retention, encrypted with the CMK, and a role that starts empty: every permission
 * comes from an `Access` entry of wiring.ts through {@link DsrFunction.bind} (no managed policies,
 * no wildcard actions).
 */
export class DsrFunction extends Construct {
  readonly function: NodejsFunction;
  readonly logGroup: LogGroup;
  readonly role: Role;
  readonly spec: FunctionSpec;

  constructor(scope: Construct, id: string, props: DsrFunctionProps) {
    super(scope, id);
    this.spec = props.spec;

    // No name: CloudFormation names it `<stack name>-<logical id>-<suffix>`, which the key
    // policy's `<stack name>-*` relies on.
    this.logGroup = new LogGroup(this, 'LogGroup', {
      retention: props.logRetention ?? RetentionDays.ONE_MONTH,
      encryptionKey: props.logKey,
    });
    this.role = new Role(this, 'Role', {
      assumedBy: new ServicePrincipal('lambda.amazonaws.com'),
      description: `${id}: ${props.spec.description}`.slice(0, 1000),
    });
    this.logGroup.grantWrite(this.role);

    this.function = new NodejsFunction(this, 'Function', {
      entry: join(REPO_ROOT, props.spec.entry),
      handler: 'handler',
      projectRoot: REPO_ROOT,
      depsLockFilePath: join(REPO_ROOT, 'package-lock.json'),
      description: props.spec.description,
      runtime: Runtime.NODEJS_24_X,
      architecture: Architecture.ARM_64,
      memorySize: props.spec.memoryMb,
      timeout: Duration.seconds(props.spec.timeoutSeconds),
      tracing: Tracing.ACTIVE,
      // Connector credentials come from Secrets Manager through the AWS extension (cached, no SDK).
      paramsAndSecrets: props.spec.access.includes('secrets:read')
        ? ParamsAndSecretsLayerVersion.fromVersion(
            ParamsAndSecretsVersions.V1_0_103,
          )
        : undefined,
      role: this.role,
      logGroup: this.logGroup,
      environment: {
        NODE_OPTIONS: ['--enable-source-maps', props.spec.nodeOptions]
          .filter(Boolean)
          .join(' '),
        POWERTOOLS_SERVICE_NAME: props.serviceName ?? 'dsr',
        POWERTOOLS_LOG_LEVEL: props.logLevel ?? 'INFO',
        // Error messages can quote personal data (an SES rejection names the recipient).
        POWERTOOLS_TRACER_CAPTURE_ERROR: 'false',
        POWERTOOLS_TRACER_CAPTURE_RESPONSE: 'false',
        ...props.environment,
      },
      bundling: {
        format: OutputFormat.ESM,
        target: 'node24',
        minify: true,
        sourceMap: true,
        sourcesContent: false,
        mainFields: ['module', 'main'],
        banner: ESM_REQUIRE_BANNER,
        // Bundle the SDK: the versions we test are the versions we run.
        bundleAwsSDK: true,
        externalModules: [],
      },
    });
    // The function must not be created before its role can write logs.
    this.function.node.addDependency(this.role);

    // X-Ray segments cannot be scoped to a resource; the callback grant adds states:SendTask* (below).
    Validations.of(this.role).acknowledge({
      id: 'AwsSolutions-IAM5[Resource::*]',
      reason: props.spec.access.includes('workflow:callback')
        ? 'xray:PutTraceSegments/PutTelemetryRecords and states:SendTaskSuccess/Failure/Heartbeat support no resource-level permissions (a task token is not a resource).'
        : 'xray:PutTraceSegments/PutTelemetryRecords support no resource-level permissions.',
    });
  }

  addEnvironment(name: string, value: string): this {
    this.function.addEnvironment(name, value);
    return this;
  }

  /** Grants every `Access` of the spec and sets the environment variables that go with it. */
  bind(res: DsrResources, publicBaseUrl: string): this {
    this.addEnvironment(ENV.tableName, res.table.tableName);
    this.addEnvironment(ENV.publicBaseUrl, publicBaseUrl);
    for (const access of this.spec.access) this.grant(access, res);
    return this;
  }

  /** `workflow:start`: env STATE_MACHINE_ARN and `states:StartExecution` on that machine only. */
  bindWorkflow(stateMachine: IStateMachine): this {
    if (!this.spec.access.includes('workflow:start')) {
      throw new Error(
        `${this.node.id} has no workflow:start access in wiring.ts`,
      );
    }
    this.addEnvironment(ENV.stateMachineArn, stateMachine.stateMachineArn);
    this.role.addToPrincipalPolicy(
      new PolicyStatement({
        actions: ['states:StartExecution'],
        resources: [stateMachine.stateMachineArn],
      }),
    );
    if (this.spec.access.includes('workflow:read')) {
      // Executions are found by name (`<requestId>`, `<requestId>-<n>`): one read action
      // on this machine's executions, never a listing.
      const stack = Stack.of(this);
      const name = Arn.split(
        stateMachine.stateMachineArn,
        ArnFormat.COLON_RESOURCE_NAME,
      ).resourceName;
      // cdk-nag names unresolved parts by their pseudo parameter or their CloudFormation JSON.
      const label = (value: string, pseudo: string) =>
        Token.isUnresolved(value) ? `<AWS::${pseudo}>` : value;
      const arn = (l: (v: string, p: string) => string, n: string) =>
        `arn:${l(stack.partition, 'Partition')}:states:${l(stack.region, 'Region')}:${l(stack.account, 'AccountId')}:execution:${n}:*`;
      this.role.addToPrincipalPolicy(
        new PolicyStatement({
          actions: ['states:DescribeExecution'],
          resources: [arn((v) => v, `${name}`)],
        }),
      );
      Validations.of(this.role).acknowledge({
        id: `AwsSolutions-IAM5[Resource::${arn(label, JSON.stringify(stack.resolve(name)))}]`,
        reason:
          'The reconciler reads the executions of its requests by name; the grant is one read action on the executions of this state machine.',
      });
    }
    return this;
  }

  /**
   * `workflow:continue`: `states:StartExecution` on the machine this function serves, in a policy
   * of its own. The machine's definition names the function's ARN, so the grant cannot sit in
   * the role's default policy (the function waits for that one: function → machine → function).
   * This policy waits for the machine instead, and the function reads the machine's ARN from its
   * task input (`$$.StateMachine.Id`), not from its environment.
   */
  bindContinuation(stateMachine: IStateMachine): this {
    if (!this.spec.access.includes('workflow:continue')) {
      throw new Error(
        `${this.node.id} has no workflow:continue access in wiring.ts`,
      );
    }
    new Policy(this, 'ContinuePolicy', {
      roles: [this.role],
      statements: [
        new PolicyStatement({
          actions: ['states:StartExecution'],
          resources: [stateMachine.stateMachineArn],
        }),
      ],
    });
    return this;
  }

  private grant(access: Access, res: DsrResources): void {
    const region = Stack.of(this).region;
    const allow = (
      actions: string[],
      resources: string[],
      conditions?: Record<string, unknown>,
    ) =>
      this.role.addToPrincipalPolicy(
        new PolicyStatement({
          effect: Effect.ALLOW,
          actions,
          resources,
          conditions,
        }),
      );
    const viaKms = (service: 'dynamodb' | 's3', actions: string[]) =>
      allow(actions, [res.key.keyArn], {
        StringEquals: {
          'kms:ViaService': `${service}.${region}.amazonaws.com`,
        },
      });
    const exportObjects = `${res.exportBucketArn}/${EXPORTS.keyPrefix}*`;

    switch (access) {
      case 'table:read':
        allow(
          [
            'dynamodb:GetItem',
            'dynamodb:BatchGetItem',
            'dynamodb:Query',
            'dynamodb:ConditionCheckItem',
          ],
          [
            res.table.tableArn,
            `${res.table.tableArn}/index/${TABLE.openByDueIndex.name}`,
            `${res.table.tableArn}/index/${TABLE.bySubjectIndex.name}`,
          ],
        );
        viaKms('dynamodb', ['kms:Decrypt', 'kms:DescribeKey']);
        return;
      case 'table:write':
        allow(
          [
            'dynamodb:PutItem',
            'dynamodb:UpdateItem',
            'dynamodb:DeleteItem',
            'dynamodb:BatchWriteItem',
          ],
          [res.table.tableArn],
        );
        viaKms('dynamodb', [
          'kms:Decrypt',
          'kms:DescribeKey',
          'kms:Encrypt',
          'kms:GenerateDataKey',
        ]);
        return;
      case 'exports:read':
        this.addEnvironment(ENV.exportBucket, res.exportBucket.bucketName);
        this.addEnvironment(ENV.presignSeconds, '600');
        allow(['s3:GetObject'], [exportObjects]);
        viaKms('s3', ['kms:Decrypt']);
        this.acknowledgeExportPrefix(res);
        return;
      case 'exports:write':
        this.addEnvironment(ENV.exportBucket, res.exportBucket.bucketName);
        // PutObject covers the multipart upload of a package; tagging needs its own action,
        // and a failed upload aborts its parts.
        allow(
          ['s3:PutObject', 's3:PutObjectTagging', 's3:AbortMultipartUpload'],
          [exportObjects],
        );
        viaKms('s3', ['kms:GenerateDataKey', 'kms:Decrypt']);
        this.acknowledgeExportPrefix(res);
        return;
      case 'exports:uploads':
        this.grantUploads(res, allow, viaKms);
        return;
      case 'exports:list-uploads':
        this.addEnvironment(ENV.exportBucket, res.exportBucket.bucketName);
        allow(['s3:ListBucket'], [res.exportBucketArn], {
          StringLike: { 's3:prefix': [EXPORTS.uploads] },
        });
        return;
      case 'mail:send':
        this.addEnvironment(ENV.mailFrom, res.mailFrom);
        allow(['ses:SendEmail'], [...res.mailIdentityArns], {
          StringEquals: { 'ses:FromAddress': res.mailFrom },
        });
        return;
      case 'workflow:start':
      case 'workflow:read':
      case 'workflow:continue':
        // Granted by bindWorkflow / bindContinuation once the state machine exists
        // (functions → machine → grant).
        return;
      case 'secrets:read': {
        const stack = Stack.of(this);
        // cdk-nag names unresolved parts by their pseudo parameter, resolved ones by value.
        const label = (value: string, pseudo: string) =>
          Token.isUnresolved(value) ? `<AWS::${pseudo}>` : value;
        const arn = (l: (v: string, p: string) => string) =>
          `arn:${l(stack.partition, 'Partition')}:secretsmanager:${l(region, 'Region')}:${l(stack.account, 'AccountId')}:secret:${SECRETS.prefix}*`;
        allow(['secretsmanager:GetSecretValue'], [arn((v) => v)]);
        Validations.of(this.role).acknowledge({
          id: `AwsSolutions-IAM5[Resource::${arn(label)}]`,
          reason: `Connector credentials are one secret per processor, named ${SECRETS.prefix}<merchant>/<processor>; the grant is one read action on that prefix.`,
        });
        return;
      }
      case 'workflow:callback':
        allow(
          [
            'states:SendTaskSuccess',
            'states:SendTaskFailure',
            'states:SendTaskHeartbeat',
          ],
          ['*'],
        );
        return;
    }
  }

  /**
   * `exports:uploads`, kept apart from the other grants: the confirmation page signs the browser's
   * upload form with this role, and S3 authorizes the POST as a PutObject (with its `tagging`, a
   * PutObjectTagging) by the signer, with SSE-KMS by the bucket's default key (GenerateDataKey);
   * the page then lists (ListBucket, only under the upload folders: `s3:prefix`), reads the first
   * bytes of (GetObject, Decrypt) and removes (DeleteObject) the files. A file's presence is
   * always learnt by listing: without s3:ListBucket, S3 answers a GetObject of a missing key with
   * 403, not 404 (GetObject API reference), and whether a ListBucket limited by `s3:prefix`
   * counts for that is not documented.
   */
  private grantUploads(
    res: DsrResources,
    allow: (
      actions: string[],
      resources: string[],
      conditions?: Record<string, unknown>,
    ) => void,
    viaKms: (service: 'dynamodb' | 's3', actions: string[]) => void,
  ): void {
    this.addEnvironment(ENV.exportBucket, res.exportBucket.bucketName);
    allow(
      [
        's3:PutObject',
        's3:PutObjectTagging',
        's3:GetObject',
        's3:DeleteObject',
      ],
      [`${res.exportBucketArn}/${EXPORTS.uploads}`],
    );
    allow(['s3:ListBucket'], [res.exportBucketArn], {
      StringLike: { 's3:prefix': [EXPORTS.uploads] },
    });
    viaKms('s3', ['kms:GenerateDataKey', 'kms:Decrypt']);
    Validations.of(this.role).acknowledge({
      id: `AwsSolutions-IAM5[Resource::${res.exportBucketArnLabel}/${EXPORTS.uploads}]`,
      reason: `Processors' uploads are keyed ${EXPORTS.uploads.replaceAll('*', '<…>')}: one folder per request and processor; the grant is limited to those folders.`,
    });
  }

  /** Object keys are per request, so object grants end in `requests/*`; nothing wider. */
  private acknowledgeExportPrefix(res: DsrResources): void {
    Validations.of(this.role).acknowledge({
      id: `AwsSolutions-IAM5[Resource::${res.exportBucketArnLabel}/${EXPORTS.keyPrefix}*]`,
      reason: `Export objects are keyed ${EXPORTS.keyPrefix}<requestId>/…; the grant is limited to that prefix and to one action.`,
    });
  }
}
