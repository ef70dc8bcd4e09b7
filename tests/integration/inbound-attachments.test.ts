/**
 * The attachments of a request that came by email, downloaded from the console (issue 20): the
 * request page links each one; the link (a signed-in GET) redirects to a short-lived presigned
 * URL that hands over the bytes as sent, as a file of opaque type, never rendered; each download
 * is audited and the request is not changed. Another request's, an unknown attachment's and a
 * signed-out download answer as a missing page or the way to sign in.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dynamoPorts } from '#composition/aws/dynamo.ts';
import type { DsrRequest } from '#domain/request.ts';
import {
  type EmbeddedStack,
  startEmbeddedStack,
} from '#infra/local/embedded-stack.ts';
import { readConfig } from '#shared/config.ts';
import { ConsoleBrowser, ConsoleSignIn } from '../helpers/console-browser.ts';
import { Mailbox } from '../helpers/mailbox.ts';
import { rawMessage, smtpClient } from '../helpers/smtp.ts';
import { waitFor } from '../helpers/wait-for.ts';

const TO = 'lastu@inbound.localhost';
const FROM = 'liite.lahettaja@example.com';
/** Bytes a browser would render if it were told they are HTML. */
const HTML_PAYLOAD = Buffer.from(
  '<html><script>alert(document.cookie)</script></html>',
);
let stack: EmbeddedStack;
let ports: ReturnType<typeof dynamoPorts>;
let signIn: ConsoleSignIn;
let request: DsrRequest;

beforeAll(async () => {
  stack = await startEmbeddedStack({
    fastTimers: true,
    logLevel: 'ERROR',
    onlyProcessors: ['lastu-store'],
  });
  ports = dynamoPorts(readConfig());
  signIn = new ConsoleSignIn(stack.apiUrl, new Mailbox(stack.mailUrl));
  const smtp = smtpClient(stack.smtpPort);
  await smtp.send(
    FROM,
    TO,
    rawMessage({
      from: FROM,
      to: TO,
      subject: 'Poistakaa tietoni',
      body: 'Poistakaa kaikki tietoni. Valtakirja liitteenä.',
      attachments: [
        { name: 'valtakirja.html', type: 'text/html', content: HTML_PAYLOAD },
      ],
    }),
  );
  smtp.close();
  const found = await waitFor(
    async () =>
      (await ports.requests.listByMerchant('lastu', 50)).requests.find(
        (r) => r.channel === 'email',
      ),
    { timeoutMs: 15_000, message: 'the emailed request' },
  );
  request = (await ports.requests.get(found.requestId)) as DsrRequest;
});

afterAll(async () => {
  await stack?.close();
});

const path = (n: number | string, id = request.requestId) =>
  `/console/requests/${id}/attachments/${n}`;

describe('GET /console/requests/{requestId}/attachments/{n}', () => {
  it('is linked from the request page and hands over the bytes as sent, as a file', async () => {
    const viewer = await signIn.as('support@lastu.example');
    const page = await (
      await viewer.fetch(`/console/requests/${request.requestId}`)
    ).text();
    expect(page).toContain(`href="${path(0)}"`);
    expect(page).toContain('valtakirja.html');

    const before = await ports.requests.get(request.requestId);
    const res = await viewer.fetch(path(0));
    expect(res.status).toBe(303);
    expect(res.headers.get('cache-control')).toBe('no-store');
    const location = res.headers.get('location') ?? '';
    expect(location).toMatch(/X-Amz-Expires=60(&|$)/);
    const file = await fetch(location);
    expect(file.status).toBe(200);
    expect(Buffer.from(await file.arrayBuffer())).toEqual(HTML_PAYLOAD);
    expect(file.headers.get('content-type')).toBe('application/octet-stream');
    expect(file.headers.get('content-disposition')).toBe(
      'attachment; filename="valtakirja.html"',
    );

    // Audited (which attachment, by whom), the request unchanged.
    const trail = await ports.audit.list(request.requestId);
    expect(trail.at(-1)).toMatchObject({
      type: 'AttachmentDownloaded',
      actor: expect.stringMatching(/^member:/),
      details: { attachment: 0, bytes: HTML_PAYLOAD.length },
    });
    expect(await ports.requests.get(request.requestId)).toEqual(before);
  });

  it('answers 404 for an attachment the request does not have or a request that does not exist', async () => {
    const admin = await signIn.as('owner@lastu.example');
    for (const p of [
      path(1),
      path('x'),
      path('-1'),
      path(0, '00000000-0000-4000-8000-000000000000'),
    ])
      expect((await admin.fetch(p)).status, p).toBe(404);
  });

  it('sends a browser without a session to sign in, and a script gets 401', async () => {
    const browser = new ConsoleBrowser(stack.apiUrl);
    const page = await browser.fetch(path(0));
    expect(page.status).toBe(303);
    expect(page.headers.get('location')).toContain('/console/sign-in');
    expect((await browser.fetch(path(0), { json: true })).status).toBe(401);
  });
});
