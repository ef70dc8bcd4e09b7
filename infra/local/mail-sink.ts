/**
 * A minimal SES v2 endpoint (`SendEmail` only) that keeps every accepted message and can
 * throttle a share of calls the way SES does (HTTP 429 `TooManyRequestsException`). The fault
 * suite runs it in the test process, so the mail outlives the local stack it kills, and counts
 * what each recipient received. `GET /store` answers like aws-ses-v2-local's, for the Mailbox helper.
 */
import { randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { guardLoopbackHost } from './loopback-host.ts';

export interface SinkMail {
  messageId: string;
  from: string;
  destination: { to: string[] };
  subject: string;
  body: { text?: string; html?: string };
  at: number;
}

export interface MailSink {
  /** The SES v2 endpoint (`AWS_ENDPOINT_URL_SESV2`) and the mailbox URL. */
  url: string;
  messages: SinkMail[];
  /** Calls answered with a throttling error so far. */
  throttled: number;
  /**
   * From now on, answer this share of `SendEmail` calls (0–1) with a throttling error; messages
   * for which `spare` is true are never throttled.
   */
  throttle(
    rate: number,
    random?: () => number,
    spare?: (mail: { subject: string }) => boolean,
  ): void;
  close(): Promise<void>;
}

type SendEmailBody = {
  FromEmailAddress?: string;
  Destination?: { ToAddresses?: string[] };
  Content?: {
    Simple?: {
      Subject?: { Data?: string };
      Body?: { Text?: { Data?: string }; Html?: { Data?: string } };
    };
  };
};

export async function startMailSink(host = '127.0.0.1'): Promise<MailSink> {
  const messages: SinkMail[] = [];
  let rate = 0;
  let random = Math.random;
  let spare: (mail: { subject: string }) => boolean = () => false;
  const sink = { throttled: 0 };
  const server: Server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const json = (status: number, body: unknown, headers = {}) => {
      res.writeHead(status, { 'content-type': 'application/json', ...headers });
      res.end(JSON.stringify(body));
    };
    if (req.method === 'GET' && req.url === '/store')
      return json(200, { emails: messages });
    if (req.method !== 'POST' || req.url !== '/v2/email/outbound-emails')
      return json(404, { message: 'not supported by the mail sink' });
    let body: SendEmailBody;
    try {
      body = JSON.parse(
        Buffer.concat(chunks).toString('utf8'),
      ) as SendEmailBody;
    } catch {
      return json(
        400,
        { message: 'bad JSON' },
        { 'x-amzn-errortype': 'BadRequestException' },
      );
    }
    const simple = body.Content?.Simple;
    const subject = simple?.Subject?.Data ?? '';
    if (rate > 0 && !spare({ subject }) && random() < rate) {
      sink.throttled += 1;
      return json(
        429,
        { message: 'Maximum sending rate exceeded.' },
        { 'x-amzn-errortype': 'TooManyRequestsException' },
      );
    }
    const messageId = randomUUID();
    messages.push({
      messageId,
      from: body.FromEmailAddress ?? '',
      destination: { to: body.Destination?.ToAddresses ?? [] },
      subject,
      body: { text: simple?.Body?.Text?.Data, html: simple?.Body?.Html?.Data },
      at: Date.now(),
    });
    json(200, { MessageId: messageId });
  });
  await new Promise<void>((resolve) => server.listen(0, host, resolve));
  guardLoopbackHost(server);
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${host}:${port}`,
    messages,
    get throttled() {
      return sink.throttled;
    },
    throttle(share, rng = Math.random, except = () => false) {
      rate = share;
      random = rng;
      spare = except;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
