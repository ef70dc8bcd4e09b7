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

/** Submit, verify and approve: the request's jobs are planned, none has run. */
export async function approvedAndPlanned(
  ports: Ports,
  type: DsrRequest['type'],
  extra: Record<string, unknown> = {},
  email = 'aino.virtanen@example.com',
) {
  const { requestId } = await submitRequest(
    { merchant: 'lastu', type, email, ...extra },
    ports,
  );
  await verifyIdentity(
    linkFrom(ports.mailer.sent.at(-1)?.text ?? '', 'verify'),
    ports,
  );
  const token = `task-${requestId}`;
  (ports.workflow as MemoryWorkflow).waiting.add(token);
  await requestDecision({ requestId, taskToken: token }, ports);
  await decideRequest(
    linkFrom(ports.mailer.sent.at(-1)?.text ?? '', 'decide'),
    { decision: 'approve' },
    ports,
  );
  const link = String(
    (ports.workflow as MemoryWorkflow).resumed.at(-1)?.output.link ?? '',
  );
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
