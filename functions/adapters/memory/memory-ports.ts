/**
 * In-memory implementations of every port, with the same semantics as the AWS adapters
 * (conditional transitions, single-use links, append-only audit). Used by use-case tests and
 * checked against the DynamoDB adapters by the contract suite.
 */

import { TABLE } from '#adapters/aws/table-layout.ts';
import { EmailProcessorConnector } from '#adapters/connectors/email.ts';
import { lines, zipStream } from '#adapters/zip.ts';
import type { AuditEvent } from '#domain/audit.ts';
import type { SubjectRequest } from '#domain/earlier-requests.ts';
import type { InformationRequest } from '#domain/information-request.ts';
import { rateWindow } from '#domain/intake.ts';
import type { LinkRecord } from '#domain/links.ts';
import { membershipsOf } from '#domain/members.ts';
import type { Pseudonymisation } from '#domain/pseudonymisation.ts';
import {
  AFTERMATH_STATUS,
  type Aftermath,
  type DsrRequest,
  type ExecutionInput,
  OWED_STATUSES,
  type RequestStatus,
  type ScheduleKey,
  scheduleKey,
  schedulePartition,
} from '#domain/request.ts';
import { pseudonymisationDue, requireRetention } from '#domain/retention.ts';
import { MerchantConfig } from '#domain/schemas.ts';
import type { AuditLog } from '#ports/audit-log.ts';
import {
  type CredentialStore,
  ProcessorRejectedError,
} from '#ports/connectors.ts';
import type {
  ArchiveEntry,
  ExportStore,
  ObjectTags,
  UploadForm,
  UploadPolicy,
} from '#ports/export-store.ts';
import type { LinkStore } from '#ports/link-store.ts';
import type { Mailer, OutboundEmail } from '#ports/mailer.ts';
import type { MerchantDirectory } from '#ports/merchant-directory.ts';
import type {
  InboxRequest,
  JobRecord,
  RequestStore,
  ScheduledRequest,
  SubmissionClaim,
} from '#ports/request-store.ts';
import type {
  SentMailClaim,
  SentMailLog,
  SentMailRecord,
} from '#ports/sent-mail.ts';
import type { SubjectDataStore, SubjectRecord } from '#ports/subject-data.ts';
import { TaskTokenGoneError, type Workflow } from '#ports/workflow.ts';
import {
  connectorRegistry,
  InternalDataConnector,
} from '../connectors/internal-dynamodb.ts';

const clone = <T>(value: T): T => structuredClone(value);

export class MemoryRequestStore implements RequestStore {
  readonly items = new Map<string, DsrRequest>();
  readonly jobs = new Map<string, JobRecord>();

  async create(request: DsrRequest) {
    if (this.items.has(request.requestId))
      throw new Error('ConditionalCheckFailed');
    const { remindersSent: _r, ...fields } = request;
    this.items.set(request.requestId, clone(fields));
  }
  async get(requestId: string) {
    const item = this.items.get(requestId);
    return item ? clone(item) : undefined;
  }
  async transition(
    requestId: string,
    from: readonly RequestStatus[],
    to: RequestStatus,
    patch: Partial<DsrRequest> = {},
    options: { remove?: readonly (keyof DsrRequest)[] } = {},
  ) {
    requireRetention(to, patch);
    const item = this.items.get(requestId);
    if (!item || !from.includes(item.status)) return undefined;
    const { requestId: _id, status: _s, remindersSent: _r, ...fields } = patch;
    const next = { ...item, ...stripUndefined(fields), status: to };
    for (const field of options.remove ?? []) delete next[field];
    this.items.set(requestId, next);
    return clone(next);
  }
  async settleAftermath(requestId: string, done: Aftermath) {
    const item = this.items.get(requestId);
    if (
      item?.pendingAftermath !== done ||
      item.status !== AFTERMATH_STATUS[done]
    )
      return false;
    delete item.pendingAftermath;
    return true;
  }
  async pseudonymise(requestId: string, change: Pseudonymisation) {
    const item = this.items.get(requestId);
    if (!item || !pseudonymisationDue(item, change.set.pseudonymisedAt))
      return false;
    const next = { ...item, ...stripUndefined(change.set) };
    for (const field of change.remove) delete next[field];
    this.items.set(requestId, next);
    return true;
  }
  async update(requestId: string, patch: Partial<DsrRequest>) {
    const item = this.items.get(requestId);
    if (!item) throw new Error('ConditionalCheckFailed');
    const { requestId: _id, status: _s, remindersSent: _r, ...fields } = patch;
    this.items.set(requestId, { ...item, ...stripUndefined(fields) });
  }
  async recordExtension(
    requestId: string,
    change: Parameters<RequestStore['recordExtension']>[1],
  ) {
    const item = this.items.get(requestId);
    const open = ['VERIFIED', 'AWAITING_DECISION', 'IN_PROGRESS'];
    if (!item || item.extension || !open.includes(item.status))
      return undefined;
    const next: DsrRequest = {
      ...item,
      ...stripUndefined(change.fields),
      extension: change.extension,
      updatedAt: change.updatedAt,
      deadlines: [...(item.deadlines ?? []), change.record],
    };
    delete next.remindersSent;
    this.items.set(requestId, next);
    return clone(next);
  }
  async findBySubject(merchantId: string, subjectHash: string) {
    return (
      [...this.items.values()]
        .filter(
          (r) => r.subjectHash === subjectHash && r.merchantId === merchantId,
        )
        .sort((a, b) => a.receivedAt.localeCompare(b.receivedAt))
        // What the subject index projects (infra/wiring.ts), so the fake cannot read more.
        .map((r) => {
          const fields = r as unknown as Record<string, unknown>;
          const { partitionKey, sortKey, projected } = TABLE.bySubjectIndex;
          return clone(
            Object.fromEntries(
              [partitionKey, sortKey, ...projected]
                .filter((k) => fields[k] !== undefined && k !== partitionKey)
                .map((k) => [k, fields[k]]),
            ),
          ) as unknown as SubjectRequest;
        })
    );
  }
  async recordInformationRequest(requestId: string, asked: InformationRequest) {
    const item = this.items.get(requestId);
    if (item?.status !== 'AWAITING_DECISION' || item.informationRequest)
      return undefined;
    const next = {
      ...item,
      informationRequest: clone(stripUndefined(asked) as InformationRequest),
      updatedAt: asked.requestedAt,
    };
    this.items.set(requestId, next);
    return clone(next);
  }
  async recordInformationNotified(requestId: string, at: string) {
    const item = this.items.get(requestId);
    if (!item?.informationRequest) return;
    item.informationRequest = { ...item.informationRequest, notifiedAt: at };
  }
  async recordInformationAnswer(
    requestId: string,
    answer: { answer: string; answeredAt: string },
    deadline?: Parameters<RequestStore['recordInformationAnswer']>[2],
  ) {
    const item = this.items.get(requestId);
    if (
      item?.status !== 'AWAITING_DECISION' ||
      !item.informationRequest ||
      item.informationRequest.answeredAt !== undefined
    )
      return undefined;
    const next: DsrRequest = {
      ...item,
      informationRequest: { ...item.informationRequest, ...answer },
      updatedAt: answer.answeredAt,
      ...(deadline
        ? {
            ...stripUndefined(deadline.fields),
            deadlines: [...(item.deadlines ?? []), deadline.record],
          }
        : {}),
    };
    if (deadline?.restartReminders) delete next.remindersSent;
    this.items.set(requestId, next);
    return clone(next);
  }
  async findScheduled(partition: ScheduleKey['partition'], until: string) {
    return (
      [...this.items.values()]
        .map((r) => ({ r, key: scheduleKey(r) }))
        .filter(({ key }) => key?.partition === partition && key.at <= until)
        .sort((a, b) => (a.key?.at ?? '').localeCompare(b.key?.at ?? ''))
        // Exactly what the real index projects (infra/wiring.ts), so the fake cannot read more.
        .map(({ r }) => {
          const fields = r as unknown as Record<string, unknown>;
          return clone(
            Object.fromEntries(
              TABLE.openByDueIndex.projected
                .filter((k) => fields[k] !== undefined)
                .map((k) => [k, fields[k]]),
            ),
          ) as ScheduledRequest;
        })
    );
  }
  async recordReminder(
    requestId: string,
    stage: string,
    covers: readonly string[],
    dueAt: string,
  ) {
    const item = this.items.get(requestId);
    if (!item) throw new Error('ConditionalCheckFailed');
    if (item.remindersSent?.includes(stage)) return false;
    if (item.dueAt !== dueAt || !OWED_STATUSES.includes(item.status))
      return false;
    item.remindersSent = [
      ...new Set([...(item.remindersSent ?? []), ...covers]),
    ].sort();
    return true;
  }
  async countOpen() {
    return [...this.items.values()].filter(
      // By status, as the table's counter is kept: a failure still owing its aftermath counts.
      (r) => schedulePartition(r.status) === 'OPEN',
    ).length;
  }
  async forgetReminder(requestId: string, covers: readonly string[]) {
    const item = this.items.get(requestId);
    if (!item?.remindersSent) return;
    item.remindersSent = item.remindersSent.filter((s) => !covers.includes(s));
    if (item.remindersSent.length === 0) delete item.remindersSent;
  }
  async saveJob(job: JobRecord, ifState?: JobRecord['state']) {
    const key = `${job.requestId}#${job.processorId}`;
    const stored = this.jobs.get(key);
    if (ifState && stored?.state !== ifState) return false;
    this.jobs.set(key, clone(stripUndefined(job) as JobRecord));
    return true;
  }
  async getJob(requestId: string, processorId: string) {
    const job = this.jobs.get(`${requestId}#${processorId}`);
    return job ? clone(job) : undefined;
  }
  async listJobs(requestId: string) {
    return [...this.jobs.values()]
      .filter((j) => j.requestId === requestId)
      .map(clone);
  }
  readonly claims = new Map<string, SubmissionClaim>();
  readonly counters = new Map<string, number>();
  async claimSubmission(claim: SubmissionClaim, replacing?: string) {
    const held = this.claims.get(claim.key);
    if (
      held &&
      held.expiresAt > claim.claimedAt &&
      held.requestId !== replacing
    )
      return { won: false, claim: clone(held) };
    this.claims.set(claim.key, clone(claim));
    return { won: true, claim: clone(claim) };
  }
  async getSubmissionClaim(key: string) {
    const held = this.claims.get(key);
    return held ? clone(held) : undefined;
  }
  async markClaimMailed(
    key: string,
    requestId: string,
    at: string,
    ifMailedBefore: string,
  ) {
    const held = this.claims.get(key);
    if (held?.requestId !== requestId || held.mailedAt > ifMailedBefore)
      return false;
    held.mailedAt = at;
    return true;
  }
  async countAttempt(
    bucket: string,
    limit: number,
    windowSeconds: number,
    at: string,
  ) {
    const window = rateWindow(at, windowSeconds);
    const key = `${bucket}#${window.start}`;
    const n = this.counters.get(key) ?? 0;
    if (n >= limit) return { allowed: false, resetAt: window.end };
    this.counters.set(key, n + 1);
    return { allowed: true, resetAt: window.end };
  }
  async listByMerchant(merchantId: string, limit: number) {
    const all = [...this.items.values()]
      .filter((r) => r.merchantId === merchantId)
      .sort((a, b) => b.receivedAt.localeCompare(a.receivedAt));
    return {
      requests: all.slice(0, limit).map(inboxProjection),
      truncated: all.length > limit,
    };
  }
}

function stripUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(
    Object.entries(value).filter(([, v]) => v !== undefined),
  ) as Partial<T>;
}

/** The `byMerchant` index's projection of a stored request (see TABLE.byMerchantIndex). */
function inboxProjection(r: DsrRequest): InboxRequest {
  const kept = [
    'merchantId',
    'receivedAt',
    ...TABLE.byMerchantIndex.projected,
  ] as const;
  return Object.fromEntries(
    kept.filter((k) => r[k] !== undefined).map((k) => [k, clone(r[k])]),
  ) as InboxRequest;
}

export class MemoryAuditLog implements AuditLog {
  readonly events: AuditEvent[] = [];
  async append(event: AuditEvent) {
    if (
      event.key &&
      this.events.some(
        (e) => e.requestId === event.requestId && e.key === event.key,
      )
    )
      return;
    this.events.push(clone(event));
  }
  async list(requestId: string) {
    return this.events
      .filter((e) => e.requestId === requestId)
      .sort((a, b) => a.at.localeCompare(b.at))
      .map(clone);
  }
}

export class MemoryLinkStore implements LinkStore {
  readonly records = new Map<string, LinkRecord>();
  async put(record: LinkRecord) {
    if (this.records.has(record.tokenHash))
      throw new Error('ConditionalCheckFailed');
    this.records.set(record.tokenHash, clone(record));
  }
  async get(tokenHash: string) {
    const r = this.records.get(tokenHash);
    return r ? clone(r) : undefined;
  }
  async consume(
    tokenHash: string,
    now: string,
    record: Pick<LinkRecord, 'decision'> = {},
  ) {
    const r = this.records.get(tokenHash);
    if (!r || r.usedAt || r.expiresAt <= now) return undefined;
    r.usedAt = now;
    if (record.decision) r.decision = clone(record.decision);
    return clone(r);
  }
  async release(tokenHash: string) {
    const r = this.records.get(tokenHash);
    if (r) {
      delete r.usedAt;
      delete r.decision;
    }
  }
  async rebind(tokenHash: string, taskToken: string, now: string) {
    const r = this.records.get(tokenHash);
    if (!r?.taskToken || r.usedAt || r.expiresAt <= now) return false;
    r.taskToken = taskToken;
    return true;
  }
  async countUse(tokenHash: string, maxUses: number, now: string) {
    const r = this.records.get(tokenHash);
    if (!r || r.expiresAt <= now || (r.uses ?? 0) >= maxUses) return undefined;
    r.uses = (r.uses ?? 0) + 1;
    return r.uses;
  }
  async revoke(tokenHash: string, at: string) {
    const r = this.records.get(tokenHash);
    if (!r || r.expiresAt <= at) return;
    r.expiresAt = at;
    r.revokedAt = at;
  }
}

export class MemoryMerchantDirectory implements MerchantDirectory {
  readonly merchants = new Map<string, MerchantConfig>();
  async get(merchantId: string) {
    const m = this.merchants.get(merchantId);
    return m ? clone(m) : undefined;
  }
  async put(config: MerchantConfig) {
    this.merchants.set(config.merchantId, clone(MerchantConfig.parse(config)));
  }
  async memberships(memberKey: string) {
    return [...this.merchants.values()]
      .sort((a, b) => a.merchantId.localeCompare(b.merchantId))
      .flatMap((m) =>
        membershipsOf(m)
          .filter((x) => x.memberKey === memberKey)
          .map((x) => ({ merchantId: m.merchantId, role: x.role })),
      );
  }
  async list() {
    return [...this.merchants.values()]
      .map((m) => ({ merchantId: m.merchantId, name: m.name }))
      .sort((a, b) => a.merchantId.localeCompare(b.merchantId));
  }
}

export class MemorySubjectDataStore implements SubjectDataStore {
  readonly data = new Map<string, SubjectRecord[]>();
  async find(merchantId: string, subjectRef: string) {
    return clone(this.data.get(`${merchantId}#${subjectRef}`) ?? []);
  }
  async erase(
    merchantId: string,
    subjectRef: string,
    which: (record: SubjectRecord) => boolean = () => true,
  ) {
    const key = `${merchantId}#${subjectRef}`;
    const records = this.data.get(key) ?? [];
    const kept = records.filter((r) => !which(clone(r)));
    if (kept.length > 0) this.data.set(key, kept);
    else this.data.delete(key);
    return records.length - kept.length;
  }
  async put(merchantId: string, subjectRef: string, records: SubjectRecord[]) {
    const key = `${merchantId}#${subjectRef}`;
    const byId = new Map(
      (this.data.get(key) ?? []).map((r) => [`${r.category}#${r.id}`, r]),
    );
    for (const r of records) byId.set(`${r.category}#${r.id}`, clone(r));
    this.data.set(key, [...byId.values()]);
  }
  async update(
    merchantId: string,
    subjectRef: string,
    change: (record: SubjectRecord) => SubjectRecord | undefined,
  ) {
    const changed = (await this.find(merchantId, subjectRef))
      .map(change)
      .filter((r): r is SubjectRecord => r !== undefined);
    await this.put(merchantId, subjectRef, changed);
    return changed.length;
  }
}

export class MemoryMailer implements Mailer {
  readonly sent: OutboundEmail[] = [];
  async send(email: OutboundEmail) {
    this.sent.push(clone(email));
    return { messageId: `mem-${this.sent.length}` };
  }
}

/** {@link SentMailLog} in memory, with the same conditions as the table adapter. */
export class MemorySentMailLog implements SentMailLog {
  readonly records = new Map<string, SentMailRecord>();
  async claim(
    requestId: string,
    purpose: string,
    at: string,
  ): Promise<SentMailClaim> {
    const key = `${requestId}#${purpose}`;
    const found = this.records.get(key);
    if (found?.state === 'SENT')
      return { claimed: false, record: clone(found) };
    const claims = (found?.claims ?? 0) + 1;
    this.records.set(key, {
      requestId,
      purpose,
      state: 'SENDING',
      claims,
      claimedAt: at,
    });
    return { claimed: true, claims };
  }
  async markSent(
    requestId: string,
    purpose: string,
    claims: number,
    sent: { messageId: string; sentAt: string; ref?: string },
  ) {
    const found = this.records.get(`${requestId}#${purpose}`);
    if (found?.state !== 'SENDING' || found.claims !== claims) return;
    Object.assign(found, stripUndefined({ state: 'SENT' as const, ...sent }));
  }
  async release(requestId: string, purpose: string, claims: number) {
    const key = `${requestId}#${purpose}`;
    const found = this.records.get(key);
    if (found?.state === 'SENDING' && found.claims === claims)
      this.records.delete(key);
  }
  async list(requestId: string) {
    return [...this.records.values()]
      .filter((r) => r.requestId === requestId)
      .map(clone);
  }
}

export class MemoryExportStore implements ExportStore {
  readonly objects = new Map<
    string,
    {
      body: Buffer;
      contentType: string;
      tags?: ObjectTags;
      lastModified: string;
    }
  >();
  /** The policies of the upload forms handed out, by the form's `policy` field. */
  private readonly forms = new Map<string, UploadPolicy & { until: number }>();
  private writes = 0;
  /** A strictly increasing write time, so listings sort as the writes happened. */
  private stamp(): string {
    return new Date(Date.UTC(2026, 0, 1) + ++this.writes).toISOString();
  }
  async put(key: string, body: string, contentType: string, tags?: ObjectTags) {
    this.objects.set(key, {
      body: Buffer.from(body, 'utf8'),
      contentType,
      ...(tags ? { tags } : {}),
      lastModified: this.stamp(),
    });
  }
  async getText(key: string) {
    return this.objects.get(key)?.body.toString('utf8');
  }
  async *readLines(key: string) {
    const object = this.objects.get(key);
    if (object) yield* lines([object.body]);
  }
  async putArchive(
    key: string,
    entries: AsyncIterable<ArchiveEntry>,
    tags?: ObjectTags,
  ) {
    const zip = zipStream(entries);
    const chunks: Buffer[] = [];
    for await (const chunk of zip.stream) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks);
    this.objects.set(key, {
      body,
      contentType: 'application/zip',
      ...(tags ? { tags } : {}),
      lastModified: this.stamp(),
    });
    return { bytes: body.length };
  }
  async presignDownload(
    key: string,
    filename: string,
    expiresInSeconds: number,
  ) {
    return `memory://exports/${encodeURIComponent(key)}?filename=${encodeURIComponent(filename)}&expires=${expiresInSeconds}`;
  }
  async presignUpload(policy: UploadPolicy): Promise<UploadForm> {
    const id = `policy-${this.forms.size + 1}`;
    this.forms.set(id, {
      ...policy,
      until: Date.now() + policy.expiresInSeconds * 1000,
    });
    return {
      url: 'memory://exports/upload',
      fields: {
        key: `${policy.keyPrefix}\${filename}`,
        success_action_redirect: policy.redirectUrl,
        policy: id,
      },
    };
  }
  /**
   * What S3 does with a form's POST (tests): refuses what its policy does not allow (size, an
   * expired form), stores the file at the key with `${filename}` replaced, with the form's tags.
   * @returns the stored key, or the S3 error code of the refusal.
   */
  acceptUpload(
    form: UploadForm,
    filename: string,
    body: Uint8Array,
    at = Date.now(),
  ): { key: string } | { error: string } {
    const policy = this.forms.get(form.fields.policy ?? '');
    if (!policy) return { error: 'AccessDenied' };
    if (at > policy.until) return { error: 'AccessDenied' };
    if (body.length < 1) return { error: 'EntityTooSmall' };
    if (body.length > policy.maxBytes) return { error: 'EntityTooLarge' };
    const name = filename.split(/[\\/]/).at(-1) ?? '';
    // biome-ignore lint/suspicious/noTemplateCurlyInString: S3's ${filename} form variable, literally
    const key = (form.fields.key ?? '').replace('${filename}', name);
    if (!key.startsWith(policy.keyPrefix)) return { error: 'AccessDenied' };
    this.objects.set(key, {
      body: Buffer.from(body),
      contentType: 'binary/octet-stream',
      tags: { ...policy.tags },
      lastModified: this.stamp(),
    });
    return { key };
  }
  async list(prefix: string, limit: number) {
    return [...this.objects.entries()]
      .filter(([key]) => key.startsWith(prefix))
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .slice(0, limit)
      .map(([key, o]) => ({
        key,
        bytes: o.body.length,
        lastModified: o.lastModified,
      }));
  }
  async readHead(key: string, bytes: number) {
    const object = this.objects.get(key);
    return object ? new Uint8Array(object.body.subarray(0, bytes)) : undefined;
  }
  async open(key: string) {
    const object = this.objects.get(key);
    if (!object) return undefined;
    const body = object.body;
    return (async function* () {
      // In chunks, as a network body arrives.
      for (let at = 0; at < body.length; at += 64 * 1024)
        yield new Uint8Array(body.subarray(at, at + 64 * 1024));
    })();
  }
  async delete(key: string) {
    this.objects.delete(key);
  }
}

/** Records starts and resumes; `waiting` holds the task tokens a test can resume. */
export class MemoryWorkflow implements Workflow {
  readonly started: ExecutionInput[] = [];
  readonly resumed: { taskToken: string; output: Record<string, unknown> }[] =
    [];
  readonly waiting = new Set<string>();
  async start(input: ExecutionInput) {
    const alreadyStarted = this.started.some(
      (s) => s.requestId === input.requestId,
    );
    if (!alreadyStarted) this.started.push(clone(input));
    return {
      executionArn: `arn:memory:execution:${input.requestId}`,
      alreadyStarted,
    };
  }
  async resume(taskToken: string, output: Record<string, unknown>) {
    if (!this.waiting.delete(taskToken)) throw new TaskTokenGoneError();
    this.resumed.push({ taskToken, output: clone(output) });
  }
}

/** Credentials by reference, set by tests. */
export class MemoryCredentialStore implements CredentialStore {
  readonly secrets = new Map<string, Record<string, string>>();
  async get(ref: string) {
    const value = this.secrets.get(ref);
    if (!value)
      throw new ProcessorRejectedError(`Credentials '${ref}' do not exist`);
    return { ...value };
  }
}

/** Records metrics in memory; `flushed` holds each flushed batch, `points` every dimensioned one. */
export class MemoryMetrics {
  private pending: Record<string, number> = {};
  readonly flushed: Record<string, number>[] = [];
  readonly points: {
    name: string;
    value: number;
    dimensions: Record<string, string>;
  }[] = [];
  record(
    name: string,
    value: number,
    options: { dimensions?: Record<string, string> } = {},
  ) {
    if (options.dimensions)
      this.points.push({ name, value, dimensions: options.dimensions });
    else this.pending[name] = value;
  }
  flush() {
    this.flushed.push(this.pending);
    this.pending = {};
  }
}

/** A settable clock for tests. */
export class FixedClock {
  constructor(private current: Date) {}
  now() {
    return new Date(this.current);
  }
  set(date: Date) {
    this.current = new Date(date);
  }
  advance(ms: number) {
    this.current = new Date(this.current.getTime() + ms);
  }
}

/** Every port in memory, plus handles on the fakes for assertions. */
export function memoryPorts(start = new Date('2026-03-15T10:00:00Z')) {
  let n = 0;
  const subjectData = new MemorySubjectDataStore();
  return {
    requests: new MemoryRequestStore(),
    audit: new MemoryAuditLog(),
    links: new MemoryLinkStore(),
    merchants: new MemoryMerchantDirectory(),
    mailer: new MemoryMailer(),
    sentMail: new MemorySentMailLog(),
    exports: new MemoryExportStore(),
    workflow: new MemoryWorkflow(),
    subjectData,
    connectors: connectorRegistry([
      new InternalDataConnector(subjectData),
      new EmailProcessorConnector(),
    ]),
    credentials: new MemoryCredentialStore(),
    metrics: new MemoryMetrics(),
    clock: new FixedClock(start),
    ids: {
      requestId: () =>
        `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`,
    },
    settings: { publicBaseUrl: 'https://dsr.test' },
  };
}
