import { describe, expect, it } from 'vitest';
import {
  JobsFailedError,
  RequestNotFoundError,
  TransientError,
} from '#domain/errors.ts';
import { isTransient, toTaskError } from '#shared/task-errors.ts';

const sdkError = (name: string, extra: Record<string, unknown> = {}) =>
  Object.assign(new Error(`Message for aino.virtanen@example.com`), {
    name,
    ...extra,
  });

describe('toTaskError', () => {
  it('turns throttling, 5xx and dropped connections into TransientError for the Retry', () => {
    for (const error of [
      sdkError('ThrottlingException'),
      sdkError('Whatever', { $metadata: { httpStatusCode: 503 } }),
      sdkError('Whatever', { $retryable: { throttling: true } }),
      sdkError('Error', { code: 'ECONNRESET' }),
    ]) {
      expect(isTransient(error)).toBe(true);
      const out = toTaskError(error);
      expect(out).toBeInstanceOf(TransientError);
      expect(out.message).not.toContain('@');
    }
  });

  it('keeps the name but withholds the message of errors we did not write', () => {
    const out = toTaskError(
      sdkError('MessageRejected', { $metadata: { httpStatusCode: 400 } }),
    );
    expect(out.name).toBe('MessageRejected');
    expect(out.message).not.toContain('aino');
  });

  it('passes our own errors through unchanged', () => {
    const own = [
      new RequestNotFoundError('r-1'),
      new JobsFailedError(['a']),
      new TransientError('x'),
    ];
    for (const error of own) expect(toTaskError(error)).toBe(error);
  });
});
