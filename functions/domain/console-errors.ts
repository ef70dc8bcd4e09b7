/** Refusals of the merchant console (the HTTP layer maps each to its status and page). */
import { DomainError } from './errors.ts';

/** No session, or one that ended (signed out, expired, the person is no longer a member). */
export class SignedOutError extends DomainError {
  readonly statusCode = 401;
  readonly code = 'SIGNED_OUT';
  constructor() {
    super('Sign in to the console');
    this.name = 'SignedOutError';
  }
}

/** The person may see this merchant's requests but not do this (a viewer acting, say). */
export class NotAllowedError extends DomainError {
  readonly statusCode = 403;
  readonly code = 'NOT_ALLOWED';
  constructor(readonly needs: 'act' | 'administer') {
    super(
      needs === 'act'
        ? 'Your role lets you see requests, not act on them'
        : 'Your role does not let you change settings',
    );
    this.name = 'NotAllowedError';
  }
}

/**
 * A state-changing call that did not come from the console itself: a JSON call whose `Origin` is
 * not the console's, a form post without the session's token.
 */
export class CrossSiteError extends DomainError {
  readonly statusCode = 403;
  readonly code = 'CROSS_SITE_REFUSED';
  constructor() {
    super(
      'This form did not come from the console, or it is too old: reload the page and try again',
    );
    this.name = 'CrossSiteError';
  }
}

/** The action is not possible now (the request moved on, nothing waits for it). */
export class ActionNotPossibleError extends DomainError {
  readonly statusCode = 409;
  readonly code = 'ACTION_NOT_POSSIBLE';
  constructor(
    message: string,
    readonly why: ActionRefusal,
  ) {
    super(message);
    this.name = 'ActionNotPossibleError';
  }
}

/** Why an action is refused, for the page's words. */
export type ActionRefusal =
  | 'notNow'
  | 'packageGone'
  | 'nothingWaiting'
  | 'duplicateOfItself'
  | 'duplicateUnknown';
