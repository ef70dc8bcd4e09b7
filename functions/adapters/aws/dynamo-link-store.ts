import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import {
  type DynamoDBDocumentClient,
  GetCommand,
  PutCommand,
  UpdateCommand,
} from '@aws-sdk/lib-dynamodb';
import type { LinkRecord } from '#domain/links.ts';
import type { LinkStore } from '#ports/link-store.ts';
import { keys, strip } from './dynamo-keys.ts';

/** Link records are kept 30 days past expiry (TTL), so "expired" can still be told from "unknown". */
const KEEP_AFTER_EXPIRY_SECONDS = 30 * 86400;

/** {@link LinkStore}: single use is a conditional update, so two racing clicks cannot both act. */
export class DynamoLinkStore implements LinkStore {
  constructor(
    private readonly doc: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async put(record: LinkRecord): Promise<void> {
    const ttl =
      Math.floor(Date.parse(record.expiresAt) / 1000) +
      KEEP_AFTER_EXPIRY_SECONDS;
    // The request's list of links first: a link is never stored without it (offboarding).
    await this.doc.send(
      new PutCommand({
        TableName: this.tableName,
        Item: {
          pk: keys.requestLinks(record.requestId),
          sk: record.tokenHash,
          listOf: 'links',
          ttl,
        },
      }),
    );
    await this.doc.send(
      new PutCommand({
        TableName: this.tableName,
        Item: { ...keys.link(record.tokenHash), ...record, ttl },
        ConditionExpression: 'attribute_not_exists(pk)',
      }),
    );
  }

  async get(tokenHash: string): Promise<LinkRecord | undefined> {
    const out = await this.doc.send(
      new GetCommand({
        TableName: this.tableName,
        Key: keys.link(tokenHash),
        ConsistentRead: true,
      }),
    );
    return strip(out.Item) as LinkRecord | undefined;
  }

  async consume(
    tokenHash: string,
    now: string,
    record: Pick<LinkRecord, 'decision'> = {},
  ): Promise<LinkRecord | undefined> {
    try {
      const out = await this.doc.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: keys.link(tokenHash),
          UpdateExpression: record.decision
            ? 'SET usedAt = :now, decision = :decision'
            : 'SET usedAt = :now',
          ConditionExpression:
            'attribute_exists(pk) AND attribute_not_exists(usedAt) AND expiresAt > :now',
          ExpressionAttributeValues: {
            ':now': now,
            ...(record.decision ? { ':decision': record.decision } : {}),
          },
          ReturnValues: 'ALL_NEW',
        }),
      );
      return strip(out.Attributes) as LinkRecord;
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) return undefined;
      throw error;
    }
  }

  async release(tokenHash: string): Promise<void> {
    await this.doc.send(
      new UpdateCommand({
        TableName: this.tableName,
        Key: keys.link(tokenHash),
        UpdateExpression: 'REMOVE usedAt, decision',
        ConditionExpression: 'attribute_exists(pk)',
      }),
    );
  }

  async rebind(
    tokenHash: string,
    taskToken: string,
    now: string,
  ): Promise<boolean> {
    try {
      await this.doc.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: keys.link(tokenHash),
          UpdateExpression: 'SET taskToken = :token',
          ConditionExpression:
            'attribute_exists(taskToken) AND attribute_not_exists(usedAt) AND expiresAt > :now',
          ExpressionAttributeValues: {
            ':token': taskToken,
            ':now': now,
          },
        }),
      );
      return true;
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) return false;
      throw error;
    }
  }

  async countUse(
    tokenHash: string,
    maxUses: number,
    now: string,
  ): Promise<number | undefined> {
    try {
      const out = await this.doc.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: keys.link(tokenHash),
          UpdateExpression: 'ADD uses :one',
          ConditionExpression:
            'attribute_exists(pk) AND expiresAt > :now AND (attribute_not_exists(uses) OR uses < :max)',
          ExpressionAttributeValues: {
            ':one': 1,
            ':max': maxUses,
            ':now': now,
          },
          ReturnValues: 'UPDATED_NEW',
        }),
      );
      return Number(out.Attributes?.uses);
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) return undefined;
      throw error;
    }
  }

  async revoke(tokenHash: string, at: string): Promise<void> {
    try {
      await this.doc.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: keys.link(tokenHash),
          UpdateExpression: 'SET expiresAt = :at, revokedAt = :at',
          ConditionExpression: 'attribute_exists(pk) AND expiresAt > :at',
          ExpressionAttributeValues: { ':at': at },
        }),
      );
    } catch (error) {
      if (!(error instanceof ConditionalCheckFailedException)) throw error;
    }
  }
}
