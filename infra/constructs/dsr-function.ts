import { resolve } from 'node:path';
import {
  Arn,
  ArnFormat,
  Duration,
  Stack,
  Token,
  Validations,
} from 'aws-cdk-lib';
import {
  Policy,
  PolicyStatement,
  Role,
  ServicePrincipal,
} from 'aws-cdk-lib/aws-iam';
import type { IKey } from 'aws-cdk-lib/aws-kms';
import {
  Architecture,
  Function as LambdaFunction,
  Runtime,
  Tracing,
} from 'aws-cdk-lib/aws-lambda';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { IStateMachine } from 'aws-cdk-lib/aws-stepfunctions';
import { Construct } from 'constructs';
import { ENV, type FunctionSpec } from '../wiring.ts';
import { type DsrResources, grantAll } from './function-grants.ts';
import { ENTRY_FILE, functionCode } from './lambda-bundle.ts';

/** Repository root: entries in wiring.ts are relative to it, whatever the CWD of `cdk`/vitest. */
export const REPO_ROOT = resolve(import.meta.dirname, '../..');

export type { DsrResources };

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
  /**
   * Load the Powertools Tracer (`DSR_TRACER=true`): subsegments per invocation and per SDK call,
   * at the price of its async hooks. Default off; active X-Ray tracing is on either way.
   */
  tracer?: boolean;
}

/**
 * The house Lambda: Node.js 24 on arm64, a minified ESM bundle split into chunks with source maps
 * (lambda-bundle.ts), X-Ray, its own LogGroup with retention, encrypted with the CMK, and a role
 * that starts empty: every permission comes from an `Access` entry of wiring.ts through
 * {@link DsrFunction.bind} (no managed policies, no wildcard actions).
 */
/** The `access` entries that bind a function to the state machine (env, executions). */
export const WORKFLOW_USES = [
  'workflow:start',
  'workflow:read',
  'workflow:stop',
] as const;

export class DsrFunction extends Construct {
  readonly function: LambdaFunction;
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

    this.function = new LambdaFunction(this, 'Function', {
      code: functionCode(REPO_ROOT, props.spec.entry),
      handler: `${ENTRY_FILE.replace(/\.mjs$/, '')}.handler`,
      description: props.spec.description,
      runtime: Runtime.NODEJS_24_X,
      architecture: Architecture.ARM_64,
      memorySize: props.spec.memoryMb,
      timeout: Duration.seconds(props.spec.timeoutSeconds),
      tracing: Tracing.ACTIVE,
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
        ...(props.tracer ? { [ENV.tracer]: 'true' } : {}),
        ...props.environment,
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
    this.addEnvironment(ENV.publicBaseUrl, publicBaseUrl);
    grantAll(this, res);
    return this;
  }

  /**
   * `workflow:start`: env STATE_MACHINE_ARN and `states:StartExecution` on that machine only;
   * `workflow:read` / `workflow:stop`: describe (and stop) its executions.
   */
  bindWorkflow(stateMachine: IStateMachine): this {
    if (!WORKFLOW_USES.some((use) => this.spec.access.includes(use))) {
      throw new Error(
        `${this.node.id} has no workflow:start, :read or :stop access in wiring.ts`,
      );
    }
    this.addEnvironment(ENV.stateMachineArn, stateMachine.stateMachineArn);
    // A function that only stops executions (a merchant's offboarding) starts none.
    if (this.spec.access.includes('workflow:start'))
      this.role.addToPrincipalPolicy(
        new PolicyStatement({
          actions: ['states:StartExecution'],
          resources: [stateMachine.stateMachineArn],
        }),
      );
    if (this.spec.access.includes('workflow:stop')) {
      // The console's cancel stops the request's executions, found by name as the reconciler's.
      const stack = Stack.of(this);
      const name = Arn.split(
        stateMachine.stateMachineArn,
        ArnFormat.COLON_RESOURCE_NAME,
      ).resourceName;
      const label = (value: string, pseudo: string) =>
        Token.isUnresolved(value) ? `<AWS::${pseudo}>` : value;
      const arn = (l: (v: string, p: string) => string, n: string) =>
        `arn:${l(stack.partition, 'Partition')}:states:${l(stack.region, 'Region')}:${l(stack.account, 'AccountId')}:execution:${n}:*`;
      this.role.addToPrincipalPolicy(
        new PolicyStatement({
          actions: ['states:DescribeExecution', 'states:StopExecution'],
          resources: [arn((v) => v, `${name}`)],
        }),
      );
      Validations.of(this.role).acknowledge({
        id: `AwsSolutions-IAM5[Resource::${arn(label, JSON.stringify(stack.resolve(name)))}]`,
        reason:
          "The console's cancel and a merchant's offboarding find a request's executions by name and stop them; the grant is two actions on the executions of this state machine.",
      });
    }
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
}
