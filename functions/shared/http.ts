import type { MiddlewareObj } from '@middy/core';
import type {
  APIGatewayProxyEventV2,
  APIGatewayProxyStructuredResultV2,
} from 'aws-lambda';
import { DomainError, ValidationError } from '#domain/errors.ts';
import type { GoneLinkView } from '#presentation/status-pages.ts';
import { logger } from './powertools.ts';

export type HttpEvent = APIGatewayProxyEventV2;
export type HttpResult = APIGatewayProxyStructuredResultV2;

/** Largest accepted request body. The form's fields add up to well under this. */
export const MAX_BODY_BYTES = 32 * 1024;

/**
 * The Content-Security-Policy; `frameAncestors` lists who may frame the page (default: nobody),
 * `formAction` where its forms may post (default: only back to us).
 */
function csp(frameAncestors = "'none'", formAction = "'self'"): string {
  return `default-src 'none'; style-src 'unsafe-inline'; img-src https:; form-action ${formAction}; frame-ancestors ${frameAncestors}; base-uri 'none'`;
}

/**
 * Sent on every answer: no caching of pages that carry secrets in their URL, no referrer
 * (the link secret is in the path), no framing, and forms may only post back to us.
 * Images only over HTTPS (a merchant's logo); no scripts at all.
 */
const SECURITY_HEADERS = {
  'cache-control': 'no-store',
  'referrer-policy': 'no-referrer',
  'x-content-type-options': 'nosniff',
  // HTTPS only, for a year (API Gateway serves nothing else; this tells the browser so).
  'strict-transport-security': 'max-age=31536000; includeSubDomains',
  'x-frame-options': 'DENY',
  'content-security-policy': csp(),
};

/**
 * Headers of the request form's pages (the form, and the form sent back with messages). The
 * browser sends the page's referrer policy's view of its origin with the POST: under
 * `no-referrer` that is `Origin: null`, which a cross-site page can also produce (a
 * `<meta name="referrer" content="no-referrer">`), so the intake refuses it. `same-origin` sends
 * our own origin to ourselves and no referrer to anyone else (a merchant's logo host). The form's
 * URL holds no secret, unlike the link pages, which keep `no-referrer`.
 */
export const FORM_PAGE_HEADERS: Readonly<Record<string, string>> = {
  'referrer-policy': 'same-origin',
};

/**
 * Lets the merchant's own site frame a public page (the form and its answer): CSP
 * frame-ancestors lists its origins, and X-Frame-Options (which cannot list them) is dropped.
 */
export function embeddableBy(origins: readonly string[] | undefined): {
  frameAncestors?: string;
} {
  return origins?.length ? { frameAncestors: origins.join(' ') } : {};
}

/**
 * Lets a page's form post to one more origin besides ours: the processor page's upload form
 * posts straight to the export bucket (S3 then redirects the browser back to us).
 */
export function postingTo(url: string | undefined): { formAction?: string } {
  return url ? { formAction: `'self' ${new URL(url).origin}` } : {};
}

export function htmlResponse(
  statusCode: number,
  body: string,
  headers: Record<string, string> = {},
  embed: { frameAncestors?: string; formAction?: string } = {},
): HttpResult {
  const security: Record<string, string> = { ...SECURITY_HEADERS };
  if (embed.frameAncestors) delete security['x-frame-options'];
  if (embed.frameAncestors || embed.formAction)
    security['content-security-policy'] = csp(
      embed.frameAncestors,
      embed.formAction,
    );
  return {
    statusCode,
    headers: {
      ...security,
      'content-type': 'text/html; charset=utf-8',
      ...headers,
    },
    body,
  };
}

/** CORS answer headers when the request's `Origin` is one of `allowed` (else none). */
export function corsHeaders(
  event: HttpEvent,
  allowed: readonly string[] | undefined,
): Record<string, string> {
  const origin = event.headers?.origin;
  if (!origin || !allowed?.includes(origin)) return {};
  return { 'access-control-allow-origin': origin, vary: 'origin' };
}

/** How long a browser may cache a preflight answer (Chromium caps it at 2 hours). */
export const PREFLIGHT_MAX_AGE_SECONDS = 7200;

/**
 * The answer to a CORS preflight (`OPTIONS`): 204, with permission only when the `Origin` is
 * one of `allowed` and the browser asks to POST; otherwise no CORS headers, so the browser
 * refuses to send the request.
 */
export function preflightResponse(
  event: HttpEvent,
  allowed: readonly string[] | undefined,
): HttpResult {
  const origin = event.headers?.origin;
  const method = event.headers?.['access-control-request-method'];
  const permitted =
    origin !== undefined &&
    (allowed?.includes(origin) ?? false) &&
    (method === undefined || method.toUpperCase() === 'POST');
  return {
    statusCode: 204,
    headers: {
      ...SECURITY_HEADERS,
      vary: 'origin',
      ...(permitted
        ? {
            'access-control-allow-origin': origin,
            'access-control-allow-methods': 'POST',
            'access-control-allow-headers': 'content-type',
            'access-control-max-age': String(PREFLIGHT_MAX_AGE_SECONDS),
          }
        : {}),
    },
    body: '',
  };
}

/** Headers a refusal carries: `Retry-After` when it says when to come back (429, 503). */
export function refusalHeaders(error: DomainError): Record<string, string> {
  const retryAfter = (error as { retryAfterSeconds?: unknown })
    .retryAfterSeconds;
  return typeof retryAfter === 'number'
    ? { 'retry-after': String(retryAfter) }
    : {};
}

/** The JSON body of a refused request: code, safe message and field messages. */
export function domainErrorJson(error: DomainError): HttpResult {
  const result = jsonResponse(error.statusCode, {
    error: {
      code: error.code,
      message: error.message,
      fields: error instanceof ValidationError ? error.fields : undefined,
    },
  });
  return {
    ...result,
    headers: { ...result.headers, ...refusalHeaders(error) },
  };
}

export function jsonResponse(statusCode: number, body: unknown): HttpResult {
  return {
    statusCode,
    headers: {
      ...SECURITY_HEADERS,
      'content-type': 'application/json; charset=utf-8',
    },
    body: JSON.stringify(body),
  };
}

export function redirect(location: string): HttpResult {
  return {
    statusCode: 302,
    headers: { ...SECURITY_HEADERS, location },
    body: '',
  };
}

export class PayloadTooLargeError extends DomainError {
  constructor() {
    super(`The request body must be at most ${MAX_BODY_BYTES} bytes`, {
      statusCode: 413,
      code: 'PAYLOAD_TOO_LARGE',
      name: 'PayloadTooLargeError',
    });
  }
}

export class UnsupportedMediaTypeError extends DomainError {
  constructor() {
    super('Send application/json or application/x-www-form-urlencoded', {
      statusCode: 415,
      code: 'UNSUPPORTED_MEDIA_TYPE',
      name: 'UnsupportedMediaTypeError',
    });
  }
}

/**
 * A dependency failed transiently (SES or DynamoDB throttling, a timeout) where repeating the
 * same call is safe: 503 with `Retry-After`. `message` is ours (in the caller's language when
 * known), never the dependency's, which can quote personal data.
 */
export class ServiceUnavailableError extends DomainError {
  constructor(
    readonly retryAfterSeconds: number,
    message = 'The service is busy. Please try again in a minute.',
  ) {
    super(message, {
      statusCode: 503,
      code: 'TRY_AGAIN_LATER',
      name: 'ServiceUnavailableError',
    });
  }
}

/** Parses a JSON or URL-encoded body into a flat object. Repeated form fields keep their first value. */
/** The posted fields that are strings (a form's values), to show a page again as it was sent. */
export function postedValues(
  body: Record<string, unknown>,
): Record<string, string> {
  return Object.fromEntries(
    Object.entries(body).filter(
      (e): e is [string, string] => typeof e[1] === 'string',
    ),
  );
}

export function parseBody(event: HttpEvent): Record<string, unknown> {
  const raw = event.body
    ? event.isBase64Encoded
      ? Buffer.from(event.body, 'base64').toString('utf8')
      : event.body
    : '';
  if (Buffer.byteLength(raw, 'utf8') > MAX_BODY_BYTES)
    throw new PayloadTooLargeError();
  const type =
    (event.headers?.['content-type'] ?? '')
      .split(';')[0]
      ?.trim()
      .toLowerCase() ?? '';
  if (raw === '' && type === '') return {};
  if (type === 'application/json') {
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch {
      throw new ValidationError('The body is not valid JSON', {
        _: 'malformed JSON',
      });
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      throw new ValidationError('The body must be a JSON object', {
        _: 'expected an object',
      });
    }
    return value as Record<string, unknown>;
  }
  if (type === 'application/x-www-form-urlencoded') {
    const out: Record<string, unknown> = {};
    for (const [key, value] of new URLSearchParams(raw))
      if (!(key in out)) out[key] = value;
    return out;
  }
  throw new UnsupportedMediaTypeError();
}

/** True when the client prefers an HTML page to JSON (a browser posting the form). */
export function wantsHtml(event: HttpEvent): boolean {
  const accept = event.headers?.accept ?? '';
  return accept.includes('text/html');
}

/** The absolute URL of this route, for forms that post back to themselves. */
export function selfUrl(event: HttpEvent): string {
  return event.rawPath;
}

/** Dispatches on the HTTP method; the wiring routes only the methods listed. */
export function byMethod(
  routes: Partial<
    Record<'GET' | 'POST', (event: HttpEvent) => Promise<HttpResult>>
  >,
) {
  return (event: HttpEvent): Promise<HttpResult> => {
    const route = routes[event.requestContext.http.method as 'GET' | 'POST'];
    if (!route)
      return Promise.resolve(
        jsonResponse(405, {
          error: { code: 'METHOD_NOT_ALLOWED', message: 'Method not allowed' },
        }),
      );
    return route(event);
  };
}

export interface HttpErrorOptions {
  /** True when the answer is an HTML page (a browser), else JSON. */
  html: (event: HttpEvent) => boolean;
  /**
   * For a link route: what its used or expired link's page adds (what became of the request,
   * where to follow it). A failure to read it leaves the page as it was, never a 500.
   */
  gone?: (event: HttpEvent) => Promise<GoneLinkView | undefined>;
}

/**
 * Maps errors to answers: domain errors to their 4xx (or 503) with a safe message (JSON or an
 * HTML page), anything else to a generic 500. Only the error's name is logged, never its
 * message or the event. The pages (and the catalogues they read) are loaded with the first
 * error a browser gets: a function that answers JSON only never bundles them at init.
 */
export function httpErrors(
  options: HttpErrorOptions,
): MiddlewareObj<HttpEvent, HttpResult> {
  return {
    onError: async (request) => {
      const error = request.error;
      const html = options.html(request.event);
      if (error instanceof DomainError)
        logger.info('request refused', {
          error: error.name,
          statusCode: error.statusCode,
        });
      else logger.error('request failed', { error: error?.name ?? 'Unknown' });
      if (html) {
        const { htmlErrorResponse } = await import('./http-error-pages.ts');
        request.response = await htmlErrorResponse(
          error,
          request.event,
          options,
        );
      } else
        request.response =
          error instanceof DomainError
            ? domainErrorJson(error)
            : jsonResponse(500, {
                error: { code: 'INTERNAL', message: 'Internal error' },
              });
      return request.response;
    },
  };
}
