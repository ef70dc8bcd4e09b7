/**
 * The erasure of offboarded merchants (domain/offboarding.ts), run on a schedule with the
 * schedule's time as `now`. For each merchant whose `eraseAt` has passed:
 * 1. `scheduled` → `erasing` (a cancel from then on is refused), audited;
 * 2. each request, page by page from the merchant's index: its running execution stopped, its
 *    export objects (`requests/<id>/`), its inbound message and attachments, the shop's records
 *    of its subject, then its items (links, jobs, send records, audit events, the request last);
 * 3. the webhook deliveries (their claims and any body still kept; in the inbound bucket too,
 *    where bodies were kept before they moved to the table), the shop's records of every other
 *    subject, the settings trail, the members' index, the directory entry and finally the
 *    configuration;
 * 4. `erasing` → `erased` with the counts, audited on the offboarding trail (which stays, with
 *    the record: ids, dates and counts, no personal data).
 * Idempotent and resumable: every step deletes what is still there, a request is deleted last
 * of its items (so an interrupted run finds it again), and a run that nears its time budget
 * stops between requests; the next run goes on.
 */

import {
  ATTACHMENT_KEY_PREFIX,
  INBOUND_KEY_PREFIX,
  WEBHOOK_KEY_PREFIX,
} from '#domain/inbound/inbound-keys.ts';
import { memberKey } from '#domain/member-roles.ts';
import { EXPORT_KEY_PREFIX } from '#domain/object-keys.ts';
import { offboardingTrail } from '#domain/offboarding.ts';
import { isTerminal, OWED_STATUSES } from '#domain/request.ts';
import type { Executions } from '#ports/executions.ts';
import type { Ports } from '#ports/index.ts';
import type {
  MerchantDataEraser,
  ObjectEraser,
  OffboardingStore,
} from '#ports/offboarding.ts';
import { merchantTrail } from '../console/settings.ts';

export type EraseMerchantsPorts = Pick<
  Ports,
  'audit' | 'merchants' | 'requests' | 'subjectData'
> & {
  offboarding: OffboardingStore;
  data: MerchantDataEraser;
  exportObjects: ObjectEraser;
  inboundObjects: ObjectEraser;
  executions: Pick<Executions, 'forRequest' | 'stop'>;
};

export interface EraseSummary {
  /** Merchants due. */
  due: number;
  /** Merchants whose erasure ended in this run. */
  erased: number;
  /** Merchants left for the next run (out of time). */
  unfinished: number;
}

/** The error name a stopped execution carries (a name, never data). */
export const OFFBOARDED = 'MerchantOffboarded';

/** Time kept in hand: a request's erasure is not begun with less than this left. */
const MARGIN_MS = 30_000;

export async function eraseDueMerchants(
  input: { now: string },
  ports: EraseMerchantsPorts,
  timeLeftMs: () => number = () => Number.POSITIVE_INFINITY,
): Promise<EraseSummary> {
  const due = await ports.offboarding.due(input.now);
  let erased = 0;
  let unfinished = 0;
  for (const merchantId of due) {
    if (await eraseMerchant(merchantId, input.now, ports, timeLeftMs))
      erased += 1;
    else unfinished += 1;
  }
  return { due: due.length, erased, unfinished };
}

/** Erases one merchant; false when it stopped for lack of time (or was cancelled meanwhile). */
export async function eraseMerchant(
  merchantId: string,
  now: string,
  ports: EraseMerchantsPorts,
  timeLeftMs: () => number,
): Promise<boolean> {
  const trail = offboardingTrail(merchantId);
  let record = await ports.offboarding.get(merchantId);
  if (record?.status === 'scheduled') {
    if (await ports.offboarding.begin(merchantId, now))
      await ports.audit.append({
        requestId: trail,
        type: 'MerchantErasureStarted',
        at: now,
        actor: 'system',
        details: {
          webhookId: record.source.webhookId,
          eraseAt: record.eraseAt,
        },
        key: `started:${record.source.webhookId}`,
      });
    record = await ports.offboarding.get(merchantId);
  }
  if (record?.status !== 'erasing') return record?.status === 'erased';

  // The configuration is read before anything is erased and deleted last: a resumed run still
  // finds the members to remove from the index.
  const merchant = await ports.merchants.get(merchantId);
  let cursor: string | undefined;
  do {
    const page = await ports.data.requestPage(merchantId, cursor);
    for (const { requestId } of page.requests) {
      if (timeLeftMs() < MARGIN_MS) return false;
      await ports.offboarding.tally(
        merchantId,
        await eraseRequest(requestId, merchantId, ports),
      );
    }
    cursor = page.cursor;
  } while (cursor);
  if (timeLeftMs() < MARGIN_MS) return false;

  const objects = await ports.inboundObjects.erasePrefix(
    `${WEBHOOK_KEY_PREFIX}${merchantId}/`,
  );
  let items = await ports.data.eraseWebhooks(merchantId);
  items += await ports.data.eraseSubjects(merchantId);
  items += await ports.data.eraseTrail(merchantTrail(merchantId));
  if (merchant)
    items += await ports.data.eraseMemberships(
      merchantId,
      merchant.members.map((m) => memberKey(m.email)),
    );
  items += await ports.data.eraseMerchant(merchantId);
  await ports.offboarding.tally(merchantId, { items, objects });
  const done = await ports.offboarding.finish(merchantId, now);
  const final = done ?? (await ports.offboarding.get(merchantId));
  await ports.audit.append({
    requestId: trail,
    type: 'MerchantErased',
    at: final?.erasedAt ?? now,
    actor: 'system',
    details: { ...final?.counts },
    key: `erased:${record.source.webhookId}`,
  });
  // The send record of the offboarding email is of no more use (ids only; the trail stays).
  await ports.data.eraseSentMail(trail);
  return true;
}

/** One request: stop its workflow, delete its objects, then its items (the request last). */
async function eraseRequest(
  requestId: string,
  merchantId: string,
  ports: EraseMerchantsPorts,
) {
  const request = await ports.requests.get(requestId);
  // Another merchant's id in this merchant's index is impossible; never erase across merchants.
  if (request && request.merchantId !== merchantId)
    throw new Error('A request of another merchant was listed');
  let executionsStopped = 0;
  if (request && !isTerminal(request.status))
    for (const execution of await ports.executions.forRequest(
      requestId,
      request.executionNumber,
    ))
      if (execution.status === 'RUNNING') {
        await ports.executions.stop(execution.executionArn, OFFBOARDED);
        executionsStopped += 1;
      }
  let objects = await ports.exportObjects.erasePrefix(
    `${EXPORT_KEY_PREFIX}${requestId}/`,
  );
  const inbound = request?.inbound;
  if (inbound) {
    objects += await ports.inboundObjects.eraseKeys([
      `${INBOUND_KEY_PREFIX}${inbound.messageId}`,
      ...inbound.attachments
        .map((a) => a.key)
        .filter((key) => key.startsWith(ATTACHMENT_KEY_PREFIX)),
    ]);
  }
  let items = request?.subjectRef
    ? await ports.subjectData.erase(merchantId, request.subjectRef)
    : 0;
  items += await ports.data.eraseRequest(
    requestId,
    request ? OWED_STATUSES.includes(request.status) : false,
  );
  return { requests: 1, items, objects, executionsStopped };
}
