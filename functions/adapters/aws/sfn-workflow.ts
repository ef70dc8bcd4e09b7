import {
  ExecutionAlreadyExists,
  InvalidToken,
  SendTaskSuccessCommand,
  type SFNClient,
  StartExecutionCommand,
  TaskDoesNotExist,
  TaskTimedOut,
} from '@aws-sdk/client-sfn';
import type { ExecutionInput } from '#domain/request.ts';
import { TaskTokenGoneError, type Workflow } from '#ports/workflow.ts';

/** {@link Workflow} on Step Functions. The execution name is the request id, which makes starts idempotent. */
export class SfnWorkflow implements Workflow {
  constructor(
    private readonly sfn: SFNClient,
    private readonly stateMachineArn: string,
  ) {}

  async start(
    input: ExecutionInput,
  ): Promise<{ executionArn: string; alreadyStarted: boolean }> {
    const executionArn = `${this.stateMachineArn.replace(':stateMachine:', ':execution:')}:${input.requestId}`;
    try {
      const out = await this.sfn.send(
        new StartExecutionCommand({
          stateMachineArn: this.stateMachineArn,
          name: input.requestId,
          input: JSON.stringify({
            requestId: input.requestId,
            merchantId: input.merchantId,
            type: input.type,
          }),
        }),
      );
      return {
        executionArn: out.executionArn ?? executionArn,
        alreadyStarted: false,
      };
    } catch (error) {
      // A closed execution with the same name: this request was already started once.
      if (error instanceof ExecutionAlreadyExists)
        return { executionArn, alreadyStarted: true };
      throw error;
    }
  }

  async resume(
    taskToken: string,
    output: Record<string, unknown>,
  ): Promise<void> {
    try {
      await this.sfn.send(
        new SendTaskSuccessCommand({
          taskToken,
          output: JSON.stringify(output),
        }),
      );
    } catch (error) {
      if (
        error instanceof TaskDoesNotExist ||
        error instanceof TaskTimedOut ||
        error instanceof InvalidToken
      ) {
        throw new TaskTokenGoneError();
      }
      throw error;
    }
  }
}
