/**
 * What the handler tests and the intake benchmarks share: an API Gateway v2 event, a canned
 * Lambda context and a capture of everything written to stdout/stderr (Powertools logs), to
 * assert that no personal data reaches a log line.
 */
import type { APIGatewayProxyEventV2, Context } from 'aws-lambda';

export const context = {
  functionName: 'Test',
  functionVersion: '$LATEST',
  invokedFunctionArn: 'arn:aws:lambda:eu-north-1:000000000000:function:Test',
  memoryLimitInMB: '256',
  awsRequestId: 'req-1',
  logGroupName: '/aws/lambda/Test',
  logStreamName: 's',
  callbackWaitsForEmptyEventLoop: true,
  getRemainingTimeInMillis: () => 10_000,
  done: () => undefined,
  fail: () => undefined,
  succeed: () => undefined,
} as unknown as Context;

export function httpEvent(
  method: 'GET' | 'POST',
  path: string,
  {
    headers = {},
    body,
    pathParameters,
    sourceIp = '192.0.2.10',
    requestId = 'unit',
  }: {
    headers?: Record<string, string>;
    body?: string;
    pathParameters?: Record<string, string>;
    sourceIp?: string;
    requestId?: string;
  } = {},
): APIGatewayProxyEventV2 {
  return {
    version: '2.0',
    routeKey: `${method} ${path}`,
    rawPath: path,
    rawQueryString: '',
    headers,
    pathParameters,
    requestContext: {
      accountId: '000000000000',
      apiId: 'local',
      domainName: 'dsr.test',
      domainPrefix: 'dsr',
      http: {
        method,
        path,
        protocol: 'HTTP/1.1',
        sourceIp,
        userAgent: 'vitest',
      },
      requestId,
      routeKey: `${method} ${path}`,
      stage: '$default',
      time: '22/Nov/2026:09:00:00 +0000',
      timeEpoch: 1795338000000,
    },
    body,
    isBase64Encoded: false,
  };
}

/** Collects what is written to stdout and stderr until `stop()`. */
export function captureOutput() {
  const written: string[] = [];
  const originals = [process.stdout.write, process.stderr.write] as const;
  for (const stream of [process.stdout, process.stderr])
    stream.write = ((chunk: string | Uint8Array) => {
      written.push(String(chunk));
      return true;
    }) as typeof stream.write;
  return {
    text: () => written.join(''),
    stop: () => {
      [process.stdout.write, process.stderr.write] = originals as [
        typeof process.stdout.write,
        typeof process.stderr.write,
      ];
    },
  };
}
