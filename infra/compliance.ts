/**
 * AWS Control Tower's proactive controls, run at every synth (`npm run synth`, `cdk deploy`, the
 * infra tests) by `@cdklabs/cdk-validator-cfnguard` beside cdk-nag: any finding not listed here
 * fails the synth. This file is the one place where a control is set aside, for named resources
 * only, each with the reason it does not apply to this system. An entry that matches no resource
 * fails the synth too, so the list cannot go stale.
 */
import { CfnGuardValidator } from '@cdklabs/cdk-validator-cfnguard';
import { CfnResource, type Stack, Validations } from 'aws-cdk-lib';
import type { IConstruct } from 'constructs';

export interface ControlException {
  /** The Control Tower control, e.g. `CT.LAMBDA.PR.3`. */
  control: string;
  /** The rule of the control as cfn-guard names it (the acknowledgement id). */
  rule: string;
  /** Which stack the resources are in. */
  stack: 'data' | 'app';
  /** Construct paths of the resources, below the stack (e.g. `Exports/Resource`). */
  resources: RegExp;
  /** Why the control does not apply to these resources. */
  reason: string;
  /** The resources exist only with some context (e.g. `inboundDomain`): no match is no error. */
  optional?: boolean;
}

export const CONTROL_EXCEPTIONS: readonly ControlException[] = [
  {
    control: 'CT.LAMBDA.PR.3',
    rule: 'lambda_inside_vpc_check',
    stack: 'app',
    resources: /^[A-Za-z]+\/Function\/Resource$/,
    reason:
      'No VPC: the functions reach only AWS APIs (DynamoDB, S3, SES, Step Functions, Secrets Manager, STS) and the processors’ public HTTPS APIs; there is no private network resource to protect, and a VPC would add NAT cost and cold-start latency without a boundary of its own.',
  },
  {
    control: 'CT.CLOUDWATCH.PR.2',
    rule: 'cloudwatch_log_group_retention_period_check',
    stack: 'app',
    resources: /(^|\/)(LogGroup|ApiAccessLogs)\/Resource$/,
    reason:
      'Data minimisation (GDPR Art. 5(1)(c), (e)): logs carry request ids, route keys and error names, and are kept 30 days; the audit trail of every request is in the table, not in the logs.',
  },
  {
    control: 'CT.CLOUDWATCH.PR.3',
    rule: 'cloudwatch_log_group_encrypted_check',
    stack: 'app',
    resources: /(^|\/)(LogGroup|ApiAccessLogs)\/Resource$/,
    reason:
      'Encrypted with the data stack’s customer-managed key: KmsKeyId is a cross-stack reference (Fn::GetStackOutput), which the static rule cannot follow (it accepts a literal ARN or a Ref/GetAtt in the same template); tests/infra asserts every log group names the data key.',
  },
  {
    control: 'CT.APIGATEWAY.PR.5',
    rule: 'api_gw_v2_authorization_type_configured_check',
    stack: 'app',
    resources: /^Api\/[A-Z]+--[^/]*\/Resource$/,
    reason:
      'Public by design: data subjects and processors have no account. The form and submit routes are open (per-route throttles, form token, rate limits); every other route is authorised by an unguessable, expiring, single-purpose link token or a processor signature checked in the handler.',
  },
  {
    control: 'CT.LAMBDA.PR.2',
    rule: 'lambda_function_public_access_prohibited_check',
    stack: 'app',
    resources: /^Api\/[A-Z]+--[^/]*\/[A-Za-z]+Integration-Permission$/,
    reason:
      'Each permission lets only API Gateway invoke the function, for one route of this API: SourceArn is execute-api:<region>:<account>:<api id>/*/<method>/<path>, built with Fn::Join, which the static rule does not accept as a reference.',
  },
  {
    control: 'CT.LAMBDA.PR.2',
    rule: 'lambda_function_public_access_prohibited_check',
    stack: 'app',
    resources: /^Inbound\/SesInvokesReceiveInboundMail$/,
    optional: true,
    reason:
      "Only SES may invoke ReceiveInboundMail, for this account's privacy-inbox receipt rule: SourceAccount is the account and SourceArn the rule's ARN, built with Fn::Join, which the static rule does not accept as a reference.",
  },
  {
    control: 'CT.S3.PR.11',
    rule: 's3_bucket_versioning_enabled_check',
    stack: 'data',
    resources: /^(Exports|AccessLogs|Inbound)\/Resource$/,
    reason:
      'An erasure must erase: exports and received messages hold personal data that has to disappear at expiry or on erasure, and noncurrent versions would keep it; access logs expire after 90 days for the same reason.',
  },
  {
    control: 'CT.S3.PR.9',
    rule: 's3_bucket_object_lock_enabled_check',
    stack: 'data',
    resources: /^(Exports|AccessLogs|Inbound)\/Resource$/,
    reason:
      'Object Lock (which requires versioning) would stop personal data from being deleted on time; deletion by lifecycle is the point of these buckets.',
  },
  {
    control: 'CT.S3.PR.10',
    rule: 's3_bucket_default_encryption_kms_check',
    stack: 'data',
    resources: /^AccessLogs\/Resource$/,
    reason:
      'SSE-S3 on the access-log bucket: S3 server access log delivery supports only SSE-S3 on the target bucket. The logs hold object keys (request ids), never object content.',
  },
  {
    control: 'CT.S3.PR.2',
    rule: 's3_bucket_logging_enabled_check',
    stack: 'data',
    resources: /^AccessLogs\/Resource$/,
    reason:
      'This bucket is the server-access-log target; logging it into itself would recurse.',
  },
];

/** Construct path below its stack: `dsr-dev-app/Api/GET--m--{merchantId}/Resource` → `Api/…`. */
const pathBelow = (stack: Stack, node: IConstruct) =>
  node.node.path.slice(stack.node.path.length + 1);

/**
 * Acknowledges each exception on its resources (cfn-guard findings are acknowledged as
 * `cdk-validator-cfnguard::<rule>`); throws on an exception that matches no resource.
 */
export function acknowledgeControlExceptions(stacks: {
  data: Stack;
  app: Stack;
}): void {
  for (const exception of CONTROL_EXCEPTIONS) {
    const stack = stacks[exception.stack];
    const matched = stack.node
      .findAll()
      .filter(
        (node) =>
          CfnResource.isCfnResource(node) &&
          exception.resources.test(pathBelow(stack, node)),
      );
    if (matched.length === 0 && !exception.optional)
      throw new Error(
        `infra/compliance.ts: the ${exception.control} exception matches no resource of ${stack.stackName}; remove or fix it`,
      );
    for (const node of matched)
      Validations.of(node).acknowledge({
        id: `cdk-validator-cfnguard::${exception.rule}`,
        reason: `${exception.control}: ${exception.reason}`,
      });
  }
}

/** The Control Tower validator: every bundled Control Tower rule, none disabled. */
export function controlTowerValidator(): CfnGuardValidator {
  return new CfnGuardValidator({
    controlTowerRulesEnabled: true,
    // The app template is large; cfn-guard's JSON report of it exceeds Node's 1 MB default.
    maxBuffer: 64 * 1024 * 1024,
  });
}
