import { afterEach, describe, expect, it } from 'vitest';
import * as z from '#domain/zod.ts';
import { taskHandler } from '#shared/middleware.ts';
import { context } from '../../helpers/lambda-events.ts';

const written: string[] = [];
const originals = [process.stdout.write, process.stderr.write];
function capture() {
  for (const stream of [process.stdout, process.stderr]) {
    stream.write = ((chunk: string | Uint8Array) => {
      written.push(String(chunk));
      return true;
    }) as typeof stream.write;
  }
}
afterEach(() => {
  [process.stdout.write, process.stderr.write] = originals as [
    typeof process.stdout.write,
    typeof process.stderr.write,
  ];
  written.length = 0;
});

describe('taskHandler', () => {
  it('rethrows an SDK rejection by name only: the recipient it quotes reaches neither the error nor a log line', async () => {
    // Prepare
    const handler = taskHandler(
      z.object({ requestId: z.string() }),
      async () => {
        throw Object.assign(
          new Error('Email address is not verified: aino.virtanen@example.com'),
          {
            name: 'MessageRejected',
            $metadata: { httpStatusCode: 400 },
          },
        );
      },
    );
    capture();
    // Act
    const outcome = await handler({ requestId: 'r-1' }, context).catch(
      (e: Error) => e,
    );
    // Assess
    expect(outcome).toMatchObject({ name: 'MessageRejected' });
    expect((outcome as Error).message).not.toContain('aino');
    expect(written.join('')).not.toContain('aino');
  });

  it('turns throttling into TransientError, which the state machine retries', async () => {
    const handler = taskHandler(z.object({}), async () => {
      throw Object.assign(new Error('Rate exceeded'), {
        name: 'ThrottlingException',
      });
    });
    capture();
    await expect(handler({}, context)).rejects.toMatchObject({
      name: 'TransientError',
    });
  });

  it('answers a task that runs out of time with TransientError, which the state machine retries', async () => {
    // Prepare: 600 ms left, the work never ends.
    const handler = taskHandler(
      z.object({}),
      () => new Promise<never>(() => {}),
    );
    capture();
    // Act / Assess
    await expect(
      handler({}, { ...context, getRemainingTimeInMillis: () => 600 }),
    ).rejects.toMatchObject({ name: 'TransientError' });
  });

  it('rejects malformed input with a named ValidationError', async () => {
    const handler = taskHandler(
      z.object({ requestId: z.uuid() }),
      async () => 'ok',
    );
    capture();
    await expect(handler({ requestId: 'nope' }, context)).rejects.toMatchObject(
      { name: 'ValidationError' },
    );
  });
});
