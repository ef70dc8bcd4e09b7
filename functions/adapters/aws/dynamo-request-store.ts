import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import {
  type DynamoDBDocumentClient,
  GetCommand,
  PutCommand,
  QueryCommand,
  UpdateCommand,
} from '@aws-sdk/lib-dynamodb';
import type { SubjectRequest } from '#domain/earlier-requests.ts';
import type { InformationRequest } from '#domain/information-request.ts';
import { rateWindow } from '#domain/intake.ts';
import type { Pseudonymisation } from '#domain/pseudonymisation.ts';
import {
  AFTERMATH_STATUS,
  type Aftermath,
  type DsrRequest,
  OWED_STATUSES,
  type RequestStatus,
  type ScheduleKey,
  scheduleKey,
  schedulePartition,
} from '#domain/request.ts';
import { RETAINED_STATUSES, requireRetention } from '#domain/retention.ts';
import type {
  InboxRequest,
  JobRecord,
  RequestStore,
  ScheduledRequest,
  SubmissionClaim,
} from '#ports/request-store.ts';
import { keys, partitionItems, strip, ttlAt } from './dynamo-keys.ts';
import { TABLE } from './table-layout.ts';

type Item = Record<string, unknown>;

/** The index keys a request should carry now (see `scheduleKey`); none once nothing is due. */
function indexKeysOf(request: DsrRequest) {
  const key = scheduleKey(request);
  return key ? keys.schedule(key.partition, key.at) : undefined;
}

/**
 * Update clauses that place the item in the index for status `to`, in the same write as the
 * status change: the instant comes from the patch, or from the stored attribute itself. A patch
 * that sets `pendingAftermath` places it in AFTERMATH at its `updatedAt` (see `scheduleKey`).
 */
function placement(to: RequestStatus, patch: Partial<DsrRequest>) {
  if (patch.pendingAftermath && patch.updatedAt)
    return {
      set: ['gsi1pk = :ipk', 'gsi1sk = :isk'],
      remove: [],
      values: { ':ipk': 'AFTERMATH', ':isk': patch.updatedAt },
    };
  const partition = schedulePartition(to);
  if (!partition) return { set: [], remove: ['gsi1pk', 'gsi1sk'], values: {} };
  const field =
    partition === 'UNVERIFIED'
      ? 'verifyBy'
      : partition === 'RETAINED'
        ? 'retainUntil'
        : 'dueAt';
  const from = patch[field];
  return {
    set: ['gsi1pk = :ipk', from ? 'gsi1sk = :isk' : `gsi1sk = ${field}`],
    remove: [],
    values: { ':ipk': partition, ...(from ? { ':isk': from } : {}) },
  };
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
    requireRetention(to, patch);
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
    const index = placement(to, patch);
    sets.push(...index.set);
    removes.push(...index.remove);
    Object.assign(values, index.values);
    from.forEach((status, i) => {
      values[`:from${i}`] = status;
    });
    const fromList = from.map((_, i) => `:from${i}`).join(', ');
    const remove = removes.length ? ` REMOVE ${removes.join(', ')}` : '';
    let before: DsrRequest | undefined;
    try {
      const out = await this.doc.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: keys.request(requestId),
          UpdateExpression: `SET ${sets.join(', ')}${remove}`,
          ConditionExpression: `attribute_exists(pk) AND #status IN (${fromList})`,
          ExpressionAttributeNames: names,
          ExpressionAttributeValues: values,
          ReturnValues: 'ALL_OLD',
        }),
      );
      before = toRequest(out.Attributes);
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) return undefined;
      throw error;
    }
    if (!before) return undefined;
    const after: DsrRequest = {
      ...before,
      ...stripUndefined(fields),
      status: to,
    };
    for (const field of options.remove ?? []) delete after[field];
    const wasOwed = schedulePartition(before.status) === 'OPEN';
    const isOwed = schedulePartition(to) === 'OPEN';
    // The counter is the one derived value not in the same write (no transactions locally).
    if (wasOwed !== isOwed) await this.addToOpenCount(isOwed ? 1 : -1);
    return after;
  }

  async settleAftermath(requestId: string, done: Aftermath): Promise<boolean> {
    const status = AFTERMATH_STATUS[done];
    // The place its status has (the stored due instant or retention end), as a transition gives.
    const index = placement(status, {});
    const remove = ['#owed', ...index.remove].join(', ');
    try {
      await this.doc.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: keys.request(requestId),
          UpdateExpression: `${index.set.length ? `SET ${index.set.join(', ')} ` : ''}REMOVE ${remove}`,
          ConditionExpression:
            'attribute_exists(pk) AND #status = :status AND #owed = :done',
          ExpressionAttributeNames: {
            '#status': 'status',
            '#owed': 'pendingAftermath',
          },
          ExpressionAttributeValues: {
            ':status': status,
            ':done': done,
            ...index.values,
          },
        }),
      );
      return true;
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) return false;
      throw error;
    }
  }

  async pseudonymise(
    requestId: string,
    change: Pseudonymisation,
  ): Promise<boolean> {
    const names: Record<string, string> = {
      '#status': 'status',
      '#done': 'pseudonymisedAt',
      '#until': 'retainUntil',
    };
    const values: Record<string, unknown> = {
      ':at': change.set.pseudonymisedAt,
    };
    const sets = Object.entries(change.set)
      .filter(([, v]) => v !== undefined)
      .map(([field, value], i) => {
        names[`#f${i}`] = field;
        values[`:v${i}`] = value;
        return `#f${i} = :v${i}`;
      });
    const removes = change.remove.map((field, i) => {
      names[`#r${i}`] = field;
      return `#r${i}`;
    });
    // The table's TTL attribute: DynamoDB deletes the pseudonymised record after `deleteAfter`.
    names['#ttl'] = 'ttl';
    values[':ttl'] = ttlAt(change.set.deleteAfter);
    sets.push('#ttl = :ttl');
    RETAINED_STATUSES.forEach((status, i) => {
      values[`:s${i}`] = status;
    });
    const closed = RETAINED_STATUSES.map((_, i) => `:s${i}`).join(', ');
    try {
      await this.doc.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: keys.request(requestId),
          // Leaves the index in the same write: nothing is scheduled for it any more.
          UpdateExpression: `SET ${sets.join(', ')} REMOVE ${[...removes, 'gsi1pk', 'gsi1sk'].join(', ')}`,
          ConditionExpression: `attribute_exists(pk) AND #status IN (${closed}) AND attribute_not_exists(#done) AND #until <= :at`,
          ExpressionAttributeNames: names,
          ExpressionAttributeValues: values,
        }),
      );
      return true;
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) return false;
      throw error;
    }
  }

  async update(requestId: string, patch: Partial<DsrRequest>): Promise<void> {
    const { requestId: _id, status: _s, remindersSent: _r, ...fields } = patch;
    const entries = Object.entries(fields).filter(([, v]) => v !== undefined);
    if (entries.length === 0) return;
    const sets = entries.map((_, i) => `#f${i} = :v${i}`);
    const write = (moveIndex: boolean) =>
      this.doc.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: keys.request(requestId),
          UpdateExpression: `SET ${[...sets, ...(moveIndex ? ['gsi1sk = :dueAt'] : [])].join(', ')}`,
          ConditionExpression: moveIndex
            ? 'attribute_exists(pk) AND gsi1pk IN (:open, :deferred)'
            : 'attribute_exists(pk)',
          ExpressionAttributeNames: Object.fromEntries(
            entries.map(([k], i) => [`#f${i}`, k]),
          ),
          ExpressionAttributeValues: {
            ...Object.fromEntries(entries.map(([, v], i) => [`:v${i}`, v])),
            ...(moveIndex
              ? {
                  ':dueAt': fields.dueAt,
                  ':open': 'OPEN',
                  ':deferred': 'DEFERRED',
                }
              : {}),
          },
        }),
      );
    if (!fields.dueAt) {
      await write(false);
      return;
    }
    // A new due instant moves a request indexed by it (OPEN, DEFERRED); one indexed by another
    // instant (UNVERIFIED, RETAINED) or not at all keeps its place.
    try {
      await write(true);
    } catch (error) {
      if (!(error instanceof ConditionalCheckFailedException)) throw error;
      await write(false);
    }
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
            )}, gsi1sk = :dueAt, deadlines = list_append(if_not_exists(deadlines, :none), :record) REMOVE remindersSent`,
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
            ':dueAt': change.fields.dueAt,
            ':s1': 'VERIFIED',
            ':s2': 'AWAITING_DECISION',
            ':s3': 'IN_PROGRESS',
          },
          ReturnValues: 'ALL_NEW',
        }),
      );
      return toRequest(out.Attributes);
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) return undefined;
      throw error;
    }
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

  async findBySubject(
    merchantId: string,
    subjectHash: string,
  ): Promise<SubjectRequest[]> {
    const found: SubjectRequest[] = [];
    let startKey: Item | undefined;
    do {
      const out = await this.doc.send(
        new QueryCommand({
          TableName: this.tableName,
          IndexName: TABLE.bySubjectIndex.name,
          KeyConditionExpression: '#subject = :subject',
          // The hash is per merchant already; the filter keeps the answer to this merchant's.
          FilterExpression: 'merchantId = :merchant',
          ExpressionAttributeNames: {
            '#subject': TABLE.bySubjectIndex.partitionKey,
          },
          ExpressionAttributeValues: {
            ':subject': subjectHash,
            ':merchant': merchantId,
          },
          ExclusiveStartKey: startKey,
        }),
      );
      for (const item of out.Items ?? []) {
        const { subjectHash: _hash, ...request } = toRequest(item) ?? {};
        found.push(request as SubjectRequest);
      }
      startKey = out.LastEvaluatedKey;
    } while (startKey);
    return found;
  }

  async recordInformationRequest(
    requestId: string,
    asked: InformationRequest,
  ): Promise<DsrRequest | undefined> {
    try {
      const out = await this.doc.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: keys.request(requestId),
          UpdateExpression: 'SET informationRequest = :asked, updatedAt = :at',
          ConditionExpression:
            'attribute_exists(pk) AND #status = :awaiting AND attribute_not_exists(informationRequest)',
          ExpressionAttributeNames: { '#status': 'status' },
          ExpressionAttributeValues: {
            ':asked': stripUndefined(asked),
            ':at': asked.requestedAt,
            ':awaiting': 'AWAITING_DECISION',
          },
          ReturnValues: 'ALL_NEW',
        }),
      );
      return toRequest(out.Attributes);
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) return undefined;
      throw error;
    }
  }

  async recordInformationNotified(
    requestId: string,
    at: string,
  ): Promise<void> {
    try {
      await this.doc.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: keys.request(requestId),
          UpdateExpression: 'SET informationRequest.notifiedAt = :at',
          ConditionExpression: 'attribute_exists(informationRequest)',
          ExpressionAttributeValues: { ':at': at },
        }),
      );
    } catch (error) {
      if (!(error instanceof ConditionalCheckFailedException)) throw error;
    }
  }

  async recordInformationAnswer(
    requestId: string,
    answer: { answer: string; answeredAt: string },
    deadline?: Parameters<RequestStore['recordInformationAnswer']>[2],
  ): Promise<DsrRequest | undefined> {
    const names: Record<string, string> = { '#status': 'status' };
    const values: Record<string, unknown> = {
      ':answer': answer.answer,
      ':answeredAt': answer.answeredAt,
      ':awaiting': 'AWAITING_DECISION',
    };
    const sets = [
      'informationRequest.answer = :answer',
      'informationRequest.answeredAt = :answeredAt',
      'updatedAt = :answeredAt',
    ];
    if (deadline) {
      Object.entries(stripUndefined(deadline.fields)).forEach(
        ([field, value], i) => {
          names[`#d${i}`] = field;
          values[`:d${i}`] = value;
          sets.push(`#d${i} = :d${i}`);
        },
      );
      values[':none'] = [];
      values[':record'] = [deadline.record];
      sets.push(
        'deadlines = list_append(if_not_exists(deadlines, :none), :record)',
      );
      // An open request is indexed by its due instant (see `scheduleKey`).
      values[':dueAt'] = deadline.fields.dueAt;
      sets.push('gsi1sk = :dueAt');
    }
    // The due instant moved: the reminders count down to the new one.
    const remove = deadline?.restartReminders ? ' REMOVE remindersSent' : '';
    try {
      const out = await this.doc.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: keys.request(requestId),
          UpdateExpression: `SET ${sets.join(', ')}${remove}`,
          ConditionExpression:
            'attribute_exists(pk) AND #status = :awaiting AND attribute_exists(informationRequest) AND attribute_not_exists(informationRequest.answeredAt)',
          ExpressionAttributeNames: names,
          ExpressionAttributeValues: values,
          ReturnValues: 'ALL_NEW',
        }),
      );
      return toRequest(out.Attributes);
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) return undefined;
      throw error;
    }
  }

  async findScheduled(
    partition: ScheduleKey['partition'],
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
          ExpressionAttributeValues: { ':pk': partition, ':until': until },
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
          ConditionExpression: `attribute_exists(pk) AND NOT contains(remindersSent, :stage) AND dueAt = :dueAt AND #status IN (${OWED_STATUSES.map((_, i) => `:s${i}`).join(', ')})`,
          ExpressionAttributeNames: { '#status': 'status' },
          ExpressionAttributeValues: {
            ':covers': new Set(covers),
            ':stage': stage,
            ':dueAt': dueAt,
            ...Object.fromEntries(OWED_STATUSES.map((s, i) => [`:s${i}`, s])),
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

  async saveJob(job: JobRecord, ifState?: JobRecord['state']) {
    try {
      await this.doc.send(
        new PutCommand({
          TableName: this.tableName,
          Item: {
            ...keys.job(job.requestId, job.processorId),
            ...stripUndefined(job),
          },
          ...(ifState
            ? {
                ConditionExpression: '#state = :expected',
                ExpressionAttributeNames: { '#state': 'state' },
                ExpressionAttributeValues: { ':expected': ifState },
              }
            : {}),
        }),
      );
      return true;
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) return false;
      throw error;
    }
  }

  async getJob(requestId: string, processorId: string) {
    const out = await this.doc.send(
      new GetCommand({
        TableName: this.tableName,
        Key: keys.job(requestId, processorId),
        ConsistentRead: true,
      }),
    );
    return out.Item ? (strip(out.Item) as unknown as JobRecord) : undefined;
  }

  async listJobs(requestId: string): Promise<JobRecord[]> {
    return partitionItems<JobRecord>(
      this.doc,
      this.tableName,
      keys.jobs(requestId),
    );
  }

  async claimSubmission(
    claim: SubmissionClaim,
    replacing?: string,
  ): Promise<{ won: boolean; claim?: SubmissionClaim }> {
    try {
      await this.doc.send(
        new PutCommand({
          TableName: this.tableName,
          Item: {
            ...keys.intakeClaim(claim.key),
            ...claim,
            ttl: ttlAt(claim.expiresAt),
          },
          ConditionExpression: `attribute_not_exists(pk) OR expiresAt <= :now${replacing ? ' OR requestId = :replacing' : ''}`,
          ExpressionAttributeValues: {
            ':now': claim.claimedAt,
            ...(replacing ? { ':replacing': replacing } : {}),
          },
        }),
      );
      return { won: true, claim };
    } catch (error) {
      if (!(error instanceof ConditionalCheckFailedException)) throw error;
      return { won: false, claim: await this.getSubmissionClaim(claim.key) };
    }
  }

  async getSubmissionClaim(key: string): Promise<SubmissionClaim | undefined> {
    const out = await this.doc.send(
      new GetCommand({
        TableName: this.tableName,
        Key: keys.intakeClaim(key),
        ConsistentRead: true,
      }),
    );
    return out.Item
      ? (strip(out.Item) as unknown as SubmissionClaim)
      : undefined;
  }

  async markClaimMailed(
    key: string,
    requestId: string,
    at: string,
    ifMailedBefore: string,
  ): Promise<boolean> {
    try {
      await this.doc.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: keys.intakeClaim(key),
          UpdateExpression: 'SET mailedAt = :at',
          ConditionExpression: 'requestId = :id AND mailedAt <= :before',
          ExpressionAttributeValues: {
            ':at': at,
            ':id': requestId,
            ':before': ifMailedBefore,
          },
        }),
      );
      return true;
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) return false;
      throw error;
    }
  }

  async countAttempt(
    bucket: string,
    limit: number,
    windowSeconds: number,
    at: string,
  ): Promise<{ allowed: boolean; resetAt: string }> {
    const window = rateWindow(at, windowSeconds);
    try {
      await this.doc.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: keys.rateCounter(bucket, window.start),
          UpdateExpression: 'ADD attempts :one SET #ttl = :ttl',
          ConditionExpression:
            'attribute_not_exists(attempts) OR attempts < :limit',
          ExpressionAttributeNames: { '#ttl': 'ttl' },
          ExpressionAttributeValues: {
            ':one': 1,
            ':limit': limit,
            ':ttl': ttlAt(window.end) + 3600,
          },
        }),
      );
      return { allowed: true, resetAt: window.end };
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException)
        return { allowed: false, resetAt: window.end };
      throw error;
    }
  }

  async listByMerchant(
    merchantId: string,
    limit: number,
  ): Promise<{ requests: InboxRequest[]; truncated: boolean }> {
    const requests: InboxRequest[] = [];
    let startKey: Item | undefined;
    do {
      const out = await this.doc.send(
        new QueryCommand({
          TableName: this.tableName,
          IndexName: TABLE.byMerchantIndex.name,
          KeyConditionExpression: 'merchantId = :m',
          ExpressionAttributeValues: { ':m': merchantId },
          ScanIndexForward: false,
          Limit: limit - requests.length,
          ExclusiveStartKey: startKey,
        }),
      );
      for (const item of out.Items ?? [])
        requests.push(strip(item) as unknown as InboxRequest);
      startKey = out.LastEvaluatedKey;
    } while (startKey && requests.length < limit);
    return { requests, truncated: Boolean(startKey) };
  }
}

function stripUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(
    Object.entries(value).filter(([, v]) => v !== undefined),
  ) as Partial<T>;
}
