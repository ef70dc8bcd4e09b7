/**
 * The reconciler on the embedded stack: the stack runs in a child process, is killed (SIGKILL)
 * while a request waits for the merchant, and is started again on the same data folder. The
 * reconciler's run at start brings the lost execution back; the merchant's email from before
 * the crash still decides, and no email goes out twice. Killed the moment a request's COMPLETED
 * status is stored, the restarted stack's reconciler records its event, once.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashLinkSecret } from '#domain/links.ts';
import { type MailSink, startMailSink } from '#infra/local/mail-sink.ts';
import { linkFrom } from '../helpers/builders.ts';
import {
  freePort,
  postForm,
  submit,
  tableOf,
} from '../helpers/stack-client.ts';
import {
  type StackProcess,
  startStackProcess,
} from '../helpers/stack-process.ts';
import { waitFor } from '../helpers/wait-for.ts';

const SHOPPER = 'emma.lindqvist@example.com';
const APPROVER = 'owner@lastu.example';

let sink: MailSink;
let dataDir: string;
let stack: StackProcess | undefined;

beforeAll(async () => {
  sink = await startMailSink();
  dataDir = mkdtempSync(join(tmpdir(), 'dsr-reconcile-'));
});
afterAll(async () => {
  await stack?.stop();
  await sink?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

const mailTo = (to: string, subject: string) =>
  sink.messages.filter(
    (m) => m.destination.to.includes(to) && m.subject.includes(subject),
  );

describe('the reconciler after the local stack was killed', () => {
  it('restarts the lost execution at start; the email sent before the crash still decides', async () => {
    // Prepare: a request waiting for the merchant's decision.
    const options = {
      dataDir,
      apiPort: await freePort(),
      sesEndpoint: sink.url,
      fastTimers: true,
      onlyProcessors: ['lastu-store'],
      scheduleEveryMs: 3_600_000,
    };
    stack = await startStackProcess(options);
    const requestId = await submit(stack.info.apiUrl, {
      merchant: 'lastu',
      type: 'access',
      email: SHOPPER,
    });
    const verify = await waitFor(
      () => mailTo(SHOPPER, 'Confirm your privacy request')[0],
      { message: 'verification email' },
    );
    const verifyUrl = `${stack.info.apiUrl}/verify/${linkFrom(verify.body.text ?? '', 'verify')}`;
    expect((await postForm(verifyUrl)).status).toBe(200);
    const ref = requestId.slice(0, 8).toUpperCase();
    const decision = await waitFor(() => mailTo(APPROVER, ref)[0], {
      message: 'decision email',
    });

    const secret = linkFrom(decision.body.text ?? '', 'decide');
    const before = tableOf(stack.info);
    const parked = (await before.links.get(hashLinkSecret(secret)))?.taskToken;
    before.close();

    // Act: crash, start again on the same data.
    await stack.kill();
    stack = await startStackProcess(options);
    const table = tableOf(stack.info);
    const resumed = await waitFor(
      async () =>
        (await table.audit.list(requestId)).find(
          (e) => e.type === 'ExecutionResumed',
        ),
      { timeoutMs: 15_000, message: 'ExecutionResumed' },
    );
    // The restarted decision step parks its token on the link already emailed.
    await waitFor(
      async () => {
        const token = (await table.links.get(hashLinkSecret(secret)))
          ?.taskToken;
        return token !== undefined && token !== parked;
      },
      { timeoutMs: 10_000, message: 'a new task token on the emailed link' },
    );
    const decided = await postForm(`${stack.info.apiUrl}/decide/${secret}`, {
      decision: 'approve',
    });
    expect(decided.status).toBe(200);

    // Assess: complete-request records its event just after the status.
    await waitFor(
      async () =>
        (await table.requests.get(requestId))?.status === 'COMPLETED' &&
        (await table.audit.list(requestId)).some(
          (e) => e.type === 'RequestCompleted',
        ),
      { timeoutMs: 15_000, message: 'request COMPLETED' },
    );
    expect(resumed.details).toMatchObject({
      execution: requestId,
      resumeAt: 'decision',
      previous: 'none',
    });
    expect(mailTo(APPROVER, ref)).toHaveLength(1);
    expect(mailTo(SHOPPER, 'Confirm your privacy request')).toHaveLength(1);
    expect(mailTo(SHOPPER, 'Your data from Lastu is ready')).toHaveLength(1);
    const types = (await table.audit.list(requestId)).map((e) => e.type);
    expect(types).toEqual(
      expect.arrayContaining([
        'IdentityVerified',
        'DecisionRequested',
        'ExecutionResumed',
        'RequestApproved',
        'RequestCompleted',
      ]),
    );
    expect(types.filter((t) => t === 'DecisionRequested')).toHaveLength(1);
    table.close();
  });

  it('records the event of a request completed just before the stack died, once, with one result email', async () => {
    // Prepare: a stack that kills itself as soon as a request's COMPLETED status is stored.
    const shopper = 'aino.virtanen@example.com';
    const data = mkdtempSync(join(tmpdir(), 'dsr-reconcile-closing-'));
    const options = {
      dataDir: data,
      apiPort: await freePort(),
      sesEndpoint: sink.url,
      fastTimers: true,
      onlyProcessors: ['lastu-store'],
      scheduleEveryMs: 3_600_000,
    };
    await stack?.stop();
    stack = undefined;
    let dying: StackProcess | undefined;
    let table: ReturnType<typeof tableOf> | undefined;
    try {
      dying = await startStackProcess(options, {
        env: { STACK_CHILD_DIE_AFTER_STATUS: 'COMPLETED' },
      });
      const requestId = await submit(dying.info.apiUrl, {
        merchant: 'lastu',
        type: 'access',
        email: shopper,
      });
      const ref = requestId.slice(0, 8).toUpperCase();
      const verify = await waitFor(
        () => mailTo(shopper, 'Confirm your privacy request')[0],
        { message: 'verification email' },
      );
      const api = dying.info.apiUrl;
      expect(
        (
          await postForm(
            `${api}/verify/${linkFrom(verify.body.text ?? '', 'verify')}`,
          )
        ).status,
      ).toBe(200);
      const decision = await waitFor(() => mailTo(APPROVER, ref)[0], {
        message: 'decision email',
      });
      const secret = linkFrom(decision.body.text ?? '', 'decide');

      // Act: the approval runs the workflow to the status write, where the process dies; the
      // stack starts again on the same data (its reconciler runs at start).
      expect(
        (await postForm(`${api}/decide/${secret}`, { decision: 'approve' }))
          .status,
      ).toBe(200);
      await dying.exited;
      dying = undefined;
      stack = await startStackProcess(options);
      table = tableOf(stack.info);
      const restarted = table;
      await waitFor(
        async () => {
          const request = await restarted.requests.get(requestId);
          return request?.status === 'COMPLETED' && !request.pendingAftermath;
        },
        { timeoutMs: 15_000, message: 'the completion recorded' },
      );
      // Assess: the process died at the status write (nothing else kills it) and its execution
      // with it; the restarted stack's reconciler recorded the event, once.
      const events = await table.audit.list(requestId);
      expect(events.filter((e) => e.type === 'RequestCompleted')).toHaveLength(
        1,
      );
      expect(events.filter((e) => e.type === 'ResultSent')).toHaveLength(1);
      expect(mailTo(shopper, 'Your data from Lastu is ready')).toHaveLength(1);
    } finally {
      table?.close();
      await dying?.kill();
      await stack?.stop();
      stack = undefined;
      rmSync(data, { recursive: true, force: true });
    }
  });
});
