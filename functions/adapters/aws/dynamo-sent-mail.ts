import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import {
  DeleteCommand,
  type DynamoDBDocumentClient,
  GetCommand,
  PutCommand,
  UpdateCommand,
} from '@aws-sdk/lib-dynamodb';
import type {
  SentMailClaim,
  SentMailLog,
  SentMailRecord,
} from '#ports/sent-mail.ts';
import { keys, partitionItems, strip } from './dynamo-keys.ts';

/** Claims race at most this often before the caller retries the step. */
const MAX_CLAIM_RACES = 3;

/**
 * {@link SentMailLog} as one item per purpose in the request's `MAIL#<requestId>` partition. Every change is
 * conditional on the claim count read before it, so two claimants never both hold one record.
 */
export class DynamoSentMailLog implements SentMailLog {
  constructor(
    private readonly doc: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async claim(
    requestId: string,
    purpose: string,
    at: string,
  ): Promise<SentMailClaim> {
    const Key = keys.sentMail(requestId, purpose);
    for (let race = 0; race < MAX_CLAIM_RACES; race++) {
      const current = await this.get(requestId, purpose);
      if (current?.state === 'SENT') return { claimed: false, record: current };
      const claims = (current?.claims ?? 0) + 1;
      try {
        if (current)
          await this.doc.send(
            new UpdateCommand({
              TableName: this.tableName,
              Key,
              UpdateExpression: 'SET claims = :next, claimedAt = :at',
              ConditionExpression: '#state = :sending AND claims = :seen',
              ExpressionAttributeNames: { '#state': 'state' },
              ExpressionAttributeValues: {
                ':next': claims,
                ':at': at,
                ':sending': 'SENDING',
                ':seen': current.claims,
              },
            }),
          );
        else
          await this.doc.send(
            new PutCommand({
              TableName: this.tableName,
              Item: {
                ...Key,
                requestId,
                purpose,
                state: 'SENDING',
                claims,
                claimedAt: at,
              },
              ConditionExpression: 'attribute_not_exists(pk)',
            }),
          );
        return { claimed: true, claims };
      } catch (error) {
        if (!(error instanceof ConditionalCheckFailedException)) throw error;
      }
    }
    throw new Error('SentMailClaimContended');
  }

  async markSent(
    requestId: string,
    purpose: string,
    claims: number,
    sent: { messageId: string; sentAt: string; ref?: string },
  ): Promise<void> {
    try {
      await this.doc.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: keys.sentMail(requestId, purpose),
          UpdateExpression: `SET #state = :sent, messageId = :id, sentAt = :at${sent.ref ? ', #ref = :ref' : ''}`,
          ConditionExpression: '#state = :sending AND claims = :claims',
          ExpressionAttributeNames: {
            '#state': 'state',
            ...(sent.ref ? { '#ref': 'ref' } : {}),
          },
          ExpressionAttributeValues: {
            ':sent': 'SENT',
            ':id': sent.messageId,
            ':at': sent.sentAt,
            ':sending': 'SENDING',
            ':claims': claims,
            ...(sent.ref ? { ':ref': sent.ref } : {}),
          },
        }),
      );
    } catch (error) {
      // Another claimant took over meanwhile; its record wins.
      if (!(error instanceof ConditionalCheckFailedException)) throw error;
    }
  }

  async release(
    requestId: string,
    purpose: string,
    claims: number,
  ): Promise<void> {
    try {
      await this.doc.send(
        new DeleteCommand({
          TableName: this.tableName,
          Key: keys.sentMail(requestId, purpose),
          ConditionExpression: '#state = :sending AND claims = :claims',
          ExpressionAttributeNames: { '#state': 'state' },
          ExpressionAttributeValues: {
            ':sending': 'SENDING',
            ':claims': claims,
          },
        }),
      );
    } catch (error) {
      if (!(error instanceof ConditionalCheckFailedException)) throw error;
    }
  }

  async list(requestId: string): Promise<SentMailRecord[]> {
    return partitionItems<SentMailRecord>(
      this.doc,
      this.tableName,
      keys.sentMails(requestId),
    );
  }

  private async get(
    requestId: string,
    purpose: string,
  ): Promise<SentMailRecord | undefined> {
    const out = await this.doc.send(
      new GetCommand({
        TableName: this.tableName,
        Key: keys.sentMail(requestId, purpose),
        ConsistentRead: true,
      }),
    );
    return strip(out.Item) as SentMailRecord | undefined;
  }
}
