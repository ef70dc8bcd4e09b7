/**
 * The notices besides the result (issue 16, requirement 7): the acknowledgement once the request
 * is confirmed, the shopper's failure notice, the Art. 18(3) notice and the lift of a
 * restriction, each once, audited, and only to a shopper who confirmed the address.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { MemoryWorkflow } from '#adapters/memory/memory-ports.ts';
import { LinkGoneError } from '#domain/errors.ts';
import { subjectRef } from '#domain/links.ts';
import { completeRequest } from '#use-cases/complete-request.ts';
import { decideRequest } from '#use-cases/decide-request.ts';
import { failRequest } from '#use-cases/fail-request.ts';
import {
  liftRestriction,
  previewLift,
  unrestricted,
} from '#use-cases/lift-restriction.ts';
import { planJobs } from '#use-cases/plan-jobs.ts';
import { requestDecision } from '#use-cases/request-decision.ts';
import { runProcessorJob } from '#use-cases/run-processor-job.ts';
import { submitRequest } from '#use-cases/submit-request.ts';
import { verifyIdentity } from '#use-cases/verify-identity.ts';
import { linkFrom, seededMemoryPorts } from '../../helpers/builders.ts';

type Ports = Awaited<ReturnType<typeof seededMemoryPorts>>['ports'];
const AINO = 'aino.virtanen@example.com';

async function submitted(ports: Ports, type: string, locale = 'fi') {
  const { requestId } = await submitRequest(
    { merchant: 'lastu', type, email: AINO, locale },
    ports,
  );
  return requestId;
}

async function verified(ports: Ports, type: string, locale = 'fi') {
  const requestId = await submitted(ports, type, locale);
  await verifyIdentity(
    linkFrom(ports.mailer.sent.at(-1)?.text ?? '', 'verify'),
    ports,
  );
  return requestId;
}

const toShopper = (ports: Ports) =>
  ports.mailer.sent.filter((m) => m.to.includes(AINO));

describe('the acknowledgement', () => {
  let ports: Ports;
  beforeEach(async () => {
    ({ ports } = await seededMemoryPorts(new Date('2026-03-05T09:00:00Z')));
  });

  it('tells the shopper, once, the reference, the receipt date and the deadline counted from receipt', async () => {
    // Prepare
    const requestId = await verified(ports, 'access');
    const before = toShopper(ports).length;
    (ports.workflow as MemoryWorkflow).waiting.add('t1');

    // Act: the first workflow step, then a retry of it
    await requestDecision({ requestId, taskToken: 't1' }, ports);
    await requestDecision({ requestId, taskToken: 't2' }, ports);

    // Assess
    const acks = toShopper(ports).slice(before);
    expect(acks).toHaveLength(1);
    const text = acks[0]?.text ?? '';
    expect(acks[0]?.subject).toBe(
      `Tietosuojapyyntösi on vastaanotettu: Lastu [${requestId.slice(0, 8).toUpperCase()}]`,
    );
    expect(text).toContain(
      'Kauppa Lastu vastaanotti pyyntösi 5. maaliskuuta 2026',
    );
    expect(text).toContain(
      'Kaupan on vastattava viimeistään 7. huhtikuuta 2026.',
    );
    expect(text).toContain(
      'Määräaika on kuukausi siitä päivästä, jona kauppa vastaanotti pyyntösi (ei siitä, kun vahvistit sen)',
    );
    expect(text).toContain('/status/');
    expect(text).toContain('Tietosuojavaltuutetun toimisto');
    expect(
      ports.audit.events.filter((e) => e.type === 'AcknowledgementSent'),
    ).toHaveLength(1);
  });
});

describe('the failure notice', () => {
  let ports: Ports;
  beforeEach(async () => {
    ({ ports } = await seededMemoryPorts(new Date('2026-03-05T09:00:00Z')));
  });

  it('tells a shopper who confirmed that the shop knows and the deadline stands, once', async () => {
    // Prepare
    const requestId = await verified(ports, 'erasure', 'de');
    const before = toShopper(ports).length;

    // Act: the failure step, retried
    const input = {
      requestId,
      phase: 'jobs',
      error: { Error: 'JobsFailedError' },
    };
    await failRequest(input, ports);
    await failRequest(input, ports);

    // Assess
    const notices = toShopper(ports).slice(before);
    expect(notices).toHaveLength(1);
    expect(notices[0]?.subject).toContain('verzögert sich');
    expect(notices[0]?.text).toContain(
      'Die Frist gilt weiterhin: Der Shop muss spätestens am 7. April 2026 antworten.',
    );
    expect(notices[0]?.text).not.toContain('JobsFailedError');
    expect(
      ports.audit.events.filter(
        (e) => e.type === 'SubjectNotified' && e.details?.notice === 'failure',
      ),
    ).toHaveLength(1);
  });

  it('tells an address that never confirmed nothing (it may not be the requester’s)', async () => {
    const requestId = await submitted(ports, 'access');
    const before = toShopper(ports).length;
    await failRequest({ requestId, phase: 'verification' }, ports);
    expect(toShopper(ports).slice(before)).toEqual([]);
  });
});

describe('lifting a restriction (Art. 18(3))', () => {
  let ports: Ports;
  beforeEach(async () => {
    ({ ports } = await seededMemoryPorts(new Date('2026-03-05T09:00:00Z'), {
      allProcessors: true,
    }));
  });

  /** A restriction run to completion: the shop's records marked, the others asked by email. */
  async function restricted() {
    const requestId = await verified(ports, 'restriction', 'sv');
    (ports.workflow as MemoryWorkflow).waiting.add('t');
    await requestDecision({ requestId, taskToken: 't' }, ports);
    const decide = linkFrom(ports.mailer.sent.at(-1)?.text ?? '', 'decide');
    await decideRequest(decide, { decision: 'approve' }, ports);
    const link = String(
      (ports.workflow as MemoryWorkflow).resumed.at(-1)?.output.link ?? '',
    );
    const plan = await planJobs({ requestId, decisionLink: link }, ports);
    const jobs = [];
    // The shop's own records only: the others stay unanswered, so nothing was restricted there.
    for (const job of plan.jobs.filter((j) => j.processorId === 'lastu-store'))
      jobs.push(await runProcessorJob({ requestId, ...job }, ports));
    for (const job of plan.jobs.filter((j) => j.processorId === 'judgeme')) {
      await runProcessorJob({ requestId, ...job }, ports);
      const saved = await ports.requests.getJob(requestId, 'judgeme');
      if (!saved) throw new Error('no judgeme job');
      await ports.requests.saveJob({
        ...saved,
        state: 'COMPLETED',
        finishedAt: '2026-03-06T10:00:00.000Z',
        confirmation: { by: 'processor', at: '2026-03-06T10:00:00.000Z' },
      });
      jobs.push({
        processorId: 'judgeme',
        outcome: 'COMPLETED' as const,
        records: 0,
      });
    }
    await completeRequest({ requestId, jobs }, ports);
    return requestId;
  }

  it('emails the merchant a lift link with the result; the page lists where the data is restricted', async () => {
    // Prepare
    const requestId = await restricted();
    const copy = ports.mailer.sent.find(
      (m) =>
        m.to.includes('privacy@lastu.example') && m.text.includes('/lift/'),
    );

    // Act
    const view = await previewLift(linkFrom(copy?.text ?? '', 'lift'), ports);

    // Assess
    expect(copy?.text).toContain('the shopper is told first (GDPR Art. 18(3))');
    expect(view.request.requestId).toBe(requestId);
    expect(view.processors.map((p) => p.processorId)).toEqual([
      'lastu-store',
      'judgeme',
    ]);
  });

  it('tells the shopper first, then unmarks the shop’s records and tells the processors; once, audited', async () => {
    // Prepare
    const requestId = await restricted();
    const ref = subjectRef('lastu', AINO);
    expect(
      (await ports.subjectData.find('lastu', ref)).every((r) => r.restricted),
    ).toBe(true);
    const copy = ports.mailer.sent.find((m) => m.text.includes('/lift/'));
    const secret = linkFrom(copy?.text ?? '', 'lift');
    const sent = ports.mailer.sent.length;

    // Act: a refused post first (no reason), then the lift
    await expect(liftRestriction(secret, {}, ports)).rejects.toMatchObject({
      problem: 'reasonRequired',
    });
    await liftRestriction(
      secret,
      { reason: 'Uppgifternas riktighet har kontrollerats.' },
      ports,
    );

    // Assess: the shopper's notice went out before the processors', in Swedish, with the reason
    const mails = ports.mailer.sent.slice(sent);
    expect(mails.map((m) => m.to)).toEqual([
      [AINO],
      ['privacy@judgeme.example'],
    ]);
    expect(mails[0]?.subject).toContain(
      'häver begränsningen av dina uppgifter',
    );
    expect(mails[0]?.text).toContain(
      'Uppgifternas riktighet har kontrollerats.',
    );
    expect(mails[0]?.text).toContain('artikel 18.3 i dataskyddsförordningen');
    expect(mails[0]?.text).toContain(
      'Begränsningen hävs hos: Lastu: kund- och orderregister (AWS, eu-north-1), Judge.me (produktrecensioner).',
    );
    expect(mails[1]?.subject).toContain('Restriction lifted');
    expect(mails[1]?.text).not.toContain('riktighet');
    expect(
      (await ports.subjectData.find('lastu', ref)).some((r) => r.restricted),
    ).toBe(false);
    expect((await ports.requests.get(requestId))?.restriction).toMatchObject({
      liftedAt: expect.any(String),
      reason: 'Uppgifternas riktighet har kontrollerats.',
    });
    const event = ports.audit.events.find(
      (e) => e.type === 'RestrictionLifted',
    );
    expect(event).toMatchObject({
      actor: 'merchant',
      details: { recordsUnmarked: 3, processorsTold: 'judgeme' },
    });
    expect(JSON.stringify(event)).not.toContain('riktighet');
    // The link acts once.
    await expect(
      liftRestriction(secret, { reason: 'again' }, ports),
    ).rejects.toBeInstanceOf(LinkGoneError);
  });

  it('keeps another request’s restriction mark', () => {
    const record = {
      category: 'customer',
      id: 'c1',
      data: {},
      restricted: { since: '2026-01-01', requestId: 'other' },
    };
    expect(unrestricted(record, 'this')).toBeUndefined();
    expect(unrestricted(record, 'other')).toEqual({
      category: 'customer',
      id: 'c1',
      data: {},
    });
  });
});
