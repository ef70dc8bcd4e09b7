/**
 * Delivery telemetry on the embedded stack: SES's configuration-set events, injected as
 * EventBridge delivers them (aws-ses-v2-local produces none), change the request: a bounced
 * verification link flags it and tells the merchant once; a complaint tells the merchant; a
 * transient bounce and a delivery are only recorded.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dynamoPorts } from '#composition/aws/dynamo.ts';
import {
  type EmbeddedStack,
  startEmbeddedStack,
} from '#infra/local/embedded-stack.ts';
import { sesMailEvent } from '#infra/local/inbound.ts';
import { readConfig } from '#shared/config.ts';
import { formTokenFrom } from '../helpers/form.ts';
import { Mailbox } from '../helpers/mailbox.ts';

let stack: EmbeddedStack;
let mailbox: Mailbox;
let ports: ReturnType<typeof dynamoPorts>;

beforeAll(async () => {
  stack = await startEmbeddedStack({
    fastTimers: true,
    logLevel: 'ERROR',
    onlyProcessors: ['lastu-store'],
  });
  mailbox = new Mailbox(stack.mailUrl);
  ports = dynamoPorts(readConfig());
});

afterAll(async () => {
  await stack?.close();
});

async function newRequest(email: string): Promise<string> {
  const res = await fetch(`${stack.apiUrl}/requests`, {
    method: 'POST',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      accept: 'application/json',
    },
    body: new URLSearchParams({
      merchant: 'lastu',
      type: 'access',
      email,
      formToken: await formTokenFrom(stack.apiUrl),
    }),
  });
  const { requestId } = (await res.json()) as { requestId: string };
  await mailbox.waitFor(email, 'Lastu');
  return requestId;
}

const inject = (event: unknown) =>
  stack.invoker.invoke('RecordMailEvent', event);

describe('SES delivery events', () => {
  it('flags a request whose verification link bounced and tells the merchant once', async () => {
    const email = 'mistyped@exmaple.com';
    const requestId = await newRequest(email);
    const bounce = sesMailEvent({
      eventType: 'Bounce',
      requestId,
      purpose: 'verification',
      recipient: email,
    });
    await inject(bounce);
    await inject(bounce); // EventBridge delivers at least once
    const request = await ports.requests.get(requestId);
    expect(request?.undelivered).toEqual(['verification']);
    expect(request?.deliveries).toEqual([
      expect.objectContaining({
        purpose: 'verification',
        fate: 'bounced',
        bounceType: 'Permanent',
      }),
    ]);
    const reference = requestId.slice(0, 8).toUpperCase();
    const notice = await mailbox.waitFor(
      'owner@lastu.example',
      `${reference} could not be delivered`,
    );
    expect(notice.body.text).toContain('mistyped their address');
    expect(
      await mailbox.count(
        'owner@lastu.example',
        `${reference} could not be delivered`,
      ),
    ).toBe(1);
    const events = (await ports.audit.list(requestId)).filter(
      (e) => e.type === 'EmailBounced',
    );
    expect(events).toHaveLength(1);
  });

  it('records a transient bounce and a delivery without flagging or telling anyone', async () => {
    const email = 'slow.server@example.com';
    const requestId = await newRequest(email);
    await inject(
      sesMailEvent({
        eventType: 'Bounce',
        bounceType: 'Transient',
        requestId,
        purpose: 'verification',
        recipient: email,
      }),
    );
    await inject(
      sesMailEvent({
        eventType: 'Delivery',
        requestId,
        purpose: 'verification',
        recipient: email,
      }),
    );
    const request = await ports.requests.get(requestId);
    expect(request?.undelivered).toEqual([]);
    expect(request?.deliveries).toEqual([
      expect.objectContaining({ fate: 'delivered' }),
    ]);
    const reference = requestId.slice(0, 8).toUpperCase();
    expect(await mailbox.count('owner@lastu.example', reference)).toBe(0);
  });

  it('tells the merchant of a complaint', async () => {
    const email = 'complainer@example.com';
    const requestId = await newRequest(email);
    await inject(
      sesMailEvent({
        eventType: 'Complaint',
        requestId,
        purpose: 'verification',
        recipient: email,
      }),
    );
    const reference = requestId.slice(0, 8).toUpperCase();
    const notice = await mailbox.waitFor('owner@lastu.example', reference);
    expect(notice.body.text).toContain('marked it as spam');
    expect((await ports.audit.list(requestId)).map((e) => e.type)).toContain(
      'EmailComplaintReceived',
    );
  });

  it('ignores an event about an email of no request', async () => {
    const event = sesMailEvent({
      eventType: 'Bounce',
      requestId: 'not-a-request',
      purpose: 'verification',
      recipient: 'x@example.com',
    });
    await expect(inject(event)).resolves.toEqual({ recorded: false });
  });
});
