/**
 * Requests made on someone's behalf (issue 20, requirement 3) on the embedded stack, read as the
 * people involved read them: the agent sends the public form and is refused, as typed, for the
 * person's address given as their own; the person's confirmation email names the agent; the
 * agent's acknowledgement says the person confirms and gets the answer, and links to the page
 * that takes the authorisation, whose upload lands under the request; the console shows the
 * agent and downloads the file; the person confirms by their own link; a member accepts another
 * request's authority (audited), and a removal service's batch is grouped in the inbox and
 * closed as "authority not shown" with one audit event and one email to the agent per request.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dynamoPorts } from '#composition/aws/dynamo.ts';
import { agentGroupKey } from '#domain/agents.ts';
import {
  type EmbeddedStack,
  startEmbeddedStack,
} from '#infra/local/embedded-stack.ts';
import { readConfig } from '#shared/config.ts';
import { signInToConsole } from '../helpers/console-sign-in.ts';
import { formTokenFrom } from '../helpers/form.ts';
import { Mailbox } from '../helpers/mailbox.ts';
import { SAMPLES } from '../helpers/sample-files.ts';
import { rawMessage, smtpClient } from '../helpers/smtp.ts';
import { uploadOnPage } from '../helpers/upload-form.ts';
import { waitFor } from '../helpers/wait-for.ts';

const OWNER = 'owner@lastu.example';
let stack: EmbeddedStack;
let mailbox: Mailbox;
let ports: ReturnType<typeof dynamoPorts>;
let cookie = '';
let csrf = '';

beforeAll(async () => {
  stack = await startEmbeddedStack({
    fastTimers: true,
    logLevel: 'ERROR',
    onlyProcessors: ['lastu-store'],
  });
  mailbox = new Mailbox(stack.mailUrl);
  ports = dynamoPorts(readConfig());
  cookie = await signInToConsole(stack.apiUrl, mailbox, OWNER);
  const inbox = await consoleGet('/console/requests', 'text/html');
  csrf = /name="csrf" value="([^"]+)"/.exec(inbox.text)?.[1] ?? '';
});

afterAll(async () => {
  await stack?.close();
});

async function consoleGet(path: string, accept = 'application/json') {
  const res = await fetch(`${stack.apiUrl}${path}`, {
    headers: { accept, cookie },
    redirect: 'manual',
  });
  return {
    status: res.status,
    text: await res.text(),
    location: res.headers.get('location') ?? '',
  };
}

async function consolePost(path: string, body: Record<string, unknown>) {
  const res = await fetch(`${stack.apiUrl}${path}`, {
    method: 'POST',
    headers: {
      accept: 'application/json',
      cookie,
      'content-type': 'application/json',
      origin: stack.apiUrl,
    },
    body: JSON.stringify({ csrf, ...body }),
  });
  return { status: res.status, text: await res.text() };
}

const postForm = async (fields: Record<string, string>) => {
  const res = await fetch(`${stack.apiUrl}/requests`, {
    method: 'POST',
    headers: {
      accept: 'text/html',
      'content-type': 'application/x-www-form-urlencoded',
    },
    body: new URLSearchParams({
      merchant: 'lastu',
      locale: 'en',
      formToken: await formTokenFrom(stack.apiUrl),
      ...fields,
    }),
  });
  return { status: res.status, html: await res.text() };
};

const postJson = async (body: Record<string, unknown>) => {
  const res = await fetch(`${stack.apiUrl}/requests`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ merchant: 'lastu', ...body }),
  });
  return (await res.json()) as { requestId: string; authorityUrl?: string };
};

/** The text a person reads in an HTML page: tags dropped, entities of the pages decoded. */
const readable = (html: string) =>
  html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#39;|&rsquo;/g, '’')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/\s+/g, ' ');

const linkIn = (text: string, purpose: string) =>
  new RegExp(`https?://[^\\s"]+/${purpose}/[A-Za-z0-9_-]{43}`).exec(text)?.[0];

describe('a request made on someone’s behalf', () => {
  const subject = 'aino.agent-test@example.org';
  const agent = 'ville.agent-test@example.org';

  it('refuses the person’s address given as the agent’s, and agent fields without the box, as typed, storing nothing', async () => {
    const same = await postForm({
      type: 'erasure',
      email: subject,
      onBehalf: 'yes',
      agentName: 'Ville Virtanen',
      agentEmail: subject,
      agentRelation: 'family-member',
    });
    expect(same.status).toBe(400);
    const sameText = readable(same.html);
    expect(sameText).toContain(
      'Enter your own email address here; the person’s address goes in the email field above.',
    );
    expect(same.html).toContain('value="Ville Virtanen"');
    expect(same.html).toMatch(
      /id="onBehalf" name="onBehalf" value="yes" checked/,
    );
    expect(same.html).toContain('<option value="family-member" selected>');
    const unticked = await postForm({
      type: 'erasure',
      email: subject,
      agentName: 'Ville Virtanen',
      agentEmail: agent,
      agentRelation: 'family-member',
    });
    expect(unticked.status).toBe(400);
    expect(readable(unticked.html)).toContain(
      'Tick “I am asking on someone else’s behalf”, or clear the fields about you.',
    );
    expect(await mailbox.count(subject)).toBe(0);
    expect(await mailbox.count(agent)).toBe(0);
  });

  it('sends the person their own link naming the agent, and the agent an acknowledgement with the upload page', async () => {
    // Act: the agent sends the form for the person.
    const sent = await postForm({
      type: 'erasure',
      email: subject,
      onBehalf: 'yes',
      agentName: 'Ville Virtanen',
      agentEmail: agent,
      agentRelation: 'family-member',
    });
    // Assert: the page says what happens, and offers the upload.
    expect(sent.status).toBe(202);
    const pageText = readable(sent.html);
    expect(pageText).toContain(
      'We have emailed the person a link to confirm the request.',
    );
    const uploadUrl = linkIn(sent.html, 'authority');
    expect(uploadUrl).toBeDefined();
    // The person's email: their own link, who asked, and that the answer comes to them.
    const personMail = await mailbox.waitFor(
      subject,
      'Confirm your privacy request',
    );
    expect(personMail.body.text).toContain(
      `This request was sent on your behalf by Ville Virtanen (${agent}), who describes themselves as your: family member.`,
    );
    expect(personMail.body.text).toContain(
      'Confirm it only if you asked them to act for you. The answer will come to you at this address, not to them.',
    );
    expect(linkIn(personMail.body.text ?? '', 'verify')).toBeDefined();
    // The agent's email: no confirmation link, the upload page, and where the answer goes.
    const agentMail = await mailbox.waitFor(agent, 'on someone else’s behalf');
    const agentText = agentMail.body.text ?? '';
    expect(agentText).toContain(
      'We have emailed the person a link at their own address. The request goes ahead when they confirm it, or when Lastu has checked your authorisation and accepts it. Until then, nothing is done.',
    );
    expect(agentText).toContain(
      'The answer goes to the person, at their own address, not to you',
    );
    expect(linkIn(agentText, 'verify')).toBeUndefined();
    expect(linkIn(agentText, 'authority')).toBe(uploadUrl);
    expect(agentText).not.toContain(subject);

    // The agent uploads a PDF on the page; it lands under the request and is listed.
    const upload = await uploadOnPage(
      uploadUrl ?? '',
      'valtakirja.pdf',
      SAMPLES.pdf,
    );
    expect(upload.status).toBe(303);
    expect(readable(upload.page?.html ?? '')).toContain('valtakirja.pdf');
    const requestId = (
      await waitFor(
        async () => {
          const rows = JSON.parse(
            (await consoleGet('/console/requests?status=PENDING_VERIFICATION'))
              .text,
          ).requests as { requestId: string }[];
          for (const row of rows) {
            const r = await ports.requests.get(row.requestId);
            if (r?.email === subject) return r;
          }
          return undefined;
        },
        { timeoutMs: 5000, message: 'the agent’s request' },
      )
    ).requestId;
    const stored = await ports.requests.get(requestId);
    expect(stored?.agent).toEqual({
      name: 'Ville Virtanen',
      email: agent,
      relation: 'family-member',
    });
    const received = (await ports.audit.list(requestId)).find(
      (e) => e.type === 'RequestReceived',
    );
    expect(JSON.stringify(received)).not.toContain(agent);
    expect(received?.details?.agentRelation).toBe('family-member');

    // The console's page shows the agent, the relation and the file, downloadable.
    const page = await consoleGet(
      `/console/requests/${requestId}`,
      'text/html',
    );
    const text = readable(page.text);
    expect(text).toContain('Asked on the person’s behalf');
    expect(text).toContain(`Ville Virtanen (${agent})`);
    expect(text).toContain('Relation, as the agent gave it family member');
    expect(text).toContain('valtakirja.pdf');
    const href =
      /href="(\/console\/requests\/[^"]+\/authority\?file=[^"]+)"/.exec(
        page.text,
      )?.[1];
    const download = await consoleGet((href ?? '').replace(/&amp;/g, '&'));
    expect(download.status).toBe(303);
    const file = await fetch(download.location);
    expect(Buffer.from(await file.arrayBuffer())).toEqual(SAMPLES.pdf);

    // The person confirms by their own link: verified by email, and the page stops taking files.
    const verify = linkIn(personMail.body.text ?? '', 'verify') ?? '';
    const confirmed = await fetch(verify, {
      method: 'POST',
      headers: { origin: new URL(verify).origin },
    });
    expect(confirmed.status).toBe(200);
    const verified = await waitFor(
      async () =>
        (await ports.audit.list(requestId)).find(
          (e) => e.type === 'IdentityVerified',
        ),
      { timeoutMs: 5000, message: 'IdentityVerified' },
    );
    expect(verified.details?.method).toBe('email-link');
    expect(verified.actor).toBe('subject');
    const after = readable(await (await fetch(uploadUrl ?? '')).text());
    expect(after).toContain('This request no longer needs an authorisation');
  });

  it('lets a member accept the authority on the uploaded file, audited as theirs, and not without a file', async () => {
    const made = await postJson({
      type: 'access',
      email: 'kalle.agent-test@example.org',
      agent: {
        name: 'Asianajotoimisto Esimerkki',
        email: 'lawyer.agent-test@example.org',
        relation: 'lawyer',
      },
    });
    expect(made.authorityUrl).toMatch(/\/authority\//);
    const refused = await consolePost(
      `/console/requests/${made.requestId}/accept-authority`,
      { checked: 'yes' },
    );
    expect(refused.status).toBe(400);
    expect(JSON.parse(refused.text).error.fields.authority).toBe('none');
    await uploadOnPage(
      made.authorityUrl ?? '',
      'power-of-attorney.png',
      SAMPLES.png,
    );
    const unchecked = await consolePost(
      `/console/requests/${made.requestId}/accept-authority`,
      {},
    );
    expect(unchecked.status).toBe(400);
    const accepted = await consolePost(
      `/console/requests/${made.requestId}/accept-authority`,
      { checked: 'yes' },
    );
    expect(accepted.status).toBe(200);
    const event = (await ports.audit.list(made.requestId)).find(
      (e) => e.type === 'IdentityVerified',
    );
    expect(event?.details).toEqual({
      method: 'authority-accepted',
      agentRelation: 'lawyer',
      files: 1,
    });
    expect(event?.actor).toMatch(/^member:/);
    const request = await ports.requests.get(made.requestId);
    expect(request?.agent?.accepted?.files.map((f) => f.name)).toEqual([
      'power-of-attorney.png',
    ]);
    // The person is acknowledged at their own address, told who asked for them.
    const ack = await mailbox.waitFor(
      'kalle.agent-test@example.org',
      'received',
    );
    expect(ack.body.text).toContain(
      'The request was made on your behalf by Asianajotoimisto Esimerkki (lawyer); the shop has checked their authorisation. The answer comes to you at this address.',
    );
    expect(
      await mailbox.count('lawyer.agent-test@example.org', 'received'),
    ).toBe(0);
  });

  it('groups a removal service’s batch in the inbox and closes it as “authority not shown”, per request', async () => {
    const people = ['p1', 'p2', 'p3'].map((p) => `${p}.batch-test@example.org`);
    const ids: string[] = [];
    for (const email of people)
      ids.push(
        (
          await postJson({
            type: 'erasure',
            email,
            agent: {
              name: 'Mine',
              email: 'requests@saymine.com',
              relation: 'privacy-service',
            },
          })
        ).requestId,
      );
    const inbox = readable(
      (await consoleGet('/console/requests', 'text/html')).text,
    );
    expect(inbox).toContain('Requests from agents');
    expect(inbox).toContain('Mine: 3 requests, 3 waiting for confirmation');
    const group = (await ports.requests.get(ids[0] ?? ''))?.agentGroup ?? '';
    const filtered = await consoleGet(
      `/console/requests?agent=${group}`,
      'text/html',
    );
    expect(filtered.text).toContain('formaction="/console/requests/agents"');
    expect(filtered.text).not.toMatch(/name="action" value="[a-z]+" checked/);
    // Not confirmed: nothing happens.
    const unconfirmed = await consolePost('/console/requests/agents', {
      action: 'decline',
      reason: 'No authorisation was sent.',
      requestId: ids,
    });
    expect(unconfirmed.status).toBe(400);
    const done = await consolePost('/console/requests/agents', {
      action: 'decline',
      reason: 'No authorisation signed by the person was sent.',
      confirm: 'yes',
      requestId: [...ids, ids[0]],
    });
    expect(done.status).toBe(200);
    expect(JSON.parse(done.text).lines).toEqual(
      ids.map((requestId) => ({ requestId, outcome: 'done' })),
    );
    for (const id of ids) {
      const events = await ports.audit.list(id);
      expect(
        events.filter((e) => e.type === 'RequestCancelled')[0]?.details
          ?.closure,
      ).toBe('no-authority');
      expect(events.filter((e) => e.type === 'AgentNotified')).toHaveLength(1);
    }
    const told = await mailbox.waitFor('requests@saymine.com', 'was closed', 3);
    expect(told.body.text).toContain(
      'Lastu has closed the request you sent on another person’s behalf',
    );
    expect(told.body.text).toContain(
      '> No authorisation signed by the person was sent.',
    );
    // A second run finds nothing waiting, and says so for each.
    const again = await consolePost('/console/requests/agents', {
      action: 'remind',
      confirm: 'yes',
      requestId: ids,
    });
    expect(
      JSON.parse(again.text).lines.map((l: { outcome: string }) => l.outcome),
    ).toEqual(['notWaiting', 'notWaiting', 'notWaiting']);
  });

  it('groups a removal service’s email to the privacy inbox with its other requests, by the sender’s domain', async () => {
    const smtp = smtpClient(stack.smtpPort);
    try {
      const from = 'privacy@saymine.com';
      await smtp.send(
        from,
        'lastu@inbound.localhost',
        rawMessage({
          from,
          to: 'lastu@inbound.localhost',
          subject: 'Data deletion request on behalf of our user',
          body: 'Please delete all personal data of our user Aino Virtanen under Article 17 GDPR.',
        }),
      );
      const group = agentGroupKey('requests@saymine.com');
      const inboundRow = await waitFor(
        async () =>
          (
            JSON.parse(
              (
                await consoleGet(
                  `/console/requests?agent=${group}&channel=email`,
                )
              ).text,
            ).requests as { requestId: string }[]
          )[0],
        { timeoutMs: 10_000, message: 'the service’s email in its group' },
      );
      const stored = await ports.requests.get(inboundRow.requestId);
      // The sender is still who the request came from: no agent is made up for it.
      expect(stored?.email).toBe(from);
      expect(stored?.agent).toBeUndefined();
      const inbox = readable(
        (await consoleGet('/console/requests', 'text/html')).text,
      );
      expect(inbox).toContain('Mine: 1 request, 1 waiting for confirmation');
    } finally {
      smtp.close();
    }
  });
});
