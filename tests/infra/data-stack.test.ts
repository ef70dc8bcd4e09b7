import { App } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
import { cdkJsonContext, readSettings } from '#infra/app.ts';
import { DataStack, workingMaterialDays } from '#infra/stacks/data-stack.ts';

// The stateful stack alone: no functions, so no bundling.
describe('DataStack settings', () => {
  it('expires exports after exportRetentionDays', () => {
    // cdk.json's feature flags (e.g. server access logs through a bucket policy) apply, as in the CLI.
    const app = new App({
      context: { ...cdkJsonContext(), exportRetentionDays: '7' },
    });
    const stack = new DataStack(app, 'Data', {
      exportRetentionDays: readSettings(app).exportRetentionDays,
      logGroupNamePatterns: ['App-*'],
    });
    Template.fromStack(stack).hasResourceProperties('AWS::S3::Bucket', {
      LifecycleConfiguration: {
        Rules: Match.arrayWith([
          Match.objectLike({
            Id: 'expire-working-material',
            ExpirationInDays: workingMaterialDays(7),
          }),
          Match.objectLike({
            Id: 'expire-delivered-erasure-certificate',
            ExpirationInDays: 7,
          }),
        ]),
      },
      BucketEncryption: Match.anyValue(),
    });
  });

  it('lets CloudWatch Logs use the key for the given log groups only', () => {
    // Prepare
    const app = new App({ context: cdkJsonContext() });

    // Act
    const stack = new DataStack(app, 'Data', {
      env: { account: '111122223333', region: 'eu-north-1' },
      exportRetentionDays: 30,
      logGroupNamePatterns: ['App-*', '/aws/vendedlogs/states/App-*'],
    });

    // Assess
    Template.fromStack(stack).hasResourceProperties('AWS::KMS::Key', {
      KeyPolicy: {
        Statement: Match.arrayWith([
          {
            Sid: 'AllowCloudWatchLogsForAppLogGroups',
            Effect: 'Allow',
            Principal: { Service: 'logs.eu-north-1.amazonaws.com' },
            Action: [
              'kms:Decrypt*',
              'kms:Describe*',
              'kms:Encrypt*',
              'kms:GenerateDataKey*',
              'kms:ReEncrypt*',
            ],
            Resource: '*',
            Condition: {
              ArnLike: {
                'kms:EncryptionContext:aws:logs:arn': [
                  'arn:aws:logs:eu-north-1:111122223333:log-group:App-*',
                  'arn:aws:logs:eu-north-1:111122223333:log-group:/aws/vendedlogs/states/App-*',
                ],
              },
            },
          },
        ]),
      },
    });
  });

  it('refuses to build a key no log group may use', () => {
    expect(
      () =>
        new DataStack(new App(), 'Data', {
          exportRetentionDays: 30,
          logGroupNamePatterns: [],
        }),
    ).toThrow(/logGroupNamePatterns/);
  });

  it('defaults and validates the context', () => {
    expect(readSettings(new App())).toEqual({
      stage: 'dev',
      region: 'eu-north-1',
      mailFrom: 'privacy@example.com',
      publicBaseUrl: undefined,
      exportRetentionDays: 30,
      tracer: false,
      operatorEmails: [],
    });
    expect(readSettings(new App({ context: { tracer: 'true' } })).tracer).toBe(
      true,
    );
    expect(() => readSettings(new App({ context: { tracer: 'yes' } }))).toThrow(
      /tracer="yes" must be true or false/,
    );
    expect(
      readSettings(new App({ context: { region: 'eu-south-2' } })).region,
    ).toBe('eu-south-2');
    expect(() =>
      readSettings(new App({ context: { region: 'europe' } })),
    ).toThrow(/region="europe" is not an AWS region name/);
    expect(
      readSettings(
        new App({
          context: { operatorEmails: 'Ops@Host.example, second@host.example' },
        }),
      ).operatorEmails,
    ).toEqual(['ops@host.example', 'second@host.example']);
    expect(() =>
      readSettings(new App({ context: { operatorEmails: 'ops' } })),
    ).toThrow(/operatorEmails/);
    expect(
      readSettings(
        new App({ context: { publicBaseUrl: 'https://privacy.example.com/' } }),
      ).publicBaseUrl,
    ).toBe('https://privacy.example.com');
    expect(() =>
      readSettings(new App({ context: { exportRetentionDays: 0 } })),
    ).toThrow(/exportRetentionDays/);
    expect(() =>
      readSettings(new App({ context: { mailFrom: 'nobody' } })),
    ).toThrow(/mailFrom/);
    expect(() =>
      readSettings(new App({ context: { publicBaseUrl: 'http://x' } })),
    ).toThrow(/publicBaseUrl/);
  });
});
