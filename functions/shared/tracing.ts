/**
 * The Powertools Tracer, opt-in: `DSR_TRACER=true` (CDK context `tracer=true`) loads it, and then
 * every invocation and every AWS SDK call gets its own X-Ray subsegment. Off by default, because
 * the X-Ray SDK under it installs async hooks (cls-hooked) as soon as it is imported, which cost
 * time at every cold start and on every promise of every request, and its code is a tenth of a
 * function's init. Off, nothing of it is loaded and no hook is installed; Lambda's active tracing
 * (the function's own segment, from the runtime) stays on either way. docs/OPERATIONS.md.
 */
import type { MiddlewareObj } from '@middy/core';
import { ENV } from './config.ts';

/** What the handlers and compositions use of the tracer. */
export interface Tracing {
  /** The same client, its calls traced as subsegments. */
  captureAWSv3Client<T>(client: T): T;
  /** middy middleware: a subsegment per invocation (responses and errors not captured). */
  handlerMiddleware(): MiddlewareObj;
}

/** True when the tracer is asked for (`DSR_TRACER=true`). */
export function tracerEnabled(env: NodeJS.ProcessEnv = process.env): boolean {
  return env[ENV.tracer] === 'true';
}

/** The tracer when enabled; undefined (and never imported) otherwise. */
export const tracing: Tracing | undefined = tracerEnabled()
  ? (await import('./tracer.ts')).createTracing()
  : undefined;

/** `client`, traced when the tracer is on. */
export function traced<T>(client: T): T {
  return tracing ? tracing.captureAWSv3Client(client) : client;
}
