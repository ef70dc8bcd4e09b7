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
  ObjectOwnership,
} from 'aws-cdk-lib/aws-s3';
import type { Construct } from 'constructs';
import { TABLE } from '../wiring.ts';

export interface DataStackProps extends StackProps {
  /** Days an export object (subject data, erasure report) lives before S3 deletes it. */
  exportRetentionDays: number;
  /**
   * Names of the log groups the key encrypts, `*` allowed (see `appLogGroupNamePatterns`).
   * CloudWatch Logs may use the key for these log groups and no others.
   */
  logGroupNamePatterns: readonly string[];
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

  constructor(scope: Construct, id: string, props: DataStackProps) {
    super(scope, id, props);

    this.key = new Key(this, 'DataKey', {
      description: 'DSR data: requests table, export bucket and log groups',
      enableKeyRotation: true,
      removalPolicy: RemovalPolicy.RETAIN,
    });
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
    // INCLUDE, not ALL: see TABLE.openByDueIndex in wiring.ts (data minimisation; smaller index).
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
          id: 'expire-exports',
          expiration: Duration.days(props.exportRetentionDays),
          abortIncompleteMultipartUploadAfter: Duration.days(1),
        },
      ],
      removalPolicy: RemovalPolicy.RETAIN,
    });

    this.exportBucketArnExportName = `${this.stackName}-ExportBucketArn`;
    new CfnOutput(this, 'ExportBucketArn', {
      value: this.exportBucket.bucketArn,
      exportName: this.exportBucketArnExportName,
    });
  }
}
