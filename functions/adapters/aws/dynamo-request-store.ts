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
  type RequestStatus,
  scheduleKey,
} from '#domain/request.ts';
import type {
  JobRecord,
  RequestStore,
  ScheduledRequest,
} from '#ports/request-store.ts';
import { keys, strip } from './dynamo-keys.ts';

type Item = Record<string, unknown>;

/** The index keys a request should carry now; none once it is closed. */
function indexKeysOf(request: DsrRequest) {
  const key = scheduleKey(request);
  return key
    ? keys.schedule(key.partition, key.at, request.requestId)
    : undefined;
}

/** A stored item as a request: `remindersSent` is a string set in the table. */
function toRequest(item: Item | undefined): DsrRequest | undefined {
  const rest = strip(item) as
    | (DsrRequest & { remindersSent?: unknown })
    | undefined;
  if (!rest) return undefined;
  if (rest.remindersSent instanceof Set)
    rest.remindersSent = [...rest.remindersSent].sort();
  return rest;
}

/** {@link RequestStore} on the single DynamoDB table; status changes are conditional writes. */
export class DynamoRequestStore implements RequestStore {
  constructor(
    private readonly doc: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async create(request: DsrRequest): Promise<void> {
    const { remindersSent: _r, ...fields } = request;
    await this.doc.send(
      new PutCommand({
        TableName: this.tableName,
        Item: {
          ...keys.request(request.requestId),
          ...indexKeysOf(request),
          ...fields,
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
    return toRequest(out.Item);
  }

  async transition(
    requestId: string,
    from: readonly RequestStatus[],
    to: RequestStatus,
    patch: Partial<DsrRequest> = {},
    options: { remove?: readonly (keyof DsrRequest)[] } = {},
  ): Promise<DsrRequest | undefined> {
    const { requestId: _id, status: _s, remindersSent: _r, ...fields } = patch;
    const names: Record<string, string> = { '#status': 'status' };
    const values: Record<string, unknown> = { ':to': to };
    const sets = ['#status = :to'];
    Object.entries(fields).forEach(([field, value], i) => {
      if (value === undefined) return;
      names[`#f${i}`] = field;
      values[`:v${i}`] = value;
      sets.push(`#f${i} = :v${i}`);
    });
    const removes = (options.remove ?? []).map((field, i) => {
      names[`#r${i}`] = field;
      return `#r${i}`;
    });
    from.forEach((status, i) => {
      values[`:from${i}`] = status;
    });
    const fromList = from.map((_, i) => `:from${i}`).join(', ');
    const remove = removes.length ? ` REMOVE ${removes.join(', ')}` : '';
    try {
      const out = await this.doc.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: keys.request(requestId),
          UpdateExpression: `SET ${sets.join(', ')}${remove}`,
          ConditionExpression: `attribute_exists(pk) AND #status IN (${fromList})`,
          ExpressionAttributeNames: names,
          ExpressionAttributeValues: values,
          ReturnValues: 'ALL_NEW',
        }),
      );
      return await this.syncIndex(out.Attributes);
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) return undefined;
      throw error;
    }
  }

  async update(requestId: string, patch: Partial<DsrRequest>): Promise<void> {
    const { requestId: _id, status: _s, remindersSent: _r, ...fields } = patch;
    const entries = Object.entries(fields).filter(([, v]) => v !== undefined);
    if (entries.length === 0) return;
    const out = await this.doc.send(
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
        ReturnValues: 'ALL_NEW',
      }),
    );
    await this.syncIndex(out.Attributes);
  }

  async recordExtension(
    requestId: string,
    change: Parameters<RequestStore['recordExtension']>[1],
  ): Promise<DsrRequest | undefined> {
    const set = {
      ...change.fields,
      extension: change.extension,
      updatedAt: change.updatedAt,
    };
    const entries = Object.entries(set).filter(([, v]) => v !== undefined);
    try {
      const out = await this.doc.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: keys.request(requestId),
          UpdateExpression: `SET ${entries
            .map((_, i) => `#f${i} = :v${i}`)
            .join(
              ', ',
            )}, deadlines = list_append(if_not_exists(deadlines, :none), :record) REMOVE remindersSent`,
          ConditionExpression:
            'attribute_exists(pk) AND attribute_not_exists(extension) AND #status IN (:s1, :s2, :s3)',
          ExpressionAttributeNames: {
            ...Object.fromEntries(entries.map(([k], i) => [`#f${i}`, k])),
            '#status': 'status',
          },
          ExpressionAttributeValues: {
            ...Object.fromEntries(entries.map(([, v], i) => [`:v${i}`, v])),
            ':none': [],
            ':record': [change.record],
            ':s1': 'VERIFIED',
            ':s2': 'AWAITING_DECISION',
            ':s3': 'IN_PROGRESS',
          },
          ReturnValues: 'ALL_NEW',
        }),
      );
      return await this.syncIndex(out.Attributes);
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) return undefined;
      throw error;
    }
  }

  /**
   * Moves the item within the scheduled-work index when its status or dates changed. A second,
   * idempotent write: the index is derived data, and any later write repairs it.
   */
  private async syncIndex(
    item: Item | undefined,
  ): Promise<DsrRequest | undefined> {
    const request = toRequest(item);
    if (!item || !request) return request;
    const wanted = indexKeysOf(request);
    if (wanted?.gsi1pk === item.gsi1pk && wanted?.gsi1sk === item.gsi1sk)
      return request;
    const previous = item.gsi1sk as string | undefined;
    try {
      await this.doc.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: keys.request(request.requestId),
          UpdateExpression: wanted
            ? 'SET gsi1pk = :pk, gsi1sk = :sk'
            : 'REMOVE gsi1pk, gsi1sk',
          // Only from the placement this write saw, so two racing writers move it (and count it) once.
          ConditionExpression: previous
            ? 'gsi1sk = :previous'
            : 'attribute_exists(pk) AND attribute_not_exists(gsi1sk)',
          ExpressionAttributeValues: {
            ...(wanted ? { ':pk': wanted.gsi1pk, ':sk': wanted.gsi1sk } : {}),
            ...(previous ? { ':previous': previous } : {}),
          },
        }),
      );
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) return request;
      throw error;
    }
    const wasOpen = item.gsi1pk === 'OPEN';
    const isOpen = wanted?.gsi1pk === 'OPEN';
    if (wasOpen !== isOpen) await this.addToOpenCount(isOpen ? 1 : -1);
    return request;
  }

  private async addToOpenCount(delta: number): Promise<void> {
    await this.doc.send(
      new UpdateCommand({
        TableName: this.tableName,
        Key: keys.openCounter,
        UpdateExpression: 'ADD #open :delta',
        ExpressionAttributeNames: { '#open': 'open' },
        ExpressionAttributeValues: { ':delta': delta },
      }),
    );
  }

  async countOpen(): Promise<number> {
    const out = await this.doc.send(
      new GetCommand({ TableName: this.tableName, Key: keys.openCounter }),
    );
    return Math.max(0, Number(out.Item?.open ?? 0));
  }

  async findScheduled(
    partition: 'OPEN' | 'UNVERIFIED',
    until: string,
  ): Promise<ScheduledRequest[]> {
    const found: ScheduledRequest[] = [];
    let startKey: Item | undefined;
    do {
      const out = await this.doc.send(
        new QueryCommand({
          TableName: this.tableName,
          IndexName: 'openByDue',
          KeyConditionExpression: 'gsi1pk = :pk AND gsi1sk <= :until',
          // '~' sorts after every request id, so everything scheduled at `until` is included.
          ExpressionAttributeValues: {
            ':pk': partition,
            ':until': `${until}#~`,
          },
          ExclusiveStartKey: startKey,
        }),
      );
      for (const item of out.Items ?? []) {
        const request = toRequest(item);
        if (request) found.push(request);
      }
      startKey = out.LastEvaluatedKey;
    } while (startKey);
    return found;
  }

  async recordReminder(
    requestId: string,
    stage: string,
    covers: readonly string[],
    dueAt: string,
  ): Promise<boolean> {
    try {
      await this.doc.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: keys.request(requestId),
          UpdateExpression: 'ADD remindersSent :covers',
          ConditionExpression:
            'attribute_exists(pk) AND NOT contains(remindersSent, :stage) AND dueAt = :dueAt AND #status IN (:s1, :s2, :s3)',
          ExpressionAttributeNames: { '#status': 'status' },
          ExpressionAttributeValues: {
            ':covers': new Set(covers),
            ':stage': stage,
            ':dueAt': dueAt,
            ':s1': 'VERIFIED',
            ':s2': 'AWAITING_DECISION',
            ':s3': 'IN_PROGRESS',
          },
        }),
      );
      return true;
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) return false;
      throw error;
    }
  }

  async forgetReminder(
    requestId: string,
    covers: readonly string[],
  ): Promise<void> {
    await this.doc.send(
      new UpdateCommand({
        TableName: this.tableName,
        Key: keys.request(requestId),
        UpdateExpression: 'DELETE remindersSent :covers',
        ExpressionAttributeValues: { ':covers': new Set(covers) },
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
