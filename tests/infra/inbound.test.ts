/**
 * The inbound doors as synthesized (constructs/inbound-channels.ts): the inbound bucket (KMS,
 * TLS only, lifecycle, SES allowed to put `inbound/*` for this account's rule only), the SES
 * receipt rule (scan, TLS, S3 then Lambda), the Lambda permission bound to the rule, the
 * configuration set (suppression of bounces and complaints, EventBridge destination) and the
 * rule that feeds RecordMailEvent; grants limited to their prefixes; the region check.
 */
import { Match, Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '#infra/app.ts';
import {
  INBOUND_RETENTION_DAYS,
  inboundNames,
} from '#infra/constructs/inbound-channels.ts';

let data: Template;
let app: Template;
const names = inboundNames('test');
// As SES names a rule: arn:aws:ses:<region>:<account>:receipt-rule-set/<set>:receipt-rule/<rule>.
const RULE_ARN = {
  'Fn::Join': [
    '',
    [
      'arn:aws:ses:eu-west-1:',
      { Ref: 'AWS::AccountId' },
      `:receipt-rule-set/${names.ruleSet}:receipt-rule/${names.rule}`,
    ],
  ],
};

beforeAll(() => {
  const built = buildApp({
    stage: 'test',
    region: 'eu-west-1',
    mailFrom: 'privacy@shop.example',
    inboundDomain: 'inbound.shop.example',
    // No bundling: this file reads resources and policies, not the functions' code.
    'aws:cdk:bundling-stacks': [],
  });
  built.app.synth();
  data = Template.fromStack(built.data);
  app = Template.fromStack(built.stateless);
});

const dataKey = () => Object.keys(data.findResources('AWS::KMS::Key'))[0];
const inboundBucketId = () =>
  Object.keys(data.findResources('AWS::S3::Bucket')).find((id) =>
    id.startsWith('Inbound'),
  ) ?? '';

describe('the inbound bucket', () => {
  it('is encrypted with the data key, private, logged and emptied by lifecycle', () => {
    data.hasResourceProperties('AWS::S3::Bucket', {
      BucketEncryption: {
        ServerSideEncryptionConfiguration: [
          {
            BucketKeyEnabled: true,
            ServerSideEncryptionByDefault: {
              SSEAlgorithm: 'aws:kms',
              KMSMasterKeyID: { 'Fn::GetAtt': [dataKey(), 'Arn'] },
            },
          },
        ],
      },
      PublicAccessBlockConfiguration: Match.objectLike({
        BlockPublicPolicy: true,
      }),
      LoggingConfiguration: Match.objectLike({ LogFilePrefix: 'inbound/' }),
      LifecycleConfiguration: {
        Rules: [
          Match.objectLike({
            Id: 'expire-inbound',
            ExpirationInDays: INBOUND_RETENTION_DAYS,
          }),
        ],
      },
    });
    expect(
      data.findResources('AWS::S3::Bucket')[inboundBucketId()]?.DeletionPolicy,
    ).toBe('Retain');
  });

  it('lets SES put received messages for this account and this receipt rule only', () => {
    data.hasResourceProperties('AWS::S3::BucketPolicy', {
      Bucket: { Ref: inboundBucketId() },
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({
            Effect: 'Deny',
            Condition: { Bool: { 'aws:SecureTransport': 'false' } },
          }),
          {
            Sid: 'AllowSesReceiptRulePuts',
            Effect: 'Allow',
            Principal: { Service: 'ses.amazonaws.com' },
            Action: 's3:PutObject',
            Resource: {
              'Fn::Join': [
                '',
                [{ 'Fn::GetAtt': [inboundBucketId(), 'Arn'] }, '/inbound/*'],
              ],
            },
            Condition: {
              StringEquals: {
                'aws:SourceAccount': { Ref: 'AWS::AccountId' },
                'aws:SourceArn': RULE_ARN,
              },
            },
          },
        ]),
      },
    });
  });

  it('lets SES use the data key only through S3, for this bucket', () => {
    data.hasResourceProperties('AWS::KMS::Key', {
      KeyPolicy: {
        Statement: Match.arrayWith([
          Match.objectLike({
            Sid: 'AllowSesInboundThroughS3',
            Principal: { Service: 'ses.amazonaws.com' },
            Condition: Match.objectLike({
              StringEquals: Match.objectLike({
                'kms:ViaService': 's3.eu-west-1.amazonaws.com',
              }),
              ArnLike: {
                'kms:EncryptionContext:aws:s3:arn': [
                  'arn:aws:s3:::dsr-test-data-inbound*',
                ],
              },
            }),
          }),
        ]),
      },
    });
  });
});

describe('the receipt rule', () => {
  it('scans, requires TLS, stores the message under inbound/ and then invokes ReceiveInboundMail', () => {
    app.hasResourceProperties('AWS::SES::ReceiptRuleSet', {
      RuleSetName: names.ruleSet,
    });
    app.hasResourceProperties('AWS::SES::ReceiptRule', {
      RuleSetName: names.ruleSet,
      Rule: {
        Name: names.rule,
        Enabled: true,
        Recipients: ['inbound.shop.example'],
        ScanEnabled: true,
        TlsPolicy: 'Require',
        Actions: [
          {
            S3Action: {
              BucketName: Match.anyValue(),
              ObjectKeyPrefix: 'inbound/',
            },
          },
          {
            LambdaAction: {
              FunctionArn: {
                'Fn::GetAtt': [
                  Match.stringLikeRegexp('^ReceiveInboundMailFunction'),
                  'Arn',
                ],
              },
              InvocationType: 'Event',
            },
          },
        ],
      },
    });
  });

  it('is the only caller SES may be when invoking ReceiveInboundMail', () => {
    app.hasResourceProperties('AWS::Lambda::Permission', {
      Principal: 'ses.amazonaws.com',
      SourceAccount: { Ref: 'AWS::AccountId' },
      SourceArn: RULE_ARN,
    });
    const rule = Object.values(app.findResources('AWS::SES::ReceiptRule'))[0];
    expect(JSON.stringify(rule?.DependsOn)).toMatch(
      /SesInvokesReceiveInboundMail/,
    );
  });

  it('is not synthesized without inboundDomain, and refused where SES does not receive', () => {
    const plain = buildApp(
      {
        stage: 'test',
        mailFrom: 'privacy@shop.example',
        'aws:cdk:bundling-stacks': [],
      },
      { policyValidation: false },
    );
    expect(
      Object.keys(
        Template.fromStack(plain.stateless).findResources(
          'AWS::SES::ReceiptRule',
        ),
      ),
    ).toEqual([]);
    expect(() =>
      buildApp(
        {
          stage: 'test',
          region: 'eu-north-1',
          inboundDomain: 'inbound.shop.example',
        },
        { policyValidation: false },
      ),
    ).toThrow(/email receiving/);
  });
});

describe('delivery telemetry', () => {
  it('suppresses bounces and complaints and sends delivery, bounce, complaint and reject events to EventBridge', () => {
    app.hasResourceProperties('AWS::SES::ConfigurationSet', {
      Name: names.configurationSet,
      SuppressionOptions: { SuppressedReasons: ['BOUNCE', 'COMPLAINT'] },
    });
    app.hasResourceProperties('AWS::SES::ConfigurationSetEventDestination', {
      ConfigurationSetName: names.configurationSet,
      EventDestination: Match.objectLike({
        Enabled: true,
        MatchingEventTypes: ['DELIVERY', 'BOUNCE', 'COMPLAINT', 'REJECT'],
        EventBridgeDestination: { EventBusArn: Match.anyValue() },
      }),
    });
    app.hasResourceProperties('AWS::Events::Rule', {
      EventPattern: { source: ['aws.ses'], 'detail-type': Match.anyValue() },
      Targets: [
        Match.objectLike({
          Arn: {
            'Fn::GetAtt': [
              Match.stringLikeRegexp('^RecordMailEventFunction'),
              'Arn',
            ],
          },
        }),
      ],
    });
  });
});

describe('the inbound grants', () => {
  const statementsOf = (fn: string) =>
    Object.entries(app.findResources('AWS::IAM::Policy'))
      .filter(([id]) => id.startsWith(`${fn}Role`))
      .flatMap(
        ([, p]) =>
          (
            p as {
              Properties: {
                PolicyDocument: {
                  Statement: { Action: string | string[]; Resource: unknown }[];
                };
              };
            }
          ).Properties.PolicyDocument.Statement,
      );
  const s3Resources = (fn: string) =>
    statementsOf(fn)
      .filter((s) => [s.Action].flat().some((a) => a.startsWith('s3:')))
      .map((s) => ({
        actions: [s.Action].flat().sort(),
        resource: JSON.stringify(s.Resource).replace(
          /\{"Fn::ImportValue":"[^"]+"\}/g,
          'BUCKET',
        ),
      }));

  it('let ReceiveInboundMail read and delete messages and write attachments, nothing else', () => {
    expect(s3Resources('ReceiveInboundMail')).toEqual([
      {
        actions: ['s3:DeleteObject', 's3:GetObject'],
        resource: expect.stringMatching(
          /^\{[^{]*\[[^[]*BUCKET,"\/inbound\/\*"\]\]\}$/,
        ),
      },
      {
        actions: ['s3:PutObject'],
        resource: expect.stringMatching(/BUCKET,"\/attachments\/\*"/),
      },
    ]);
  });

  it("let the console read kept attachments only (to sign a member's download), no message or body", () => {
    const inbound = s3Resources('Console').filter((s) =>
      /inbound|attachments|webhooks/.test(s.resource),
    );
    expect(inbound).toEqual([
      {
        actions: ['s3:GetObject'],
        resource: expect.stringMatching(/BUCKET,"\/attachments\/\*"/),
      },
    ]);
  });

  it('let the webhook route start its worker only: no S3 (the body goes to the table with its claim)', () => {
    expect(s3Resources('ShopifyWebhook')).toEqual([]);
    const invoke = statementsOf('ShopifyWebhook').filter((s) =>
      [s.Action].flat().includes('lambda:InvokeFunction'),
    );
    expect(JSON.stringify(invoke.map((s) => s.Resource))).toMatch(
      /ProcessShopifyWebhookFunction/,
    );
  });

  // CloudFormation updates a resource another one Refs before that one (the DependsOn page of
  // the CloudFormation template reference: "Resource B is updated before resource A"). The front
  // names its worker by Ref, so an update reaches the worker first: the worker is the side that
  // reads bodies an earlier front kept in S3 (adapters/aws/s3-legacy-webhook-bodies.ts).
  it("names the worker by Ref in the front's environment, so an update reaches the worker first", () => {
    const functions = app.findResources('AWS::Lambda::Function');
    const logicalId = (prefix: string) =>
      Object.keys(functions).filter((id) => id.startsWith(`${prefix}Function`));
    const [front] = logicalId('ShopifyWebhook');
    const [worker] = logicalId('ProcessShopifyWebhook');
    expect(front && worker).toBeTruthy();
    expect(
      functions[front ?? '']?.Properties?.Environment?.Variables
        ?.WEBHOOK_WORKER_FUNCTION,
    ).toEqual({ Ref: worker });
  });

  it("give the webhook's front no S3, its worker only the bodies an old front kept, and both only their table items", () => {
    const front = statementsOf('ShopifyWebhook');
    expect(s3Resources('ShopifyWebhook')).toEqual([]);
    expect(JSON.stringify(front)).not.toContain('s3.');
    expect(JSON.stringify(front)).not.toMatch(/webhooks\//);
    // The worker's fallback while a deployment updates from bodies in S3 (s3-legacy-webhook-bodies.ts):
    // read and delete under webhooks/ only, the data key only through S3 and only to decrypt.
    // It lists the key before reading it: without s3:ListBucket, S3 answers a GetObject of a
    // missing key 403 instead of 404, and the listing is limited to the webhooks/ prefix.
    expect(s3Resources('ProcessShopifyWebhook')).toEqual([
      {
        actions: ['s3:DeleteObject', 's3:GetObject'],
        resource: expect.stringMatching(
          /^\{[^{]*\[[^[]*BUCKET,"\/webhooks\/\*"\]\]\}$/,
        ),
      },
      { actions: ['s3:ListBucket'], resource: 'BUCKET' },
    ]);
    const list = statementsOf('ProcessShopifyWebhook').find((s) =>
      [s.Action].flat().includes('s3:ListBucket'),
    ) as { Condition?: unknown } | undefined;
    expect(list?.Condition).toEqual({
      StringLike: { 's3:prefix': ['webhooks/*'] },
    });
    const viaS3 = statementsOf('ProcessShopifyWebhook').filter((s) =>
      /"kms:ViaService":[^}]*"s3\./.test(JSON.stringify(s)),
    );
    expect(viaS3.map((s) => [s.Action].flat())).toEqual([['kms:Decrypt']]);
    const leadingKeys = (fn: string, sid: string) =>
      (
        statementsOf(fn).find((s) => (s as { Sid?: string }).Sid === sid) as
          | {
              Condition?: Record<string, Record<string, string[]>>;
            }
          | undefined
      )?.Condition?.['ForAllValues:StringLike']?.['dynamodb:LeadingKeys'];
    // The front reads merchants and writes webhook claims (with their bodies), nothing else.
    expect(leadingKeys('ShopifyWebhook', 'TableRead')).toEqual(['MERCHANT#*']);
    expect(leadingKeys('ShopifyWebhook', 'TableWrite')).toEqual(['WEBHOOK#*']);
    // The worker reads the body and removes it once done.
    expect(leadingKeys('ProcessShopifyWebhook', 'TableRead')).toContain(
      'WEBHOOK#*',
    );
    expect(leadingKeys('ProcessShopifyWebhook', 'TableWrite')).toContain(
      'WEBHOOK#*',
    );
    expect(leadingKeys('ProcessShopifyWebhook', 'TableWrite')).not.toContain(
      'INTAKE#*',
    );
  });
});
