/** Use-case flows the unit suites share: a request brought to a step of the workflow. */
import type { MemoryWorkflow } from '#adapters/memory/memory-ports.ts';
import type { DsrRequest } from '#domain/request.ts';
import { decideRequest } from '#use-cases/decide-request.ts';
import { planJobs } from '#use-cases/plan-jobs.ts';
import { requestDecision } from '#use-cases/request-decision.ts';
import { runProcessorJob } from '#use-cases/run-processor-job.ts';
import { submitRequest } from '#use-cases/submit-request.ts';
import { verifyIdentity } from '#use-cases/verify-identity.ts';
import { linkFrom, type seededMemoryPorts } from './builders.ts';

type Ports = Awaited<ReturnType<typeof seededMemoryPorts>>['ports'];

/** Submitted to lastu and confirmed by the link the shopper was sent. */
async function verified(
  ports: Ports,
  input: { type: DsrRequest['type']; email: string } & Record<string, unknown>,
): Promise<string> {
  const { requestId } = await submitRequest(
    { merchant: 'lastu', ...input },
    ports,
  );
  await verifyIdentity(
    linkFrom(ports.mailer.sent.at(-1)?.text ?? '', 'verify'),
    ports,
  );
  return requestId;
}

/** The merchant asked and deciding by the emailed link; returns the link the workflow resumed with. */
async function decided(
  ports: Ports,
  requestId: string,
  decision: Record<string, unknown>,
): Promise<string> {
  const token = `task-${requestId}`;
  (ports.workflow as MemoryWorkflow).waiting.add(token);
  await requestDecision({ requestId, taskToken: token }, ports);
  await decideRequest(
    linkFrom(ports.mailer.sent.at(-1)?.text ?? '', 'decide'),
    decision,
    ports,
  );
  return String(
    (ports.workflow as MemoryWorkflow).resumed.at(-1)?.output.link ?? '',
  );
}

/**
 * Submit, verify and ask the merchant, who refuses: the request waits for the Deny step with the
 * link that resumed the workflow.
 */
export async function refused(
  ports: Ports,
  type: DsrRequest['type'],
  email = 'aino.virtanen@example.com',
) {
  const requestId = await verified(ports, { type, email });
  const decisionLink = await decided(ports, requestId, {
    decision: 'deny',
    reason: 'Manifestly excessive: the third this month.',
  });
  return { requestId, decisionLink };
}

/** Submit, verify and approve: the request's jobs are planned, none has run. */
export async function approvedAndPlanned(
  ports: Ports,
  type: DsrRequest['type'],
  extra: Record<string, unknown> = {},
  email = 'aino.virtanen@example.com',
) {
  const requestId = await verified(ports, { type, email, ...extra });
  const link = await decided(ports, requestId, { decision: 'approve' });
  const plan = await planJobs({ requestId, decisionLink: link }, ports);
  return { requestId, plan };
}

/** Submit, verify, approve and run every job: the request waits for Complete Request. */
export async function readyToComplete(
  ports: Ports,
  type: DsrRequest['type'],
  extra: Record<string, unknown> = {},
  email = 'aino.virtanen@example.com',
) {
  const { requestId, plan } = await approvedAndPlanned(
    ports,
    type,
    extra,
    email,
  );
  const jobs = [];
  for (const job of plan.jobs)
    jobs.push(await runProcessorJob({ requestId, ...job }, ports));
  return { requestId, jobs };
}

/**
 * An erasure the shopper confirmed, moved straight on to IN_PROGRESS (no decision, no plan): for
 * tests of what follows its jobs, such as a deferral.
 */
export async function erasureInProgress(
  ports: Ports,
  email: string,
): Promise<string> {
  const requestId = await verified(ports, { type: 'erasure', email });
  for (const [from, to] of [
    ['VERIFIED', 'AWAITING_DECISION'],
    ['AWAITING_DECISION', 'IN_PROGRESS'],
  ] as const)
    await ports.requests.transition(requestId, [from], to, {});
  return requestId;
}
