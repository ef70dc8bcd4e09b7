/**
 * Rectification, objection and restriction for the lastu merchant with all seven processors on
 * the embedded stack and the processors' fakes (Shopify, SendGrid, Nosto), end to end over HTTP:
 * - an objection is approved by the merchant's policy (Art. 21(3)): no merchant email, every
 *   processor that may market or profile gets its call, Posti (shipping) is not asked, the
 *   shopper's email lists each processor and says why Posti was not asked;
 * - a rectification stated on the form is applied at Shopify (`customerUpdate`) and in the shop's
 *   own records, spelled out to the processors reached by email (each only the corrections of
 *   data it holds; a phone number only where phone numbers are held), and reported by field;
 * - a restriction marks the shop's own records restricted and asks the others by email, each
 *   with the identifiers its registry categories say it holds (Justuno: the email only).
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
const BY_EMAIL = {
  nosto: 'privacy@nosto.example',
  judgeme: 'privacy@judgeme.example',
  justuno: 'privacy@justuno.example',
  posti: 'tietosuoja@posti.example',
};
const DONE = 'Your request to Lastu is complete';

let stack: EmbeddedStack;
let mailbox: Mailbox;
let ports: ReturnType<typeof dynamoPorts>;

beforeAll(async () => {
  stack = await startEmbeddedStack({ fastTimers: true });
  mailbox = new Mailbox(stack.mailUrl);
  ports = dynamoPorts(readConfig());
});
afterAll(async () => stack?.close());

const url = (mail: StoredMail, kind: 'verify' | 'decide' | 'processor') =>
  `${stack.apiUrl}/${kind}/${linkFrom(mail.body.text ?? '', kind)}`;
const refOf = (requestId: string) => requestId.slice(0, 8).toUpperCase();

async function post(link: string, form: Record<string, string> = {}) {
  return fetch(link, {
    method: 'POST',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      accept: 'application/json',
    },
    body: new URLSearchParams(form),
  });
}

/** Submits the form (form-encoded, as a browser without JavaScript) and confirms the email. */
async function verifiedRequest(form: Record<string, string>) {
  // The form page carries the rows and the form token a posted form needs.
  const page = await (await fetch(`${stack.apiUrl}/m/lastu`)).text();
  expect(page).toContain('name="correction1Value"');
  const formToken =
    /name="formToken" value="([^"]+)"/.exec(page)?.[1] ?? 'missing';
  const res = await post(`${stack.apiUrl}/requests`, {
    merchant: 'lastu',
    formToken,
    ...form,
  });
  expect(res.status).toBe(202);
  const { requestId } = (await res.json()) as { requestId: string };
  const verify = await mailbox.waitFor(form.email ?? '', refOf(requestId));
  expect((await post(url(verify, 'verify'))).status).toBe(200);
  return requestId;
}

async function approve(requestId: string) {
  const decide = await mailbox.waitFor(APPROVER, refOf(requestId));
  expect(
    (await post(url(decide, 'decide'), { decision: 'approve' })).status,
  ).toBe(200);
}

/** Each processor reached by email answers “done”; returns the emails they got. */
async function confirmAll(requestId: string, to: string[]) {
  const mails: Record<string, StoredMail> = {};
  for (const address of to) {
    const mail = await mailbox.waitFor(address, refOf(requestId));
    mails[address] = mail;
    expect(
      (await post(url(mail, 'processor'), { outcome: 'done' })).status,
    ).toBe(200);
  }
  return mails;
}

async function completed(requestId: string) {
  await waitFor(
    async () =>
      (await ports.requests.get(requestId))?.status === 'COMPLETED' ||
      undefined,
    { message: 'request COMPLETED' },
  );
}

/** Every email to `address` about the request. */
const mailsFor = async (address: string, requestId: string) =>
  (await mailbox.all()).filter(
    (m) =>
      m.destination.to.includes(address) &&
      m.subject.includes(refOf(requestId)),
  );

const jobStates = async (requestId: string) =>
  Object.fromEntries(
    (await ports.requests.listJobs(requestId)).map((j) => [
      j.processorId,
      j.state,
    ]),
  );

describe('rights beyond access and erasure, at all seven lastu processors', () => {
  it('honours an objection without the merchant: every marketing processor unsubscribes, the others are asked by email, Posti not at all', async () => {
    // Act
    const requestId = await verifiedRequest({
      type: 'objection',
      objectionScope: 'direct-marketing',
      email: AINO,
    });
    await confirmAll(requestId, [
      BY_EMAIL.nosto,
      BY_EMAIL.judgeme,
      BY_EMAIL.justuno,
    ]);
    const done = await mailbox.waitFor(AINO, DONE);
    await completed(requestId);

    // Assess: nothing for the merchant to decide, and the trail says the policy decided.
    const toMerchant = (await mailbox.all()).filter(
      (m) =>
        m.destination.to.includes(APPROVER) &&
        m.subject.includes(refOf(requestId)),
    );
    expect(toMerchant).toEqual([]);
    const approved = (await ports.audit.list(requestId)).filter(
      (e) => e.type === 'RequestApproved',
    );
    expect(approved).toEqual([expect.objectContaining({ actor: 'policy' })]);
    expect((await ports.requests.get(requestId))?.decision).toMatchObject({
      outcome: 'approve',
      by: 'policy',
    });
    // Every marketing processor got its call.
    const shopifyAino = stack.fakes.shopify.customers.find(
      (c) => c.email === AINO,
    );
    expect(stack.fakes.shopify.consentUpdates).toContainEqual({
      customerId: shopifyAino?.gid,
      marketingState: 'UNSUBSCRIBED',
    });
    expect(stack.fakes.sendgrid.isSuppressed(AINO)).toBe(true);
    const own = await ports.subjectData.find(
      'lastu',
      subjectRef('lastu', AINO),
    );
    expect(
      own.find((r) => r.category === 'customer')?.data.marketingConsent,
    ).toMatchObject({ given: false });
    expect(await jobStates(requestId)).toEqual({
      'lastu-store': 'COMPLETED',
      shopify: 'COMPLETED',
      sendgrid: 'COMPLETED',
      nosto: 'COMPLETED',
      judgeme: 'COMPLETED',
      justuno: 'COMPLETED',
      posti: 'NOT_CONCERNED',
    });
    // Posti delivers parcels (its registry purposes): it is not sent the objection.
    expect(await mailsFor(BY_EMAIL.posti, requestId)).toEqual([]);
    // The shopper's email lists each processor and what it did.
    const text = done.body.text ?? '';
    expect(text).toContain(
      'Shopify (online store platform): stopped direct marketing to you',
    );
    expect(text).toContain(
      'Twilio SendGrid (order and newsletter email): stopped direct marketing to you',
    );
    expect(text).toContain(
      'Lastu: customer and order records (AWS, eu-north-1): stopped direct marketing to you',
    );
    expect(text).toMatch(
      /Nosto \(product recommendations\): confirmed that it has carried out your request \(confirmed on /,
    );
    expect(text).toContain(
      'Unifaun / Posti (shipping): was not asked: according to the shop’s records, it uses your data neither for direct marketing nor for profiling',
    );
    expect(text).not.toContain('Not included');
  });

  it('applies a correction stated on the form where an API can, and spells it out to the others', async () => {
    // Act
    const requestId = await verifiedRequest({
      type: 'rectification',
      email: EMMA,
      correction1Field: 'name',
      correction1Value: 'Emma Lindqvist-Korhonen',
      correction2Field: 'phone',
      correction2Value: '+358 44 999 8877',
    });
    await approve(requestId);
    // SendGrid's API cannot update a contact's name: its privacy contact is asked. Justuno
    // holds neither names nor phone numbers: it is not asked.
    const mails = await confirmAll(requestId, [
      BY_EMAIL.nosto,
      BY_EMAIL.judgeme,
      BY_EMAIL.posti,
      'privacy@sendgrid.example',
    ]);
    const done = await mailbox.waitFor(EMMA, DONE);
    await completed(requestId);

    // Assess: Shopify and the shop's own records were corrected through their APIs …
    expect(stack.fakes.shopify.customerUpdates).toHaveLength(1);
    expect(
      stack.fakes.shopify.customers.find((c) => c.email === EMMA),
    ).toMatchObject({
      firstName: 'Emma',
      lastName: 'Lindqvist-Korhonen',
      phone: '+358449998877',
    });
    const own = await ports.subjectData.find(
      'lastu',
      subjectRef('lastu', EMMA),
    );
    expect(own.find((r) => r.category === 'customer')?.data).toMatchObject({
      name: 'Emma Lindqvist-Korhonen',
      phone: '+358 44 999 8877',
    });
    // … the processors reached by email read the correction (Posti in Finnish) …
    expect(mails[BY_EMAIL.posti]?.body.text).toContain(
      'Nimi, oikea tieto: Emma Lindqvist-Korhonen',
    );
    expect(mails[BY_EMAIL.posti]?.body.text).toContain(
      'Puhelinnumero, oikea tieto: +358 44 999 8877',
    );
    // … each only the corrections of data it holds (Judge.me and SendGrid hold no phone numbers) …
    for (const address of [BY_EMAIL.judgeme, 'privacy@sendgrid.example']) {
      expect(mails[address]?.body.text).toContain(
        'Name, correct value: Emma Lindqvist-Korhonen',
      );
      expect(mails[address]?.body.text).not.toContain('8877');
    }
    expect(await mailsFor(BY_EMAIL.justuno, requestId)).toEqual([]);
    // … the records name the fields, never the values …
    const jobs = await ports.requests.listJobs(requestId);
    expect(jobs.find((j) => j.processorId === 'shopify')?.changes).toEqual([
      { field: 'name', outcome: 'corrected' },
      { field: 'phone', outcome: 'corrected' },
    ]);
    const trail = JSON.stringify([jobs, await ports.audit.list(requestId)]);
    expect(trail).not.toContain('Korhonen');
    expect(trail).not.toContain('8877');
    // … and the shopper learns what changed where.
    const text = done.body.text ?? '';
    expect(text).toContain(
      'Shopify (online store platform): corrected: Name, Phone number',
    );
    expect(text).toMatch(
      /Judge\.me \(product reviews\): confirmed that it has carried out your request \(confirmed on /,
    );
    expect(text).toContain(
      'Justuno (sign-up pop-ups): was not asked: according to the shop’s records, it holds none of the data to be corrected',
    );
  });

  it('sends a corrected phone number only to the processors that hold phone numbers, and never the shopper’s own words', async () => {
    // Act
    const requestId = await verifiedRequest({
      type: 'rectification',
      email: AINO,
      name: 'Aino Virtanen',
      orderNumber: '#1001',
      details: 'I remarried after my divorce',
      correction1Field: 'phone',
      correction1Value: '+358 40 111 2233',
    });
    await approve(requestId);
    const mails = await confirmAll(requestId, [BY_EMAIL.nosto, BY_EMAIL.posti]);
    // Aino's second result (the objection's came first): this request's, by its reference.
    const done = await waitFor(
      async () =>
        (await mailsFor(AINO, requestId)).find((m) => m.subject.includes(DONE)),
      { message: 'the result email' },
    );
    await completed(requestId);

    // Assess: the phone number went to the shop's own records, Shopify, Nosto and Posti only.
    expect(await jobStates(requestId)).toEqual({
      'lastu-store': 'COMPLETED',
      shopify: 'COMPLETED',
      sendgrid: 'NOT_CONCERNED',
      nosto: 'COMPLETED',
      judgeme: 'NOT_CONCERNED',
      justuno: 'NOT_CONCERNED',
      posti: 'COMPLETED',
    });
    for (const address of [
      BY_EMAIL.judgeme,
      BY_EMAIL.justuno,
      'privacy@sendgrid.example',
    ])
      expect(await mailsFor(address, requestId)).toEqual([]);
    expect(
      stack.fakes.shopify.customers.find((c) => c.email === AINO)?.phone,
    ).toBe('+358401112233');
    const posti = mails[BY_EMAIL.posti]?.body.text ?? '';
    expect(posti).toContain('Puhelinnumero, oikea tieto: +358 40 111 2233');
    // Posti holds names, not order references; nobody reads the shopper's details.
    expect(posti).toContain('Nimi: Aino Virtanen');
    expect(posti).not.toContain('#1001');
    for (const mail of Object.values(mails)) {
      expect(mail.body.text).not.toContain('remarried');
      expect(mail.body.html).not.toContain('remarried');
    }
    const text = done.body.text ?? '';
    expect(text).toContain(
      'Twilio SendGrid (order and newsletter email): was not asked: according to the shop’s records, it holds none of the data to be corrected',
    );
    expect(text).not.toContain('Not included');
  });

  it('marks the shop’s own records restricted and asks every other processor by email, each with the identifiers it holds', async () => {
    // Act
    const requestId = await verifiedRequest({
      type: 'restriction',
      email: MATTI,
      name: 'Matti Korhonen',
      orderNumber: '#1002',
      locale: 'fi',
    });
    await approve(requestId);
    const others = [
      ...Object.values(BY_EMAIL),
      'privacy@shopify.example',
      'privacy@sendgrid.example',
    ];
    const mails = await confirmAll(requestId, others);
    const done = await mailbox.waitFor(MATTI, 'on käsitelty');
    await completed(requestId);

    // Assess: restricted at the shop, kept (nothing erased).
    const own = await ports.subjectData.find(
      'lastu',
      subjectRef('lastu', MATTI),
    );
    expect(own.length).toBeGreaterThan(0);
    expect(own.every((r) => r.restricted?.since)).toBe(true);
    // No API call stands in for a restriction (suppression is not restriction).
    expect(stack.fakes.sendgrid.isSuppressed(MATTI)).toBe(false);
    expect(mails['privacy@shopify.example']?.body.text).toContain(
      'restrict the processing',
    );
    expect(mails[BY_EMAIL.posti]?.body.text).toContain(
      'Rajoittakaa henkilön tietojen käsittelyä',
    );
    // Each is sent the identifiers its registry categories say it holds: Justuno only emails,
    // Judge.me names and orders (its DPA), Posti names but no order references.
    const sent = (address: string) => mails[address]?.body.text ?? '';
    expect(sent(BY_EMAIL.justuno)).toContain(`Email: ${MATTI}`);
    expect(sent(BY_EMAIL.justuno)).not.toContain('Matti Korhonen');
    expect(sent(BY_EMAIL.justuno)).not.toContain('#1002');
    expect(sent(BY_EMAIL.judgeme)).toContain('Name: Matti Korhonen');
    expect(sent(BY_EMAIL.judgeme)).toContain('Order number: #1002');
    expect(sent(BY_EMAIL.posti)).toContain('Nimi: Matti Korhonen');
    expect(sent(BY_EMAIL.posti)).not.toContain('#1002');
    const justuno = (await ports.requests.listJobs(requestId)).find(
      (j) => j.processorId === 'justuno',
    );
    expect(justuno?.disclosures?.map((d) => d.identifiers)).toEqual([
      ['email'],
    ]);
    const text = done.body.text ?? '';
    expect(text).toContain('rajoitti tietojesi käsittelyä: tiedot säilytetään');
    expect(text).toContain('vahvisti toteuttaneensa pyyntösi (vahvistettu ');
  });
});
