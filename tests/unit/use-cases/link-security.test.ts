/**
 * Emailed links are capabilities: for every purpose, a tampered, expired, replayed (single-use
 * ones), cross-request or cross-purpose secret is refused with a 4xx and changes nothing (request
 * status, audit trail, jobs, links, mail, workflow), and the GET page of a link changes nothing.
 */
import { describe, expect, it } from 'vitest';
import type {
  MemoryExportStore,
  MemoryWorkflow,
} from '#adapters/memory/memory-ports.ts';
import { DomainError } from '#domain/errors.ts';
import {
  DOWNLOAD_MAX_USES,
  DOWNLOAD_URL_TTL_SECONDS,
  type LinkPurpose,
} from '#domain/links.ts';
import { cancelDeferral, previewDeferral } from '#use-cases/cancel-deferral.ts';
import { confirmProcessorJob } from '#use-cases/confirm-processor-job.ts';
import { decideRequest, previewDecision } from '#use-cases/decide-request.ts';
import { downloadExport } from '#use-cases/download-export.ts';
import { issueLink } from '#use-cases/links.ts';
import { previewProcessorPage } from '#use-cases/processor-upload-page.ts';
import {
  decideRelease,
  previewRelease,
  requestRelease,
} from '#use-cases/release-review.ts';
import { requestDecision } from '#use-cases/request-decision.ts';
import { showRequestStatus } from '#use-cases/request-status.ts';
import { submitRequest } from '#use-cases/submit-request.ts';
import {
  previewVerification,
  verifyIdentity,
} from '#use-cases/verify-identity.ts';
import { linkFrom, seededMemoryPorts } from '../../helpers/builders.ts';

type Ports = Awaited<ReturnType<typeof seededMemoryPorts>>['ports'];

const secretOf = (url: string) => url.split('/').at(-1) ?? '';

/** A request moved to the state the purpose's link acts on, and a live link of that purpose. */
async function prepare(
  ports: Ports,
  purpose: Purpose,
  n: number,
): Promise<{ requestId: string; secret: string }> {
  const email = `shopper-${purpose}-${n}@example.org`;
  const type = purpose === 'deferral' ? 'erasure' : 'access';
  const { requestId } = await submitRequest(
    { merchant: 'lastu', type, email },
    ports,
  );
  const verifySecret = linkFrom(ports.mailer.sent.at(-1)?.text ?? '', 'verify');
  if (purpose === 'verify') return { requestId, secret: verifySecret };
  await verifyIdentity(verifySecret, ports);
  if (purpose === 'status') {
    const link = await issueLink('status', requestId, ports);
    return { requestId, secret: secretOf(link.url) };
  }
  const token = `task-${purpose}-${n}`;
  (ports.workflow as MemoryWorkflow).waiting.add(token);
  if (purpose === 'decide') {
    await requestDecision({ requestId, taskToken: token }, ports);
    return {
      requestId,
      secret: linkFrom(ports.mailer.sent.at(-1)?.text ?? '', 'decide'),
    };
  }
  const now = ports.clock.now().toISOString();
  await ports.requests.transition(requestId, ['VERIFIED'], 'IN_PROGRESS', {});
  if (purpose === 'release') {
    await ports.requests.update(requestId, {
      release: { state: 'AWAITING' },
      exportKeys: { package: `requests/${requestId}/export/package.zip` },
    });
    await requestRelease({ requestId, taskToken: token }, ports);
    return {
      requestId,
      secret: linkFrom(ports.mailer.sent.at(-1)?.text ?? '', 'release'),
    };
  }
  if (purpose === 'download') {
    const objectKey = `exports/${requestId}/data.json`;
    await ports.exports.put(objectKey, '{}', 'application/json');
    const link = await issueLink('download', requestId, ports, {
      objectKey,
      filename: 'data.json',
    });
    return { requestId, secret: secretOf(link.url) };
  }
  if (purpose === 'processor') {
    await ports.requests.saveJob({
      requestId,
      processorId: 'posti',
      state: 'PENDING',
      startedAt: now,
      round: 1,
      pending: { ref: 'mail', via: 'confirmation', confirmBy: 'processor' },
    });
    await ports.requests.update(requestId, {
      jobsWait: { round: 1, taskToken: token, since: now },
    });
    const link = await issueLink('processor', requestId, ports, {
      processorId: 'posti',
      round: 1,
      confirmBy: 'processor',
    });
    return { requestId, secret: secretOf(link.url) };
  }
  await ports.requests.transition(requestId, ['IN_PROGRESS'], 'DEFERRED', {
    deferral: { until: '2026-09-01', processorIds: ['shopify'] },
  });
  const link = await issueLink('deferral', requestId, ports);
  return { requestId, secret: secretOf(link.url) };
}

/** Every purpose: each has a public route. */
const PURPOSES = [
  'verify',
  'decide',
  'status',
  'download',
  'processor',
  'deferral',
  'release',
] as const satisfies readonly LinkPurpose[];
type Purpose = (typeof PURPOSES)[number];

/** What each purpose's GET page and POST action do with a secret. */
const ACTIONS: Record<
  Purpose,
  {
    get: (secret: string, ports: Ports) => Promise<unknown>;
    post?: (secret: string, ports: Ports) => Promise<unknown>;
    singleUse: boolean;
  }
> = {
  verify: {
    get: previewVerification,
    post: verifyIdentity,
    singleUse: true,
  },
  decide: {
    get: previewDecision,
    post: (s, p) => decideRequest(s, { decision: 'approve' }, p),
    singleUse: true,
  },
  status: { get: showRequestStatus, singleUse: false },
  download: { get: downloadExport, singleUse: false },
  processor: {
    // The page (with its upload form, for this access request) and its answer: a file posted
    // with the page's form, then "done".
    get: previewProcessorPage,
    post: async (s, p) => {
      const page = await previewProcessorPage(s, p);
      const form = page.upload?.form;
      if (form)
        (p.exports as MemoryExportStore).acceptUpload(
          form,
          'reviews.csv',
          Buffer.from('id,text\r\n1,ok\r\n'),
        );
      return confirmProcessorJob(s, { outcome: 'done' }, p);
    },
    singleUse: true,
  },
  deferral: {
    get: previewDeferral,
    post: (s, p) =>
      cancelDeferral(
        s,
        {
          reason: 'legal claim',
          keepGround: 'legal-claims',
          keepUntilEvent: 'the payment dispute is settled',
        },
        p,
      ),
    singleUse: true,
  },
  release: {
    get: previewRelease,
    post: (s, p) => decideRelease(s, { release: 'release' }, p),
    singleUse: true,
  },
};

/** Everything a link could change, as comparable data. */
function snapshot(ports: Ports, requestId?: string) {
  const only = <T extends { requestId: string }>(items: Iterable<T>) =>
    [...items].filter((i) => !requestId || i.requestId === requestId);
  const workflow = ports.workflow as MemoryWorkflow;
  return structuredClone({
    requests: only(ports.requests.items.values()),
    jobs: only(ports.requests.jobs.values()),
    audit: only(ports.audit.events),
    links: only(ports.links.records.values()),
    mail: requestId ? undefined : ports.mailer.sent.length,
    started: only(workflow.started),
    resumed: requestId ? undefined : workflow.resumed,
    // Stored objects (uploads among them), by key: keys start with `requests/<id>/`.
    objects: [...(ports.exports as MemoryExportStore).objects.keys()].filter(
      (key) => !requestId || key.startsWith(`requests/${requestId}/`),
    ),
  });
}

/** Refused with the given 4xx status. */
async function refused(action: Promise<unknown>, statusCode: 403 | 410) {
  const error = await action.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DomainError);
  expect((error as DomainError).statusCode).toBe(statusCode);
}

/** The same secret with one character changed (still well-formed). */
const tamper = (secret: string, at: number) =>
  `${secret.slice(0, at)}${secret[at] === 'A' ? 'B' : 'A'}${secret.slice(at + 1)}`;

describe.each(PURPOSES)('a %s link', (purpose) => {
  const actions = ACTIONS[purpose];
  const world = async () => {
    const { ports } = await seededMemoryPorts(undefined, {
      allProcessors: true,
    });
    const a = await prepare(ports, purpose, 1);
    const b = await prepare(ports, purpose, 2);
    return { ports, a, b };
  };

  it('refuses a tampered or unknown secret with 403 and changes nothing', async () => {
    // Prepare
    const { ports, a } = await world();
    const before = snapshot(ports);
    // Act / Assess
    for (const bad of [
      tamper(a.secret, 0),
      tamper(a.secret, 42),
      `${a.secret}A`,
      a.secret.slice(1),
      'A'.repeat(43),
      '../verify',
      '',
    ]) {
      await refused(actions.get(bad, ports), 403);
      if (actions.post) await refused(actions.post(bad, ports), 403);
    }
    expect(snapshot(ports)).toEqual(before);
  });

  it('refuses an expired secret with 410 and changes nothing', async () => {
    // Prepare
    const { ports, a } = await world();
    const link = [...ports.links.records.values()].find(
      (l) => l.purpose === purpose && l.requestId === a.requestId,
    );
    ports.clock.set(new Date(Date.parse(link?.expiresAt ?? '') + 1000));
    const before = snapshot(ports);
    // Act / Assess
    await refused(actions.get(a.secret, ports), 410);
    if (actions.post) await refused(actions.post(a.secret, ports), 410);
    expect(snapshot(ports)).toEqual(before);
  });

  it('acts on its own request only (cross-request)', async () => {
    // Prepare
    const { ports, a, b } = await world();
    const otherBefore = snapshot(ports, b.requestId);
    const ownBefore = snapshot(ports, a.requestId);
    // Act
    const act = actions.post ?? actions.get;
    const result = await act(a.secret, ports);
    // Assess
    expect(snapshot(ports, b.requestId)).toEqual(otherBefore);
    if (actions.post)
      expect(snapshot(ports, a.requestId)).not.toEqual(ownBefore);
    if (purpose === 'status')
      expect(result).toMatchObject({
        reference: a.requestId.slice(0, 8).toUpperCase(),
      });
  });

  it('is refused with 403 at every other purpose, changing nothing (cross-purpose)', async () => {
    // Prepare
    const { ports, a } = await world();
    const before = snapshot(ports);
    // Act / Assess
    for (const other of PURPOSES.filter((p) => p !== purpose)) {
      await refused(ACTIONS[other].get(a.secret, ports), 403);
      const post = ACTIONS[other].post;
      if (post) await refused(post(a.secret, ports), 403);
    }
    expect(snapshot(ports)).toEqual(before);
  });

  if (purpose !== 'download')
    it('shows its GET page as often as asked without changing anything', async () => {
      // Prepare
      const { ports, a } = await world();
      const before = snapshot(ports);
      // Act
      for (let i = 0; i < 3; i++) await actions.get(a.secret, ports);
      // Assess
      expect(snapshot(ports)).toEqual(before);
    });

  if (actions.singleUse && actions.post) {
    const post = actions.post;
    it('acts once; a replay answers 410 and changes nothing', async () => {
      // Prepare
      const { ports, a } = await world();
      const before = snapshot(ports, a.requestId);
      await post(a.secret, ports);
      const after = snapshot(ports);
      expect(snapshot(ports, a.requestId)).not.toEqual(before);
      // Act / Assess
      await refused(post(a.secret, ports), 410);
      await refused(actions.get(a.secret, ports), 410);
      expect(snapshot(ports)).toEqual(after);
    });
  }
});

describe('a download link', () => {
  it('only counts and audits its use: the request itself never changes', async () => {
    // Prepare
    const { ports } = await seededMemoryPorts(undefined, {
      allProcessors: true,
    });
    const a = await prepare(ports, 'download', 1);
    const before = snapshot(ports, a.requestId);
    // Act
    await downloadExport(a.secret, ports);
    await downloadExport(a.secret, ports);
    // Assess
    const after = snapshot(ports, a.requestId);
    expect(after.requests).toEqual(before.requests);
    expect(after.jobs).toEqual(before.jobs);
    expect(after.audit.slice(before.audit.length).map((e) => e.type)).toEqual([
      'ExportDownloaded',
      'ExportDownloaded',
    ]);
    expect(after.links.find((l) => l.purpose === 'download')?.uses).toBe(2);
  });

  it('hands out at most its 5 uses to 20 parallel clicks, each a fresh one-minute URL', async () => {
    // Prepare
    const { ports } = await seededMemoryPorts(undefined, {
      allProcessors: true,
    });
    const a = await prepare(ports, 'download', 1);
    // Act
    const answers = await Promise.allSettled(
      Array.from({ length: 20 }, () => downloadExport(a.secret, ports)),
    );
    // Assess
    const given = answers.filter((r) => r.status === 'fulfilled');
    expect(given).toHaveLength(DOWNLOAD_MAX_USES);
    for (const r of given)
      expect(r.value.location).toContain(`expires=${DOWNLOAD_URL_TTL_SECONDS}`);
    for (const r of answers.filter((r) => r.status === 'rejected'))
      expect(r.reason).toMatchObject({ statusCode: 410 });
    expect(
      ports.audit.events
        .filter((e) => e.type === 'ExportDownloaded')
        .map((e) => e.details?.use),
    ).toEqual([1, 2, 3, 4, 5]);
  });
});
