import {
  DescribeExecutionCommand,
  ExecutionAlreadyExists,
  ExecutionDoesNotExist,
  GetExecutionHistoryCommand,
  type HistoryEvent,
  RedriveExecutionCommand,
  type SFNClient,
  StartExecutionCommand,
  StopExecutionCommand,
} from '@aws-sdk/client-sfn';
import { executionName } from '#domain/ops.ts';
import type {
  ExecutionStartInput,
  ExecutionStatus,
  ExecutionStep,
  ExecutionSummary,
  Executions,
} from '#ports/executions.ts';

/** More executions than this per request is an incident (retries, restarts, continuations). */
const MAX_EXECUTIONS = 1000;

/**
 * {@link Executions} on the Step Functions API; the same code talks to AWS and to the embedded
 * stack's endpoint (`AWS_ENDPOINT_URL_SFN`). Executions are found by name (`<requestId>`,
 * `<requestId>-<n>`), so no listing of the whole state machine is needed.
 */
export class SfnExecutions implements Executions {
  readonly redrive?: (executionArn: string) => Promise<void>;

  constructor(
    private readonly sfn: SFNClient,
    private readonly stateMachineArn: string,
    /** AWS: region for console links and the redrive capability; omit against the local engine. */
    private readonly aws?: { region: string },
  ) {
    if (aws)
      this.redrive = async (executionArn) => {
        await this.sfn.send(new RedriveExecutionCommand({ executionArn }));
      };
  }

  private arnOf(name: string) {
    return `${this.stateMachineArn.replace(':stateMachine:', ':execution:')}:${name}`;
  }

  /**
   * Looks up names from `newest` up while they exist (a start the request did not record yet),
   * then down from `newest - 1` while they exist: execution n starts before n - 1 ends, so the
   * ones Step Functions still knows are consecutive, and those it forgot (90 days after closing)
   * are the oldest. Costs one DescribeExecution per execution found, plus two.
   */
  async forRequest(requestId: string, newest = 0): Promise<ExecutionSummary[]> {
    const found: ExecutionSummary[] = [];
    for (let n = newest; n < MAX_EXECUTIONS; n++) {
      const e = await this.describe(executionName(requestId, n));
      if (!e) break;
      found.push(e);
    }
    for (let n = newest - 1; n >= 0; n--) {
      const e = await this.describe(executionName(requestId, n));
      if (!e) break;
      found.unshift(e);
    }
    return found;
  }

  private async describe(name: string): Promise<ExecutionSummary | undefined> {
    try {
      const out = await this.sfn.send(
        new DescribeExecutionCommand({ executionArn: this.arnOf(name) }),
      );
      return {
        executionArn: out.executionArn ?? '',
        name: out.name ?? '',
        status: (out.status ?? 'RUNNING') as ExecutionStatus,
        startedAt: out.startDate?.toISOString() ?? '',
        stoppedAt: out.stopDate?.toISOString(),
        error: out.error,
        consoleUrl: this.aws
          ? `https://${this.aws.region}.console.aws.amazon.com/states/home?region=${this.aws.region}#/v2/executions/details/${out.executionArn}`
          : undefined,
      };
    } catch (error) {
      if (error instanceof ExecutionDoesNotExist) return undefined;
      throw error;
    }
  }

  async history(executionArn: string): Promise<ExecutionStep[]> {
    const events: HistoryEvent[] = [];
    let nextToken: string | undefined;
    do {
      const out = await this.sfn.send(
        new GetExecutionHistoryCommand({
          executionArn,
          includeExecutionData: false,
          maxResults: 1000,
          nextToken,
        }),
      );
      events.push(...(out.events ?? []));
      nextToken = out.nextToken;
    } while (nextToken);
    return toSteps(events);
  }

  async start(name: string, input: ExecutionStartInput) {
    try {
      const out = await this.sfn.send(
        new StartExecutionCommand({
          stateMachineArn: this.stateMachineArn,
          name,
          input: JSON.stringify(input),
        }),
      );
      return {
        executionArn: out.executionArn ?? this.arnOf(name),
        alreadyStarted: false,
      };
    } catch (error) {
      if (error instanceof ExecutionAlreadyExists)
        return { executionArn: this.arnOf(name), alreadyStarted: true };
      throw error;
    }
  }

  async stop(executionArn: string, error: string) {
    await this.sfn.send(new StopExecutionCommand({ executionArn, error }));
  }
}

/** AWS history events as timeline steps: state names carried forward, retries named, no data. */
export function toSteps(events: readonly HistoryEvent[]): ExecutionStep[] {
  const steps: ExecutionStep[] = [];
  let state: string | undefined;
  const failedIn = new Set<string>();
  for (const e of events) {
    const type = e.type ?? '';
    const at = e.timestamp ? new Date(e.timestamp).toISOString() : '';
    const entered = e.stateEnteredEventDetails?.name;
    const exited = e.stateExitedEventDetails?.name;
    if (entered) state = entered;
    const failure =
      e.taskFailedEventDetails ??
      e.lambdaFunctionFailedEventDetails ??
      e.taskTimedOutEventDetails ??
      e.lambdaFunctionTimedOutEventDetails ??
      e.executionFailedEventDetails ??
      e.executionAbortedEventDetails;
    let kind: string | undefined;
    if (type.endsWith('StateEntered')) kind = 'StateEntered';
    else if (type.endsWith('StateExited')) kind = 'StateExited';
    else if (/(Task|LambdaFunction)Failed$/.test(type)) kind = 'TaskFailed';
    else if (/(Task|LambdaFunction)TimedOut$/.test(type)) kind = 'TaskTimedOut';
    else if (
      /(Task|LambdaFunction)Scheduled$/.test(type) &&
      state &&
      failedIn.has(state)
    )
      kind = 'TaskRetried';
    else if (
      type === 'TaskSubmitted' &&
      e.taskSubmittedEventDetails?.resource?.endsWith('waitForTaskToken')
    )
      kind = 'WaitingForCallback';
    else if (type.startsWith('Execution')) kind = type;
    else if (type === 'MapIterationFailed') kind = 'MapIterationFailed';
    if (kind === 'TaskFailed' || kind === 'TaskTimedOut') {
      if (state) failedIn.add(state);
    } else if (kind === 'StateExited' && exited) failedIn.delete(exited);
    if (!kind) continue;
    steps.push({
      at,
      kind,
      type,
      state:
        entered ?? exited ?? (kind.startsWith('Execution') ? undefined : state),
      error: failure?.error,
    });
  }
  return steps;
}
