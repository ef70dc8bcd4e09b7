/**
 * The ops CLI commands against the embedded stack, through the same ports `npm run ops` builds.
 * A job is made to fail by removing the export bucket its processor writes to; `retry` fixes it.
 */
import { mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { certify } from '#domain/erasure-certificate.ts';
import {
  type EmbeddedStack,
  startEmbeddedStack,
} from '#infra/local/embedded-stack.ts';
import { runCommand } from '#infra/ops/commands.ts';
import { targetPorts } from '#infra/ops/target.ts';
import {
  type EvidenceBundle,
  verifyEvidence,
} from '#use-cases/ops/evidence.ts';
import { linkFrom } from '../helpers/builders.ts';
import { Mailbox } from '../helpers/mailbox.ts';
import { getWithHost } from '../helpers/raw-http.ts';
import { waitFor } from '../helpers/wait-for.ts';

const AINO = 'aino.virtanen@example.com';
const MATTI = 'matti.korhonen@example.com';
const APPROVER = 'owner@lastu.example';
let stack: EmbeddedStack;
let mailbox: Mailbox;
let ports: ReturnType<typeof targetPorts>;
const dataDir = mkdtempSync(join(tmpdir(), 'dsr-ops-'));

beforeAll(async () => {
  stack = await startEmbeddedStack({
    fastTimers: true,
    // The spine's built-in processor alone (tests/integration/processors.test.ts runs all seven).
    onlyProcessors: ['lastu-store'],
    dataDir,
  });
  mailbox = new Mailbox(stack.mailUrl);
  ports = targetPorts({ aws: false });
});
afterAll(async () => {
  await stack?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

async function ops(...argv: string[]) {
  let out = '';
  const code = await runCommand(argv, ports, {
    out: (t) => {
      out += t;
    },
    err: () => {},
    tty: false,
  });
  return { code, out };
}

async function awaitingDecision(type: string, email: string) {
  const res = await fetch(`${stack.apiUrl}/requests`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ merchant: 'lastu', type, email }),
  });
  const { requestId } = (await res.json()) as { requestId: string };
  const mail = await waitFor(async () =>
    (await mailbox.all()).find(
      (m) =>
        m.destination.to.includes(email) &&
        m.body.text?.includes('verify/') &&
        !m.body.text.includes('used'),
    ),
  );
  await fetch(
    `${stack.apiUrl}/verify/${linkFrom(mail.body.text ?? '', 'verify')}`,
    { method: 'POST' },
  );
  const brief = await waitFor(async () =>
    (await mailbox.all()).find(
      (m) =>
        m.destination.to.includes(APPROVER) && m.body.text?.includes(requestId),
    ),
  );
  return {
    requestId,
    decideUrl: `${stack.apiUrl}/decide/${linkFrom(brief.body.text ?? '', 'decide')}`,
  };
}

const statusOf = async (id: string) => (await ports.requests.get(id))?.status;

describe('ops CLI on the embedded stack', () => {
  let requestId: string;

  it('shows a failed job with its error, and retry completes the request', async () => {
    // Prepare: the processor's export store fails (its bucket is gone) through every retry.
    const bucketDir = join(dataDir, 's3', stack.bucket);
    renameSync(bucketDir, `${bucketDir}.away`);
    const started = await awaitingDecision('access', AINO);
    requestId = started.requestId;
    await fetch(started.decideUrl, {
      method: 'POST',
      body: new URLSearchParams({ decision: 'approve' }),
    });
    // The request turns FAILED a step before its execution ends; a retry is offered only then.
    await waitFor(
      async () =>
        (await statusOf(requestId)) === 'FAILED' &&
        (await ports.executions.forRequest(requestId)).at(-1)?.status ===
          'FAILED',
      { message: 'request and execution FAILED' },
    );

    // Act
    const shown = await ops('show', requestId);
    const view = JSON.parse((await ops('show', requestId, '--json')).out);

    // Assess
    expect(shown.code).toBe(0);
    expect(shown.out).toContain('failed in phase jobs: JobsFailedError');
    expect(shown.out).toMatch(/lastu-store\s+FAILED.*NoSuchBucket/);
    expect(shown.out).toContain('ProcessorJobFailed');
    expect(shown.out).toMatch(/TaskFailed Run Processor Job\s+NoSuchBucket/);
    expect(shown.out).toContain('WaitingForCallback Request Merchant Decision');
    expect(shown.out).toContain('a***@example.com');
    expect(shown.out).not.toContain(AINO);
    expect(view.retry).toEqual({ resumeAt: 'jobs', status: 'IN_PROGRESS' });

    // Act: fix the store, retry
    renameSync(`${bucketDir}.away`, bucketDir);
    const retried = await ops('retry', requestId);
    await waitFor(
      async () =>
        (await statusOf(requestId)) === 'COMPLETED' &&
        (await ports.executions.forRequest(requestId)).at(-1)?.status ===
          'SUCCEEDED',
      { message: 'request COMPLETED and the retry execution SUCCEEDED' },
    );

    // Assess
    expect(retried.out).toContain(`execution ${requestId}-1 resumes at jobs`);
    await mailbox.waitFor(AINO, 'Your data from Lastu is ready');
    const after = JSON.parse((await ops('show', requestId, '--json')).out);
    expect(after.jobs).toMatchObject([
      { processorId: 'lastu-store', state: 'COMPLETED' },
    ]);
    expect(after.executions.map((e: { status: string }) => e.status)).toEqual([
      'FAILED',
      'SUCCEEDED',
    ]);
    expect(after.timeline.map((t: { what: string }) => t.what)).toContain(
      'ExecutionRedriven',
    );
    expect(
      (await ops('retry', requestId).catch((e: Error) => e)) as Error,
    ).toHaveProperty('name', 'OpsRefusedError');
  });

  it('builds an evidence bundle whose hash chain breaks when an event is altered', async () => {
    const bundle = JSON.parse(
      (await ops('evidence', requestId, '--json')).out,
    ) as EvidenceBundle;

    expect(verifyEvidence(bundle)).toMatchObject({ valid: true });
    expect(bundle.request.subject.emailMasked).toBe('a***@example.com');
    expect(JSON.stringify(bundle)).not.toContain(AINO);
    expect(bundle.disclosures[0]).toMatchObject({
      processorId: 'lastu-store',
      job: { state: 'COMPLETED' },
    });
    expect(bundle.messages.map((m) => m.type)).toEqual(
      expect.arrayContaining([
        'VerificationEmailSent',
        'DecisionRequested',
        'ResultSent',
      ]),
    );
    expect(bundle.decisions[0]).toMatchObject({ outcome: 'approve' });

    const tampered = structuredClone(bundle);
    const event = tampered.auditChain.events[2]?.event;
    if (event) event.actor = 'merchant';
    expect(verifyEvidence(tampered)).toMatchObject({
      valid: false,
      brokenAt: 2,
    });
    const dropped = structuredClone(bundle);
    dropped.auditChain.events.pop();
    expect(verifyEvidence(dropped)).toMatchObject({ valid: false });
  });

  it('verifies an erasure certificate file, and refuses one that was altered', async () => {
    const certificate = certify({
      requestId,
      merchant: {
        merchantId: 'lastu',
        name: 'Lastu Oy',
        privacyContact: 'privacy@lastu.example',
      },
      requestType: 'erasure',
      receivedAt: '2026-03-01T10:00:00.000Z',
      completedAt: '2026-03-02T10:00:00.000Z',
      round: 1,
      processors: [
        {
          processorId: 'lastu-store',
          name: 'Lastu',
          outcome: 'COMPLETED',
          records: 3,
          answer: { kind: 'erased', by: 'system', records: 3 },
          kept: [],
        },
      ],
      recipients: [],
    });
    const dir = mkdtempSync(join(tmpdir(), 'dsr-certificate-'));
    const good = join(dir, 'certificate.json');
    writeFileSync(good, JSON.stringify(certificate));
    const ok = await ops('verify', good);
    expect(ok.code).toBe(0);
    expect(ok.out).toContain(`valid: erasure certificate ${requestId} round 1`);
    const altered = join(dir, 'altered.json');
    writeFileSync(
      altered,
      JSON.stringify({
        ...certificate,
        processors: [{ ...certificate.processors[0], records: 2 }],
      }),
    );
    const bad = await ops('verify', altered);
    expect(bad.code).toBe(1);
    expect(bad.out).toContain('INVALID');
  });

  it('cancels a request waiting for a decision: execution stopped, CANCELLED, audited', async () => {
    const { requestId: id } = await awaitingDecision('erasure', MATTI);

    const cancelled = await ops(
      'cancel',
      id,
      '--reason',
      'duplicate of an earlier request',
    );

    expect(cancelled.out).toContain(`stopped ${id}`);
    expect(await statusOf(id)).toBe('CANCELLED');
    const view = JSON.parse((await ops('show', id, '--json')).out);
    expect(view.executions[0].status).toBe('ABORTED');
    expect(view.timeline).toContainEqual(
      expect.objectContaining({ what: 'RequestCancelled', who: 'operator' }),
    );
  });

  it('lists requests, merchants and processors, as tables and JSON', async () => {
    const table = await ops('list');
    const urgent = JSON.parse(
      (await ops('list', '--sort', 'urgent', '--json')).out,
    );
    const failedOnly = JSON.parse(
      (await ops('list', '--status', 'CANCELLED', '--json')).out,
    );

    expect(table.out).toContain(requestId);
    expect(table.out).not.toContain(String.fromCharCode(27));
    expect(urgent.requests.length).toBe(2);
    expect(failedOnly.requests.map((r: { type: string }) => r.type)).toEqual([
      'erasure',
    ]);
    expect((await ops('merchants')).out).toMatch(
      /lastu\s+Lastu\s+FI\s+GDPR-EU/,
    );
    expect((await ops('processors', 'lastu')).out).toContain('lastu-store');
  });

  it('adds, replaces and removes a processor; refuses credentials in the registry', async () => {
    // Prepare
    const entry = {
      processorId: 'klaviyo',
      kind: 'klaviyo',
      name: 'Klaviyo (email marketing)',
      credentialsRef: 'dsr/lastu/klaviyo',
      settings: { listId: 'Y6nRLr' },
    };
    const file = join(dataDir, 'klaviyo.json');
    writeFileSync(file, JSON.stringify(entry));
    const leaky = join(dataDir, 'leaky.json');
    writeFileSync(
      leaky,
      JSON.stringify({ ...entry, settings: { apiKey: 'pk_live_x' } }),
    );
    // Act / Assess
    expect((await ops('processors', 'lastu', '--set', file)).out).toContain(
      'added klaviyo (klaviyo)',
    );
    expect((await ops('processors', 'lastu', '--set', file)).out).toContain(
      'replaced klaviyo',
    );
    expect((await ops('processors', 'lastu')).out).toContain(
      'dsr/lastu/klaviyo',
    );
    await expect(ops('processors', 'lastu', '--set', leaky)).rejects.toThrow(
      /Credentials do not belong in the registry/,
    );
    await ops('processors', 'lastu', '--remove', 'klaviyo');
    expect((await ops('processors', 'lastu')).out).not.toContain('klaviyo');
    await expect(
      ops('processors', 'lastu', '--remove', 'lastu-store'),
    ).rejects.toThrow(/at least one processor/);
  });

  it('serves the read-only ops page with the same data, emails masked', async () => {
    const list = await (await fetch(`${stack.opsUrl}/`)).text();
    const one = await (
      await fetch(`${stack.opsUrl}/requests/${requestId}`)
    ).text();

    expect(list).toContain(requestId);
    expect(list).toContain('a***@example.com');
    expect(list).not.toContain(AINO);
    expect(one).toContain('ExecutionRedriven');
    expect(one).toContain('Run Processor Job');
    expect((await fetch(`${stack.opsUrl}/`, { method: 'POST' })).status).toBe(
      405,
    );
  });

  it('answers a bad ops page query with 400 and what is wrong, not 500', async () => {
    const due = await fetch(`${stack.opsUrl}/?due=abc`);
    expect(due.status).toBe(400);
    expect(await due.text()).toContain('due must be a whole number of days');
    const status = await fetch(`${stack.opsUrl}/?status=NOPE`);
    expect(status.status).toBe(400);
    expect(await status.text()).toContain('status must be one of');
  });

  it('answers 421 on every local server to a Host that is not loopback (DNS rebinding)', async () => {
    const env = stack.environment;
    const servers = {
      api: `${stack.apiUrl}/m/lastu`,
      mailbox: `${stack.mailUrl}/store`,
      ops: `${stack.opsUrl}/`,
      stepFunctions: `${stack.sfnUrl}/`,
      dynamodb: `${env.AWS_ENDPOINT_URL_DYNAMODB}/`,
      s3: `${env.AWS_ENDPOINT_URL_S3}/`,
      ...Object.fromEntries(
        Object.entries(stack.fakes.baseUrls).map(([k, v]) => [k, `${v}/`]),
      ),
    };
    for (const [name, url] of Object.entries(servers)) {
      const { port } = new URL(url);
      const rebound = await getWithHost(url, `rebind.attacker.example:${port}`);
      expect(rebound.status, name).toBe(421);
      const own = await getWithHost(url, `localhost:${port}`);
      expect(own.status, name).not.toBe(421);
    }
    // The mailbox, read by name as a developer's browser does, still shows every email.
    const mail = await getWithHost(
      `${stack.mailUrl}/store`,
      `localhost:${new URL(stack.mailUrl).port}`,
    );
    expect(mail.status).toBe(200);
    expect(mail.body).toContain('/verify/');
  });
});
