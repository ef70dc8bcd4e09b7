/**
 * How many history events AWS Step Functions records for an execution, from what the execution
 * did: the events each state type writes (the event types of the API reference's HistoryEvent,
 * in the order real histories show them), applied to the states a local run entered and the
 * task attempts it made. Step Functions fails an execution whose history would pass
 * {@link HISTORY_EVENT_LIMIT} events. statemachines/README.md ("Limits") does the same sums for
 * the worst case.
 */

/** Standard workflows: the most events one execution's history may hold. */
export const HISTORY_EVENT_LIMIT = 25_000;

/** Events per state, by type, when it runs once without retries. */
export const AWS_EVENTS_PER_STATE = {
  /** ExecutionStarted; ExecutionSucceeded | Failed | TimedOut | Aborted. */
  execution: 2,
  /** <Type>StateEntered, <Type>StateExited. */
  Pass: 2,
  Choice: 2,
  Wait: 2,
  Succeed: 2,
  /** FailStateEntered (the execution's own end follows). */
  Fail: 1,
  /**
   * TaskStateEntered; TaskScheduled, TaskStarted (LambdaFunction… for a Lambda ARN resource);
   * TaskSucceeded | Failed | TimedOut; TaskStateExited (also when a Catch takes the error).
   */
  Task: 5,
  /** A `.waitForTaskToken` task also records TaskSubmitted once its Lambda returned. */
  taskSubmitted: 1,
  /** Each attempt a Retry adds: the failure, then Scheduled and Started again. */
  taskRetry: 3,
  /** MapStateEntered, MapStateStarted, MapStateSucceeded | Failed, MapStateExited. */
  Map: 4,
  /** MapIterationStarted, MapIterationSucceeded | Failed (plus the iteration's states). */
  mapIteration: 2,
  /** ParallelStateEntered, Started, Succeeded | Failed, Exited (plus the branches' states). */
  Parallel: 4,
} as const;

type Event = { type?: string };

/**
 * The AWS figure for an execution whose history is `events` (a local run's): each state entered
 * counts what its type records, each Map iteration two, each task attempt beyond the first three,
 * each submitted callback task one, and the execution two.
 */
export function awsEventCount(events: readonly Event[]): number {
  const perType = AWS_EVENTS_PER_STATE as Record<string, number>;
  let count = AWS_EVENTS_PER_STATE.execution;
  let tasks = 0;
  let attempts = 0;
  for (const { type = '' } of events) {
    const entered = /^([A-Za-z]+)StateEntered$/.exec(type)?.[1];
    if (entered) {
      count += perType[entered] ?? 2;
      if (entered === 'Task') tasks += 1;
    } else if (type === 'MapIterationStarted')
      count += AWS_EVENTS_PER_STATE.mapIteration;
    else if (type === 'TaskScheduled' || type === 'LambdaFunctionScheduled')
      attempts += 1;
    else if (type === 'TaskSubmitted')
      count += AWS_EVENTS_PER_STATE.taskSubmitted;
  }
  return count + AWS_EVENTS_PER_STATE.taskRetry * (attempts - tasks);
}
