/**
 * The privacy inbox on the embedded stack: mail sent over SMTP to `lastu@inbound.localhost`
 * becomes a request of channel `email` (typed ones get the verification link, unclear ones wait
 * for the merchant), the merchant is told either way; auto-replies, mailing lists and bounces
 * start nothing; an oversized message is refused at SMTP; attachments are kept unopened.
 */
import {
  type AttributeValue,
  DynamoDBClient,
  ScanCommand,
} from '@aws-sdk/client-dynamodb';
import { GetObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DsrRequest } from '#domain/request.ts';
import {
  type EmbeddedStack,
  startEmbeddedStack,
} from '#infra/local/embedded-stack.ts';
import { CORPUS } from '../fixtures/inbound/corpus.ts';
import { Mailbox } from '../helpers/mailbox.ts';
import { rawMessage, smtpClient } from '../helpers/smtp.ts';
import { waitFor } from '../helpers/wait-for.ts';

let stack: EmbeddedStack;
let mailbox: Mailbox;
let smtp: ReturnType<typeof smtpClient>;
let ddb: DynamoDBClient;
const MAX_BYTES = 64 * 1024;

beforeAll(async () => {
  stack = await startEmbeddedStack({
    fastTimers: true,
    logLevel: 'ERROR',
    onlyProcessors: ['lastu-store'],
    inboundMaxBytes: MAX_BYTES,
  });
  mailbox = new Mailbox(stack.mailUrl);
  smtp = smtpClient(stack.smtpPort);
  ddb = new DynamoDBClient({});
});

afterAll(async () => {
  smtp?.close();
  ddb?.destroy();
  await stack?.close();
});

async function requestsFrom(email: string): Promise<DsrRequest[]> {
  const out = await ddb.send(
    new ScanCommand({
      TableName: stack.tableName,
      FilterExpression: 'email = :e AND sk = :meta',
      ExpressionAttributeValues: {
        ':e': { S: email },
        ':meta': { S: '#META' },
      },
    }),
  );
  return (out.Items ?? []).map(
    (i) => unmarshall(i as Record<string, AttributeValue>) as DsrRequest,
  );
}

const TO = 'lastu@inbound.localhost';

describe('the privacy inbox over SMTP', () => {
  it.each([
    ['en', 'en-delete-account', 'erasure'],
    ['fi', 'fi-tarkastus', 'access'],
    ['sv', 'sv-radera', 'erasure'],
    ['de', 'de-auskunft', 'access'],
    ['fr', 'fr-suppression', 'erasure'],
  ] as const)(
    'makes a %s request a typed email request within seconds (%s)',
    async (lang, id, type) => {
      const mail = CORPUS[lang].find((m) => m.id === id);
      if (!mail) throw new Error(id);
      const sentAt = Date.now();
      await smtp.send(
        mail.from,
        TO,
        rawMessage({
          from: mail.from,
          to: TO,
          subject: mail.subject,
          body: mail.body,
        }),
      );
      const [request] = await waitFor(
        async () => {
          const found = await requestsFrom(mail.from);
          return found.length ? found : undefined;
        },
        { timeoutMs: 10_000, message: `request from ${mail.from}` },
      );
      expect(request).toMatchObject({
        merchantId: 'lastu',
        channel: 'email',
        type,
        status: 'PENDING_VERIFICATION',
        locale: lang,
      });
      expect(request?.inbound?.confirmBecause).toBeUndefined();
      expect(Date.parse(request?.receivedAt ?? '')).toBeGreaterThanOrEqual(
        sentAt - 1000,
      );
      // The sender gets the form's verification link, in their language.
      const verify = await mailbox.waitFor(mail.from, 'Lastu');
      expect(verify.body.text).toMatch(/\/verify\//);
      // The merchant is told.
      const notice = await mailbox.waitFor(
        'owner@lastu.example',
        (request?.requestId ?? '').slice(0, 8).toUpperCase(),
      );
      expect(notice.body.text).toContain(mail.from);
    },
  );

  it('leaves a message asking for two rights to the merchant and sends the sender nothing', async () => {
    const mail = CORPUS.en.find((m) => m.id === 'en-copy-then-delete');
    if (!mail) throw new Error('corpus');
    await smtp.send(
      mail.from,
      TO,
      rawMessage({
        from: mail.from,
        to: TO,
        subject: mail.subject,
        body: mail.body,
      }),
    );
    const [request] = await waitFor(
      async () => {
        const found = await requestsFrom(mail.from);
        return found.length ? found : undefined;
      },
      { timeoutMs: 10_000, message: 'pending request' },
    );
    expect(request?.inbound).toMatchObject({ confirmBecause: 'unclear' });
    expect(request?.details).toContain('copy of my data');
    const notice = await mailbox.waitFor(
      'owner@lastu.example',
      (request?.requestId ?? '').slice(0, 8).toUpperCase(),
    );
    expect(notice.subject).toContain('please confirm its type');
    expect(await mailbox.count(mail.from)).toBe(0);
  });

  it.each([
    ['an auto-reply', { 'Auto-Submitted': 'auto-replied' }, 'ooo@example.com'],
    [
      'a mailing-list message',
      { 'List-Id': '<news.example.com>' },
      'list@example.com',
    ],
    [
      'a bounce',
      {
        'Content-Type':
          'multipart/report; report-type=delivery-status; boundary="x"',
      },
      'mailer-daemon@example.com',
    ],
  ])('ignores %s: no request, nothing sent', async (_what, headers, from) => {
    await smtp.send(
      from,
      TO,
      rawMessage({
        from,
        to: TO,
        subject: 'Out of office: delete my data',
        body: 'I am away. Please delete my account.',
        headers,
      }),
    );
    // The merchant's notice would follow a request within the same invocation: wait for the
    // invocation to finish, then check nothing exists.
    await stack.invoker.settled();
    expect(await requestsFrom(from)).toEqual([]);
    expect(await mailbox.count(from)).toBe(0);
  });

  it('refuses an oversized message at SMTP (552) and stores nothing', async () => {
    const from = 'big@example.com';
    const body = 'Please delete my account.\n'.repeat(4000);
    await expect(
      smtp.send(
        from,
        TO,
        rawMessage({ from, to: TO, subject: 'Delete', body }),
      ),
    ).rejects.toThrow(/552|size/i);
    expect(await requestsFrom(from)).toEqual([]);
  });

  it('refuses mail for another domain (550)', async () => {
    await expect(
      smtp.send(
        'x@example.com',
        'lastu@example.com',
        rawMessage({
          from: 'x@example.com',
          to: 'lastu@example.com',
          subject: 'x',
          body: 'x',
        }),
      ),
    ).rejects.toThrow(/550/);
  });

  it('keeps attachments unopened with the request', async () => {
    const from = 'withfiles@example.com';
    const pdf = Buffer.from('%PDF-1.4 authorisation letter');
    await smtp.send(
      from,
      TO,
      rawMessage({
        from,
        to: TO,
        subject: 'Erasure request',
        body: 'Please delete my account and all my personal data. My signed authorisation is attached.',
        attachments: [
          { name: 'authorisation.pdf', type: 'application/pdf', content: pdf },
        ],
      }),
    );
    const [request] = await waitFor(
      async () => {
        const found = await requestsFrom(from);
        return found.length ? found : undefined;
      },
      { timeoutMs: 10_000, message: 'request with attachment' },
    );
    expect(request?.inbound?.attachments).toEqual([
      expect.objectContaining({
        name: 'authorisation.pdf',
        contentType: 'application/pdf',
        bytes: pdf.length,
      }),
    ]);
    const s3 = new S3Client({ forcePathStyle: true });
    const object = await s3.send(
      new GetObjectCommand({
        Bucket: stack.environment.INBOUND_BUCKET,
        Key: request?.inbound?.attachments[0]?.key,
      }),
    );
    expect(
      Buffer.from((await object.Body?.transformToByteArray()) ?? []),
    ).toEqual(pdf);
    expect(object.ContentDisposition).toBe('attachment');
    s3.destroy();
  });

  it("makes a forwarded message the original sender's request", async () => {
    const mail = CORPUS.fi.find((m) => m.id === 'fi-outlook-forward');
    if (!mail) throw new Error('corpus');
    await smtp.send(
      mail.from,
      TO,
      rawMessage({
        from: mail.from,
        to: TO,
        subject: mail.subject,
        body: mail.body,
      }),
    );
    const [request] = await waitFor(
      async () => {
        const found = await requestsFrom('liisa.makela@example.com');
        return found.length ? found : undefined;
      },
      { timeoutMs: 10_000, message: 'forwarded request' },
    );
    expect(request).toMatchObject({
      type: 'erasure',
      inbound: { forwardedBy: 'info@lastucase.com' },
    });
  });
});
