/**
 * Verified webhook deliveries in the table (`WEBHOOK#<merchantId>` / `<webhookId>`): the claim
 * that deduplicates a delivery and its raw body, written together by one conditional put, so a
 * claim never exists without its body. The item expires by TTL with the claim. DynamoDB deletes
 * expired items in the background, typically within a few days, and until then they show in
 * reads (DynamoDB Developer Guide, "Working with expired items"): `read` checks the expiry itself.
 * The body is a few KB of JSON (the front refuses more than 256 KB; an item holds 400 KB).
 */
import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import {
  DeleteCommand,
  type DynamoDBDocumentClient,
  GetCommand,
  PutCommand,
  UpdateCommand,
} from '@aws-sdk/lib-dynamodb';
import type { WebhookDelivery, WebhookInbox } from '#ports/webhooks.ts';
import { keys, ttlAt } from './dynamo-keys.ts';

export class DynamoWebhookInbox implements WebhookInbox {
  constructor(
    private readonly doc: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async claim(delivery: WebhookDelivery): Promise<boolean> {
    try {
      await this.doc.send(
        new PutCommand({
          TableName: this.tableName,
          Item: {
            ...keys.webhook(delivery.merchantId, delivery.webhookId),
            webhookId: delivery.webhookId,
            receivedAt: delivery.receivedAt,
            expiresAt: delivery.expiresAt,
            ttl: ttlAt(delivery.expiresAt),
            body: delivery.body,
          },
          ConditionExpression: 'attribute_not_exists(pk) OR expiresAt <= :now',
          ExpressionAttributeValues: { ':now': delivery.receivedAt },
        }),
      );
      return true;
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) return false;
      throw error;
    }
  }

  async release(merchantId: string, webhookId: string): Promise<void> {
    await this.doc.send(
      new DeleteCommand({
        TableName: this.tableName,
        Key: keys.webhook(merchantId, webhookId),
      }),
    );
  }

  async read(
    merchantId: string,
    webhookId: string,
    now: string,
  ): Promise<Uint8Array | undefined> {
    const out = await this.doc.send(
      new GetCommand({
        TableName: this.tableName,
        Key: keys.webhook(merchantId, webhookId),
        ProjectionExpression: 'body, expiresAt',
        ConsistentRead: true,
      }),
    );
    const item = out.Item;
    if (!(item?.body instanceof Uint8Array)) return undefined;
    return String(item.expiresAt) > now ? item.body : undefined;
  }

  async discard(merchantId: string, webhookId: string): Promise<void> {
    try {
      await this.doc.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: keys.webhook(merchantId, webhookId),
          UpdateExpression: 'REMOVE body',
          // Never makes an item of its own (the claim expired and went meanwhile).
          ConditionExpression: 'attribute_exists(pk)',
        }),
      );
    } catch (error) {
      if (!(error instanceof ConditionalCheckFailedException)) throw error;
    }
  }
}
