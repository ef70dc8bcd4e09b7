import { Match, Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { type BuiltApp, buildApp } from '#infra/app.ts';
import { FUNCTIONS } from '#infra/wiring.ts';

// One app for the file: building bundles every function.
let built: BuiltApp;
let app: Template;

beforeAll(() => {
  built = buildApp({
    stage: 'test',
    alarmEmails: 'oncall@shop.example, dpo@shop.example',
    // Bundles are app.test.ts's concern; skipping esbuild here halves the infra suite's time.
    'aws:cdk:bundling-stacks': [],
  });
  built.app.synth(); // runs cdk-nag: throws on any unacknowledged finding
  app = Template.fromStack(built.stateless);
});

describe('ops observability', () => {
  it('sends every alarm to one KMS-encrypted, TLS-only topic with the configured emails', () => {
    app.resourceCountIs('AWS::SNS::Topic', 1);
    app.hasResourceProperties('AWS::SNS::Topic', {
      KmsMasterKeyId: Match.anyValue(),
    });
    app.hasResourceProperties('AWS::SNS::TopicPolicy', {
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({
            Effect: 'Deny',
            Condition: { Bool: { 'aws:SecureTransport': 'false' } },
          }),
        ]),
      },
    });
    for (const email of ['oncall@shop.example', 'dpo@shop.example'])
      app.hasResourceProperties('AWS::SNS::Subscription', {
        Protocol: 'email',
        Endpoint: email,
      });
    const topic = Object.keys(app.findResources('AWS::SNS::Topic'))[0];
    const alarms = Object.values(app.findResources('AWS::CloudWatch::Alarm'));
    // executions failed, timed out, API 5xx; errors + throttles per function; sweep silent;
    // overdue; stalled (the reconciler)
    expect(alarms.length).toBe(3 + 2 * Object.keys(FUNCTIONS).length + 1 + 2);
    for (const alarm of alarms)
      expect(alarm.Properties.AlarmActions).toEqual([{ Ref: topic }]);
  });

  it('alarms on failed and timed-out executions, API 5xx and overdue requests', () => {
    for (const metricName of ['ExecutionsFailed', 'ExecutionsTimedOut'])
      app.hasResourceProperties('AWS::CloudWatch::Alarm', {
        Namespace: 'AWS/States',
        MetricName: metricName,
        Threshold: 0,
        ComparisonOperator: 'GreaterThanThreshold',
      });
    app.hasResourceProperties('AWS::CloudWatch::Alarm', {
      Namespace: 'AWS/ApiGateway',
      MetricName: '5xx',
    });
    app.hasResourceProperties('AWS::CloudWatch::Alarm', {
      Namespace: 'DsrOrchestrator',
      MetricName: 'OverdueRequests',
    });
    app.hasResourceProperties('AWS::CloudWatch::Alarm', {
      Namespace: 'DsrOrchestrator',
      MetricName: 'StalledRequests',
      Threshold: 0,
      ComparisonOperator: 'GreaterThanThreshold',
    });
  });

  it('alarms on errors and throttles of every function', () => {
    for (const metricName of ['Errors', 'Throttles'])
      expect(
        Object.keys(
          app.findResources('AWS::CloudWatch::Alarm', {
            Properties: { Namespace: 'AWS/Lambda', MetricName: metricName },
          }),
        ).length,
      ).toBe(Object.keys(FUNCTIONS).length);
  });

  it('has one dashboard with the workflow, functions, API and request backlog', () => {
    app.resourceCountIs('AWS::CloudWatch::Dashboard', 1);
    const body = JSON.stringify(
      Object.values(app.findResources('AWS::CloudWatch::Dashboard'))[0]
        ?.Properties.DashboardBody,
    );
    for (const title of [
      'Workflow executions',
      'Lambda errors',
      'Lambda throttles',
      'API 4xx / 5xx',
      'Requests (deadline sweep, hourly)',
      'Alarms',
      'Requests finished, by type and outcome',
      'Time to complete (p90, ms), by type',
      'Processor jobs, by processor and outcome',
    ])
      expect(body).toContain(title);
    expect(body).toContain('OverdueRequests');
    for (const metric of ['RequestsFinished', 'TimeToComplete', 'JobsFinished'])
      expect(body).toMatch(new RegExp(`MetricName=[\\\\"]+${metric}`));
  });

  it('rejects an alarm email that is not an address', () => {
    expect(() =>
      buildApp({ stage: 'test', alarmEmails: 'not-an-email' }),
    ).toThrow(/alarmEmails/);
  });

  it('alarms when the deadline sweep stops running (missing data counts as silence)', () => {
    app.hasResourceProperties('AWS::CloudWatch::Alarm', {
      MetricName: 'Invocations',
      Namespace: 'AWS/Lambda',
      ComparisonOperator: 'LessThanThreshold',
      Threshold: 1,
      Period: 7200,
      TreatMissingData: 'breaching',
    });
  });
});
