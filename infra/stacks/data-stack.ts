import {
  ArnFormat,
  CfnOutput,
  Duration,
  RemovalPolicy,
  Stack,
  type StackProps,
  Validations,
} from 'aws-cdk-lib';
import {
  AttributeType,
  BillingMode,
  ProjectionType,
  Table,
  TableEncryption,
} from 'aws-cdk-lib/aws-dynamodb';
import { PolicyStatement, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Key } from 'aws-cdk-lib/aws-kms';
import {
  BlockPublicAccess,
  Bucket,
  BucketEncryption,
  type CfnBucket,
  ObjectOwnership,
} from 'aws-cdk-lib/aws-s3';
import type { Construct } from 'constructs';
import {
  DELIVERED_KINDS,
  OBJECT_TAGS,
} from '../../functions/domain/object-keys.ts';
import { GRACE_AFTER_DUE_MS } from '../../functions/use-cases/processor-job-support.ts';
import {
  inboundBucket,
  type inboundNames,
} from '../constructs/inbound-channels.ts';
import { denyGrantsExceptForAwsServices } from '../constructs/key-policies.ts';
import { TABLE } from '../wiring.ts';

/**
 * How long the workflow can wait, in days, at the steps that decide how long a request's working
 * material must live (statemachines/dsr.asl.json; tests/infra/data-stack.test.ts reads them
 * back from the ASL so they cannot drift).
 */
export const WORKFLOW_WAITS = {
  /** Request Merchant Decision: 13 attempts of 7 days. */
  decisionDays: 13 * 7,
  /** Request Release Review: 13 attempts of 7 days. */
  releaseReviewDays: 13 * 7,
  /** The latest due date: 3 months after receipt, moved past weekends and holidays. */
  latestDueDays: 96,
  /** Jobs are given up this long after the due date (GRACE_AFTER_DUE_MS). */
  jobsAfterDueDays: GRACE_AFTER_DUE_MS / 86_400_000,
} as const;

/** Room for retries, a reconciler restart and S3's own rounding to the next midnight UTC. */
const MARGIN_DAYS = 14;

/**
 * Days working material lives (processor parts and uploads, a package awaiting release review).
 * A part is written when its job finishes and read when the package is built, after the slowest
 * processor: at most the latest due date plus the jobs' grace after it. A package waiting for
 * review is written then, waits up to the review limit, and must still be there
 * `exportRetentionDays` after the shopper got the link. The decision wait comes before any part
 * is written, so it does not add up.
 */
export function workingMaterialDays(exportRetentionDays: number): number {
  const parts = WORKFLOW_WAITS.latestDueDays + WORKFLOW_WAITS.jobsAfterDueDays;
  const reviewed = WORKFLOW_WAITS.releaseReviewDays + exportRetentionDays;
  return Math.max(parts, reviewed) + MARGIN_DAYS;
}

export interface DataStackProps extends StackProps {
  /**
   * Days a delivered object (an access or portability package, an erasure certificate) lives
   * before S3 deletes it; working material lives `workingMaterialDays(exportRetentionDays)`.
   */
  exportRetentionDays: number;
  /**
   * Names of the log groups the key encrypts, `*` allowed (see `appLogGroupNamePatterns`).
   * CloudWatch Logs may use the key for these log groups and no others.
   */
  logGroupNamePatterns: readonly string[];
  /** The SES receipt rule that may write to the inbound bucket (context `inboundDomain` given). */
  inboundReceiving?: ReturnType<typeof inboundNames>;
}

/**
 * Stateful resources: everything here is RETAIN, so the stateless stack can be torn down and
 * redeployed freely. One CMK encrypts the table, the exports and the app's log groups.
 */
export class DataStack extends Stack {
  readonly key: Key;
  readonly table: Table;
  readonly exportBucket: Bucket;
  /**
   * Name of the export holding the bucket ARN. The app stack imports it by this name so its
   * prefix-scoped S3 grants (and their nag acknowledgement) read `<name>/requests/*`.
   */
  readonly exportBucketArnExportName: string;
  /** Received messages and their attachments (constructs/inbound-channels.ts). */
  readonly inboundBucket: Bucket;
  readonly inboundBucketArnExportName: string;

  constructor(scope: Construct, id: string, props: DataStackProps) {
    super(scope, id, props);

    this.key = new Key(this, 'DataKey', {
      description: 'DSR data: requests table, export bucket and log groups',
      enableKeyRotation: true,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    denyGrantsExceptForAwsServices(this.key);
    // CloudWatch Logs calls KMS itself for an encrypted log group and needs this statement (AWS:
    // "Encrypt log data in CloudWatch Logs using AWS KMS"). The encryption-context condition
    // confines it to the app's log groups; table and bucket data carry other contexts. Names, not
    // a grant from the app stack: that would make this stack depend on the app stack (a cycle).
    if (props.logGroupNamePatterns.length === 0)
      throw new Error('DataStack: logGroupNamePatterns is empty');
    this.key.addToResourcePolicy(
      new PolicyStatement({
        sid: 'AllowCloudWatchLogsForAppLogGroups',
        principals: [new ServicePrincipal(`logs.${this.region}.amazonaws.com`)],
        actions: [
          'kms:Encrypt*',
          'kms:Decrypt*',
          'kms:ReEncrypt*',
          'kms:GenerateDataKey*',
          'kms:Describe*',
        ],
        resources: ['*'],
        conditions: {
          ArnLike: {
            'kms:EncryptionContext:aws:logs:arn':
              props.logGroupNamePatterns.map((name) =>
                this.formatArn({
                  service: 'logs',
                  resource: 'log-group',
                  resourceName: name,
                  arnFormat: ArnFormat.COLON_RESOURCE_NAME,
                }),
              ),
          },
        },
      }),
    );

    this.table = new Table(this, 'Table', {
      partitionKey: { name: TABLE.partitionKey, type: AttributeType.STRING },
      sortKey: { name: TABLE.sortKey, type: AttributeType.STRING },
      billingMode: BillingMode.PAY_PER_REQUEST,
      encryption: TableEncryption.CUSTOMER_MANAGED,
      encryptionKey: this.key,
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      deletionProtection: true,
      timeToLiveAttribute: 'ttl',
      removalPolicy: RemovalPolicy.RETAIN,
    });
    // INCLUDE, not ALL: see TABLE.openByDueIndex (functions/adapters/aws/table-layout.ts; data
    // minimisation; smaller index).
    this.table.addGlobalSecondaryIndex({
      indexName: TABLE.openByDueIndex.name,
      partitionKey: {
        name: TABLE.openByDueIndex.partitionKey,
        type: AttributeType.STRING,
      },
      sortKey: {
        name: TABLE.openByDueIndex.sortKey,
        type: AttributeType.STRING,
      },
      projectionType: ProjectionType.INCLUDE,
      nonKeyAttributes: [...TABLE.openByDueIndex.projected],
    });
    // A person's requests at one merchant (the decision page's earlier requests); sparse, keys
    // and dates only: see TABLE.bySubjectIndex in wiring.ts.
    this.table.addGlobalSecondaryIndex({
      indexName: TABLE.bySubjectIndex.name,
      partitionKey: {
        name: TABLE.bySubjectIndex.partitionKey,
        type: AttributeType.STRING,
      },
      sortKey: {
        name: TABLE.bySubjectIndex.sortKey,
        type: AttributeType.STRING,
      },
      projectionType: ProjectionType.INCLUDE,
      nonKeyAttributes: [...TABLE.bySubjectIndex.projected],
    });
    // The merchant console's inbox: a merchant's requests newest first, without personal data
    // (TABLE.byMerchantIndex). CloudFormation adds one index per update and backfills it.
    this.table.addGlobalSecondaryIndex({
      indexName: TABLE.byMerchantIndex.name,
      partitionKey: {
        name: TABLE.byMerchantIndex.partitionKey,
        type: AttributeType.STRING,
      },
      sortKey: {
        name: TABLE.byMerchantIndex.sortKey,
        type: AttributeType.STRING,
      },
      projectionType: ProjectionType.INCLUDE,
      nonKeyAttributes: [...TABLE.byMerchantIndex.projected],
    });

    // Sink for S3 server access logs. SSE-S3, because the log delivery service cannot write to a
    // KMS-encrypted target; access logs contain object keys (request ids), never object content.
    const accessLogs = new Bucket(this, 'AccessLogs', {
      encryption: BucketEncryption.S3_MANAGED,
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      enforceSSL: true,
      objectOwnership: ObjectOwnership.BUCKET_OWNER_ENFORCED,
      lifecycleRules: [
        {
          id: 'expire-access-logs',
          expiration: Duration.days(90),
          abortIncompleteMultipartUploadAfter: Duration.days(1),
        },
      ],
      removalPolicy: RemovalPolicy.RETAIN,
    });
    Validations.of(accessLogs).acknowledge({
      id: 'AwsSolutions-S1',
      reason:
        'This bucket is the server-access-log sink; logging it into itself would recurse.',
    });

    // Versioning stays off: an export is written once per request and must really disappear at
    // expiry or erasure; noncurrent versions would keep personal data past the retention period.
    //
    // Lifecycle, by object tag (prefix filters cannot tell a part from a package: every object of
    // a request shares `requests/<id>/`): S3 applies every rule whose filter matches and, when two
    // expirations overlap, honours the shorter (S3 User Guide, "How Amazon S3 handles conflicts in
    // lifecycle configurations"). So the unfiltered rule is the longest life any object may have
    // (working material: parts, processor uploads, a package in release review, anything
    // untagged), and each delivered kind (`dsr-kind` tag) has a shorter rule of its own.
    // Expiration counts from the object's creation (S3 User Guide, "Expiring objects").
    const workingDays = workingMaterialDays(props.exportRetentionDays);
    this.exportBucket = new Bucket(this, 'Exports', {
      encryption: BucketEncryption.KMS,
      encryptionKey: this.key,
      bucketKeyEnabled: true,
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      enforceSSL: true,
      objectOwnership: ObjectOwnership.BUCKET_OWNER_ENFORCED,
      versioned: false,
      serverAccessLogsBucket: accessLogs,
      serverAccessLogsPrefix: 'exports/',
      lifecycleRules: [
        {
          id: 'expire-working-material',
          expiration: Duration.days(workingDays),
          abortIncompleteMultipartUploadAfter: Duration.days(1),
        },
        ...DELIVERED_KINDS.map((kind) => ({
          id: `expire-delivered-${kind}`,
          tagFilters: { [OBJECT_TAGS.kind]: kind },
          expiration: Duration.days(props.exportRetentionDays),
        })),
      ],
      removalPolicy: RemovalPolicy.RETAIN,
    });

    // Object-level events go to the account's default EventBridge bus (CT.S3.PR.4), where a
    // security team's rules can watch them; nothing subscribes by default. Set on the L1
    // resource: the L2 option would add a custom-resource Lambda to the stateful stack.
    for (const bucket of [accessLogs, this.exportBucket])
      (bucket.node.defaultChild as CfnBucket).notificationConfiguration = {
        eventBridgeConfiguration: { eventBridgeEnabled: true },
      };

    this.inboundBucket = inboundBucket(this, {
      key: this.key,
      accessLogs,
      receiving: props.inboundReceiving,
    });
    this.inboundBucketArnExportName = `${this.stackName}-InboundBucketArn`;
    new CfnOutput(this, 'InboundBucketArn', {
      value: this.inboundBucket.bucketArn,
      exportName: this.inboundBucketArnExportName,
    });

    this.exportBucketArnExportName = `${this.stackName}-ExportBucketArn`;
    new CfnOutput(this, 'ExportBucketArn', {
      value: this.exportBucket.bucketArn,
      exportName: this.exportBucketArnExportName,
    });
  }
}
