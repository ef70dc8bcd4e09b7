/**
 * The local stand-ins of the inbound doors SES gives on AWS:
 * - an SMTP listener (`smtp-server`, Nodemailer's) that accepts mail for
 *   `<merchantId>@inbound.localhost`, stores the raw message in the local inbound bucket at
 *   `inbound/<messageId>` as SES's S3 action does, and invokes ReceiveInboundMail with the event
 *   SES's Lambda action sends (no verdicts: nothing scans mail here);
 * - `mailEvent(...)`: SES's configuration-set events (bounce, complaint, delivery, reject) for
 *   RecordMailEvent, which aws-ses-v2-local never produces.
 * The listener answers only on loopback and advertises a size limit (SES's S3 action: 40 MB).
 */
import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { SMTPServer } from 'smtp-server';
import { INBOUND_KEY_PREFIX } from '#domain/inbound/inbound-keys.ts';
import { LOCAL_ACCOUNT, LOCAL_REGION } from './constants.ts';

/** The privacy inbox's domain locally: `lastu@inbound.localhost`. */
export const LOCAL_INBOUND_DOMAIN = 'inbound.localhost';
/** SES's S3 action bounces larger messages (SES Developer Guide, "Deliver to S3 bucket action"). */
export const INBOUND_MAX_BYTES = 40 * 1024 * 1024;

export interface InboundListenerOptions {
  host: string;
  /** 0 picks a free port. */
  port: number;
  bucket: string;
  s3Endpoint: string;
  credentials: { accessKeyId: string; secretAccessKey: string };
  /** Invokes ReceiveInboundMail with an SES receipt event. */
  deliver: (event: unknown) => Promise<unknown>;
  maxBytes?: number;
}

export interface InboundListener {
  port: number;
  close(): Promise<void>;
}

/** The event SES's receipt rule Lambda action sends, for one stored message. */
export function sesReceiptEvent(
  messageId: string,
  receivedAt: Date,
  recipients: string[],
  source: string,
) {
  const timestamp = receivedAt.toISOString();
  return {
    Records: [
      {
        eventSource: 'aws:ses',
        eventVersion: '1.0',
        ses: {
          mail: {
            timestamp,
            source,
            messageId,
            destination: recipients,
            headersTruncated: false,
          },
          receipt: {
            timestamp,
            processingTimeMillis: 0,
            recipients,
            action: {
              type: 'Lambda',
              functionArn: `arn:aws:lambda:${LOCAL_REGION}:${LOCAL_ACCOUNT}:function:ReceiveInboundMail`,
              invocationType: 'Event',
            },
          },
        },
      },
    ],
  };
}

export async function startInboundListener(
  options: InboundListenerOptions,
): Promise<InboundListener> {
  const maxBytes = options.maxBytes ?? INBOUND_MAX_BYTES;
  const s3 = new S3Client({
    endpoint: options.s3Endpoint,
    region: LOCAL_REGION,
    credentials: options.credentials,
    forcePathStyle: true,
    requestChecksumCalculation: 'WHEN_REQUIRED',
  });
  const pending = new Set<Promise<unknown>>();
  const server = new SMTPServer({
    name: 'inbound.localhost',
    banner: 'DSR privacy inbox (local)',
    secure: false,
    disabledCommands: ['AUTH', 'STARTTLS'],
    size: maxBytes,
    logger: false,
    onConnect(session, callback) {
      // Loopback only, like every other local server.
      const ip = session.remoteAddress.replace(/^::ffff:/, '');
      if (ip === '127.0.0.1' || ip === '::1') return callback();
      return callback(new Error('Only local connections are accepted'));
    },
    onRcptTo(address, _session, callback) {
      const at = address.address.lastIndexOf('@');
      const domain = address.address.slice(at + 1).toLowerCase();
      if (at < 1 || domain !== LOCAL_INBOUND_DOMAIN) {
        const refusal = new Error(
          `Mailbox unavailable: only <merchant>@${LOCAL_INBOUND_DOMAIN} is served`,
        ) as Error & { responseCode: number };
        refusal.responseCode = 550;
        return callback(refusal);
      }
      return callback();
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        if ((stream as unknown as { sizeExceeded?: boolean }).sizeExceeded) {
          const refusal = new Error(
            `Message exceeds the fixed maximum message size (${maxBytes} bytes)`,
          ) as Error & { responseCode: number };
          refusal.responseCode = 552;
          return callback(refusal);
        }
        const messageId = randomUUID();
        const receivedAt = new Date();
        const recipients = session.envelope.rcptTo.map((r) => r.address);
        const source =
          session.envelope.mailFrom === false
            ? ''
            : session.envelope.mailFrom.address;
        s3.send(
          new PutObjectCommand({
            Bucket: options.bucket,
            Key: `${INBOUND_KEY_PREFIX}${messageId}`,
            Body: Buffer.concat(chunks),
          }),
        ).then(
          () => {
            // Accepted once stored, as SES does; the function runs on its own (Event invocation).
            const run = options
              .deliver(
                sesReceiptEvent(messageId, receivedAt, recipients, source),
              )
              .catch((error: Error) =>
                process.stderr.write(
                  `[inbound] ReceiveInboundMail failed: ${error.name}\n`,
                ),
              )
              .finally(() => pending.delete(run));
            pending.add(run);
            callback(null, `Queued as ${messageId}`);
          },
          (error: Error) => callback(error),
        );
      });
    },
  });
  await new Promise<void>((ready, fail) => {
    server.once('error', fail);
    server.listen(options.port, options.host, () => ready());
  });
  server.on('error', () => undefined);
  return {
    port: (server.server.address() as AddressInfo).port,
    async close() {
      await Promise.allSettled([...pending]);
      await new Promise<void>((done) => server.close(() => done()));
      s3.destroy();
    },
  };
}

/**
 * An SES event as a configuration set's EventBridge destination delivers it, for one email of
 * ours (its tags name the request and the purpose): what aws-ses-v2-local never produces.
 */
export function sesMailEvent(options: {
  eventType: 'Delivery' | 'Bounce' | 'Complaint' | 'Reject';
  requestId: string;
  purpose: string;
  recipient: string;
  bounceType?: 'Permanent' | 'Transient' | 'Undetermined';
  at?: Date;
}) {
  const time = (options.at ?? new Date()).toISOString();
  const detailType = {
    Delivery: 'Email Delivered',
    Bounce: 'Email Bounced',
    Complaint: 'Email Complaint Received',
    Reject: 'Email Rejected',
  }[options.eventType];
  return {
    version: '0',
    id: randomUUID(),
    'detail-type': detailType,
    source: 'aws.ses',
    account: LOCAL_ACCOUNT,
    time,
    region: LOCAL_REGION,
    resources: [],
    detail: {
      eventType: options.eventType,
      mail: {
        timestamp: time,
        messageId: randomUUID(),
        destination: [options.recipient],
        tags: {
          requestId: [options.requestId],
          purpose: [options.purpose],
        },
      },
      ...(options.eventType === 'Bounce'
        ? {
            bounce: {
              bounceType: options.bounceType ?? 'Permanent',
              bounceSubType: 'General',
              bouncedRecipients: [{ emailAddress: options.recipient }],
              timestamp: time,
            },
          }
        : {}),
      ...(options.eventType === 'Complaint'
        ? {
            complaint: {
              complainedRecipients: [{ emailAddress: options.recipient }],
              timestamp: time,
            },
          }
        : {}),
    },
  };
}

/**
 * Lambda's `Invoke` API for the local functions (`POST /2015-03-31/functions/<name>/invocations`):
 * an `Event` invocation answers 202 at once and runs the function on its own, as Lambda's
 * asynchronous queue does; a `RequestResponse` one answers with its result. Used by the webhook
 * route to start its worker through the ordinary SDK client.
 */
export async function startLambdaEndpoint(
  host: string,
  invoke: (name: string, payload: unknown) => Promise<unknown>,
): Promise<{ url: string; close(): Promise<void> }> {
  const { createServer } = await import('node:http');
  const pending = new Set<Promise<unknown>>();
  const server = createServer((req, res) => {
    const match = /^\/2015-03-31\/functions\/([^/]+)\/invocations/.exec(
      req.url ?? '',
    );
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      if (req.method !== 'POST' || !match?.[1]) {
        res.writeHead(404).end();
        return;
      }
      const name = decodeURIComponent(match[1]).split(':').pop() ?? '';
      const text = Buffer.concat(chunks).toString('utf8');
      const payload = text ? JSON.parse(text) : {};
      if (req.headers['x-amz-invocation-type'] === 'Event') {
        const run = invoke(name, payload)
          .catch((error: Error) =>
            process.stderr.write(`[lambda] ${name} failed: ${error.name}\n`),
          )
          .finally(() => pending.delete(run));
        pending.add(run);
        res.writeHead(202).end();
        return;
      }
      invoke(name, payload).then(
        (result) => {
          res.writeHead(200, { 'content-type': 'application/json' });
          res.end(JSON.stringify(result ?? null));
        },
        (error: Error) => {
          res.writeHead(200, { 'x-amz-function-error': 'Unhandled' });
          res.end(JSON.stringify({ errorType: error.name }));
        },
      );
    });
  });
  await new Promise<void>((ready) => server.listen(0, host, () => ready()));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${host}:${port}`,
    async close() {
      await Promise.allSettled([...pending]);
      server.closeAllConnections();
      await new Promise<void>((done) => server.close(() => done()));
    },
  };
}
