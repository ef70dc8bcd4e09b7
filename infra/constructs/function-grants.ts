/**
 * Turns the `access` and `table` entries of a wiring.ts function into IAM statements on its role,
 * and sets the environment variables that go with them. One `case` per kind of access: to give a
 * function a new permission, add an `Access` literal in wiring.ts and its case here (with the AWS
 * documentation it relies on), then a test in tests/infra/app.test.ts ("least privilege").
 */
import { Stack, Token, Validations } from 'aws-cdk-lib';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import {
  CompositePrincipal,
  Effect,
  type IRole,
  PolicyStatement,
  Role,
  SessionTagsPrincipal,
} from 'aws-cdk-lib/aws-iam';
import type { IKey } from 'aws-cdk-lib/aws-kms';
import type { IBucket } from 'aws-cdk-lib/aws-s3';
import type { Construct } from 'constructs';
import { leadingKeysCondition, tableStatements } from '../table-grants.ts';
import {
  type Access,
  ENV,
  EXPORTS,
  type FunctionSpec,
  SECRETS,
  TABLE,
} from '../wiring.ts';

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
  /** Sender address: env MAIL_FROM and the `ses:FromAddress` condition. */
  mailFrom: string;
  /** The role `secrets:read` functions assume per merchant (see {@link credentialsRole}). */
  credentialsRole?: IRole;
}

/** What a grant needs of the function: its role, its environment, a scope for acknowledgements. */
export interface GrantTarget {
  readonly role: Role;
  readonly spec: FunctionSpec;
  addEnvironment(name: string, value: string): unknown;
}

/** How cdk-nag prints an unresolved ARN part: `<AWS::Region>`, else the value itself. */
const label = (value: string, pseudo: string) =>
  Token.isUnresolved(value) ? `<AWS::${pseudo}>` : value;

/** Grants every `access` and the `table` entry of the target's spec. */
export function grantAll(target: GrantTarget, res: DsrResources): void {
  if (target.spec.table) grantTable(target, res);
  for (const access of target.spec.access) grant(target, access, res);
}

function allow(
  target: GrantTarget,
  actions: readonly string[],
  resources: string[],
  conditions?: Record<string, unknown>,
  sid?: string,
) {
  target.role.addToPrincipalPolicy(
    new PolicyStatement({
      sid,
      effect: Effect.ALLOW,
      actions: [...actions],
      resources,
      conditions,
    }),
  );
}

/** KMS use through one service only (the key policy's default statement delegates to IAM). */
function viaKms(
  target: GrantTarget,
  res: DsrResources,
  service: 'dynamodb' | 's3',
  actions: string[],
) {
  allow(target, actions, [res.key.keyArn], {
    StringEquals: {
      'kms:ViaService': `${service}.${Stack.of(target.role).region}.amazonaws.com`,
    },
  });
}

/**
 * The table: one statement per kind of use, each limited by `dynamodb:LeadingKeys` to the item
 * kinds of the spec (infra/table-grants.ts). Nobody may update or delete audit events.
 */
function grantTable(target: GrantTarget, res: DsrResources) {
  const table = target.spec.table ?? {};
  target.addEnvironment(ENV.tableName, res.table.tableName);
  for (const st of tableStatements(
    table,
    TABLE.openByDueIndex.name,
    TABLE.bySubjectIndex.name,
    TABLE.byMerchantIndex.name,
  )) {
    allow(
      target,
      st.actions,
      [
        st.index
          ? `${res.table.tableArn}/index/${st.index}`
          : res.table.tableArn,
      ],
      st.index ? undefined : leadingKeysCondition(st.prefixes),
      st.sid,
    );
  }
  const writes = Boolean(table.write?.length || table.append?.length);
  viaKms(target, res, 'dynamodb', [
    'kms:Decrypt',
    'kms:DescribeKey',
    ...(writes ? ['kms:Encrypt', 'kms:GenerateDataKey'] : []),
  ]);
}

/**
 * Browser uploads into the export bucket's folders matching `pattern`: the function signs the
 * presigned POST (S3 authorizes the upload against its role: PutObject, PutObjectTagging for the
 * form's tagging, GenerateDataKey for the bucket's SSE-KMS default), lists (by `s3:prefix`),
 * reads and removes there, nowhere else.
 */
function uploadFolders(
  target: GrantTarget,
  res: DsrResources,
  pattern: string,
  reason: string,
) {
  target.addEnvironment(ENV.exportBucket, res.exportBucket.bucketName);
  allow(
    target,
    ['s3:PutObject', 's3:PutObjectTagging', 's3:GetObject', 's3:DeleteObject'],
    [`${res.exportBucketArn}/${pattern}`],
  );
  allow(target, ['s3:ListBucket'], [res.exportBucketArn], {
    StringLike: { 's3:prefix': [pattern] },
  });
  viaKms(target, res, 's3', ['kms:GenerateDataKey', 'kms:Decrypt']);
  Validations.of(target.role).acknowledge({
    id: `AwsSolutions-IAM5[Resource::${res.exportBucketArnLabel}/${pattern}]`,
    reason,
  });
}

function grant(target: GrantTarget, access: Access, res: DsrResources) {
  const stack = Stack.of(target.role);
  const exportObjects = `${res.exportBucketArn}/${EXPORTS.keyPrefix}*`;
  switch (access) {
    case 'exports:read':
      target.addEnvironment(ENV.exportBucket, res.exportBucket.bucketName);
      allow(target, ['s3:GetObject'], [exportObjects]);
      viaKms(target, res, 's3', ['kms:Decrypt']);
      acknowledgeExportPrefix(target, res);
      return;
    case 'exports:write':
      target.addEnvironment(ENV.exportBucket, res.exportBucket.bucketName);
      // PutObject covers the multipart upload of a package; tagging needs its own action
      // (tags drive the lifecycle rules: data-stack.ts), and a failed upload aborts its parts.
      allow(
        target,
        ['s3:PutObject', 's3:PutObjectTagging', 's3:AbortMultipartUpload'],
        [exportObjects],
      );
      viaKms(target, res, 's3', ['kms:GenerateDataKey', 'kms:Decrypt']);
      acknowledgeExportPrefix(target, res);
      return;
    case 'exports:uploads':
      // The processor confirmation page signs the browser's upload form (S3 checks the upload
      // against the signer's permissions), lists, reads and removes the uploaded files.
      uploadFolders(
        target,
        res,
        EXPORTS.uploads,
        `Processors' uploads are keyed ${EXPORTS.uploads.replaceAll('*', '<…>')}: one folder per request and processor; the grant is limited to those folders.`,
      );
      return;
    case 'exports:authority':
      // An agent's page and the console sign the upload form, list, read the first bytes of,
      // download and remove the files.
      uploadFolders(
        target,
        res,
        EXPORTS.authority,
        `Agents' authorisations are keyed ${EXPORTS.authority.replaceAll('*', '<…>')}: one folder per request; the grant is limited to those folders.`,
      );
      return;
    case 'exports:list':
      // A missing object is a 404 `NoSuchKey` only to a caller that may list the bucket; without
      // `s3:ListBucket` S3 answers 403 AccessDenied (S3 API Reference, GetObject, "Permissions").
      // The listing is limited to the request prefix: S3 evaluates the missing object's key as
      // `s3:prefix` for that check (not verified against AWS here: no account).
      target.addEnvironment(ENV.exportBucket, res.exportBucket.bucketName);
      allow(target, ['s3:ListBucket'], [res.exportBucketArn], {
        StringLike: { 's3:prefix': [`${EXPORTS.keyPrefix}*`] },
      });
      return;
    case 'mail:send': {
      target.addEnvironment(ENV.mailFrom, res.mailFrom);
      // The sender is pinned by `ses:FromAddress`; the resource is every identity of this account
      // and region, because SES authorizes SendEmail against each identity the message uses: the
      // sender's (domain or address) and, in the SES sandbox, each recipient's verified identity
      // too ("not authorized to perform ses:SendEmail on resource …:identity/<recipient>").
      // AWS: SES Developer Guide, "Identity and access management in Amazon SES" and "Request
      // production access (Moving out of the Amazon SES sandbox)".
      const identities = (l: (v: string, p: string) => string) =>
        `arn:${l(stack.partition, 'Partition')}:ses:${l(stack.region, 'Region')}:${l(stack.account, 'AccountId')}:identity/*`;
      allow(target, ['ses:SendEmail'], [identities((v) => v)], {
        StringEquals: { 'ses:FromAddress': res.mailFrom },
      });
      Validations.of(target.role).acknowledge({
        id: `AwsSolutions-IAM5[Resource::${identities(label)}]`,
        reason:
          'The sender is pinned by ses:FromAddress; SES also authorizes each recipient identity in the sandbox, so the resource is the identities of this account and region.',
      });
      return;
    }
    case 'workflow:start':
    case 'workflow:read':
    case 'workflow:stop':
    case 'workflow:continue':
      // Granted by DsrFunction.bindWorkflow / bindContinuation once the state machine exists
      // (functions → machine → grant).
      return;
    case 'secrets:read': {
      if (!res.credentialsRole)
        throw new Error(
          `${target.role.node.path}: secrets:read needs the credentials role`,
        );
      target.addEnvironment(ENV.credentialsRole, res.credentialsRole.roleArn);
      // The role's trust policy (credentialsRole) requires the merchant session tag.
      allow(
        target,
        ['sts:AssumeRole', 'sts:TagSession'],
        [res.credentialsRole.roleArn],
      );
      return;
    }
    case 'workflow:callback':
      allow(
        target,
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

/** Object keys are per request, so object grants end in `requests/*`; nothing wider. */
function acknowledgeExportPrefix(target: GrantTarget, res: DsrResources) {
  Validations.of(target.role).acknowledge({
    id: `AwsSolutions-IAM5[Resource::${res.exportBucketArnLabel}/${EXPORTS.keyPrefix}*]`,
    reason: `Export objects are keyed ${EXPORTS.keyPrefix}<requestId>/…; the grant is limited to that prefix.`,
  });
}

/**
 * The role through which `secrets:read` functions read processor credentials: assumable only by
 * those functions' roles, only with the session tag `dsr-merchant` (and no other tag), and
 * allowed `GetSecretValue` only on `secret:dsr/${aws:PrincipalTag/dsr-merchant}/*`. A job of
 * merchant A therefore cannot read merchant B's secrets even if A's configuration names them.
 * AWS: IAM User Guide, "Pass session tags in AWS STS" (sts:TagSession, aws:RequestTag,
 * aws:TagKeys) and "IAM policy elements: Variables and tags" (`${aws:PrincipalTag/…}` in
 * Resource). A secret encrypted with the AWS managed key `aws/secretsmanager` needs no KMS grant.
 */
export function credentialsRole(
  scope: Construct,
  id: string,
  readers: readonly IRole[],
): Role {
  const stack = Stack.of(scope);
  const tag = SECRETS.merchantTag;
  const conditions = {
    StringLike: { [`aws:RequestTag/${tag}`]: '?*' },
    'ForAllValues:StringEquals': { 'aws:TagKeys': [tag] },
  };
  const role = new Role(scope, id, {
    description:
      'DSR processor credentials: one merchant per session (session tag dsr-merchant)',
    assumedBy: new CompositePrincipal(
      ...readers.map((r) =>
        new SessionTagsPrincipal(r).withConditions(conditions),
      ),
    ),
  });
  // cdk-nag prints the policy variable `${x}` as `<x>`.
  const secrets = (l: (v: string, p: string) => string, variable: string) =>
    `arn:${l(stack.partition, 'Partition')}:secretsmanager:${l(stack.region, 'Region')}:${l(stack.account, 'AccountId')}:secret:${SECRETS.prefix}${variable}/*`;
  role.addToPrincipalPolicy(
    new PolicyStatement({
      actions: ['secretsmanager:GetSecretValue'],
      resources: [secrets((v) => v, `\${aws:PrincipalTag/${tag}}`)],
    }),
  );
  Validations.of(role).acknowledge({
    id: `AwsSolutions-IAM5[Resource::${secrets(label, `<aws:PrincipalTag/${tag}>`)}]`,
    reason:
      "Connector credentials are one secret per processor, dsr/<merchant>/<processor>; the session tag limits each session to one merchant's secrets, and the grant is one read action.",
  });
  return role;
}
