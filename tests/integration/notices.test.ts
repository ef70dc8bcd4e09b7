/**
 * The notices besides the result, end to end over HTTP on the embedded stack with lastu's seven
 * processors (issue 16, requirement 7):
 * - the acknowledgement once the shopper confirms: reference, receipt, deadline counted from
 *   receipt, a status link that works, in the shopper's language, once;
 * - a restriction carried out, then lifted from the merchant's link: the shopper is told first
 *   (Art. 18(3)), the shop's own records are unmarked, the processors are told, all audited;
 * - a request that fails tells the shopper that the shop knows and the deadline stands.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dynamoPorts } from '#composition/aws/dynamo.ts';
import { subjectRef } from '#domain/links.ts';
import {
  type EmbeddedStack,
  startEmbeddedStack,
} from '#infra/local/embedded-stack.ts';
import { readConfig } from '#shared/config.ts';
import { linkFrom } from '../helpers/builders.ts';
import { Mailbox, type StoredMail } from '../helpers/mailbox.ts';
import { waitFor } from '../helpers/wait-for.ts';

const AINO = 'aino.virtanen@example.com';
const MATTI = 'matti.korhonen@example.com';
const EMMA = 'emma.lindqvist@example.com';
const APPROVER = 'owner@lastu.example';
const PRIVACY = 'privacy@lastu.example';
const BY_EMAIL = [
  'privacy@nosto.example',
  'privacy@judgeme.example',
  'privacy@justuno.example',
  'tietosuoja@posti.example',
];

let stack: EmbeddedStack;
let mailbox: Mailbox;
let ports: ReturnType<typeof dynamoPorts>;

beforeAll(async () => {
  stack = await startEmbeddedStack({ fastTimers: true });
  mailbox = new Mailbox(stack.mailUrl);
  ports = dynamoPorts(readConfig());
});
afterAll(async () => stack?.close());

type Kind = 'verify' | 'decide' | 'processor' | 'lift' | 'status';
const url = (mail: StoredMail, kind: Kind) =>
  `${stack.apiUrl}/${kind}/${linkFrom(mail.body.text ?? '', kind)}`;
const refOf = (requestId: string) => requestId.slice(0, 8).toUpperCase();

async function post(link: string, form: Record<string, string> = {}) {
  return fetch(link, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(form),
  });
}

/** The form, posted as a browser would, then the shopper's confirmation. */
async function verifiedRequest(form: Record<string, string>) {
  const page = await (await fetch(`${stack.apiUrl}/m/lastu`)).text();
  const formToken =
    /name="formToken" value="([^"]+)"/.exec(page)?.[1] ?? 'missing';
  const res = await fetch(`${stack.apiUrl}/requests`, {
    method: 'POST',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      accept: 'application/json',
    },
    body: new URLSearchParams({ merchant: 'lastu', formToken, ...form }),
  });
  expect(res.status).toBe(202);
  const { requestId } = (await res.json()) as { requestId: string };
  const verify = await mailbox.waitFor(form.email ?? '', refOf(requestId));
  expect((await post(url(verify, 'verify'))).status).toBe(200);
  return requestId;
}

async function confirmAll(requestId: string, to: string[]) {
  for (const address of to) {
    const mail = await mailbox.waitFor(address, refOf(requestId));
    expect(
      (await post(url(mail, 'processor'), { outcome: 'done' })).status,
    ).toBe(200);
  }
}

const status = async (requestId: string, wanted: string) =>
  waitFor(
    async () =>
      (await ports.requests.get(requestId))?.status === wanted || undefined,
    { message: `request ${wanted}` },
  );

describe('notices to the shopper, over HTTP', () => {
  it('acknowledges a confirmed request once, in the shopper’s language, with the deadline counted from receipt', async () => {
    // Act
    const requestId = await verifiedRequest({
      type: 'access',
      email: EMMA,
      locale: 'de',
    });
    const ack = await mailbox.waitFor(
      EMMA,
      'hat Ihre Datenschutzanfrage erhalten',
    );
    await mailbox.waitFor(APPROVER, refOf(requestId));

    // Assess
    const request = await ports.requests.get(requestId);
    const text = ack.body.text ?? '';
    expect(ack.subject).toContain(`[${refOf(requestId)}]`);
    expect(text).toContain('Meine Daten einsehen (Art. 15 DSGVO)');
    expect(text).toContain('Der Shop muss spätestens am');
    expect(text).toContain(
      'Die Frist beträgt einen Monat ab dem Tag, an dem Ihre Anfrage beim Shop eingegangen ist (nicht ab Ihrer Bestätigung)',
    );
    expect(request?.dueDate).toBeDefined();
    expect(text).toContain('Büro des Datenschutzbeauftragten');
    expect(text).toContain('Lastu Oy');
    const page = await fetch(url(ack, 'status'));
    expect(page.status).toBe(200);
    expect(
      await mailbox.count(EMMA, 'hat Ihre Datenschutzanfrage erhalten'),
    ).toBe(1);
    expect(
      (await ports.audit.list(requestId)).filter(
        (e) => e.type === 'AcknowledgementSent',
      ),
    ).toHaveLength(1);
  });

  it('lifts a restriction from the merchant’s link: the shopper is told first, then the records and processors', async () => {
    // Prepare: a restriction carried out everywhere
    const requestId = await verifiedRequest({
      type: 'restriction',
      email: MATTI,
      locale: 'fi',
    });
    const decide = await mailbox.waitFor(APPROVER, refOf(requestId));
    expect(
      (await post(url(decide, 'decide'), { decision: 'approve' })).status,
    ).toBe(200);
    await confirmAll(requestId, [
      ...BY_EMAIL,
      'privacy@shopify.example',
      'privacy@sendgrid.example',
    ]);
    await status(requestId, 'COMPLETED');
    const ref = subjectRef('lastu', MATTI);
    expect(
      (await ports.subjectData.find('lastu', ref)).every((r) => r.restricted),
    ).toBe(true);
    const copy = await waitFor(
      async () =>
        (await mailbox.all()).find(
          (m) =>
            m.destination.to.includes(PRIVACY) &&
            m.subject.includes(refOf(requestId)) &&
            (m.body.text ?? '').includes('/lift/'),
        ),
      { message: 'the merchant’s copy with the lift link' },
    );
    const lift = url(copy, 'lift');

    // Act: the page, a post without a reason (refused, nothing done), then the lift
    const page = await fetch(lift);
    const refused = await post(lift, { reason: '' });
    const before = (await mailbox.all()).length;
    const lifted = await post(lift, {
      reason: 'Osoitteen oikeellisuus on tarkistettu.',
    });

    // Assess
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('Unifaun / Posti (shipping)');
    expect(refused.status).toBe(400);
    expect(await refused.text()).toContain('Give the reason for lifting');
    expect(lifted.status).toBe(200);
    expect(await lifted.text()).toContain('Restriction lifted');
    const notice = await mailbox.waitFor(MATTI, 'rajoitus poistetaan');
    const text = notice.body.text ?? '';
    expect(text).toContain('Osoitteen oikeellisuus on tarkistettu.');
    expect(text).toContain('tietosuoja-asetuksen 18 artiklan 3 kohta');
    expect(text).toContain('Tietosuojavaltuutetun toimisto');
    const after = (await mailbox.all()).slice(before);
    // The shopper's notice is the first email the lift sends (Art. 18(3): before lifting).
    expect(after[0]?.destination.to).toEqual([MATTI]);
    for (const to of [...BY_EMAIL, 'privacy@shopify.example'])
      expect(
        after.some((m) => m.destination.to.includes(to)),
        to,
      ).toBe(true);
    const posti = after.find((m) =>
      m.destination.to.includes('tietosuoja@posti.example'),
    );
    expect(posti?.subject).toContain('Käsittelyn rajoitus poistettu');
    expect(posti?.body.text).not.toContain('tarkistettu');
    expect(
      (await ports.subjectData.find('lastu', ref)).some((r) => r.restricted),
    ).toBe(false);
    expect(
      (await ports.audit.list(requestId)).find(
        (e) => e.type === 'RestrictionLifted',
      ),
    ).toMatchObject({ actor: 'merchant' });
    // The link acts once; its page then says what became of it.
    const again = await fetch(lift);
    expect(again.status).toBe(410);
    expect(await again.text()).toContain('The restriction was lifted on');
  });

  it('tells the shopper when the request fails: the shop knows, the deadline stands', async () => {
    // Prepare: SendGrid refuses the objection's suppression call (a non-retriable answer)
    stack.fakes.sendgrid.server.inject(
      /asm\/suppressions\/global/,
      { kind: 'status', status: 403 },
      10,
    );

    // Act
    const requestId = await verifiedRequest({
      type: 'objection',
      objectionScope: 'direct-marketing',
      email: AINO,
      locale: 'sv',
    });
    // Posti does no marketing: an objection does not concern it (NOT_CONCERNED).
    await confirmAll(
      requestId,
      BY_EMAIL.filter((to) => to !== 'tietosuoja@posti.example'),
    );
    await status(requestId, 'FAILED');

    // Assess
    const notice = await mailbox.waitFor(AINO, 'är försenad');
    const text = notice.body.text ?? '';
    expect(text).toContain('Butiken har underrättats');
    expect(text).toContain(
      'Tidsfristen gäller fortfarande: butiken ska svara senast',
    );
    expect(text).not.toContain('JobsFailedError');
    expect(text).toContain('/status/');
    expect(await mailbox.count(APPROVER, 'failed')).toBeGreaterThan(0);
    // The notice is audited once its email went out: read the trail until it is there.
    await expect
      .poll(
        async () =>
          (await ports.audit.list(requestId)).filter(
            (e) => e.type === 'SubjectNotified',
          ),
        { timeout: 10_000 },
      )
      .toEqual([
        expect.objectContaining({
          details: expect.objectContaining({ notice: 'failure' }),
        }),
      ]);
  });
});
