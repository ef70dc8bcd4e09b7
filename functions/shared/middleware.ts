import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import middy, { type MiddlewareObj, type MiddyfiedHandler } from '@middy/core';
import httpHeaderNormalizer from '@middy/http-header-normalizer';
import type { Context } from 'aws-lambda';
import { TransientError, ValidationError } from '#domain/errors.ts';
import { fieldErrors } from '#domain/schemas.ts';
import type * as z from '#domain/zod.ts';
import {
  type HttpErrorOptions,
  type HttpEvent,
  type HttpResult,
  httpErrors,
} from './http.ts';
import { logger } from './powertools.ts';
import { toTaskError } from './task-errors.ts';
import { tracing } from './tracing.ts';

/** The chain, with the tracer's subsegment per invocation first when the tracer is on. */
export function traceable<E, R>(
  chain: MiddyfiedHandler<E, R, Error, Context>,
): MiddyfiedHandler<E, R, Error, Context> {
  if (tracing)
    chain.use(
      tracing.handlerMiddleware() as MiddlewareObj<E, R, Error, Context>,
    );
  return chain;
}

/** The chain of every public HTTP handler: logger context, normalized headers, error mapping. */
export function httpHandler(
  handler: (event: HttpEvent) => Promise<HttpResult>,
  options: HttpErrorOptions,
) {
  return traceable(middy<HttpEvent, HttpResult, Error, Context>())
    .use(injectLambdaContext(logger, { resetKeys: true }))
    .use(httpHeaderNormalizer())
    .use(httpErrors(options))
    .handler(handler);
}

/** How long before the Lambda timeout a task gives up and answers a retriable error. */
export const TASK_TIMEOUT_MARGIN_MS = 500;

/**
 * The chain of every Step Functions task handler: logger context, input validated by `schema`.
 * Errors are thrown, never returned, so the state machine's Retry/Catch see their names.
 */
export function taskHandler<S extends z.ZodMiniType, R>(
  schema: S,
  /** `context`: the Lambda context (a long task reads its remaining time). */
  handler: (input: z.infer<S>, context?: Context) => Promise<R>,
) {
  return traceable(
    middy<unknown, R, Error, Context>({
      // Running out of time is a transient failure (a slow dependency, a cold start), and every
      // task is safe to repeat: answer it as one, so the state machine's Retry runs the task again
      // instead of failing its request with middy's own `TimeoutError`.
      timeoutEarlyInMillis: TASK_TIMEOUT_MARGIN_MS,
      timeoutEarlyResponse: () => {
        logger.warn('task failed', { error: 'TimeoutError' });
        throw new TransientError('The task ran out of time');
      },
    }),
  )
    .use(injectLambdaContext(logger, { resetKeys: true }))
    .handler(async (event, context) => {
      const parsed = schema.safeParse(event);
      if (!parsed.success)
        throw new ValidationError(
          'Invalid task input',
          fieldErrors(parsed.error),
        );
      const requestId = (parsed.data as { requestId?: string }).requestId;
      if (requestId) logger.appendKeys({ requestId });
      try {
        return await handler(parsed.data, context);
      } catch (error) {
        const thrown = toTaskError(error);
        logger.warn('task failed', { error: thrown.name });
        throw thrown;
      }
    });
}
