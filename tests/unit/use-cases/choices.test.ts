/**
 * A choice is never turned into its opposite: the merchant's decision and release review refuse
 * a post that contradicts itself (storing nothing, the link still usable), and after a link is
 * used its page can say what was chosen, and the shopper's can lead to the status page.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { hashLinkSecret } from '#domain/links.ts';
import { adoptDecision } from '#use-cases/adopt-decision.ts';
import { decideRequest, previewDecision } from '#use-cases/decide-request.ts';
import { goneLinkView } from '#use-cases/link-aftermath.ts';
import { issueLink } from '#use-cases/links.ts';
import { decideRelease } from '#use-cases/release-review.ts';
import { requestDecision } from '#use-cases/request-decision.ts';
import { showRequestStatus } from '#use-cases/request-status.ts';
import { submitRequest } from '#use-cases/submit-request.ts';
import { confirmIdentity, verifyIdentity } from '#use-cases/verify-identity.ts';
import { linkFrom, seededMemoryPorts } from '../../helpers/builders.ts';

type Ports = Awaited<ReturnType<typeof seededMemoryPorts>>['ports'];
const AINO = 'aino.virtanen@example.com';

async function awaitingDecision(ports: Ports, type = 'access') {
  const { requestId } = await submitRequest(
    { merchant: 'lastu', type, email: AINO },
    ports,
  );
  await verifyIdentity(
    linkFrom(ports.mailer.sent.at(-1)?.text ?? '', 'verify'),
    ports,
  );
  const token = `task-token-${requestId}`;
  ports.workflow.waiting.add(token);
  await requestDecision({ requestId, taskToken: token }, ports);
  return {
    requestId,
    secret: linkFrom(ports.mailer.sent.at(-1)?.text ?? '', 'decide'),
  };
}

/** Everything a refused post could have stored. */
const snapshot = async (ports: Ports, requestId: string) => ({
  request: await ports.requests.get(requestId),
  audit: (await ports.audit.list(requestId)).length,
  resumed: ports.workflow.resumed.length,
  mail: ports.mailer.sent.length,
  links: JSON.stringify([...ports.links.records.values()]),
});

describe('the decision refuses what contradicts itself', () => {
  let ports: Ports;
  beforeEach(async () => {
    ({ ports } = await seededMemoryPorts());
  });

  it.each([
    [
      'approve with a refusal ground',
      { decision: 'approve', ground: 'excessive' },
      'groundWithoutDeny',
    ],
    [
      'extend with a refusal ground',
      { decision: 'extend', ground: 'excessive', reason: 'More time' },
      'groundWithoutDeny',
    ],
    [
      'approve with a reason typed',
      { decision: 'approve', reason: 'Third request this month' },
      'reasonWithApprove',
    ],
    [
      'an erasure-only ground on an access request',
      { decision: 'deny', ground: 'legal-obligation' },
      'groundInvalid',
    ],
    [
      'a ground not on the list',
      { decision: 'deny', ground: 'because', reason: 'x' },
      'groundInvalid',
    ],
    ['no choice at all', { reason: 'x' }, 'decision'],
    [
      'deny without a reason',
      { decision: 'deny', reason: ' ' },
      'reasonToDeny',
    ],
  ])(
    '%s: 400, nothing stored, the link still usable',
    async (_, body, problem) => {
      // Prepare
      const { requestId, secret } = await awaitingDecision(ports);
      const before = await snapshot(ports, requestId);
      // Act
      await expect(decideRequest(secret, body, ports)).rejects.toMatchObject({
        name: 'ValidationError',
        statusCode: 400,
        problem,
      });
      // Assess
      expect(await snapshot(ports, requestId)).toEqual(before);
      await expect(previewDecision(secret, ports)).resolves.toBeDefined();
    },
  );

  it('takes the choice the merchant then makes, and only that', async () => {
    const { requestId, secret } = await awaitingDecision(ports);
    await expect(
      decideRequest(secret, { decision: 'deny', reason: '' }, ports),
    ).rejects.toMatchObject({ problem: 'reasonToDeny' });
    await decideRequest(
      secret,
      { decision: 'deny', ground: '', reason: 'Third identical request.' },
      ports,
    );
    expect(ports.workflow.resumed).toEqual([
      {
        taskToken: `task-token-${requestId}`,
        output: { decision: 'deny', link: expect.any(String) },
      },
    ]);
    expect(
      ports.links.records.get(hashLinkSecret(secret))?.decision,
    ).toMatchObject({ outcome: 'deny', reason: 'Third identical request.' });
  });

  it('refuses an Art. 17(3) ground for a whole erasure, and takes Art. 17(1) with reasons', async () => {
    const { requestId, secret } = await awaitingDecision(ports, 'erasure');
    const before = await snapshot(ports, requestId);
    await expect(
      decideRequest(
        secret,
        { decision: 'deny', ground: 'legal-obligation', reason: 'Bookkeeping' },
        ports,
      ),
    ).rejects.toMatchObject({ problem: 'groundInvalid' });
    expect(await snapshot(ports, requestId)).toEqual(before);
    await decideRequest(
      secret,
      {
        decision: 'deny',
        ground: 'no-erasure-ground',
        reason: 'Your order of 2 May is still being delivered.',
      },
      ports,
    );
    expect(ports.workflow.resumed.at(-1)?.output.decision).toBe('deny');
  });

  it.each([
    [
      'a note for processors with deny',
      { decision: 'deny', reason: 'x', noteForProcessors: 'Check order 12' },
      'noteWithoutApprove',
    ],
    [
      'a note for processors over 1000 characters',
      { decision: 'approve', noteForProcessors: 'n'.repeat(1001) },
      'noteTooLong',
    ],
    ['ask without saying what is needed', { decision: 'ask' }, 'reasonToAsk'],
    [
      'ask with a refusal ground',
      { decision: 'ask', reason: 'Which order?', ground: 'excessive' },
      'groundWithoutDeny',
    ],
    [
      'the identity ground before any information was asked for',
      { decision: 'deny', ground: 'identity-unconfirmed', reason: 'x' },
      'groundInvalid',
    ],
  ])(
    '%s: 400, nothing stored, the link still usable',
    async (_, body, problem) => {
      const { requestId, secret } = await awaitingDecision(ports);
      const before = await snapshot(ports, requestId);
      await expect(decideRequest(secret, body, ports)).rejects.toMatchObject({
        statusCode: 400,
        problem,
      });
      expect(await snapshot(ports, requestId)).toEqual(before);
      await expect(previewDecision(secret, ports)).resolves.toBeDefined();
    },
  );

  it('carries the note for processors with the approval, and records it on the request', async () => {
    const { requestId, secret } = await awaitingDecision(ports);
    await decideRequest(
      secret,
      { decision: 'approve', noteForProcessors: '  Customer no. 4411.\n' },
      ports,
    );
    const link = ports.links.records.get(hashLinkSecret(secret));
    expect(link?.decision).toMatchObject({
      outcome: 'approve',
      noteForProcessors: 'Customer no. 4411.',
    });
    const request = await ports.requests.get(requestId);
    if (!request) throw new Error('request missing');
    await adoptDecision(request, link?.tokenHash, 'approve', ports);
    expect((await ports.requests.get(requestId))?.noteForProcessors).toBe(
      'Customer no. 4411.',
    );
    const approved = (await ports.audit.list(requestId)).find(
      (e) => e.type === 'RequestApproved',
    );
    expect(approved?.details).toMatchObject({ noteForProcessors: true });
    expect(JSON.stringify(approved)).not.toContain('4411');
  });
});

describe('the release review refuses what contradicts itself', () => {
  it('a reason typed with release: 400, nothing stored; release alone then acts', async () => {
    // Prepare: a package waiting for its review.
    const { ports } = await seededMemoryPorts();
    const { requestId } = await awaitingDecision(ports);
    await ports.requests.transition(
      requestId,
      ['AWAITING_DECISION'],
      'IN_PROGRESS',
      { release: { state: 'AWAITING' } },
    );
    ports.workflow.waiting.add('release-token');
    const secret =
      (
        await issueLink('release', requestId, ports, {
          taskToken: 'release-token',
        })
      ).url
        .split('/')
        .at(-1) ?? '';
    const before = await snapshot(ports, requestId);
    // Act
    await expect(
      decideRelease(
        secret,
        { release: 'release', reason: 'Names another customer' },
        ports,
      ),
    ).rejects.toMatchObject({ statusCode: 400, problem: 'reasonWithApprove' });
    await expect(
      decideRelease(secret, { reason: 'Names another customer' }, ports),
    ).rejects.toMatchObject({ problem: 'decision' });
    // Assess
    expect(await snapshot(ports, requestId)).toEqual(before);
    await decideRelease(secret, { release: 'release' }, ports);
    expect(ports.workflow.resumed.at(-1)?.output.release).toBe('approve');
  });
});

describe('a used link’s page', () => {
  let ports: Ports;
  beforeEach(async () => {
    ({ ports } = await seededMemoryPorts());
  });

  it('tells the merchant what was decided, and when, with no personal data', async () => {
    const { requestId, secret } = await awaitingDecision(ports);
    await decideRequest(secret, { decision: 'approve' }, ports);
    // The step that acts records the decision on the request (Plan Processor Jobs).
    const at = ports.clock.now().toISOString();
    await ports.requests.update(requestId, {
      decision: { outcome: 'approve', by: 'merchant-link', at },
      decidedAt: at,
    });
    const view = await goneLinkView(secret, 'decide', ports);
    expect(view).toEqual({
      aftermath: { fact: 'approved', at },
      reference: requestId.slice(0, 8).toUpperCase(),
      locale: 'en',
    });
    expect(JSON.stringify(view)).not.toContain('aino');
  });

  it('leads the shopper from the used verification link to the status page issued on confirming', async () => {
    await submitRequest(
      { merchant: 'lastu', type: 'access', email: AINO, locale: 'fi' },
      ports,
    );
    const verify = linkFrom(ports.mailer.sent.at(-1)?.text ?? '', 'verify');
    const confirmed = await confirmIdentity(verify, ports);
    const links = ports.links.records.size;
    const view = await goneLinkView(verify, 'verify', ports);
    expect(view).toMatchObject({
      aftermath: { fact: 'confirmed' },
      locale: 'fi',
      statusUrl: confirmed.statusUrl,
    });
    // Reading it stores nothing; the status link works.
    expect(ports.links.records.size).toBe(links);
    const status = await showRequestStatus(
      view?.statusUrl?.split('/').at(-1) ?? '',
      ports,
    );
    expect(status.progress.steps.map((s) => s.step)).toContain('decision');
  });

  it('says nothing for a link it does not know, or of another kind', async () => {
    const { secret } = await awaitingDecision(ports);
    expect(await goneLinkView(secret, 'release', ports)).toBeUndefined();
    expect(await goneLinkView('A'.repeat(43), 'decide', ports)).toBeUndefined();
    expect(await goneLinkView('junk', 'decide', ports)).toBeUndefined();
  });
});
