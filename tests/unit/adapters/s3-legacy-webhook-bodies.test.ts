import {
  DeleteObjectCommand,
  GetObjectCommand,
  ListObjectsV2Command,
  type S3Client,
} from '@aws-sdk/client-s3';
import { describe, expect, it } from 'vitest';
import { S3LegacyWebhookBodies } from '#adapters/aws/s3-legacy-webhook-bodies.ts';
import { WEBHOOK_CLAIM_DAYS } from '#use-cases/inbound/shopify-webhook.ts';

const BUCKET = 'inbound';
const ID = '3f1c2a4e-9b0d-4c7e-8f6a-1d2e3f4a5b6c';
const BODY = '{"shop_domain":"lastu.myshopify.com"}';

/**
 * ListObjectsV2, GetObject and DeleteObject over the objects given (key → when stored), as S3
 * answers a role that may list only by prefix: a GetObject of a missing key is refused with 403
 * AccessDenied, not NoSuchKey (GetObject's API reference), so the adapter must not ask for one.
 */
function fakeS3(objects: Record<string, Date>) {
  const sent: { command: string; key: string | undefined }[] = [];
  const client = {
    async send(command: unknown) {
      if (command instanceof ListObjectsV2Command) {
        const prefix = command.input.Prefix ?? '';
        sent.push({ command: 'list', key: prefix });
        const keys = Object.keys(objects)
          .filter((k) => k.startsWith(prefix))
          .sort()
          .slice(0, command.input.MaxKeys ?? 1000);
        return {
          KeyCount: keys.length,
          Contents: keys.map((Key) => ({ Key, LastModified: objects[Key] })),
        };
      }
      if (command instanceof GetObjectCommand) {
        const key = command.input.Key ?? '';
        sent.push({ command: 'get', key });
        const stored = objects[key];
        if (!stored)
          throw Object.assign(new Error('Access Denied'), {
            name: 'AccessDenied',
            $metadata: { httpStatusCode: 403 },
          });
        return {
          LastModified: stored,
          Body: {
            transformToByteArray: async () => new TextEncoder().encode(BODY),
          },
        };
      }
      if (command instanceof DeleteObjectCommand) {
        sent.push({ command: 'delete', key: command.input.Key });
        return {};
      }
      throw new Error('unexpected command');
    },
  };
  return {
    bodies: new S3LegacyWebhookBodies(
      client as unknown as S3Client,
      BUCKET,
      WEBHOOK_CLAIM_DAYS,
    ),
    sent,
  };
}

const now = '2026-12-06T08:00:00.000Z';
const daysBefore = (days: number) =>
  new Date(Date.parse(now) - days * 86_400_000);

describe('S3LegacyWebhookBodies', () => {
  it('reads the body the earlier front kept at webhooks/<merchant>/<id>', async () => {
    const { bodies, sent } = fakeS3({
      [`webhooks/lastu/${ID}`]: daysBefore(1),
    });
    const body = await bodies.read('lastu', ID, now);
    expect(new TextDecoder().decode(body)).toBe(BODY);
    expect(sent).toEqual([
      { command: 'list', key: `webhooks/lastu/${ID}` },
      { command: 'get', key: `webhooks/lastu/${ID}` },
    ]);
  });

  it('answers undefined where there is none, without a GetObject S3 would refuse (no body of another merchant or a longer id)', async () => {
    const { bodies, sent } = fakeS3({
      [`webhooks/other/${ID}`]: daysBefore(1),
      [`webhooks/lastu/${ID}-2`]: daysBefore(1),
    });
    expect(await bodies.read('lastu', ID, now)).toBeUndefined();
    expect(sent.map((s) => s.command)).toEqual(['list']);
  });

  it('does not act on a body its claim would no longer have covered', async () => {
    const { bodies } = fakeS3({
      [`webhooks/lastu/${ID}`]: daysBefore(WEBHOOK_CLAIM_DAYS),
    });
    expect(await bodies.read('lastu', ID, now)).toBeUndefined();
    const { bodies: younger } = fakeS3({
      [`webhooks/lastu/${ID}`]: daysBefore(WEBHOOK_CLAIM_DAYS - 0.01),
    });
    expect(await younger.read('lastu', ID, now)).toBeDefined();
  });

  it('deletes the body once its worker is done', async () => {
    const { bodies, sent } = fakeS3({});
    await bodies.discard('lastu', ID);
    expect(sent).toEqual([{ command: 'delete', key: `webhooks/lastu/${ID}` }]);
  });
});
