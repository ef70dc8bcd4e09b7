/**
 * An approved objection to other processing than direct marketing (Art. 21(1)), as processors
 * receive it: a person at each processor concerned is emailed the merchant's note and what was
 * objected to, never an API's marketing opt-out and never the direct-marketing instruction;
 * approving it needs the note. A direct-marketing objection still goes through the APIs.
 */
import { describe, expect, it } from 'vitest';
import { DecisionRefusedError } from '#domain/decision.ts';
import type { DsrRequest } from '#domain/request.ts';
import { parseDecision } from '#use-cases/decide-request.ts';
import { planJobs } from '#use-cases/plan-jobs.ts';
import { runProcessorJob } from '#use-cases/run-processor-job.ts';
import { submitRequest } from '#use-cases/submit-request.ts';
import { verifyIdentity } from '#use-cases/verify-identity.ts';
import { linkFrom, seededMemoryPorts } from '../../helpers/builders.ts';

type Ports = Awaited<ReturnType<typeof seededMemoryPorts>>['ports'];
const AINO = 'aino.virtanen@example.com';
const WORDS = 'Stop profiling my purchases for recommendations.';
const NOTE =
  'Stop using her purchase history for personalised recommendations.';

async function approved(
  body: Record<string, unknown>,
  patch: Partial<DsrRequest> = {},
) {
  const { ports } = await seededMemoryPorts(undefined, { allProcessors: true });
  const { requestId } = await submitRequest(
    { merchant: 'lastu', email: AINO, type: 'objection', ...body },
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
  await planJobs({ requestId, decisionLink: null }, ports);
  return { ports, requestId };
}

const mailTo = (ports: Ports, address: string) =>
  ports.mailer.sent.filter((m) => m.to.includes(address));

describe('an approved objection to other processing (Art. 21(1))', () => {
  it('is approved only with the merchant’s note for processors', () => {
    const other = {
      type: 'objection' as const,
      objectionScope: 'other' as const,
    };
    const refused = (() => {
      try {
        parseDecision({ decision: 'approve' }, other);
      } catch (error) {
        return error;
      }
    })();
    expect(refused).toBeInstanceOf(DecisionRefusedError);
    expect((refused as DecisionRefusedError).problem).toBe('noteRequired');
    expect(
      parseDecision({ decision: 'approve', noteForProcessors: NOTE }, other),
    ).toMatchObject({ decision: 'approve' });
    // Direct marketing needs no note: it is absolute (Art. 21(3)).
    expect(
      parseDecision(
        { decision: 'approve' },
        { type: 'objection', objectionScope: 'direct-marketing' },
      ),
    ).toMatchObject({ decision: 'approve' });
  });

  it('goes to a person at each processor with the note and what was objected to, never to an API', async () => {
    const { ports, requestId } = await approved(
      { objectionScope: 'other', details: WORDS },
      { noteForProcessors: NOTE },
    );
    for (const id of ['shopify', 'nosto', 'sendgrid', 'lastu-store'])
      await runProcessorJob({ requestId, processorId: id }, ports);

    // Shopify has an API for objections (a marketing opt-out): not used, its privacy contact is asked.
    const [shopify] = mailTo(ports, 'privacy@shopify.example');
    expect(shopify?.text).toContain(
      'to processing of their data other than direct marketing, such as profiling (GDPR Art. 21(1)). We have accepted the objection. Please stop the processing described in our note below',
    );
    expect(shopify?.text).toContain(`> ${NOTE}`);
    expect(shopify?.text).not.toContain(
      'stop using this person’s data for direct marketing',
    );
    expect(shopify?.text).not.toContain(WORDS);
    for (const id of ['shopify', 'nosto', 'sendgrid'])
      expect((await ports.requests.getJob(requestId, id))?.pending?.via).toBe(
        'confirmation',
      );
    // The shop's own records have no one to email: not carried out by the opt-out connector.
    expect((await ports.requests.getJob(requestId, 'lastu-store'))?.state).toBe(
      'SKIPPED',
    );
  });

  it('a direct-marketing objection still goes through the APIs', async () => {
    const { ports, requestId } = await approved({
      objectionScope: 'direct-marketing',
    });
    await runProcessorJob({ requestId, processorId: 'lastu-store' }, ports);
    expect((await ports.requests.getJob(requestId, 'lastu-store'))?.state).toBe(
      'COMPLETED',
    );
  });
});
