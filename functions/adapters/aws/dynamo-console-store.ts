import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import {
  DeleteCommand,
  type DynamoDBDocumentClient,
  GetCommand,
  PutCommand,
  UpdateCommand,
} from '@aws-sdk/lib-dynamodb';
import type { SessionRecord, SignInRecord } from '#domain/console-session.ts';
import type { ConsoleStore } from '#ports/console-store.ts';
import { keys, strip } from './dynamo-keys.ts';

/** Items are removed by TTL a day after they stopped working (a lookup checks expiry itself). */
const KEEP_AFTER_EXPIRY_SECONDS = 86400;
const ttlOf = (expiresAt: string) =>
  Math.floor(Date.parse(expiresAt) / 1000) + KEEP_AFTER_EXPIRY_SECONDS;

/**
 * {@link ConsoleStore}: `SIGNIN#<hash>` and `SESSION#<hash>` items. Using a link and changing a
 * session are conditional writes, so a link used twice at once signs in once, and a session
 * ended by sign-out cannot be brought back by a request still in flight.
 */
export class DynamoConsoleStore implements ConsoleStore {
  constructor(
    private readonly doc: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async putSignIn(record: SignInRecord): Promise<void> {
    await this.doc.send(
      new PutCommand({
        TableName: this.tableName,
        Item: {
          ...keys.signIn(record.tokenHash),
          ...record,
          ttl: ttlOf(record.expiresAt),
        },
        ConditionExpression: 'attribute_not_exists(pk)',
      }),
    );
  }

  async getSignIn(tokenHash: string): Promise<SignInRecord | undefined> {
    const out = await this.doc.send(
      new GetCommand({
        TableName: this.tableName,
        Key: keys.signIn(tokenHash),
        ConsistentRead: true,
      }),
    );
    return strip(out.Item) as SignInRecord | undefined;
  }

  async useSignIn(
    tokenHash: string,
    now: string,
  ): Promise<SignInRecord | undefined> {
    try {
      const out = await this.doc.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: keys.signIn(tokenHash),
          UpdateExpression: 'SET usedAt = :now',
          ConditionExpression:
            'attribute_exists(pk) AND attribute_not_exists(usedAt) AND expiresAt > :now',
          ExpressionAttributeValues: { ':now': now },
          ReturnValues: 'ALL_OLD',
        }),
      );
      return strip(out.Attributes) as SignInRecord;
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) return undefined;
      throw error;
    }
  }

  async createSession(record: SessionRecord): Promise<void> {
    await this.doc.send(
      new PutCommand({
        TableName: this.tableName,
        Item: {
          ...keys.session(record.tokenHash),
          ...record,
          ttl: ttlOf(record.expiresAt),
        },
        ConditionExpression: 'attribute_not_exists(pk)',
      }),
    );
  }

  async getSession(tokenHash: string): Promise<SessionRecord | undefined> {
    const out = await this.doc.send(
      new GetCommand({
        TableName: this.tableName,
        Key: keys.session(tokenHash),
        ConsistentRead: true,
      }),
    );
    return strip(out.Item) as SessionRecord | undefined;
  }

  async updateSession(
    tokenHash: string,
    patch: Partial<
      Pick<
        SessionRecord,
        'lastSeenAt' | 'idleExpiresAt' | 'merchantId' | 'locale'
      >
    >,
    now: string,
  ): Promise<boolean> {
    const entries = Object.entries(patch).filter(([, v]) => v !== undefined);
    if (entries.length === 0) return true;
    try {
      await this.doc.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: keys.session(tokenHash),
          UpdateExpression: `SET ${entries.map((_, i) => `#f${i} = :v${i}`).join(', ')}`,
          ConditionExpression:
            'attribute_exists(pk) AND idleExpiresAt > :now AND expiresAt > :now',
          ExpressionAttributeNames: Object.fromEntries(
            entries.map(([k], i) => [`#f${i}`, k]),
          ),
          ExpressionAttributeValues: {
            ':now': now,
            ...Object.fromEntries(entries.map(([, v], i) => [`:v${i}`, v])),
          },
        }),
      );
      return true;
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) return false;
      throw error;
    }
  }

  async endSession(tokenHash: string): Promise<void> {
    await this.doc.send(
      new DeleteCommand({
        TableName: this.tableName,
        Key: keys.session(tokenHash),
      }),
    );
  }
}
