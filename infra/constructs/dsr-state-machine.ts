import { join } from 'node:path';
import { Aws, Fn, RemovalPolicy, Stack, Validations } from 'aws-cdk-lib';
import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import type { IKey } from 'aws-cdk-lib/aws-kms';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import {
  DefinitionBody,
  LogLevel,
  StateMachine,
  StateMachineType,
} from 'aws-cdk-lib/aws-stepfunctions';
import { Construct } from 'constructs';
import {
  type FunctionName,
  type StateMachineSpec,
  substitutionsFor,
} from '../wiring.ts';
import { REPO_ROOT } from './dsr-function.ts';

/**
 * Name prefix of state-machine log groups. The /aws/vendedlogs/ prefix keeps the CloudWatch Logs
 * resource policy small (AWS guidance); the data key's policy allows `<prefix><stack name>-*`.
 */
export const STATE_MACHINE_LOG_GROUP_PREFIX = '/aws/vendedlogs/states/';

export interface DsrStateMachineProps {
  spec: StateMachineSpec;
  /** Every function of wiring.ts; only those the ASL names are granted. */
  functions: Record<FunctionName, IFunction>;
  /**
   * Customer-managed key of the log group. Its key policy must let CloudWatch Logs use it for
   * `${STATE_MACHINE_LOG_GROUP_PREFIX}<stack name>-*` (DataStack's `logGroupNamePatterns`).
   */
  logKey: IKey;
  logRetention?: RetentionDays;
}

/**
 * A Standard state machine from an ASL file of `statemachines/`, deployed byte-for-byte as an asset
 * (the local runner executes the same file). Placeholders come from wiring.ts; logs carry events
 * but never execution data, in a log group encrypted with the CMK; the role may invoke the task
 * functions and nothing else.
 */
export class DsrStateMachine extends Construct {
  readonly stateMachine: StateMachine;
  readonly logGroup: LogGroup;
  /** Functions the definition invokes (values of `spec.functions`). */
  readonly taskFunctions: readonly FunctionName[];

  constructor(scope: Construct, id: string, props: DsrStateMachineProps) {
    super(scope, id);
    this.taskFunctions = [...new Set(Object.values(props.spec.functions))];

    // Named under the vended-logs prefix, and retained like every log group (its 30 days of
    // events outlive a destroy). A retained log group with a fixed name would make the next
    // deploy of the stack fail ("already exists"), so the name ends in the stack's own id, new
    // for each creation of the stack: `…/<stack name>-<id>-<stack uuid>`.
    this.logGroup = new LogGroup(this, 'LogGroup', {
      logGroupName: Fn.join('', [
        `${STATE_MACHINE_LOG_GROUP_PREFIX}${Stack.of(this).stackName}-${id}-`,
        Fn.select(2, Fn.split('/', Aws.STACK_ID)),
      ]),
      retention: props.logRetention ?? RetentionDays.ONE_MONTH,
      encryptionKey: props.logKey,
      removalPolicy: RemovalPolicy.RETAIN,
    });

    this.stateMachine = new StateMachine(this, 'StateMachine', {
      stateMachineType: StateMachineType.STANDARD,
      definitionBody: DefinitionBody.fromFile(join(REPO_ROOT, props.spec.file)),
      definitionSubstitutions: substitutionsFor(
        props.spec,
        (fn) => props.functions[fn].functionArn,
      ),
      tracingEnabled: true,
      logs: {
        destination: this.logGroup,
        level: LogLevel.ALL,
        includeExecutionData: false,
      },
    });

    // Unqualified ARNs only, as the ASL uses them (grantInvoke would add `<arn>:*` for every version).
    this.stateMachine.addToRolePolicy(
      new PolicyStatement({
        actions: ['lambda:InvokeFunction'],
        resources: this.taskFunctions.map(
          (fn) => props.functions[fn].functionArn,
        ),
      }),
    );

    Validations.of(this.stateMachine).acknowledge({
      id: 'AwsSolutions-IAM5[Resource::*]',
      reason:
        'Step Functions log delivery (logs:CreateLogDelivery, GetLogDelivery, …, DescribeLogGroups) and X-Ray (PutTraceSegments, GetSamplingRules, …) support no resource-level permissions.',
    });
  }
}
