/** Domain errors. `name` is the class name: Step Functions `ErrorEquals` and the HTTP error mapping match on it. */

/** What names a domain error to its callers, fixed per class. */
export interface ErrorIdentity {
  /** HTTP status when the error reaches a public route. */
  statusCode: number;
  /** Machine-readable code for API clients. */
  code: string;
  /** The class name, spelt out: bundles are minified, so the class's own name is not kept. */
  name: string;
}

export abstract class DomainError extends Error {
  /** HTTP status when the error reaches a public route. */
  readonly statusCode: number;
  /** Machine-readable code for API clients. */
  readonly code: string;
  constructor(message: string, identity: ErrorIdentity) {
    super(message);
    this.statusCode = identity.statusCode;
    this.code = identity.code;
    this.name = identity.name;
  }
}

export class ValidationError extends DomainError {
  constructor(
    message: string,
    readonly fields: Record<string, string> = {},
  ) {
    super(message, {
      statusCode: 400,
      code: 'VALIDATION_FAILED',
      name: 'ValidationError',
    });
  }
}

export class MerchantNotFoundError extends DomainError {
  constructor() {
    super('No such merchant', {
      statusCode: 404,
      code: 'MERCHANT_NOT_FOUND',
      name: 'MerchantNotFoundError',
    });
  }
}

export class RequestNotFoundError extends DomainError {
  constructor(requestId: string) {
    super(`Request ${requestId} not found`, {
      statusCode: 404,
      code: 'REQUEST_NOT_FOUND',
      name: 'RequestNotFoundError',
    });
  }
}

/** The link is unknown or was tampered with. */
export class LinkInvalidError extends DomainError {
  constructor() {
    super('This link is not valid.', {
      statusCode: 403,
      code: 'LINK_INVALID',
      name: 'LinkInvalidError',
    });
  }
}

/** The link was valid once but is used up or past its expiry. */
export class LinkGoneError extends DomainError {
  constructor(readonly reason: 'used' | 'expired') {
    super(
      reason === 'used'
        ? 'This link has already been used.'
        : 'This link has expired.',
      {
        statusCode: 410,
        code: 'LINK_GONE',
        name: 'LinkGoneError',
      },
    );
  }
}

/** A status change that the lifecycle forbids (e.g. deciding a request twice). */
export class InvalidTransitionError extends DomainError {
  constructor(requestId: string, to: string) {
    super(`Request ${requestId} cannot move to ${to}`, {
      statusCode: 409,
      code: 'INVALID_TRANSITION',
      name: 'InvalidTransitionError',
    });
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
