import { ArnFormat, Duration, RemovalPolicy, Stack } from 'aws-cdk-lib';
import type { HttpApi } from 'aws-cdk-lib/aws-apigatewayv2';
import {
  Alarm,
  AlarmStatusWidget,
  type CfnAlarm,
  ComparisonOperator,
  Dashboard,
  GraphWidget,
  type IMetric,
  MathExpression,
  Metric,
  SingleValueWidget,
  TreatMissingData,
} from 'aws-cdk-lib/aws-cloudwatch';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import { PolicyStatement, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Key } from 'aws-cdk-lib/aws-kms';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { Topic } from 'aws-cdk-lib/aws-sns';
import { EmailSubscription } from 'aws-cdk-lib/aws-sns-subscriptions';
import type { StateMachine } from 'aws-cdk-lib/aws-stepfunctions';
import { Construct } from 'constructs';
import { denyGrantsExceptForAwsServices } from './key-policies.ts';

const EMAIL = /^[^\s@,]+@[^\s@,]+\.[^\s@,]+$/;

/** Alarms on the topic are named `<stack name>-<construct id>`. */
const alarmNamePrefix = (stack: Stack) => `${stack.stackName}-`;

export interface OpsObservabilityProps {
  stage: string;
  functions: Record<string, IFunction>;
  stateMachine: StateMachine;
  api: HttpApi;
  /** Alarms created elsewhere that should also notify (e.g. overdue requests). */
  extraAlarms?: Alarm[];
  /** Our custom metrics: namespace and the `service` dimension. */
  metricsNamespace: string;
  service: string;
  /**
   * Addresses subscribed to the alarm topic.
   * @default the `alarmEmails` context value (comma-separated), else none
   */
  alarmEmails?: readonly string[];
}

/** Reads `alarmEmails` from context: a comma-separated string or an array; bad values fail synth. */
export function alarmEmailsFromContext(scope: Construct): string[] {
  const raw: unknown = scope.node.tryGetContext('alarmEmails');
  if (raw === undefined || raw === null || raw === '') return [];
  const list = Array.isArray(raw) ? raw.map(String) : String(raw).split(',');
  const emails = list.map((s) => s.trim()).filter(Boolean);
  for (const e of emails)
    if (!EMAIL.test(e))
      throw new Error(`context alarmEmails: "${e}" is not an email address`);
  return emails;
}

/**
 * What on-call watches: an encrypted SNS topic (email subscriptions from config), alarms on failed
 * or timed-out executions, Lambda errors and throttles, API 5xx and overdue requests, and one
 * dashboard with the workflow, the functions, the API and the request backlog.
 *
 * @example new OpsObservability(this, 'Ops', { stage, functions, stateMachine, api, metricsNamespace: 'DsrOrchestrator', service: 'dsr' });
 */
export class OpsObservability extends Construct {
  readonly topic: Topic;
  readonly alarms: Alarm[] = [];
  readonly dashboard: Dashboard;

  constructor(scope: Construct, id: string, props: OpsObservabilityProps) {
    super(scope, id);
    const stack = Stack.of(this);
    // CloudWatch alarms can publish to an encrypted topic only with a customer key it may use
    // (SNS Developer Guide, "Enable compatibility between event sources from AWS services and
    // encrypted topics": kms:Decrypt and kms:GenerateDataKey* for cloudwatch.amazonaws.com).
    // The key encrypts nothing but this topic, so it goes with the stack (no retained key per
    // redeploy); the topic policy below decides who may publish.
    const key = new Key(this, 'AlarmTopicKey', {
      description: 'Encrypts the DSR alarm topic',
      enableKeyRotation: true,
      removalPolicy: RemovalPolicy.DESTROY,
      pendingWindow: Duration.days(7),
    });
    key.grant(
      new ServicePrincipal('cloudwatch.amazonaws.com'),
      'kms:Decrypt',
      'kms:GenerateDataKey*',
    );
    denyGrantsExceptForAwsServices(key);
    this.topic = new Topic(this, 'AlarmTopic', {
      displayName: `DSR alarms (${props.stage})`,
      masterKey: key,
      enforceSSL: true,
    });
    // `enforceSSL` writes a topic policy, which replaces SNS's default policy: without this
    // statement nothing may publish and every alarm action fails "not authorized". CloudWatch may
    // publish for this account's alarms of this stack only (aws:SourceAccount / aws:SourceArn
    // against the confused deputy; SNS Developer Guide, "Example cases for Amazon SNS access
    // control"). Alarm names are set below so the ARN pattern is known: `<stack name>-<id>`.
    this.topic.addToResourcePolicy(
      new PolicyStatement({
        sid: 'AllowCloudWatchAlarmsOfThisStack',
        principals: [new ServicePrincipal('cloudwatch.amazonaws.com')],
        actions: ['sns:Publish'],
        resources: [this.topic.topicArn],
        conditions: {
          StringEquals: { 'aws:SourceAccount': stack.account },
          ArnLike: {
            'aws:SourceArn': stack.formatArn({
              service: 'cloudwatch',
              resource: 'alarm',
              resourceName: `${alarmNamePrefix(stack)}*`,
              arnFormat: ArnFormat.COLON_RESOURCE_NAME,
            }),
          },
        },
      }),
    );
    for (const email of props.alarmEmails ?? alarmEmailsFromContext(this))
      this.topic.addSubscription(new EmailSubscription(email));
    const action = new SnsAction(this.topic);

    const alarm = (
      alarmId: string,
      description: string,
      metric: IMetric,
      threshold = 0,
    ) => {
      const a = new Alarm(this, alarmId, {
        alarmDescription: description,
        metric,
        threshold,
        comparisonOperator: ComparisonOperator.GREATER_THAN_THRESHOLD,
        evaluationPeriods: 1,
        treatMissingData: TreatMissingData.NOT_BREACHING,
      });
      this.notify(a, action);
      return a;
    };
    const sum5 = { period: Duration.minutes(5), statistic: 'Sum' };
    const sm = props.stateMachine;
    alarm(
      'ExecutionsFailedAlarm',
      'A DSR workflow execution failed: the request is FAILED and its deadline still runs. See `npm run ops -- list --status FAILED`.',
      sm.metricFailed(sum5),
    );
    alarm(
      'ExecutionsTimedOutAlarm',
      'A DSR workflow execution timed out.',
      sm.metricTimedOut(sum5),
    );
    alarm(
      'ApiServerErrorsAlarm',
      'The public DSR API answered 5xx.',
      props.api.metricServerError(sum5),
    );
    for (const [name, fn] of Object.entries(props.functions)) {
      alarm(
        `${name}ErrorsAlarm`,
        `Lambda ${name} threw errors.`,
        fn.metricErrors(sum5),
      );
      alarm(
        `${name}ThrottlesAlarm`,
        `Lambda ${name} was throttled.`,
        fn.metricThrottles(sum5),
      );
    }
    // The deadline sweep must run: silence would hide every reminder and overdue request.
    const sweeper = props.functions.SweepDeadlines;
    if (sweeper) {
      const silent = new Alarm(this, 'SweepNotRunningAlarm', {
        alarmDescription:
          'The deadline sweep has not run for two hours: reminders, escalations and the overdue alarm are blind.',
        metric: sweeper.metricInvocations({
          period: Duration.hours(2),
          statistic: 'Sum',
        }),
        threshold: 1,
        comparisonOperator: ComparisonOperator.LESS_THAN_THRESHOLD,
        evaluationPeriods: 1,
        treatMissingData: TreatMissingData.BREACHING,
      });
      this.notify(silent, action);
    }
    for (const extra of props.extraAlarms ?? []) this.notify(extra, action);

    const custom = (metricName: string, statistic = 'Maximum') =>
      new Metric({
        namespace: props.metricsNamespace,
        metricName,
        dimensionsMap: { service: props.service },
        statistic,
        period: Duration.hours(1),
      });
    const fns = Object.entries(props.functions);
    this.dashboard = new Dashboard(this, 'Dashboard', {
      defaultInterval: Duration.days(7),
    });
    this.dashboard.addWidgets(
      new SingleValueWidget({
        title: 'Requests (deadline sweep, hourly)',
        metrics: [
          custom('OpenRequests'),
          custom('DueWithin7Days'),
          custom('OverdueRequests'),
        ],
        width: 12,
      }),
      new AlarmStatusWidget({
        title: 'Alarms',
        alarms: this.alarms,
        width: 12,
      }),
    );
    this.dashboard.addWidgets(
      new GraphWidget({
        title: 'Workflow executions',
        left: [
          sm.metricStarted(sum5),
          sm.metricSucceeded(sum5),
          sm.metricFailed(sum5),
          sm.metricTimedOut(sum5),
          sm.metricAborted(sum5),
        ],
        width: 12,
      }),
      new GraphWidget({
        title: 'Merchant reminders, escalations, expiries, pseudonymisations',
        left: [
          custom('RemindersSent', 'Sum'),
          custom('EscalationsSent', 'Sum'),
          custom('RequestsExpired', 'Sum'),
          custom('RequestsPseudonymised', 'Sum'),
        ],
        width: 12,
      }),
    );
    // Dimensioned metrics (type, outcome, processor) are found by search, whatever values appear.
    const search = (metricName: string, statistic: string, label: string) =>
      new MathExpression({
        expression: `SEARCH('Namespace="${props.metricsNamespace}" MetricName="${metricName}"', '${statistic}', 3600)`,
        label,
        period: Duration.hours(1),
      });
    this.dashboard.addWidgets(
      new GraphWidget({
        title: 'Requests finished, by type and outcome',
        left: [search('RequestsFinished', 'Sum', 'finished')],
        width: 8,
      }),
      new GraphWidget({
        title: 'Time to complete (p90, ms), by type',
        left: [search('TimeToComplete', 'p90', 'p90')],
        width: 8,
      }),
      new GraphWidget({
        title: 'Processor jobs, by processor and outcome',
        left: [search('JobsFinished', 'Sum', 'jobs')],
        width: 8,
      }),
    );
    this.dashboard.addWidgets(
      new GraphWidget({
        title: 'Lambda errors',
        left: fns.map(([, fn]) => fn.metricErrors(sum5)),
        width: 8,
      }),
      new GraphWidget({
        title: 'Lambda throttles',
        left: fns.map(([, fn]) => fn.metricThrottles(sum5)),
        width: 8,
      }),
      new GraphWidget({
        title: 'API 4xx / 5xx',
        left: [
          props.api.metricClientError(sum5),
          props.api.metricServerError(sum5),
        ],
        right: [
          props.api.metricLatency({
            period: Duration.minutes(5),
            statistic: 'p90',
          }),
        ],
        width: 8,
      }),
    );
  }

  /** Sends the alarm to the topic, under a name the topic policy's `aws:SourceArn` matches. */
  private notify(alarm: Alarm, action: SnsAction): void {
    (alarm.node.defaultChild as CfnAlarm).alarmName =
      `${alarmNamePrefix(Stack.of(alarm))}${alarm.node.id}`;
    alarm.addAlarmAction(action);
    this.alarms.push(alarm);
  }

  /** Region-qualified console URL of the dashboard (for docs and outputs). */
  get dashboardUrl(): string {
    const region = Stack.of(this).region;
    return `https://${region}.console.aws.amazon.com/cloudwatch/home?region=${region}#dashboards/dashboard/${this.dashboard.dashboardName}`;
  }
}
