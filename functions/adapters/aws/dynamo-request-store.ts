import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import {
  type DynamoDBDocumentClient,
  GetCommand,
  PutCommand,
  QueryCommand,
  UpdateCommand,
} from '@aws-sdk/lib-dynamodb';
import {
  type DsrRequest,
  isTerminal,
  type RequestStatus,
} from '#domain/request.ts';
import type { JobRecord, RequestStore } from '#ports/request-store.ts';
import { keys, strip } from './dynamo-keys.ts';

/** {@link RequestStore} on the single DynamoDB table; status changes are conditional writes. */
export class DynamoRequestStore implements RequestStore {
  constructor(
    private readonly doc: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async create(request: DsrRequest): Promise<void> {
    await this.doc.send(
      new PutCommand({
        TableName: this.tableName,
        Item: {
          ...keys.request(request.requestId),
          ...keys.openByDue(request.dueAt, request.requestId),
          ...request,
        },
        ConditionExpression: 'attribute_not_exists(pk)',
      }),
    );
  }

  async get(requestId: string): Promise<DsrRequest | undefined> {
    const out = await this.doc.send(
      new GetCommand({
        TableName: this.tableName,
        Key: keys.request(requestId),
        ConsistentRead: true,
      }),
    );
    return strip(out.Item) as DsrRequest | undefined;
  }

  async transition(
    requestId: string,
    from: readonly RequestStatus[],
    to: RequestStatus,
    patch: Partial<DsrRequest> = {},
  ): Promise<DsrRequest | undefined> {
    const { requestId: _id, status: _s, ...fields } = patch;
    const names: Record<string, string> = { '#status': 'status' };
    const values: Record<string, unknown> = { ':to': to };
    const sets = ['#status = :to'];
    Object.entries(fields).forEach(([field, value], i) => {
      if (value === undefined) return;
      names[`#f${i}`] = field;
      values[`:v${i}`] = value;
      sets.push(`#f${i} = :v${i}`);
    });
    const fromList = from.map((_, i) => `:from${i}`);
    from.forEach((status, i) => {
      values[`:from${i}`] = status;
    });
    // Leaving the open set removes the sparse index keys, so the deadline sweep never reads closed requests.
    const remove = isTerminal(to) ? ' REMOVE gsi1pk, gsi1sk' : '';
    try {
      const out = await this.doc.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: keys.request(requestId),
          UpdateExpression: `SET ${sets.join(', ')}${remove}`,
          ConditionExpression: `attribute_exists(pk) AND #status IN (${fromList.join(', ')})`,
          ExpressionAttributeNames: names,
          ExpressionAttributeValues: values,
          ReturnValues: 'ALL_NEW',
        }),
      );
      return strip(out.Attributes) as DsrRequest;
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) return undefined;
      throw error;
    }
  }

  async update(requestId: string, patch: Partial<DsrRequest>): Promise<void> {
    const { requestId: _id, status: _s, ...fields } = patch;
    const entries = Object.entries(fields).filter(([, v]) => v !== undefined);
    if (entries.length === 0) return;
    await this.doc.send(
      new UpdateCommand({
        TableName: this.tableName,
        Key: keys.request(requestId),
        UpdateExpression: `SET ${entries.map((_, i) => `#f${i} = :v${i}`).join(', ')}`,
        ConditionExpression: 'attribute_exists(pk)',
        ExpressionAttributeNames: Object.fromEntries(
          entries.map(([k], i) => [`#f${i}`, k]),
        ),
        ExpressionAttributeValues: Object.fromEntries(
          entries.map(([, v], i) => [`:v${i}`, v]),
        ),
      }),
    );
  }

  async saveJob(job: JobRecord): Promise<void> {
    await this.doc.send(
      new PutCommand({
        TableName: this.tableName,
        Item: { ...keys.job(job.requestId, job.processorId), ...job },
      }),
    );
  }

  async listJobs(requestId: string): Promise<JobRecord[]> {
    const out = await this.doc.send(
      new QueryCommand({
        TableName: this.tableName,
        KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
        ExpressionAttributeValues: {
          ':pk': keys.request(requestId).pk,
          ':prefix': keys.jobPrefix,
        },
        ConsistentRead: true,
      }),
    );
    return (out.Items ?? []).map((item) => strip(item) as unknown as JobRecord);
  }
}
