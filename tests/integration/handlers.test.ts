/**
 * Handlers through their full middy chain, invoked the way Lambda invokes them (JSON event in,
 * JSON result or a named error out), on the embedded emulators.
 */
import { readFileSync } from 'node:fs';
import type { APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type EmbeddedStack,
  startEmbeddedStack,
} from '#infra/local/embedded-stack.ts';

let stack: EmbeddedStack;
const event = (name: string) =>
  JSON.parse(
    readFileSync(
      new URL(`../fixtures/events/${name}.json`, import.meta.url),
      'utf8',
    ),
  );

beforeAll(async () => {
  stack = await startEmbeddedStack({
    fastTimers: true,
    // The spine's built-in processor alone (tests/integration/processors.test.ts runs all seven).
    onlyProcessors: ['lastu-store'],
  });
});
afterAll(async () => stack?.close());

describe('SubmitRequest handler', () => {
  it('gives a browser its form back with the field error and keeps what it typed', async () => {
    const result = (await stack.invoker.invoke(
      'SubmitRequest',
      event('submit-request'),
    )) as APIGatewayProxyStructuredResultV2;
    expect(result.statusCode).toBe(400);
    expect(result.headers?.['content-type']).toContain('text/html');
    expect(result.body).toContain('role="alert"');
    expect(result.body).toContain('value="Aino"');
    expect(result.headers?.['cache-control']).toBe('no-store');
    expect(result.headers?.['referrer-policy']).toBe('same-origin');
    expect(result.headers?.['strict-transport-security']).toBe(
      'max-age=31536000; includeSubDomains',
    );
  });

  it('answers JSON clients with a JSON error', async () => {
    const fixture = event('submit-request');
    fixture.headers = { 'Content-Type': 'application/json' };
    fixture.body = JSON.stringify({ merchant: 'lastu', type: 'access' });
    const result = (await stack.invoker.invoke(
      'SubmitRequest',
      fixture,
    )) as APIGatewayProxyStructuredResultV2;
    expect(result.statusCode).toBe(400);
    expect(JSON.parse(result.body ?? '{}')).toEqual({
      error: {
        code: 'VALIDATION_FAILED',
        message: 'The request has invalid fields',
        fields: { email: expect.any(String) },
      },
    });
  });
});

describe('task handlers', () => {
  it.each([
    ['PlanJobs', { requestId: 'not-a-uuid' }],
    ['RunProcessorJob', { requestId: '00000000-0000-4000-8000-000000000001' }],
    ['RequestDecision', { requestId: '00000000-0000-4000-8000-000000000001' }],
    ['FailRequest', {}],
  ])(
    '%s throws a named ValidationError for malformed input',
    async (fn, input) => {
      await expect(stack.invoker.invoke(fn, input)).rejects.toMatchObject({
        name: 'ValidationError',
      });
    },
  );

  it('throw RequestNotFoundError, not a generic error, for an unknown request', async () => {
    await expect(
      stack.invoker.invoke('PlanJobs', {
        requestId: '00000000-0000-4000-8000-000000000099',
      }),
    ).rejects.toMatchObject({ name: 'RequestNotFoundError' });
  });
});
