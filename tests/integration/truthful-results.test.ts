/**
 * Every output a person reads states what each processor actually answered: lastu's seven
 * processors on the embedded stack, the people behind the confirmation links answering
 * differently, and then the shopper's email, the erasure certificate (HTML and JSON), the
 * merchant's copy, the status page and the ops page read as a reader would read them.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dynamoPorts } from '#composition/aws/dynamo.ts';
import type { ErasureCertificate } from '#domain/erasure-certificate.ts';
import { subjectRef } from '#domain/links.ts';
import {
  type EmbeddedStack,
  startEmbeddedStack,
} from '#infra/local/embedded-stack.ts';
import { readConfig } from '#shared/config.ts';
import { linkFrom } from '../helpers/builders.ts';
import { Mailbox, type StoredMail } from '../helpers/mailbox.ts';

const EMMA = 'emma.lindqvist@example.com';
const MATTI = 'matti.korhonen@example.com';
const APPROVER = 'owner@lastu.example';
const PRIVACY = 'privacy@lastu.example';
const JUDGEME = 'privacy@judgeme.example';
const JUSTUNO = 'privacy@justuno.example';
const POSTI = 'tietosuoja@posti.example';
/** Matti ordered 10 days ago: the shop's own records keep that order for bookkeeping. */
const RECENT_ORDER_AT = new Date(Date.now() - 10 * 86_400_000);
/** Finland: to the end of the sixth year after the (calendar) financial year of the order. */
const KEPT_UNTIL = `31 December ${
  Number(
    new Intl.DateTimeFormat('en', {
      timeZone: 'Europe/Helsinki',
      year: 'numeric',
    }).format(RECENT_ORDER_AT),
  ) + 6
}`;

let stack: EmbeddedStack;
let mailbox: Mailbox;

beforeAll(async () => {
  stack = await startEmbeddedStack({ fastTimers: true });
  mailbox = new Mailbox(stack.mailUrl);
  await dynamoPorts(readConfig()).subjectData.put(
    'lastu',
    subjectRef('lastu', MATTI),
    [
      {
        category: 'order',
        id: '#1301',
        data: { placedAt: RECENT_ORDER_AT.toISOString(), total: '29.00' },
      },
    ],
  );
});
afterAll(async () => stack?.close());

const link = (mail: StoredMail, kind: string) =>
  `${stack.apiUrl}/${kind}/${linkFrom(mail.body.text ?? '', kind as never)}`;

const post = (url: string, form: Record<string, string> = {}) =>
  fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(form),
  });

/** Submits, verifies and approves a request, as the shopper and the merchant would. */
async function approved(type: string, email: string, locale = 'en') {
  const res = await fetch(`${stack.apiUrl}/requests`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ merchant: 'lastu', type, email, locale }),
  });
  const { requestId } = (await res.json()) as { requestId: string };
  const ref = requestId.slice(0, 8).toUpperCase();
  const verify = await mailbox.waitFor(
    email,
    locale === 'fi'
      ? 'Vahvista tietosuojapyyntösi'
      : 'Confirm your privacy request',
  );
  expect((await post(link(verify, 'verify'))).status).toBe(200);
  const decide = await mailbox.waitFor(APPROVER, ref);
  expect(
    (await post(link(decide, 'decide'), { decision: 'approve' })).status,
  ).toBe(200);
  return { requestId, ref };
}

/** Answers a confirmation link; the page first shows nothing pre-selected. */
async function answer(mail: StoredMail, form: Record<string, string>) {
  const url = link(mail, 'processor');
  const page = await (await fetch(url)).text();
  expect(page).not.toContain(' checked');
  const res = await post(url, form);
  expect(res.status, await res.clone().text()).toBe(200);
}

const text = (html: string) =>
  html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');

describe('results tell the truth', () => {
  it('an erasure: every output states each answer alike, notes reach only the merchant', async () => {
    // Prepare / Act: each person answers differently.
    const { requestId, ref } = await approved('erasure', MATTI);
    await answer(await mailbox.waitFor(JUDGEME, ref), {
      outcome: 'done',
      note: 'Deleted 2 reviews and 1 photo',
    });
    await answer(await mailbox.waitFor(POSTI, ref), {
      outcome: 'kept',
      keptWhat: 'lähetystiedot',
      keptReason: 'legal-obligation',
      keptUntil: '2028-12-31',
      note: 'Säilytetään postilain mukaan 2 vuotta',
    });
    await answer(await mailbox.waitFor(JUSTUNO, ref), {
      outcome: 'could-not',
      note: 'The pop-up archive is offline until Monday',
    });
    await answer(await mailbox.waitFor(APPROVER, `has finished, ref. ${ref}`), {
      outcome: 'unanswered',
      note: 'Wrote to Nosto twice, no reply',
    });

    // Assess: the shopper's report
    const report = await mailbox.waitFor(MATTI, 'has been erased');
    const shopper = report.body.text ?? '';
    expect(shopper).toMatch(
      /Judge\.me[^\n]*: erased your data \(confirmed on /,
    );
    expect(shopper).toMatch(
      /Unifaun \/ Posti[^\n]*: erased your data, except what it must keep \(confirmed on /,
    );
    expect(shopper).toContain(
      'kept: lähetystiedot, to meet a legal obligation (GDPR Art. 17(3)(b)), until 31 December 2028',
    );
    // The shop's own records keep Matti's orders, as the access report's retention text says:
    // to the end of the sixth year after the financial year of the latest.
    expect(shopper).toContain(
      'Lastu: customer and order records (AWS, eu-north-1): erased your data, except what it must keep\n' +
        `  - kept: order records (dates, products, amounts, delivery details), as bookkeeping law requires (GDPR Art. 17(3)(b); Kirjanpitolaki 1336/1997, 2 luku 10 §), until ${KEPT_UNTIL}`,
    );
    expect(shopper).toContain(
      'could not carry out your request. Its reason: “The pop-up archive is offline until Monday”',
    );
    expect(shopper).toMatch(
      /Nosto[^\n]*: has not provided its part: the shop closed your request without its answer/,
    );
    expect(shopper).toMatch(
      /Not included: [^\n]*Nosto[^\n]* did not provide their part\./,
    );
    expect(shopper).not.toMatch(/\b0 records?\b/);
    expect(shopper).not.toContain('Deleted 2 reviews');
    expect(shopper).not.toContain('Wrote to Nosto');

    // The certificate the shopper downloads says the same.
    const download = await fetch(link(report, 'download'), {
      redirect: 'manual',
    });
    expect(download.status).toBe(302);
    const certificate = text(
      await (await fetch(download.headers.get('location') ?? '')).text(),
    );
    for (const said of [
      'erased your data, except what it must keep',
      'kept: lähetystiedot, to meet a legal obligation (GDPR Art. 17(3)(b)), until 31 December 2028',
      'could not carry out your request. Its reason: “The pop-up archive is offline until Monday”',
      'has not provided its part: the shop closed your request without its answer',
    ])
      expect(certificate).toContain(said);
    expect(certificate).not.toContain('Deleted 2 reviews');
    expect(certificate).not.toContain('graphql');

    // The merchant's copy (the certificate email) adds each person's note.
    const merchantCopy = await mailbox.waitFor(PRIVACY, 'Erasure certificate');
    const copy = merchantCopy.body.text ?? '';
    expect(copy).toContain('Their note: “Deleted 2 reviews and 1 photo”');
    expect(copy).toContain('Their note: “Wrote to Nosto twice, no reply”');
    const json = await fetch(
      `${stack.apiUrl}/download/${[...copy.matchAll(/\/download\/([A-Za-z0-9_-]+)/g)][1]?.[1]}`,
      { redirect: 'manual' },
    );
    const record = (await (
      await fetch(json.headers.get('location') ?? '')
    ).json()) as ErasureCertificate;
    expect(
      Object.fromEntries(
        record.processors.map((p) => [p.processorId, p.answer.kind]),
      ),
    ).toMatchObject({
      judgeme: 'erased',
      posti: 'kept',
      justuno: 'could-not',
      nosto: 'closed-without',
      // The shop's own records: the profile erased, the order kept for bookkeeping.
      'lastu-store': 'kept',
    });

    // The status page: the same words, without anyone's free text.
    const status = text(await (await fetch(link(report, 'status'))).text());
    expect(status).toContain('What each organisation has answered so far');
    expect(status).toContain('could not carry out your request');
    expect(status).not.toContain('pop-up archive');
    expect(status).toContain(
      'has not provided its part: the shop closed your request without its answer',
    );

    // The ops page shows the operator the answers and the notes.
    const ops = text(
      await (await fetch(`${stack.opsUrl}/requests/${requestId}`)).text(),
    );
    expect(ops).toContain('Their note: “Deleted 2 reviews and 1 photo”');
    expect(ops).toContain('could not carry out your request');
  });

  it('an access request: the shopper reads who provided data, who holds none and whose part is missing', async () => {
    // Prepare / Act
    const { ref } = await approved('access', EMMA, 'fi');
    await answer(await mailbox.waitFor(JUDGEME, ref), { outcome: 'not-found' });
    await answer(await mailbox.waitFor(POSTI, ref), {
      outcome: 'could-not',
      note: 'Arkisto ei ole käytettävissä',
    });
    await answer(await mailbox.waitFor(JUSTUNO, ref), { outcome: 'not-found' });
    await answer(await mailbox.waitFor(APPROVER, `has finished, ref. ${ref}`), {
      outcome: 'unanswered',
      note: 'No reply from Nosto',
    });

    // Assess
    const ready = await mailbox.waitFor(EMMA, 'ovat valmiina');
    const mail = ready.body.text ?? '';
    expect(mail).toMatch(
      /Judge\.me[^\n]*: ei säilytä sinusta tietoja \(vahvistettu /,
    );
    expect(mail).toContain(
      'ei voinut toteuttaa pyyntöäsi. Perustelu: ”Arkisto ei ole käytettävissä”',
    );
    expect(mail).toMatch(
      /Nosto.* eivät toimittaneet osuuttaan, joten niiden tiedot puuttuvat\./,
    );
    expect(mail).not.toContain('No reply from Nosto');
    expect(mail).not.toMatch(/Ei tietoja|0 tietuetta/);
  });
});
