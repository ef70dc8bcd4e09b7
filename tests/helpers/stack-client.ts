import { createServer } from 'node:net';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { DynamoAuditLog } from '#adapters/aws/dynamo-audit-log.ts';
import { DynamoLinkStore } from '#adapters/aws/dynamo-link-store.ts';
import { DynamoRequestStore } from '#adapters/aws/dynamo-request-store.ts';
import { DynamoSentMailLog } from '#adapters/aws/dynamo-sent-mail.ts';
import type { StackInfo } from './stack-process.ts';

/** A free loopback port, so a restarted stack keeps the API address its emailed links carry. */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/** The table of a stack running in another process, read through the production adapters. */
export function tableOf(info: StackInfo) {
  const doc = DynamoDBDocumentClient.from(
    new DynamoDBClient({
      endpoint: info.environment.AWS_ENDPOINT_URL_DYNAMODB,
      region: info.environment.AWS_REGION,
      credentials: {
        accessKeyId: info.environment.AWS_ACCESS_KEY_ID ?? 'local',
        secretAccessKey: info.environment.AWS_SECRET_ACCESS_KEY ?? 'local',
      },
    }),
    { marshallOptions: { removeUndefinedValues: true } },
  );
  return {
    requests: new DynamoRequestStore(doc, info.tableName),
    audit: new DynamoAuditLog(doc, info.tableName),
    links: new DynamoLinkStore(doc, info.tableName),
    sentMail: new DynamoSentMailLog(doc, info.tableName),
    close: () => doc.destroy(),
  };
}

/** Posts a form the way the link pages do. */
export function postForm(url: string, form: Record<string, string> = {}) {
  return fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(form),
  });
}

/** Submits a request through the public API; resolves with its id. */
export async function submit(
  apiUrl: string,
  body: Record<string, string>,
): Promise<string> {
  const res = await fetch(`${apiUrl}/requests`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify(body),
  });
  if (res.status >= 300)
    throw new Error(`POST /requests answered ${res.status}`);
  return ((await res.json()) as { requestId: string }).requestId;
}
