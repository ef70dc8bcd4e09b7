import { AnyPrincipal, Effect, PolicyStatement } from 'aws-cdk-lib/aws-iam';
import type { Key } from 'aws-cdk-lib/aws-kms';

/**
 * AWS Control Tower CT.KMS.PR.3: grants on the key may be created only for AWS resources (DynamoDB
 * creates its grants on a CMK table itself) or by AWS services; nobody may hand out a grant to a
 * principal of their choosing. AWS KMS Developer Guide, "Grants in AWS KMS" and the condition key
 * `kms:GrantIsForAWSResource`; the statement shape is the control's remediation (a Deny for all
 * principals, BoolIfExists both keys false), checked at synth by cdk-validator-cfnguard.
 */
export function denyGrantsExceptForAwsServices(key: Key): void {
  key.addToResourcePolicy(
    new PolicyStatement({
      sid: 'DenyGrantsExceptForAwsResources',
      effect: Effect.DENY,
      principals: [new AnyPrincipal()],
      actions: ['kms:CreateGrant'],
      resources: ['*'],
      conditions: {
        BoolIfExists: {
          'kms:GrantIsForAWSResource': 'false',
          'aws:PrincipalIsAWSService': 'false',
        },
      },
    }),
  );
}
