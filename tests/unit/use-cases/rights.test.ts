/**
 * Rectification, objection and restriction in the use cases: the stated correction (form and
 * JSON), approval by the merchant's policy (Art. 21(3)), which connector carries each right,
 * what the connector is given, and what the shopper and the processors are told.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { MemoryWorkflow } from '#adapters/memory/memory-ports.ts';
import { statementOf } from '#domain/processor-answer.ts';
import type { DsrRequest } from '#domain/request.ts';
import {
  type MerchantConfig,
  type ProcessorConfig,
  SubmitRequestInput,
  withFormCorrections,
} from '#domain/schemas.ts';
import type { JobRecord } from '#ports/request-store.ts';
import { decisionPage } from '#presentation/decision-pages.ts';
import {
  processorRequestEmail,
  requestDoneEmail,
} from '#presentation/emails.ts';
import { requestFormPage } from '#presentation/form-pages.ts';
import { previewDecision } from '#use-cases/decide-request.ts';
import { planJobs } from '#use-cases/plan-jobs.ts';
import {
  connectorFor,
  contextFor,
  processorOf,
} from '#use-cases/processor-job-support.ts';
import { requestDecision } from '#use-cases/request-decision.ts';
import { runProcessorJob } from '#use-cases/run-processor-job.ts';
import { submitRequest } from '#use-cases/submit-request.ts';
import { verifyIdentity } from '#use-cases/verify-identity.ts';
import { linkFrom, seededMemoryPorts } from '../../helpers/builders.ts';

type Ports = Awaited<ReturnType<typeof seededMemoryPorts>>['ports'];
const AINO = 'aino.virtanen@example.com';

/** `filedBefore`: an objection stored before the form asked what it is to (no scope). */
async function verified(
  ports: Ports,
  body: Record<string, unknown>,
  filedBefore = false,
) {
  const { requestId } = await submitRequest(
    {
      merchant: 'lastu',
      email: AINO,
      ...body,
      ...(filedBefore ? { objectionScope: 'direct-marketing' } : {}),
    },
    ports,
  );
  if (filedBefore) delete ports.requests.items.get(requestId)?.objectionScope;
  await verifyIdentity(
    linkFrom(ports.mailer.sent.at(-1)?.text ?? '', 'verify'),
    ports,
  );
  return requestId;
}

describe('the stated correction', () => {
  it('is required for a rectification: structured corrections or, failing that, details', () => {
    const base = { merchant: 'lastu', type: 'rectification', email: AINO };
    const none = SubmitRequestInput.safeParse(base);
    expect(none.success).toBe(false);
    expect(none.error?.issues[0]?.path).toEqual(['corrections']);
    expect(
      SubmitRequestInput.safeParse({ ...base, details: 'Wrong surname' })
        .success,
    ).toBe(true);
    expect(
      SubmitRequestInput.safeParse({
        ...base,
        corrections: [{ field: 'name', value: 'Aino Korhonen' }],
      }).success,
    ).toBe(true);
    // Other types need none.
    expect(
      SubmitRequestInput.safeParse({ ...base, type: 'restriction' }).success,
    ).toBe(true);
  });

  it('refuses more than five, unknown fields, control characters, empty values and a malformed email', () => {
    const base = { merchant: 'lastu', type: 'rectification', email: AINO };
    const bad = [
      Array.from({ length: 6 }, () => ({ field: 'name', value: 'A B' })),
      [{ field: 'birthday', value: '1 May' }],
      [{ field: 'name', value: 'Aino\u0007' }],
      [{ field: 'phone', value: '   ' }],
      [{ field: 'email', value: 'not an address' }],
      [{ field: 'other', value: 'x'.repeat(501) }],
    ];
    for (const corrections of bad)
      expect(
        SubmitRequestInput.safeParse({ ...base, corrections }).success,
      ).toBe(false);
  });

  it('folds the HTML form’s rows into corrections, skipping empty rows', () => {
    expect(
      withFormCorrections({
        type: 'rectification',
        correction1Field: 'name',
        correction1Value: 'Aino Korhonen',
        correction2Field: 'phone',
        correction2Value: '',
        correction3Field: 'address',
        correction3Value: 'Isokatu 14, 90100 Oulu',
      }),
    ).toMatchObject({
      corrections: [
        { field: 'name', value: 'Aino Korhonen' },
        { field: 'address', value: 'Isokatu 14, 90100 Oulu' },
      ],
    });
    // JSON corrections win; a body without rows is left alone.
    const json = { corrections: [{ field: 'name', value: 'A B' }] };
    expect(withFormCorrections(json)).toBe(json);
    expect(withFormCorrections({ type: 'access' })).toEqual({ type: 'access' });
  });

  it('is stored on the request for a rectification only; with another type it is refused, storing nothing', async () => {
    const { ports } = await seededMemoryPorts();
    const rows = {
      correction1Field: 'phone',
      correction1Value: '+358 40 765 4321',
    };
    const rect = await submitRequest(
      { merchant: 'lastu', type: 'rectification', email: AINO, ...rows },
      ports,
    );
    expect((await ports.requests.get(rect.requestId))?.corrections).toEqual([
      { field: 'phone', value: '+358 40 765 4321' },
    ]);
    const stored = ports.requests.items.size;
    const mailed = ports.mailer.sent.length;
    // The form's rows and JSON alike: "See my data" with corrections is not filed as access.
    for (const body of [
      { type: 'access', ...rows },
      { type: 'erasure', corrections: [{ field: 'name', value: 'A B' }] },
    ])
      await expect(
        submitRequest({ merchant: 'lastu', email: AINO, ...body }, ports),
      ).rejects.toMatchObject({
        name: 'ValidationError',
        statusCode: 400,
        fields: {
          corrections: expect.stringContaining(
            'only for a rectification request',
          ),
        },
      });
    expect(ports.requests.items.size).toBe(stored);
    expect(ports.mailer.sent).toHaveLength(mailed);
    // Personal data never in the audit trail.
    expect(JSON.stringify(ports.audit.events)).not.toContain('765 4321');
  });

  it('is offered on the form as rows that work without JavaScript, and a refusal points at them', () => {
    const merchant = { name: 'Lastu', merchantId: 'lastu' } as MerchantConfig;
    const blank = requestFormPage(
      { ...merchant, locale: 'fi' } as MerchantConfig,
      '/requests',
      {},
      {},
      'fi',
    );
    expect(blank).toContain('<details class="corrections">');
    expect(blank).toContain('name="correction3Value"');
    expect(blank).toContain('Mikä on väärin (1)');
    const refused = requestFormPage(
      merchant,
      '/requests',
      {
        type: 'rectification',
        correction1Field: 'phone',
        correction1Value: 'x',
      },
      { corrections: 'say what is wrong and what it should be' },
      'en',
    );
    expect(refused).toContain('<details class="corrections" open>');
    expect(refused).toContain('href="#correction1Value"');
    expect(refused).toMatch(/<option value="phone" selected>/);
    expect(refused).not.toContain('Something in the form is not right');
  });
});

describe('approval by the merchant’s policy', () => {
  let ports: Ports;
  beforeEach(async () => {
    ({ ports } = await seededMemoryPorts());
  });

  it('approves a direct-marketing objection at once: no email to the merchant, audited as policy, resumed without a link', async () => {
    // Prepare
    const requestId = await verified(ports, {
      type: 'objection',
      objectionScope: 'direct-marketing',
    });
    const mails = ports.mailer.sent.length;
    const workflow = ports.workflow as MemoryWorkflow;
    workflow.waiting.add('tok-1');
    // Act
    await requestDecision({ requestId, taskToken: 'tok-1' }, ports);
    // Assess: only the shopper's acknowledgement goes out, nothing to the merchant
    expect(ports.mailer.sent.slice(mails).map((m) => m.subject)).toEqual([
      expect.stringContaining('has received your privacy request'),
    ]);
    expect(workflow.resumed).toEqual([
      { taskToken: 'tok-1', output: { decision: 'approve', link: null } },
    ]);
    const request = await ports.requests.get(requestId);
    expect(request?.decision).toMatchObject({
      outcome: 'approve',
      by: 'policy',
    });
    expect(
      ports.audit.events.filter((e) => e.type === 'RequestApproved'),
    ).toEqual([
      expect.objectContaining({
        actor: 'policy',
        fromStatus: 'VERIFIED',
        details: {
          policy: 'autoApprove',
          requestType: 'objection',
          objectionScope: 'direct-marketing',
        },
      }),
    ]);

    // Act: the next step adopts the recorded decision without a link.
    const plan = await planJobs({ requestId, decisionLink: null }, ports);
    // Assess
    expect(plan.jobs).toEqual([{ processorId: 'lastu-store' }]);
    expect((await ports.requests.get(requestId))?.status).toBe('IN_PROGRESS');
    expect(
      ports.audit.events.filter((e) => e.type === 'RequestApproved'),
    ).toHaveLength(1);
  });

  it('approves once when the step is retried after the resume went through', async () => {
    const requestId = await verified(ports, {
      type: 'objection',
      objectionScope: 'direct-marketing',
    });
    const workflow = ports.workflow as MemoryWorkflow;
    workflow.waiting.add('tok-1');
    await requestDecision({ requestId, taskToken: 'tok-1' }, ports);
    // The token no longer waits: the retry records nothing new and does not fail.
    await requestDecision({ requestId, taskToken: 'tok-1' }, ports);
    expect(workflow.resumed).toHaveLength(1);
    expect(
      ports.audit.events.filter((e) => e.type === 'RequestApproved'),
    ).toHaveLength(1);
  });

  it('sends any other objection (Art. 21(1), profiling) to the merchant with the shopper’s words', async () => {
    const requestId = await verified(ports, {
      type: 'objection',
      objectionScope: 'other',
      details: 'Stop profiling my purchases for recommendations.',
    });
    const workflow = ports.workflow as MemoryWorkflow;
    workflow.waiting.add('tok-3');
    await requestDecision({ requestId, taskToken: 'tok-3' }, ports);
    expect(workflow.resumed).toEqual([]);
    const mail = ports.mailer.sent.at(-1);
    expect(mail?.subject).toContain('Decision needed');
    expect(mail?.text).toContain(
      'Objection to: other processing, such as profiling (Art. 21(1))',
    );
    const secret = linkFrom(mail?.text ?? '', 'decide');
    const view = await previewDecision(secret, ports);
    const page = decisionPage(
      view.merchant,
      view.request,
      view.processors,
      '/decide/x',
    );
    expect(page).toContain('Stop profiling my purchases for recommendations.');
    expect(page).toContain('value="compelling-legitimate-grounds"');
    expect(
      ports.audit.events.filter((e) => e.type === 'RequestApproved'),
    ).toEqual([]);
  });

  it('asks the merchant about an objection filed before the form asked what it is to', async () => {
    const requestId = await verified(ports, { type: 'objection' }, true);
    const workflow = ports.workflow as MemoryWorkflow;
    workflow.waiting.add('tok-4');
    await requestDecision({ requestId, taskToken: 'tok-4' }, ports);
    expect(workflow.resumed).toEqual([]);
  });

  it('still asks the merchant about types the policy does not list', async () => {
    const requestId = await verified(ports, { type: 'restriction' });
    const workflow = ports.workflow as MemoryWorkflow;
    workflow.waiting.add('tok-2');
    await requestDecision({ requestId, taskToken: 'tok-2' }, ports);
    expect(workflow.resumed).toEqual([]);
    expect(ports.mailer.sent.at(-1)?.subject).toContain('Decision needed');
    // Without a link and without a recorded decision, nothing is approved.
    await expect(
      planJobs({ requestId, decisionLink: null }, ports),
    ).rejects.toThrow();
  });
});

describe('which connector carries a right, and what it is given', () => {
  const request = (patch: Partial<DsrRequest>) =>
    ({
      requestId: '00000000-0000-4000-8000-000000000001',
      merchantId: 'lastu',
      type: 'rectification',
      email: AINO,
      subjectRef: 'ref',
      receivedAt: '2026-03-15T10:00:00.000Z',
      ...patch,
    }) as DsrRequest;

  it('uses the API when it can apply every correction, else the privacy contact by email, else what the API can', async () => {
    const { ports, seed } = await seededMemoryPorts(undefined, {
      allProcessors: true,
    });
    const merchant = seed.merchant;
    const store = processorOf(merchant, 'lastu-store');
    const posti = processorOf(merchant, 'posti');
    if (!store || !posti) throw new Error('seed changed');
    const name = request({
      corrections: [{ field: 'name', value: 'Aino Korhonen' }],
    });
    const other = request({
      corrections: [
        { field: 'name', value: 'Aino Korhonen' },
        { field: 'other', value: 'Birthday 1 May' },
      ],
    });
    const prose = request({ details: 'My surname is wrong' });
    expect(connectorFor(name, store, ports)?.kind).toBe('internal-dynamodb');
    // The shop's own records have no privacy contact: the API applies what it can.
    expect(connectorFor(other, store, ports)?.kind).toBe('internal-dynamodb');
    expect(
      connectorFor(other, { ...store, contactEmail: 'p@x.example' }, ports)
        ?.kind,
    ).toBe('email');
    // Free text only: nothing to apply automatically.
    expect(connectorFor(prose, store, ports)).toBeUndefined();
    expect(connectorFor(prose, posti, ports)?.kind).toBe('email');
    // Restriction and objection at the shop's own records.
    expect(
      connectorFor(request({ type: 'restriction' }), store, ports)?.kind,
    ).toBe('internal-dynamodb');

    const ctx = await contextFor(name, merchant, store, 1, new Date(), ports);
    expect(ctx.corrections).toEqual([
      { field: 'name', value: 'Aino Korhonen' },
    ]);
    const access = await contextFor(
      { ...name, type: 'access' },
      merchant,
      store,
      1,
      new Date(),
      ports,
    );
    expect(access.corrections).toBeUndefined();
  });

  it('records which fields changed on the job and in the audit trail, never the values', async () => {
    // Prepare
    const { ports } = await seededMemoryPorts();
    const requestId = await verified(ports, {
      type: 'rectification',
      corrections: [
        { field: 'phone', value: '+358 40 765 4321' },
        { field: 'other', value: 'Birthday 1 May' },
      ],
    });
    await ports.requests.update(requestId, {
      decision: { outcome: 'approve', by: 'test', at: '2026-03-15T10:00:00Z' },
    });
    await ports.requests.transition(
      requestId,
      ['VERIFIED'],
      'AWAITING_DECISION',
      {},
    );
    await planJobs({ requestId, decisionLink: null }, ports);
    // Act
    const result = await runProcessorJob(
      { requestId, processorId: 'lastu-store' },
      ports,
    );
    // Assess
    const changes = [
      { field: 'phone', outcome: 'corrected' },
      { field: 'other', outcome: 'unsupported' },
    ];
    expect(result).toMatchObject({ outcome: 'COMPLETED', changes });
    expect(
      (await ports.requests.getJob(requestId, 'lastu-store'))?.changes,
    ).toEqual(changes);
    const audited = ports.audit.events.find(
      (e) => e.type === 'ProcessorJobCompleted',
    );
    expect(audited?.details?.changes).toBe('phone:corrected other:unsupported');
    expect(JSON.stringify(ports.audit.events)).not.toContain('765');
    expect(JSON.stringify(result)).not.toContain('765');
  });
});

describe('what people are told', () => {
  const job = (patch: Partial<JobRecord>): JobRecord => ({
    requestId: 'r',
    processorId: 'p',
    state: 'COMPLETED',
    startedAt: '2026-03-15T10:00:00.000Z',
    records: 1,
    ...patch,
  });

  it('tells the shopper, per processor, what was corrected, refused, left to the shop or asked by email', async () => {
    const { seed } = await seededMemoryPorts(undefined, {
      allProcessors: true,
    });
    const merchant = seed.merchant;
    const p = (id: string) => processorOf(merchant, id) as ProcessorConfig;
    const request = {
      requestId: '0a1b2c3d-0000-4000-8000-000000000001',
      type: 'rectification',
      email: AINO,
      locale: 'en',
    } as DsrRequest;
    const rows = [
      {
        processor: p('shopify'),
        statement: statementOf(
          job({
            processorId: 'shopify',
            changes: [
              { field: 'name', outcome: 'corrected' },
              { field: 'phone', outcome: 'rejected' },
            ],
          }),
          request.type,
        ),
      },
      {
        processor: p('lastu-store'),
        statement: statementOf(
          job({
            processorId: 'lastu-store',
            changes: [{ field: 'other', outcome: 'unsupported' }],
          }),
          request.type,
        ),
      },
      {
        processor: p('posti'),
        statement: statementOf(
          job({
            processorId: 'posti',
            pending: { ref: 'x', via: 'confirmation', confirmBy: 'processor' },
            confirmation: { by: 'processor', at: '2026-03-20T10:00:00.000Z' },
          }),
          request.type,
        ),
      },
      {
        processor: p('sendgrid'),
        statement: statementOf(
          job({ processorId: 'sendgrid', state: 'NOT_FOUND' }),
          request.type,
        ),
      },
    ];
    const text = requestDoneEmail(merchant, request, rows).text;
    expect(text).toContain('Shopify (online store platform): corrected: Name;');
    expect(text).toContain('not corrected');
    expect(text).toContain('Phone number');
    expect(text).toContain('left to the shop to correct by hand: Something');
    expect(text).toContain(
      'Unifaun / Posti (shipping): confirmed that it has carried out your request (confirmed on 20 March 2026)',
    );
    expect(text).toContain(
      'Twilio SendGrid (order and newsletter email): holds no data about you',
    );

    const asRestriction = (type: DsrRequest['type']) =>
      rows.map((r) => ({
        ...r,
        statement: statementOf(
          {
            processorId: r.processor.processorId,
            state: 'COMPLETED',
            startedAt: '2026-03-15T10:00:00.000Z',
          },
          type,
        ),
      }));
    const restricted = requestDoneEmail(
      merchant,
      { ...request, type: 'restriction', locale: 'de' },
      asRestriction('restriction').slice(1, 2),
    ).text;
    expect(restricted).toContain(
      'hat die Verarbeitung Ihrer Daten eingeschränkt',
    );
    const objection = requestDoneEmail(
      merchant,
      { ...request, type: 'objection', locale: 'fr' },
      asRestriction('objection').slice(0, 1),
    ).text;
    expect(objection).toContain('a cessé de vous adresser de la prospection');
  });

  it('shows the merchant the stated corrections on the decision page', async () => {
    const { seed } = await seededMemoryPorts();
    const page = decisionPage(
      seed.merchant,
      {
        requestId: '0a1b2c3d-0000-4000-8000-000000000001',
        type: 'rectification',
        email: AINO,
        receivedAt: '2026-03-15T10:00:00.000Z',
        dueDate: '2026-04-15',
        corrections: [{ field: 'phone', value: '+358 40 <765> 4321' }],
      } as DsrRequest,
      seed.merchant.processors,
      '/decide/x',
    );
    expect(page).toContain('Corrections');
    expect(page).toContain(
      'Phone number, correct value: +358 40 &lt;765&gt; 4321',
    );
  });

  it('spells the correction out for a processor reached by email, in its language', async () => {
    const { seed } = await seededMemoryPorts(undefined, {
      allProcessors: true,
    });
    const merchant = seed.merchant;
    const posti = processorOf(merchant, 'posti');
    if (!posti) throw new Error('seed changed');
    const request = {
      requestId: '0a1b2c3d-0000-4000-8000-000000000001',
      type: 'rectification',
      email: AINO,
      locale: 'en',
      dueAt: '2026-04-15T20:59:59.999Z',
      corrections: [{ field: 'address', value: 'Isokatu 14, 90100 Oulu' }],
    } as DsrRequest;
    const mail = processorRequestEmail(
      merchant,
      posti,
      request,
      {},
      'https://dsr.test/processor/x',
      'processor',
    );
    expect(mail.text).toContain('Osoite, oikea tieto: Isokatu 14, 90100 Oulu');
    expect(mail.html).toContain('Isokatu 14, 90100 Oulu');
  });
});
