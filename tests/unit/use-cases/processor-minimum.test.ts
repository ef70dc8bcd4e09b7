/**
 * Processors get the minimum, through the use cases with lastu's seven processors (memory ports:
 * only the processors reached by email are run here; the API connectors have their own tests):
 * who is asked (planning), what each one's email holds, what the record of disclosures says was
 * sent, and what the shopper is told about a processor that was not asked.
 */
import { describe, expect, it } from 'vitest';
import type { DsrRequest } from '#domain/request.ts';
import { SUPPORTED_LOCALES } from '#domain/schemas.ts';
import {
  processorRequestEmail,
  requestDoneEmail,
} from '#presentation/emails.ts';
import { planJobs } from '#use-cases/plan-jobs.ts';
import { requestDecision } from '#use-cases/request-decision.ts';
import { resultRows } from '#use-cases/results/rows.ts';
import { runProcessorJob } from '#use-cases/run-processor-job.ts';
import { submitRequest } from '#use-cases/submit-request.ts';
import { verifyIdentity } from '#use-cases/verify-identity.ts';
import { linkFrom, seededMemoryPorts } from '../../helpers/builders.ts';

type Ports = Awaited<ReturnType<typeof seededMemoryPorts>>['ports'];
const AINO = 'aino.virtanen@example.com';
const REMARRIED = 'I remarried after my divorce';
const CONTACT = {
  shopify: 'privacy@shopify.example',
  sendgrid: 'privacy@sendgrid.example',
  nosto: 'privacy@nosto.example',
  judgeme: 'privacy@judgeme.example',
  justuno: 'privacy@justuno.example',
  posti: 'tietosuoja@posti.example',
};

/** A verified request of lastu with all its processors, approved and planned. */
async function planned(
  body: Record<string, unknown>,
  patch: Partial<DsrRequest> = {},
) {
  const { ports, seed } = await seededMemoryPorts(undefined, {
    allProcessors: true,
  });
  const { requestId } = await submitRequest(
    { merchant: 'lastu', email: AINO, ...body },
    ports,
  );
  await verifyIdentity(
    linkFrom(ports.mailer.sent.at(-1)?.text ?? '', 'verify'),
    ports,
  );
  await ports.requests.update(requestId, {
    ...patch,
    decision: { outcome: 'approve', by: 'test', at: '2026-03-15T10:00:00Z' },
  });
  await ports.requests.transition(
    requestId,
    ['VERIFIED'],
    'AWAITING_DECISION',
    {},
  );
  const plan = await planJobs({ requestId, decisionLink: null }, ports);
  return { ports, seed, requestId, plan };
}

const mailTo = (ports: Ports, address: string) =>
  ports.mailer.sent.filter((m) => m.to.includes(address));

async function run(ports: Ports, requestId: string, processorId: string) {
  await runProcessorJob({ requestId, processorId }, ports);
  const job = await ports.requests.getJob(requestId, processorId);
  return job?.disclosures?.map((d) => d.identifiers);
}

describe('who is asked', () => {
  it('does not ask Posti about an objection: it delivers parcels; the shopper is told why', async () => {
    // Prepare
    const { ports, seed } = await seededMemoryPorts(undefined, {
      allProcessors: true,
    });
    const { requestId } = await submitRequest(
      {
        merchant: 'lastu',
        email: AINO,
        type: 'objection',
        objectionScope: 'direct-marketing',
      },
      ports,
    );
    await verifyIdentity(
      linkFrom(ports.mailer.sent.at(-1)?.text ?? '', 'verify'),
      ports,
    );
    (ports.workflow as { waiting: Set<string> }).waiting.add('tok');
    await requestDecision({ requestId, taskToken: 'tok' }, ports);

    // Act
    const plan = await planJobs({ requestId, decisionLink: null }, ports);
    const again = await planJobs({ requestId, decisionLink: null }, ports);
    for (const { processorId } of plan.jobs)
      await runProcessorJob({ requestId, processorId }, ports);

    // Assess
    expect(plan.jobs.map((j) => j.processorId)).toEqual([
      'lastu-store',
      'shopify',
      'sendgrid',
      'nosto',
      'judgeme',
      'justuno',
    ]);
    expect(again).toEqual(plan);
    expect(await ports.requests.getJob(requestId, 'posti')).toMatchObject({
      state: 'NOT_CONCERNED',
      records: 0,
    });
    expect(mailTo(ports, CONTACT.posti)).toEqual([]);
    expect(mailTo(ports, CONTACT.justuno)).toHaveLength(1);
    const planning = ports.audit.events.filter((e) => e.type === 'JobsPlanned');
    expect(planning).toEqual([
      expect.objectContaining({ details: { jobs: 6, notConcerned: 'posti' } }),
    ]);
    // What every result says about Posti (the shopper's email here).
    const request = (await ports.requests.get(requestId)) as DsrRequest;
    const rows = await resultRows(request, seed.merchant, ports);
    expect(rows.map((r) => r.processor.processorId)).toContain('posti');
    expect(requestDoneEmail(seed.merchant, request, rows).text).toContain(
      'Unifaun / Posti (shipping): was not asked: according to the shop’s records, it uses your data neither for direct marketing nor for profiling',
    );
  });

  it('sends a phone correction only to the processors holding phone numbers, each only its corrections and never the shopper’s words', async () => {
    // Prepare, Act
    const { ports, requestId, plan } = await planned({
      type: 'rectification',
      name: 'Aino Virtanen',
      orderNumber: '#1001',
      details: REMARRIED,
      corrections: [
        { field: 'phone', value: '+358 40 765 4321' },
        { field: 'other', value: REMARRIED },
      ],
    });
    const posti = await run(ports, requestId, 'posti');

    // Assess: asked
    expect(plan.jobs.map((j) => j.processorId)).toEqual([
      'lastu-store',
      'shopify',
      'nosto',
      'posti',
    ]);
    for (const id of ['sendgrid', 'judgeme', 'justuno'])
      expect((await ports.requests.getJob(requestId, id))?.state).toBe(
        'NOT_CONCERNED',
      );
    // What Posti's email holds (in Finnish), and the record of it.
    const [toPosti] = mailTo(ports, CONTACT.posti);
    expect(toPosti?.text).toContain(
      'Puhelinnumero, oikea tieto: +358 40 765 4321',
    );
    expect(toPosti?.text).toContain('Nimi: Aino Virtanen');
    expect(toPosti?.text).not.toContain('#1001');
    expect(posti).toEqual([['email', 'name', 'corrected-phone']]);
    // The shopper's own words reach no processor.
    for (const mail of ports.mailer.sent.filter(
      (m) => !m.to.includes(AINO) && !m.to.includes('owner@lastu.example'),
    )) {
      expect(mail.text).not.toContain('remarried');
      expect(mail.html).not.toContain('remarried');
    }
  });

  it('asks about a correction in words only, with the merchant’s note quoted, only the processors that may hold such data', async () => {
    // Prepare, Act
    const note =
      'Please correct the delivery address of order 1001.\nIt is Isokatu 1.';
    const { ports, requestId, plan } = await planned(
      {
        type: 'rectification',
        corrections: [{ field: 'other', value: REMARRIED }],
      },
      { noteForProcessors: note },
    );
    const disclosed = await run(ports, requestId, 'posti');

    // Assess: Posti (parcel tracking) is asked; Justuno (email addresses and consent records
    // only) is not, and is not sent the note.
    expect(plan.jobs.map((j) => j.processorId)).not.toContain('justuno');
    expect(plan.jobs).toHaveLength(6);
    expect((await ports.requests.getJob(requestId, 'justuno'))?.state).toBe(
      'NOT_CONCERNED',
    );
    expect(mailTo(ports, CONTACT.justuno)).toEqual([]);
    const [mail] = mailTo(ports, CONTACT.posti);
    expect(mail?.text).toContain(
      '> Please correct the delivery address of order 1001.\n> It is Isokatu 1.',
    );
    expect(mail?.text).not.toContain('remarried');
    expect(disclosed?.[0]).toContain('merchant-note');
  });

  it('without a note, asks no processor about a correction in words only', async () => {
    const { ports, requestId, plan } = await planned({
      type: 'rectification',
      details: REMARRIED,
    });
    expect(plan.jobs).toEqual([{ processorId: 'lastu-store' }]);
    expect((await ports.requests.getJob(requestId, 'posti'))?.state).toBe(
      'NOT_CONCERNED',
    );
  });
});

describe('identifiers chosen from the registry categories', () => {
  it('sends Justuno (email addresses, consent records) the email only, Judge.me the name and order number its DPA lists', async () => {
    // Prepare, Act
    const { ports, requestId, plan } = await planned({
      type: 'restriction',
      name: 'Aino Virtanen',
      orderNumber: '#1001',
    });
    const justuno = await run(ports, requestId, 'justuno');
    const judgeme = await run(ports, requestId, 'judgeme');
    const posti = await run(ports, requestId, 'posti');

    // Assess
    expect(plan.jobs).toHaveLength(7);
    const [toJustuno] = mailTo(ports, CONTACT.justuno);
    expect(toJustuno?.text).toContain(`Email: ${AINO}`);
    expect(toJustuno?.text).not.toContain('Aino Virtanen');
    expect(toJustuno?.text).not.toContain('#1001');
    expect(justuno).toEqual([['email']]);
    const [toJudgeme] = mailTo(ports, CONTACT.judgeme);
    expect(toJudgeme?.text).toContain('Name: Aino Virtanen');
    expect(toJudgeme?.text).toContain('Order number: #1001');
    expect(judgeme).toEqual([['email', 'name', 'order-number']]);
    expect(posti).toEqual([['email', 'name']]);
  });
});

describe('data handed back', () => {
  /** The sentence that keeps personal data out of email, per language. */
  const NOT_BY_EMAIL = {
    en: 'Please do not send personal data by email.',
    fi: 'Älkää lähettäkö henkilötietoja sähköpostitse.',
    sv: 'Skicka inte personuppgifter via e-post.',
    de: 'Bitte senden Sie personenbezogene Daten nicht per E-Mail.',
    fr: 'Merci de ne pas nous envoyer de données personnelles par e-mail.',
  };

  it.each(SUPPORTED_LOCALES)(
    'asks a processor (%s) to upload access and portability data on the linked page, never to email it',
    async (locale) => {
      const { seed } = await seededMemoryPorts(undefined, {
        allProcessors: true,
      });
      const posti = seed.merchant.processors.find(
        (p) => p.processorId === 'posti',
      );
      if (!posti) throw new Error('the seed has no posti');
      for (const type of ['access', 'portability'] as const) {
        const mail = processorRequestEmail(
          seed.merchant,
          { ...posti, locale },
          {
            requestId: '0a1b2c3d-0000-4000-8000-000000000001',
            type,
            email: AINO,
            dueAt: '2026-04-15T20:59:59.999Z',
          } as DsrRequest,
          {},
          'https://dsr.test/processor/x',
          'processor',
        );
        expect(mail.text).toContain(NOT_BY_EMAIL[locale]);
        expect(mail.text).toContain('https://dsr.test/processor/x');
      }
    },
  );
});
