import {
  CfnOutput,
  Duration,
  Fn,
  Stack,
  type StackProps,
  Validations,
} from 'aws-cdk-lib';
import { AccessLogFormat } from 'aws-cdk-lib/aws-apigateway';
import {
  type CfnStage,
  HttpApi,
  HttpMethod,
  HttpRoute,
  HttpStage,
  LogGroupLogDestination,
} from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import {
  Alarm,
  ComparisonOperator,
  Metric,
  TreatMissingData,
} from 'aws-cdk-lib/aws-cloudwatch';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import { Rule, Schedule } from 'aws-cdk-lib/aws-events';
import { LambdaFunction } from 'aws-cdk-lib/aws-events-targets';
import type { IKey } from 'aws-cdk-lib/aws-kms';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { IBucket } from 'aws-cdk-lib/aws-s3';
import { Secret } from 'aws-cdk-lib/aws-secretsmanager';
import type { Construct } from 'constructs';
import { memberKey } from '../../functions/domain/member-roles.ts';
import {
  DsrFunction,
  type DsrResources,
  WORKFLOW_USES,
} from '../constructs/dsr-function.ts';
import {
  DsrStateMachine,
  STATE_MACHINE_LOG_GROUP_PREFIX,
} from '../constructs/dsr-state-machine.ts';
import { credentialsRole } from '../constructs/function-grants.ts';
import { InboundChannels } from '../constructs/inbound-channels.ts';
import { OpsObservability } from '../constructs/ops-observability.ts';
import {
  ENV,
  FUNCTIONS,
  type FunctionName,
  ROUTES,
  routeThrottle,
  SCHEDULES,
  STATE_MACHINES,
  THROTTLES,
} from '../wiring.ts';

export interface AppStackProps extends StackProps {
  stage: string;
  table: ITable;
  exportBucket: IBucket;
  /** Export name under which the data stack publishes the bucket ARN. */
  exportBucketArnExportName: string;
  /** CMK of the table and the bucket; also encrypts every log group of this stack. */
  key: IKey;
  mailFrom: string;
  /** The inbound bucket and its ARN export (constructs/inbound-channels.ts). */
  inboundBucket: IBucket;
  inboundBucketArnExportName: string;
  /** Context `inboundDomain`: the privacy inbox's domain, received by SES. */
  inboundDomain?: string;
  /** Custom domain in front of the API; default: the API's own endpoint. */
  publicBaseUrl?: string;
  /**
   * The deployment's operators (context `operatorEmails`): they see every merchant in the
   * console. Only their member keys reach the function's environment.
   */
  operatorEmails?: readonly string[];
  logRetention?: RetentionDays;
  /** Load the Powertools Tracer in the functions (default off; DsrSettings.tracer). */
  tracer?: boolean;
}

/** Powertools service name of every function: the `service` dimension of our metrics. */
const SERVICE_NAME = 'dsr';

/** Merchant whose public form URL is printed as an output. */
const SAMPLE_MERCHANT = 'lastu';

/**
 * Names of every log group an AppStack called `stackName` creates, as `*` patterns: the data
 * key's policy lets CloudWatch Logs use the key for these only. Unnamed log groups get
 * `<stack name>-<logical id>-<suffix>` from CloudFormation (the AWS::Logs::LogGroup handler);
 * the state machine's is named under its vended-logs prefix.
 */
export function appLogGroupNamePatterns(stackName: string): string[] {
  return [`${stackName}-*`, `${STATE_MACHINE_LOG_GROUP_PREFIX}${stackName}-*`];
}

/**
 * Stateless: one function per wiring.ts entry, the HTTP API routes, the state machines.
 * Build order avoids the only possible cycle: functions → state machines (invoke task functions)
 * → `workflow:start` grants (functions that start a machine are never its tasks) and the
 * `workflow:continue` policies (a task that starts the next execution of its own machine).
 */
export class AppStack extends Stack {
  readonly functions: Record<FunctionName, DsrFunction>;
  readonly api: HttpApi;
  readonly stateMachines: Record<keyof typeof STATE_MACHINES, DsrStateMachine>;

  constructor(scope: Construct, id: string, props: AppStackProps) {
    super(scope, id, props);
    const logRetention = props.logRetention ?? RetentionDays.ONE_MONTH;

    // The API first: its endpoint is the links' base URL, and the Api resource depends on nothing.
    this.api = new HttpApi(this, 'Api', {
      description: `DSR public endpoints (${props.stage})`,
      createDefaultStage: false,
    });
    const accessLogs = new LogGroup(this, 'ApiAccessLogs', {
      retention: logRetention,
      encryptionKey: props.key,
    });
    // Route keys, never paths: paths carry link tokens; no IP, user agent, query string or body.
    const accessLogFormat = AccessLogFormat.custom(
      JSON.stringify({
        requestId: '$context.requestId',
        requestTime: '$context.requestTimeEpoch',
        routeKey: '$context.routeKey',
        status: '$context.status',
        responseLength: '$context.responseLength',
        responseLatency: '$context.responseLatency',
        integrationStatus: '$context.integrationStatus',
        integrationLatency: '$context.integrationLatency',
        errorType: '$context.error.responseType',
      }),
    );
    const stage = new HttpStage(this, 'DefaultStage', {
      httpApi: this.api,
      stageName: '$default',
      autoDeploy: true,
      throttle: THROTTLES.stage,
      accessLogSettings: {
        destination: new LogGroupLogDestination(accessLogs),
        format: accessLogFormat,
      },
    });
    const apiUrl = this.api.apiEndpoint;
    const publicBaseUrl = props.publicBaseUrl ?? apiUrl;

    const entries = Object.entries(FUNCTIONS) as [
      FunctionName,
      (typeof FUNCTIONS)[FunctionName],
    ][];
    this.functions = Object.fromEntries(
      entries.map(([name, spec]) => [
        name,
        new DsrFunction(this, name, {
          spec,
          logKey: props.key,
          logRetention,
          tracer: props.tracer,
        }),
      ]),
    ) as Record<FunctionName, DsrFunction>;
    const all = Object.values(this.functions);
    const resources: DsrResources = {
      table: props.table,
      exportBucket: props.exportBucket,
      exportBucketArn: Fn.importValue(props.exportBucketArnExportName),
      exportBucketArnLabel: props.exportBucketArnExportName,
      key: props.key,
      mailFrom: props.mailFrom,
      credentialsRole: credentialsRole(
        this,
        'CredentialsRole',
        all
          .filter((fn) => fn.spec.access.includes('secrets:read'))
          .map((fn) => fn.role),
      ),
    };
    for (const fn of all) fn.bind(resources, publicBaseUrl);
    // The privacy inbox, Shopify webhooks and delivery telemetry: their grants, the SES receipt
    // rule and the configuration set (constructs/inbound-channels.ts).
    new InboundChannels(this, 'Inbound', {
      stage: props.stage,
      functions: this.functions,
      bucket: props.inboundBucket,
      bucketArn: Fn.importValue(props.inboundBucketArnExportName),
      bucketArnLabel: props.inboundBucketArnExportName,
      key: props.key,
      mailFrom: props.mailFrom,
      inboundDomain: props.inboundDomain,
    });
    // Signs the public form's CSRF token and keys the hashed client IPs of the intake's rate
    // limits. CloudFormation resolves it into the two functions' environment at deploy time.
    const intakeSecret = new Secret(this, 'IntakeSecret', {
      description:
        'DSR intake: signs the request form token (CSRF) and keys hashed client IPs (rate limits)',
      generateSecretString: { passwordLength: 64, excludePunctuation: true },
    });
    Validations.of(intakeSecret).acknowledge({
      id: 'AwsSolutions-SMG4',
      reason:
        'Rotating it only invalidates open form pages (their token) and restarts rate-limit buckets; no data is protected by it. Rotate by deploying a new secret.',
    });
    for (const name of ['ShowRequestForm', 'SubmitRequest'] as const)
      this.functions[name].function.addEnvironment(
        ENV.intakeSecret,
        intakeSecret.secretValue.unsafeUnwrap(),
      );
    // The console's own key: signs its form tokens (CSRF, bound to the session) and keys the
    // hashed client networks of its sign-in limits. Sessions and sign-in links are random
    // secrets stored hashed, so they do not depend on it.
    const consoleSecret = new Secret(this, 'ConsoleSecret', {
      description:
        'DSR merchant console: signs form tokens (CSRF) and keys hashed client networks (sign-in limits)',
      generateSecretString: { passwordLength: 64, excludePunctuation: true },
    });
    Validations.of(consoleSecret).acknowledge({
      id: 'AwsSolutions-SMG4',
      reason:
        'Rotating it only invalidates the forms of open console pages (reload them) and restarts sign-in rate-limit buckets; sessions do not depend on it. Rotate by deploying a new secret.',
    });
    this.functions.Console.function.addEnvironment(
      ENV.consoleSecret,
      consoleSecret.secretValue.unsafeUnwrap(),
    );
    this.functions.Console.function.addEnvironment(
      ENV.consoleOperators,
      (props.operatorEmails ?? []).map(memberKey).join(','),
    );
    const lambdas = {} as Record<FunctionName, IFunction>;
    for (const [name, fn] of Object.entries(this.functions) as [
      FunctionName,
      DsrFunction,
    ][]) {
      lambdas[name] = fn.function;
    }

    this.stateMachines = Object.fromEntries(
      Object.entries(STATE_MACHINES).map(([name, spec]) => [
        name,
        new DsrStateMachine(this, name, {
          spec,
          functions: lambdas,
          logKey: props.key,
          logRetention,
        }),
      ]),
    ) as Record<keyof typeof STATE_MACHINES, DsrStateMachine>;

    // workflow:start → every state machine of wiring.ts (there is one; a second would need a target).
    // workflow:continue → the machine the function serves, by a policy that waits for the machine.
    for (const [name, fn] of Object.entries(this.functions)) {
      if (fn.spec.access.includes('workflow:continue'))
        for (const machine of Object.values(this.stateMachines))
          if (machine.taskFunctions.includes(name as FunctionName))
            fn.bindContinuation(machine.stateMachine);
      if (!WORKFLOW_USES.some((use) => fn.spec.access.includes(use))) continue;
      for (const machine of Object.values(this.stateMachines)) {
        if (machine.taskFunctions.includes(name as FunctionName)) {
          throw new Error(
            `${name} both starts and serves ${machine.node.id}: dependency cycle`,
          );
        }
        fn.bindWorkflow(machine.stateMachine);
      }
    }

    const integrations = new Map<FunctionName, HttpLambdaIntegration>();
    for (const route of ROUTES) {
      let integration = integrations.get(route.fn);
      if (!integration) {
        integration = new HttpLambdaIntegration(
          `${route.fn}Integration`,
          lambdas[route.fn],
        );
        integrations.set(route.fn, integration);
      }
      const [created] = this.api.addRoutes({
        path: route.path,
        methods: [HttpMethod[route.method]],
        integration,
      });
      if (created) {
        Validations.of(created).acknowledge({
          id: 'AwsSolutions-APIG4',
          reason:
            'Public by design: data subjects have no account. Form and submit are open (throttled); every other route is authorised by an unguessable, expiring, single-purpose link token checked in the handler.',
        });
      }
    }

    // Per-route throttles (AWS::ApiGatewayV2::Stage RouteSettings, keyed by route key). A route
    // setting for a route that does not exist yet fails the stage, so the stage waits for them.
    const cfnStage = stage.node.defaultChild as CfnStage;
    cfnStage.routeSettings = Object.fromEntries(
      ROUTES.flatMap((route) => {
        const throttle = routeThrottle(route);
        return throttle
          ? [
              [
                `${route.method} ${route.path}`,
                // A JSON property: written as CloudFormation spells it.
                {
                  ThrottlingRateLimit: throttle.rateLimit,
                  ThrottlingBurstLimit: throttle.burstLimit,
                },
              ],
            ]
          : [];
      }),
    );
    for (const route of this.api.node.children.filter(
      (c) => c instanceof HttpRoute,
    ))
      stage.node.addDependency(route);

    for (const schedule of SCHEDULES) {
      new Rule(this, schedule.id, {
        description: `${schedule.fn} every ${schedule.everyMinutes} minutes`,
        schedule: Schedule.rate(Duration.minutes(schedule.everyMinutes)),
        targets: [
          new LambdaFunction(lambdas[schedule.fn], { retryAttempts: 2 }),
        ],
      });
    }

    // Any request past its legal deadline pages ops (the sweep publishes the metric each run).
    const overdueAlarm = new Alarm(this, 'OverdueRequestsAlarm', {
      alarmDescription:
        'At least one data-subject request is past its legal deadline (GDPR Art. 12(3)).',
      metric: new Metric({
        namespace: 'DsrOrchestrator',
        metricName: 'OverdueRequests',
        dimensionsMap: { service: SERVICE_NAME },
        statistic: 'Maximum',
        period: Duration.hours(1),
      }),
      threshold: 0,
      comparisonOperator: ComparisonOperator.GREATER_THAN_THRESHOLD,
      evaluationPeriods: 1,
      treatMissingData: TreatMissingData.NOT_BREACHING,
    });
    // The reconciler found a request that no longer moves (it also emailed the merchant once).
    const stalledAlarm = new Alarm(this, 'StalledRequestsAlarm', {
      alarmDescription:
        'At least one open data-subject request has made no progress, or lost its workflow and could not be restarted (see its RequestStalled audit event).',
      metric: new Metric({
        namespace: 'DsrOrchestrator',
        metricName: 'StalledRequests',
        dimensionsMap: { service: SERVICE_NAME },
        statistic: 'Maximum',
        period: Duration.hours(1),
      }),
      threshold: 0,
      comparisonOperator: ComparisonOperator.GREATER_THAN_THRESHOLD,
      evaluationPeriods: 1,
      treatMissingData: TreatMissingData.NOT_BREACHING,
    });
    const ops = new OpsObservability(this, 'Ops', {
      stage: props.stage,
      functions: lambdas,
      stateMachine: this.stateMachines.DsrWorkflow.stateMachine,
      api: this.api,
      extraAlarms: [overdueAlarm, stalledAlarm],
      metricsNamespace: 'DsrOrchestrator',
      service: SERVICE_NAME,
    });
    new CfnOutput(this, 'AlarmTopicArn', { value: ops.topic.topicArn });
    new CfnOutput(this, 'DashboardName', {
      value: ops.dashboard.dashboardName,
    });

    new CfnOutput(this, 'ApiUrl', {
      value: apiUrl,
      description: 'HTTP API endpoint',
    });
    new CfnOutput(this, 'PublicBaseUrl', {
      value: publicBaseUrl,
      description: 'Base URL of emailed links',
    });
    new CfnOutput(this, 'ConsoleUrl', {
      value: `${publicBaseUrl}/console/sign-in`,
      description: 'Merchant console (sign in with a member address)',
    });
    new CfnOutput(this, 'MerchantFormUrl', {
      value: `${publicBaseUrl}/m/${SAMPLE_MERCHANT}`,
      description: `Public request form of merchant ${SAMPLE_MERCHANT}`,
    });
    for (const [name, machine] of Object.entries(this.stateMachines)) {
      new CfnOutput(this, `${name}StateMachineArn`, {
        value: machine.stateMachine.stateMachineArn,
      });
    }
    new CfnOutput(this, 'TableName', { value: props.table.tableName });
    new CfnOutput(this, 'ExportBucketName', {
      value: props.exportBucket.bucketName,
    });
  }
}
