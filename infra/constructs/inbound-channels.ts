/**
 * The doors besides the form (issue 20), on AWS:
 * - the inbound bucket (data stack, RETAIN): received messages (`inbound/`), their attachments
 *   (`attachments/`), SSE-KMS with the data key, TLS only, deleted by lifecycle after
 *   INBOUND_RETENTION_DAYS (verified webhook bodies were kept under `webhooks/` too; they are
 *   kept in the table now, on the delivery's claim, and expire with it);
 * - with context `inboundDomain`: an SES receipt rule set whose one rule, for that domain, scans
 *   for spam and viruses, requires TLS, stores the raw message in the bucket (S3 action) and
 *   invokes ReceiveInboundMail (Lambda action, `Event`). The bucket policy lets SES write only
 *   for this account and this rule (`aws:SourceAccount`, `aws:SourceArn`), as the SES Developer
 *   Guide's "Giving permissions to Amazon SES for email receiving" shows; the same conditions
 *   guard the Lambda permission. CloudFormation cannot make a rule set the active one (one per
 *   account and region): the operator activates it (README, "Privacy inbox");
 * - a configuration set for every email we send: SES's suppression list for bounces and
 *   complaints (no more mail to a complainer), and an EventBridge event destination whose
 *   Delivery, Bounce, Complaint and Reject events reach RecordMailEvent;
 * - the grants of `inbound:read`, `inbound:webhook` and `inbound:legacy-webhooks` (wiring.ts).
 */
import {
  ArnFormat,
  CfnOutput,
  Duration,
  RemovalPolicy,
  Stack,
  Validations,
} from 'aws-cdk-lib';
import { Rule } from 'aws-cdk-lib/aws-events';
import { LambdaFunction } from 'aws-cdk-lib/aws-events-targets';
import { Effect, PolicyStatement, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import type { IKey, Key } from 'aws-cdk-lib/aws-kms';
import { CfnPermission } from 'aws-cdk-lib/aws-lambda';
import {
  BlockPublicAccess,
  Bucket,
  BucketEncryption,
  type CfnBucket,
  type IBucket,
  ObjectOwnership,
} from 'aws-cdk-lib/aws-s3';
import {
  CfnConfigurationSet,
  CfnConfigurationSetEventDestination,
  CfnReceiptRule,
  CfnReceiptRuleSet,
} from 'aws-cdk-lib/aws-ses';
import { Construct } from 'constructs';
import {
  ATTACHMENT_KEY_PREFIX,
  INBOUND_KEY_PREFIX,
  WEBHOOK_KEY_PREFIX,
} from '../../functions/domain/inbound/inbound-keys.ts';
import { ENV, type FunctionName } from '../wiring.ts';
import type { DsrFunction } from './dsr-function.ts';

/** Days a received message and its attachments are kept: past the longest deadline (3 months) with a margin. */
export const INBOUND_RETENTION_DAYS = 120;

/**
 * Regions where the SES Developer Guide lists email receiving (checked: us-east-1, us-west-2,
 * eu-west-1). AWS has added receiving regions since; extend this list only after checking the
 * current "Email receiving" table of the SES endpoints page. eu-north-1 (our default) is not
 * among those checked: deploy the inbox with `-c region=eu-west-1`, or forward from elsewhere.
 */
export const INBOUND_RECEIVING_REGIONS = [
  'us-east-1',
  'us-west-2',
  'eu-west-1',
];

/**
 * Regions whose CloudFormation has no `AWS::SES::ConfigurationSet` (cfn-lint's resource spec, run
 * at synth): there mail goes out without a configuration set, so without delivery telemetry.
 */
export const NO_SES_CONFIGURATION_SETS = ['eu-south-2'];

/** Physical names SES and the operator need (the rule set is activated by name). */
export function inboundNames(stage: string) {
  return {
    ruleSet: `dsr-${stage}-inbound`,
    rule: `dsr-${stage}-privacy-inbox`,
    configurationSet: `dsr-${stage}-mail`,
  };
}

/** The receipt rule's ARN, as SES names it in `aws:SourceArn`. */
function receiptRuleArn(stack: Stack, names: ReturnType<typeof inboundNames>) {
  return stack.formatArn({
    service: 'ses',
    resource: 'receipt-rule-set',
    resourceName: `${names.ruleSet}:receipt-rule/${names.rule}`,
    arnFormat: ArnFormat.SLASH_RESOURCE_NAME,
  });
}

/**
 * The inbound bucket of the data stack. With `receiving`, SES may put `inbound/*` objects for
 * this account's receipt rule only, and use the data key for them (S3 calls KMS on its behalf).
 */
export function inboundBucket(
  scope: Stack,
  props: {
    key: Key;
    accessLogs: IBucket;
    receiving?: ReturnType<typeof inboundNames>;
  },
): Bucket {
  const bucket = new Bucket(scope, 'Inbound', {
    encryption: BucketEncryption.KMS,
    encryptionKey: props.key,
    bucketKeyEnabled: true,
    blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
    enforceSSL: true,
    objectOwnership: ObjectOwnership.BUCKET_OWNER_ENFORCED,
    versioned: false,
    serverAccessLogsBucket: props.accessLogs,
    serverAccessLogsPrefix: 'inbound/',
    lifecycleRules: [
      {
        id: 'expire-inbound',
        expiration: Duration.days(INBOUND_RETENTION_DAYS),
        abortIncompleteMultipartUploadAfter: Duration.days(1),
      },
    ],
    removalPolicy: RemovalPolicy.RETAIN,
  });
  (bucket.node.defaultChild as CfnBucket).notificationConfiguration = {
    eventBridgeConfiguration: { eventBridgeEnabled: true },
  };
  if (props.receiving) {
    const conditions = {
      StringEquals: {
        'aws:SourceAccount': scope.account,
        'aws:SourceArn': receiptRuleArn(scope, props.receiving),
      },
    };
    bucket.addToResourcePolicy(
      new PolicyStatement({
        sid: 'AllowSesReceiptRulePuts',
        effect: Effect.ALLOW,
        principals: [new ServicePrincipal('ses.amazonaws.com')],
        actions: ['s3:PutObject'],
        resources: [bucket.arnForObjects(`${INBOUND_KEY_PREFIX}*`)],
        conditions,
      }),
    );
    // SSE-KMS: S3 asks KMS for a data key on the writer's behalf; only for this bucket.
    props.key.addToResourcePolicy(
      new PolicyStatement({
        sid: 'AllowSesInboundThroughS3',
        effect: Effect.ALLOW,
        principals: [new ServicePrincipal('ses.amazonaws.com')],
        actions: ['kms:GenerateDataKey*', 'kms:Decrypt'],
        resources: ['*'],
        conditions: {
          StringEquals: {
            'kms:ViaService': `s3.${scope.region}.amazonaws.com`,
            'aws:SourceAccount': scope.account,
          },
          // By name pattern, not reference: the bucket already refers to the key (a cycle).
          // CloudFormation names it `<stack name>-inbound<id>-<suffix>`, in lower case.
          ArnLike: {
            'kms:EncryptionContext:aws:s3:arn': [
              `arn:${scope.partition}:s3:::${scope.stackName.toLowerCase()}-inbound*`,
            ],
          },
        },
      }),
    );
  }
  return bucket;
}

export interface InboundChannelsProps {
  stage: string;
  functions: Record<FunctionName, DsrFunction>;
  bucket: IBucket;
  /** The bucket's ARN as the app stack knows it (an import of the data stack's export). */
  bucketArn: string;
  /** How cdk-nag prints that import (the export's name). */
  bucketArnLabel: string;
  key: IKey;
  mailFrom: string;
  /** Context `inboundDomain`: receive `<merchantId>@<domain>` by SES. */
  inboundDomain?: string;
}

/** Receipt rule, configuration set and event destination, and the inbound grants (see the module comment). */
export class InboundChannels extends Construct {
  readonly configurationSetName: string;

  constructor(scope: Construct, id: string, props: InboundChannelsProps) {
    super(scope, id);
    const stack = Stack.of(this);
    const names = inboundNames(props.stage);
    const fns = props.functions;
    const objects = (prefix: string) => `${props.bucketArn}/${prefix}*`;
    const viaS3 = (fn: DsrFunction, actions: string[]) =>
      fn.role.addToPrincipalPolicy(
        new PolicyStatement({
          actions,
          resources: [props.key.keyArn],
          conditions: {
            StringEquals: {
              'kms:ViaService': `s3.${stack.region}.amazonaws.com`,
            },
          },
        }),
      );
    const acknowledge = (fn: DsrFunction, prefixes: string[]) => {
      for (const prefix of prefixes)
        Validations.of(fn.role).acknowledge({
          id: `AwsSolutions-IAM5[Resource::${props.bucketArnLabel}/${prefix}*]`,
          reason: `Inbound objects are keyed ${prefix}<message or merchant and webhook id>; the grant is limited to that prefix.`,
        });
    };

    for (const fn of Object.values(fns)) {
      const access = fn.spec.access as readonly string[];
      if (access.includes('inbound:read')) {
        fn.addEnvironment(ENV.inboundBucket, props.bucket.bucketName);
        if (props.inboundDomain)
          fn.addEnvironment(ENV.inboundDomain, props.inboundDomain);
        fn.role.addToPrincipalPolicy(
          new PolicyStatement({
            actions: ['s3:GetObject', 's3:DeleteObject'],
            resources: [objects(INBOUND_KEY_PREFIX)],
          }),
        );
        fn.role.addToPrincipalPolicy(
          new PolicyStatement({
            actions: ['s3:PutObject'],
            resources: [objects(ATTACHMENT_KEY_PREFIX)],
          }),
        );
        viaS3(fn, ['kms:Decrypt', 'kms:GenerateDataKey']);
        acknowledge(fn, [INBOUND_KEY_PREFIX, ATTACHMENT_KEY_PREFIX]);
      }
      if (access.includes('inbound:attachments')) {
        // The console presigns a download of a kept attachment: S3 checks the signer's
        // GetObject on that key (S3 User Guide, "Sharing objects with presigned URLs").
        fn.addEnvironment(ENV.inboundBucket, props.bucket.bucketName);
        fn.role.addToPrincipalPolicy(
          new PolicyStatement({
            actions: ['s3:GetObject'],
            resources: [objects(ATTACHMENT_KEY_PREFIX)],
          }),
        );
        viaS3(fn, ['kms:Decrypt']);
        acknowledge(fn, [ATTACHMENT_KEY_PREFIX]);
      }
      if (access.includes('inbound:erase')) {
        // A merchant's offboarding: list and delete its messages, attachments and webhook
        // bodies kept here before they moved to the table (DeleteObjects checks
        // s3:DeleteObject per key); it reads none of them.
        fn.addEnvironment(ENV.inboundBucket, props.bucket.bucketName);
        const prefixes = [
          INBOUND_KEY_PREFIX,
          ATTACHMENT_KEY_PREFIX,
          WEBHOOK_KEY_PREFIX,
        ];
        fn.role.addToPrincipalPolicy(
          new PolicyStatement({
            actions: ['s3:DeleteObject'],
            resources: prefixes.map(objects),
          }),
        );
        fn.role.addToPrincipalPolicy(
          new PolicyStatement({
            actions: ['s3:ListBucket'],
            resources: [props.bucketArn],
            conditions: {
              StringLike: { 's3:prefix': prefixes.map((p) => `${p}*`) },
            },
          }),
        );
        acknowledge(fn, prefixes);
      }
      if (access.includes('inbound:legacy-webhooks')) {
        // The worker's fallback for a body an old front kept here while the deployment updated
        // (adapters/aws/s3-legacy-webhook-bodies.ts): read it, delete it once done. It lists the
        // key first: without s3:ListBucket, S3 answers a GetObject of a missing key 403, not 404
        // (GetObject's API reference), and most deliveries have no body there.
        fn.addEnvironment(ENV.inboundBucket, props.bucket.bucketName);
        fn.role.addToPrincipalPolicy(
          new PolicyStatement({
            actions: ['s3:GetObject', 's3:DeleteObject'],
            resources: [objects(WEBHOOK_KEY_PREFIX)],
          }),
        );
        fn.role.addToPrincipalPolicy(
          new PolicyStatement({
            actions: ['s3:ListBucket'],
            resources: [props.bucketArn],
            conditions: {
              StringLike: { 's3:prefix': [`${WEBHOOK_KEY_PREFIX}*`] },
            },
          }),
        );
        viaS3(fn, ['kms:Decrypt']);
        acknowledge(fn, [WEBHOOK_KEY_PREFIX]);
      }
      if (access.includes('inbound:webhook')) {
        // The body goes to the table with the delivery's claim (wiring.ts `table`): no S3.
        fn.addEnvironment(
          ENV.webhookWorker,
          fns.ProcessShopifyWebhook.function.functionName,
        );
        fn.role.addToPrincipalPolicy(
          new PolicyStatement({
            actions: ['lambda:InvokeFunction'],
            resources: [fns.ProcessShopifyWebhook.function.functionArn],
          }),
        );
      }
    }

    this.configurationSetName = names.configurationSet;
    if (!NO_SES_CONFIGURATION_SETS.includes(stack.region))
      this.mailTelemetry(names, props);
    if (props.inboundDomain) this.receiving(names, props);
  }

  /**
   * Every email goes through the configuration set: SES suppresses addresses that bounced hard
   * or complained (account-level suppression list, these reasons) and reports each email's
   * fate to EventBridge.
   */
  private mailTelemetry(
    names: ReturnType<typeof inboundNames>,
    props: InboundChannelsProps,
  ) {
    const stack = Stack.of(this);
    const fns = props.functions;
    const configurationSet = new CfnConfigurationSet(
      this,
      'MailConfigurationSet',
      {
        name: names.configurationSet,
        suppressionOptions: { suppressedReasons: ['BOUNCE', 'COMPLAINT'] },
        deliveryOptions: { tlsPolicy: 'REQUIRE' },
        reputationOptions: { reputationMetricsEnabled: true },
        sendingOptions: { sendingEnabled: true },
      },
    );
    const destination = new CfnConfigurationSetEventDestination(
      this,
      'MailEvents',
      {
        configurationSetName: names.configurationSet,
        eventDestination: {
          name: 'dsr-mail-events',
          enabled: true,
          matchingEventTypes: ['DELIVERY', 'BOUNCE', 'COMPLAINT', 'REJECT'],
          eventBridgeDestination: {
            eventBusArn: stack.formatArn({
              service: 'events',
              resource: 'event-bus',
              resourceName: 'default',
            }),
          },
        },
      },
    );
    destination.node.addDependency(configurationSet);
    new Rule(this, 'MailEventsRule', {
      description:
        'SES delivery, bounce, complaint and reject events of our emails',
      eventPattern: {
        source: ['aws.ses'],
        detailType: [
          'Email Delivered',
          'Email Bounced',
          'Email Complaint Received',
          'Email Rejected',
        ],
      },
      targets: [
        new LambdaFunction(fns.RecordMailEvent.function, { retryAttempts: 4 }),
      ],
    });
    const configurationSetArn = stack.formatArn({
      service: 'ses',
      resource: 'configuration-set',
      resourceName: names.configurationSet,
    });
    for (const fn of Object.values(fns)) {
      if (!(fn.spec.access as readonly string[]).includes('mail:send'))
        continue;
      fn.addEnvironment(ENV.mailConfigurationSet, names.configurationSet);
      // SendEmail with a configuration set is authorized on the set too (SES: "Amazon SES
      // resource types": configuration-set), with the same sender condition.
      fn.role.addToPrincipalPolicy(
        new PolicyStatement({
          actions: ['ses:SendEmail'],
          resources: [configurationSetArn],
          conditions: { StringEquals: { 'ses:FromAddress': props.mailFrom } },
        }),
      );
    }
  }

  /** The receipt rule set of the privacy inbox's domain (see the module comment). */
  private receiving(
    names: ReturnType<typeof inboundNames>,
    props: InboundChannelsProps,
  ) {
    const stack = Stack.of(this);
    const fns = props.functions;
    const inboundDomain = props.inboundDomain ?? '';
    const ruleSet = new CfnReceiptRuleSet(this, 'ReceiptRuleSet', {
      ruleSetName: names.ruleSet,
    });
    const ruleArn = receiptRuleArn(stack, names);
    const permission = new CfnPermission(this, 'SesInvokesReceiveInboundMail', {
      action: 'lambda:InvokeFunction',
      functionName: fns.ReceiveInboundMail.function.functionArn,
      principal: 'ses.amazonaws.com',
      sourceAccount: stack.account,
      sourceArn: ruleArn,
    });
    const rule = new CfnReceiptRule(this, 'PrivacyInboxRule', {
      ruleSetName: names.ruleSet,
      rule: {
        name: names.rule,
        enabled: true,
        recipients: [inboundDomain],
        scanEnabled: true,
        tlsPolicy: 'Require',
        actions: [
          {
            s3Action: {
              bucketName: props.bucket.bucketName,
              objectKeyPrefix: INBOUND_KEY_PREFIX,
            },
          },
          {
            lambdaAction: {
              functionArn: fns.ReceiveInboundMail.function.functionArn,
              invocationType: 'Event',
            },
          },
        ],
      },
    });
    // SES checks both permissions when the rule is created.
    rule.node.addDependency(ruleSet);
    rule.node.addDependency(permission);
    new CfnOutput(stack, 'InboundReceiptRuleSet', {
      value: names.ruleSet,
      description: `Activate once: aws ses set-active-receipt-rule-set --rule-set-name ${names.ruleSet}`,
    });
    new CfnOutput(stack, 'InboundMx', {
      value: `10 inbound-smtp.${stack.region}.amazonaws.com`,
      description: `MX record of ${inboundDomain}`,
    });
  }
}
