import {
  DomainError,
  JobsFailedError,
  TransientError,
} from '#domain/errors.ts';

/** Error names of ours whose messages we write ourselves: safe to pass on as they are. */
const OWN_ERRORS = new Set([
  'JobsFailedError',
  'TransientError',
  'SweepIncompleteError',
  'MailRefusedError',
]);

const THROTTLING = new Set([
  'ThrottlingException',
  'Throttling',
  'TooManyRequestsException',
  'ProvisionedThroughputExceededException',
  'RequestLimitExceeded',
  'LimitExceededException',
  'SlowDown',
  'TimeoutError',
  'RequestTimeout',
  'RequestTimeoutException',
  'ServiceUnavailable',
  'InternalServerError',
  'InternalFailure',
]);
const NETWORK = new Set([
  'ECONNRESET',
  'ECONNREFUSED',
  'ETIMEDOUT',
  'EPIPE',
  'EAI_AGAIN',
]);

type SdkLike = Error & {
  $retryable?: unknown;
  $metadata?: { httpStatusCode?: number };
  code?: string;
};

/** True for failures worth retrying: throttling, timeouts, 5xx, dropped connections. */
export function isTransient(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const e = error as SdkLike;
  if (e instanceof TransientError) return true;
  if (e.$retryable) return true;
  if (THROTTLING.has(e.name)) return true;
  if (e.code && NETWORK.has(e.code)) return true;
  const status = e.$metadata?.httpStatusCode;
  return typeof status === 'number' && status >= 500;
}

/**
 * What a task may throw to Step Functions: the error's name is kept (Retry/Catch match on it),
 * but a message we did not write is replaced, because SDK messages can quote personal data
 * (an SES rejection names the recipient) and Step Functions keeps the Cause in its history.
 * Transient dependency failures become `TransientError`, which the state machine retries.
 */
export function toTaskError(error: unknown): Error {
  if (error instanceof DomainError || error instanceof JobsFailedError)
    return error;
  if (error instanceof Error && OWN_ERRORS.has(error.name)) return error;
  if (isTransient(error)) {
    return new TransientError(
      `A dependency failed transiently (${(error as Error).name})`,
    );
  }
  const name = error instanceof Error ? error.name : 'Error';
  const safe = new Error(
    `${name} (details withheld: may contain personal data)`,
  );
  safe.name = name;
  return safe;
}
