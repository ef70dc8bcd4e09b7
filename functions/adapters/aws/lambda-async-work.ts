import { InvokeCommand, type LambdaClient } from '@aws-sdk/client-lambda';
import type { AsyncWork, WebhookWork } from '#ports/webhooks.ts';

/** Starts the worker function with an `Event` invocation: Lambda queues it and retries twice. */
export class LambdaAsyncWork implements AsyncWork {
  constructor(
    private readonly lambda: LambdaClient,
    private readonly functionName: string,
  ) {}

  async start(work: WebhookWork): Promise<void> {
    const out = await this.lambda.send(
      new InvokeCommand({
        FunctionName: this.functionName,
        InvocationType: 'Event',
        Payload: new TextEncoder().encode(JSON.stringify(work)),
      }),
    );
    if (out.StatusCode !== 202)
      throw new Error(`Lambda did not queue the worker (${out.StatusCode})`);
  }
}
