/** Domain errors. `name` is the class name: Step Functions `ErrorEquals` and the HTTP error mapping match on it. */

export abstract class DomainError extends Error {
  /** HTTP status when the error reaches a public route. */
  abstract readonly statusCode: number;
  /** Machine-readable code for API clients. */
  abstract readonly code: string;
}

export class ValidationError extends DomainError {
  readonly statusCode = 400;
  readonly code = 'VALIDATION_FAILED';
  constructor(
    message: string,
    readonly fields: Record<string, string> = {},
  ) {
    super(message);
    this.name = 'ValidationError';
  }
}

export class MerchantNotFoundError extends DomainError {
  readonly statusCode = 404;
  readonly code = 'MERCHANT_NOT_FOUND';
  constructor() {
    super('No such merchant');
    this.name = 'MerchantNotFoundError';
  }
}

export class RequestNotFoundError extends DomainError {
  readonly statusCode = 404;
  readonly code = 'REQUEST_NOT_FOUND';
  constructor(requestId: string) {
    super(`Request ${requestId} not found`);
    this.name = 'RequestNotFoundError';
  }
}

/** The link is unknown or was tampered with. */
export class LinkInvalidError extends DomainError {
  readonly statusCode = 403;
  readonly code = 'LINK_INVALID';
  constructor() {
    super('This link is not valid.');
    this.name = 'LinkInvalidError';
  }
}

/** The link was valid once but is used up or past its expiry. */
export class LinkGoneError extends DomainError {
  readonly statusCode = 410;
  readonly code = 'LINK_GONE';
  constructor(readonly reason: 'used' | 'expired') {
    super(
      reason === 'used'
        ? 'This link has already been used.'
        : 'This link has expired.',
    );
    this.name = 'LinkGoneError';
  }
}

/** A status change that the lifecycle forbids (e.g. deciding a request twice). */
export class InvalidTransitionError extends DomainError {
  readonly statusCode = 409;
  readonly code = 'INVALID_TRANSITION';
  constructor(requestId: string, to: string) {
    super(`Request ${requestId} cannot move to ${to}`);
    this.name = 'InvalidTransitionError';
  }
}

/** A transient failure of a dependency; Step Functions retries on it. */
export class TransientError extends Error {
  /** When the dependency said when to come back (HTTP `Retry-After`), in seconds. */
  readonly retryAfterSeconds?: number;
  constructor(
    message: string,
    options?: { cause?: unknown; retryAfterSeconds?: number },
  ) {
    super(message, options);
    this.name = 'TransientError';
    this.retryAfterSeconds = options?.retryAfterSeconds;
  }
}

/** One or more processor jobs ended FAILED; the workflow routes this to its jobs failure path. */
export class JobsFailedError extends Error {
  constructor(readonly failed: string[]) {
    super(`Processor jobs failed: ${failed.join(', ')}`);
    this.name = 'JobsFailedError';
  }
}
