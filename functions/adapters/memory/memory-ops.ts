/** In-memory {@link OpsQuery} and {@link Executions} for the operator use-case tests. */
import { executionName, executionNumber, summarize } from '#domain/ops.ts';
import type {
  ExecutionStartInput,
  ExecutionStatus,
  ExecutionStep,
  ExecutionSummary,
  Executions,
} from '#ports/executions.ts';
import type { OpsQuery } from '#ports/ops-query.ts';
import type {
  MemoryMerchantDirectory,
  MemoryRequestStore,
} from './memory-ports.ts';

export class MemoryOpsQuery implements OpsQuery {
  constructor(
    private readonly requests: MemoryRequestStore,
    private readonly merchants: MemoryMerchantDirectory,
  ) {}
  async scanRequests({ maxItems }: { maxItems: number }) {
    const all = [...this.requests.items.values()];
    return {
      requests: all
        .slice(0, maxItems)
        .map(summarize)
        .sort((a, b) => b.receivedAt.localeCompare(a.receivedAt)),
      truncated: all.length > maxItems,
    };
  }
  async listMerchants() {
    return [...this.merchants.merchants.values()].sort((a, b) =>
      a.merchantId.localeCompare(b.merchantId),
    );
  }
}

interface MemoryExecution extends ExecutionSummary {
  input: Record<string, unknown> | ExecutionStartInput;
  steps: ExecutionStep[];
}

/** Executions a test sets up with {@link MemoryExecutions.add}; `redrive` only when `canRedrive`. */
export class MemoryExecutions implements Executions {
  readonly executions: MemoryExecution[] = [];
  readonly stopped: string[] = [];
  readonly redriven: string[] = [];
  redrive?: (executionArn: string) => Promise<void>;

  constructor(
    private readonly clock: { now(): Date },
    { canRedrive = false } = {},
  ) {
    if (canRedrive)
      this.redrive = async (arn) => {
        this.redriven.push(arn);
        const e = this.executions.find((x) => x.executionArn === arn);
        if (e) e.status = 'RUNNING';
      };
  }

  /** Adds the request's next execution (numbered after its newest), or one named `name`. */
  add(
    requestId: string,
    status: ExecutionStatus,
    steps: ExecutionStep[] = [],
    name = executionName(
      requestId,
      1 + Math.max(-1, ...this.numbers(requestId)),
    ),
  ): MemoryExecution {
    const e: MemoryExecution = {
      executionArn: `arn:memory:execution:${name}`,
      name,
      status,
      startedAt: this.clock.now().toISOString(),
      input: { requestId },
      steps,
    };
    this.executions.push(e);
    return e;
  }
  /** Drops an execution, as Step Functions does 90 days after it closed. */
  forget(name: string) {
    const i = this.executions.findIndex((e) => e.name === name);
    if (i >= 0) this.executions.splice(i, 1);
  }

  private numbers(requestId: string): number[] {
    return this.executions
      .map((e) => executionNumber(requestId, e.name))
      .filter((n): n is number => n !== undefined);
  }

  async forRequest(requestId: string, _newest?: number) {
    const number = (e: MemoryExecution) =>
      executionNumber(requestId, e.name) ?? -1;
    return this.executions
      .filter((e) => number(e) >= 0)
      .sort((a, b) => number(a) - number(b))
      .map(({ input: _i, steps: _s, ...summary }) => structuredClone(summary));
  }
  async history(executionArn: string) {
    return structuredClone(
      this.executions.find((e) => e.executionArn === executionArn)?.steps ?? [],
    );
  }
  async start(name: string, input: ExecutionStartInput) {
    const existing = this.executions.find((e) => e.name === name);
    if (existing)
      return { executionArn: existing.executionArn, alreadyStarted: true };
    const e = this.add(input.requestId, 'RUNNING', [], name);
    e.input = structuredClone(input);
    return { executionArn: e.executionArn, alreadyStarted: false };
  }
  async stop(executionArn: string) {
    const e = this.executions.find((x) => x.executionArn === executionArn);
    if (e?.status === 'RUNNING') e.status = 'ABORTED';
    this.stopped.push(executionArn);
  }
}
