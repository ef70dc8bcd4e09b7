/** Refusals of the merchant console (the HTTP layer maps each to its status and page). */
import { DomainError } from './errors.ts';

/** No session, or one that ended (signed out, expired, the person is no longer a member). */
export class SignedOutError extends DomainError {
  constructor() {
    super('Sign in to the console', {
      statusCode: 401,
      code: 'SIGNED_OUT',
      name: 'SignedOutError',
    });
  }
}

/** The person may see this merchant's requests but not do this (a viewer acting, say). */
export class NotAllowedError extends DomainError {
  constructor(readonly needs: 'act' | 'administer') {
    super(
      needs === 'act'
        ? 'Your role lets you see requests, not act on them'
        : 'Your role does not let you change settings',
      {
        statusCode: 403,
        code: 'NOT_ALLOWED',
        name: 'NotAllowedError',
      },
    );
  }
}

/**
 * A state-changing call that did not come from the console itself: a JSON call whose `Origin` is
 * not the console's, a form post without the session's token.
 */
export class CrossSiteError extends DomainError {
  constructor() {
    super(
      'This form did not come from the console, or it is too old: reload the page and try again',
      {
        statusCode: 403,
        code: 'CROSS_SITE_REFUSED',
        name: 'CrossSiteError',
      },
    );
  }
}

/** The action is not possible now (the request moved on, nothing waits for it). */
export class ActionNotPossibleError extends DomainError {
  constructor(
    message: string,
    readonly why: ActionRefusal,
  ) {
    super(message, {
      statusCode: 409,
      code: 'ACTION_NOT_POSSIBLE',
      name: 'ActionNotPossibleError',
    });
  }
}

/** Why an action is refused, for the page's words. */
export type ActionRefusal =
  | 'notNow'
  | 'packageGone'
  | 'nothingWaiting'
  | 'duplicateOfItself'
  | 'duplicateUnknown'
  /** Settings: someone saved the configuration after this form was loaded. */
  | 'changedMeanwhile'
  /** Settings: a processor open requests still wait on cannot be removed. */
  | 'processorAwaited';
