/**
 * One suite per table-backed port, run against every implementation: the in-memory fakes the
 * use-case tests rely on, the DynamoDB adapters on dynalite (what `npm start` uses), and the same
 * adapters on DynamoDB Local (AWS's own implementation), since dynalite is a reimplementation.
 */
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, ScanCommand } from '@aws-sdk/lib-dynamodb';
import dynalite from 'dynalite';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { DynamoAuditLog } from '#adapters/aws/dynamo-audit-log.ts';
import { DynamoConsoleStore } from '#adapters/aws/dynamo-console-store.ts';
import { DynamoLinkStore } from '#adapters/aws/dynamo-link-store.ts';
import { DynamoMerchantDirectory } from '#adapters/aws/dynamo-merchant-directory.ts';
import { DynamoMerchantEraser } from '#adapters/aws/dynamo-merchant-eraser.ts';
import { DynamoOffboardingStore } from '#adapters/aws/dynamo-offboarding.ts';
import { DynamoRequestStore } from '#adapters/aws/dynamo-request-store.ts';
import { DynamoSentMailLog } from '#adapters/aws/dynamo-sent-mail.ts';
import { DynamoSubjectDataStore } from '#adapters/aws/dynamo-subject-data.ts';
import { DynamoWebhookInbox } from '#adapters/aws/dynamo-webhook-inbox.ts';
import { ITEM_KINDS, type ItemKind } from '#adapters/aws/table-layout.ts';
import { MemoryConsoleStore } from '#adapters/memory/memory-console.ts';
import { memoryPorts } from '#adapters/memory/memory-ports.ts';
import { MemoryWebhookInbox } from '#adapters/memory/memory-webhooks.ts';
import { memberKey } from '#domain/member-roles.ts';
import { offboardingOf } from '#domain/offboarding.ts';
import { pseudonymisation } from '#domain/pseudonymisation.ts';
import type { DsrRequest } from '#domain/request.ts';
import { closing, RetentionMissingError } from '#domain/retention.ts';
import { MerchantConfig } from '#domain/schemas.ts';
import { startDynamoDbLocal } from '#infra/local/dynamodb-local.ts';
import { ensureTable } from '#infra/local/table.ts';
import { loadSeed } from '#infra/seed/seed.ts';
import type { ConsoleStore } from '#ports/console-store.ts';
import type {
  AuditLog,
  LinkStore,
  MerchantDirectory,
  RequestStore,
  SentMailLog,
  SubjectDataStore,
} from '#ports/index.ts';
import type {
  MerchantDataEraser,
  OffboardingStore,
} from '#ports/offboarding.ts';
import type { WebhookInbox } from '#ports/webhooks.ts';

interface Backend {
  requests: RequestStore;
  audit: AuditLog;
  links: LinkStore;
  merchants: MerchantDirectory;
  subjectData: SubjectDataStore;
  sentMail: SentMailLog;
  console: ConsoleStore;
  webhooks: WebhookInbox;
  /** DynamoDB only: a merchant's offboarding (no in-memory adapter; its use case is tested there). */
  offboarding?: OffboardingStore;
  eraser?: MerchantDataEraser;
  /** DynamoDB only: the audit log as another process has it (its module loaded afresh). */
  laterProcessAudit?: () => Promise<AuditLog>;
}

const TABLE = 'contract';
const REGION = 'eu-north-1';
const credentials = { accessKeyId: 'local', secretAccessKey: 'local' };

function dynamoBackend(endpoint: string): Backend {
  const client = new DynamoDBClient({ endpoint, region: REGION, credentials });
  const doc = DynamoDBDocumentClient.from(client, {
    marshallOptions: { removeUndefinedValues: true },
  });
  return {
    requests: new DynamoRequestStore(doc, TABLE),
    audit: new DynamoAuditLog(doc, TABLE),
    links: new DynamoLinkStore(doc, TABLE),
    merchants: new DynamoMerchantDirectory(doc, TABLE),
    subjectData: new DynamoSubjectDataStore(doc, TABLE),
    sentMail: new DynamoSentMailLog(doc, TABLE),
    console: new DynamoConsoleStore(doc, TABLE),
    webhooks: new DynamoWebhookInbox(doc, TABLE),
    offboarding: new DynamoOffboardingStore(doc, TABLE),
    eraser: new DynamoMerchantEraser(doc, TABLE),
    laterProcessAudit: async () => {
      vi.resetModules();
      const fresh = await import('#adapters/aws/dynamo-audit-log.ts');
      return new fresh.DynamoAuditLog(doc, TABLE);
    },
  };
}

let n = 0;
const request = (overrides: Partial<DsrRequest> = {}): DsrRequest => {
  n += 1;
  return {
    requestId: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
    merchantId: 'lastu',
    type: 'access',
    status: 'PENDING_VERIFICATION',
    email: 'a@example.com',
    subjectRef: 'ref',
    locale: 'en',
    receivedAt: '2026-03-15T10:00:00.000Z',
    dueDate: '2026-04-15',
    dueAt: '2026-04-15T20:59:59.999Z',
    updatedAt: '2026-03-15T10:00:00.000Z',
    ...overrides,
  };
};

/** Every item of the table, raw (keys included). */
async function scanTable(endpoint: string): Promise<Record<string, unknown>[]> {
  const doc = DynamoDBDocumentClient.from(
    new DynamoDBClient({ endpoint, region: REGION, credentials }),
  );
  const items: Record<string, unknown>[] = [];
  let startKey: Record<string, unknown> | undefined;
  do {
    const out = await doc.send(
      new ScanCommand({ TableName: TABLE, ExclusiveStartKey: startKey }),
    );
    items.push(...(out.Items ?? []));
    startKey = out.LastEvaluatedKey;
  } while (startKey);
  return items;
}

/** The kind an item is, told by its attributes alone (not by its key). */
function kindOf(item: Record<string, unknown>): ItemKind | undefined {
  if ('eraseAt' in item && 'source' in item) return 'offboard';
  if ('webhookId' in item) return 'webhook';
  if (item.listOf === 'links') return 'link';
  if (item.listOf === 'subjects') return 'subject';
  if ('memberKey' in item) return 'lastSeenAt' in item ? 'session' : 'signin';
  if ('role' in item && 'merchantId' in item) return 'member';
  if ('members' in item) return 'merchant';
  if ('name' in item && 'merchantId' in item && !('receivedAt' in item))
    return 'directory';
  if ('actor' in item || 'eventSk' in item) return 'event';
  if ('tokenHash' in item) return 'link';
  if ('recordId' in item) return 'subject';
  if ('purpose' in item && 'claims' in item) return 'mail';
  if ('approverEmails' in item) return 'merchant';
  if ('processorId' in item && 'state' in item) return 'job';
  if ('attempts' in item || 'claimedAt' in item) return 'intake';
  if ('receivedAt' in item && 'status' in item) return 'request';
  if ('open' in item) return 'stats';
  return undefined;
}

function contract(
  name: string,
  setup: () => Promise<{
    backend: Backend;
    teardown: () => Promise<void>;
    /** Raw items of the table (DynamoDB backends): the key layout is checked after the suite. */
    scan?: () => Promise<Record<string, unknown>[]>;
  }>,
  options: { keyLayout?: boolean } = {},
) {
  describe(name, () => {
    let backend: Backend;
    let teardown: () => Promise<void>;
    let scan: (() => Promise<Record<string, unknown>[]>) | undefined;
    beforeAll(async () => {
      ({ backend, teardown, scan } = await setup());
    });
    afterAll(async () => teardown?.());

    describe('SentMailLog', () => {
      it('claims once, records the send, and takes over a claim left unrecorded', async () => {
        const id = request().requestId;
        const at = '2026-03-15T10:00:00.000Z';
        expect(await backend.sentMail.claim(id, 'denial', at)).toEqual({
          claimed: true,
          claims: 1,
        });
        // A claim nobody recorded (the process died): the next attempt takes it over.
        expect(await backend.sentMail.claim(id, 'denial', at)).toEqual({
          claimed: true,
          claims: 2,
        });
        await backend.sentMail.markSent(id, 'denial', 1, {
          messageId: 'stale',
          sentAt: at,
        });
        await backend.sentMail.markSent(id, 'denial', 2, {
          messageId: 'm-2',
          sentAt: at,
          ref: 'link-hash',
        });
        expect(await backend.sentMail.claim(id, 'denial', at)).toEqual({
          claimed: false,
          record: expect.objectContaining({
            state: 'SENT',
            claims: 2,
            messageId: 'm-2',
            ref: 'link-hash',
          }),
        });
        // Given back after a failed send: the next claim starts afresh.
        await backend.sentMail.claim(id, 'failure:x', at);
        await backend.sentMail.release(id, 'failure:x', 1);
        expect(await backend.sentMail.claim(id, 'failure:x', at)).toEqual({
          claimed: true,
          claims: 1,
        });
        expect(
          (await backend.sentMail.list(id)).map((r) => [r.purpose, r.state]),
        ).toEqual([
          ['denial', 'SENT'],
          ['failure:x', 'SENDING'],
        ]);
      });

      it('parks a new task token only on an unused, unexpired link that resumes a task', async () => {
        const base = {
          purpose: 'decide' as const,
          requestId: request().requestId,
          createdAt: '2026-03-15T10:00:00.000Z',
          expiresAt: '2026-03-22T10:00:00.000Z',
          taskToken: 'old',
        };
        await backend.links.put({ ...base, tokenHash: 'rebind-a' });
        await backend.links.put({ ...base, tokenHash: 'rebind-b' });
        await backend.links.consume('rebind-b', '2026-03-16T10:00:00.000Z');
        const now = '2026-03-16T10:00:00.000Z';
        expect(await backend.links.rebind('rebind-a', 'new', now)).toBe(true);
        expect((await backend.links.get('rebind-a'))?.taskToken).toBe('new');
        expect(await backend.links.rebind('rebind-b', 'new', now)).toBe(false);
        expect(
          await backend.links.rebind(
            'rebind-a',
            'x',
            '2026-03-23T00:00:00.000Z',
          ),
        ).toBe(false);
        expect(await backend.links.rebind('missing', 'x', now)).toBe(false);
        // A release-review link resumes a task too; a status link carries no token.
        await backend.links.put({
          ...base,
          purpose: 'release',
          tokenHash: 'rebind-c',
        });
        expect(await backend.links.rebind('rebind-c', 'new', now)).toBe(true);
        const { taskToken: _none, ...status } = base;
        await backend.links.put({
          ...status,
          purpose: 'status',
          tokenHash: 'rebind-d',
        });
        expect(await backend.links.rebind('rebind-d', 'x', now)).toBe(false);
      });

      it('keeps deferred requests in their own index partition', async () => {
        // Verified first and deferred after: the open counter moves up and back down.
        const r = request({ dueAt: '2026-01-01T00:00:00.000Z' });
        await backend.requests.create(r);
        await backend.requests.transition(
          r.requestId,
          ['PENDING_VERIFICATION'],
          'VERIFIED',
        );
        await backend.requests.transition(
          r.requestId,
          ['VERIFIED'],
          'DEFERRED',
          {
            deferral: { until: '2026-06-01', processorIds: ['shopify'] },
          },
        );
        const deferred = await backend.requests.findScheduled(
          'DEFERRED',
          '2026-01-02T00:00:00.000Z',
        );
        expect(deferred.map((d) => d.requestId)).toContain(r.requestId);
        expect(
          (
            await backend.requests.findScheduled(
              'OPEN',
              '2026-01-02T00:00:00.000Z',
            )
          ).map((d) => d.requestId),
        ).not.toContain(r.requestId);
      });
    });

    describe('RequestStore', () => {
      it('lists a merchant’s requests newest first through its index, without personal data', async () => {
        // Prepare: three requests of one shop, one of another.
        const shop = `inbox-${name.replace(/\W+/g, '-')}`.toLowerCase();
        const made = [
          request({ merchantId: shop, receivedAt: '2026-03-01T10:00:00.000Z' }),
          request({
            merchantId: shop,
            receivedAt: '2026-03-03T10:00:00.000Z',
            channel: 'post',
            name: 'Aino',
            details: 'by letter',
          }),
          request({ merchantId: shop, receivedAt: '2026-03-02T10:00:00.000Z' }),
          request({ merchantId: `${shop}-x` }),
        ];
        for (const r of made) await backend.requests.create(r);

        // Act
        const all = await backend.requests.listByMerchant(shop, 10);
        const two = await backend.requests.listByMerchant(shop, 2);

        // Assess
        expect(all.requests.map((r) => r.requestId)).toEqual([
          made[1]?.requestId,
          made[2]?.requestId,
          made[0]?.requestId,
        ]);
        expect(all.truncated).toBe(false);
        expect(all.requests[0]).toEqual({
          requestId: made[1]?.requestId,
          merchantId: shop,
          type: 'access',
          status: 'PENDING_VERIFICATION',
          channel: 'post',
          receivedAt: '2026-03-03T10:00:00.000Z',
          dueDate: '2026-04-15',
          dueAt: '2026-04-15T20:59:59.999Z',
          subjectRef: 'ref',
        });
        expect(two.requests).toHaveLength(2);
        expect(two.truncated).toBe(true);
      });

      it('creates once and reads back what it stored', async () => {
        const r = request({ name: 'Aino' });
        await backend.requests.create(r);
        expect(await backend.requests.get(r.requestId)).toEqual(r);
        await expect(backend.requests.create(r)).rejects.toThrow();
        expect(
          await backend.requests.get('00000000-0000-4000-8000-999999999999'),
        ).toBeUndefined();
      });

      it('transitions only from the expected statuses', async () => {
        const r = request();
        await backend.requests.create(r);
        expect(
          await backend.requests.transition(
            r.requestId,
            ['AWAITING_DECISION'],
            'IN_PROGRESS',
          ),
        ).toBeUndefined();
        const moved = await backend.requests.transition(
          r.requestId,
          ['PENDING_VERIFICATION'],
          'VERIFIED',
          { verifiedAt: 'now', name: undefined },
        );
        expect(moved).toMatchObject({ status: 'VERIFIED', verifiedAt: 'now' });
        expect((await backend.requests.get(r.requestId))?.status).toBe(
          'VERIFIED',
        );
        expect(
          await backend.requests.transition(
            '00000000-0000-4000-8000-999999999998',
            ['VERIFIED'],
            'FAILED',
          ),
        ).toBeUndefined();
      });

      it('schedules unverified requests by link expiry and open ones by due instant', async () => {
        const pending = request({ verifyBy: '2026-03-18T10:00:00.000Z' });
        const open = request({ dueAt: '2026-04-15T20:59:59.999Z' });
        const closed = request();
        for (const r of [pending, open, closed])
          await backend.requests.create(r);
        await backend.requests.transition(
          open.requestId,
          ['PENDING_VERIFICATION'],
          'VERIFIED',
        );
        await backend.requests.transition(
          closed.requestId,
          ['PENDING_VERIFICATION'],
          'EXPIRED',
        );
        const ids = async (partition: 'OPEN' | 'UNVERIFIED', until: string) =>
          (await backend.requests.findScheduled(partition, until)).map(
            (r) => r.requestId,
          );

        expect(
          await ids('UNVERIFIED', '2026-03-18T09:59:59.999Z'),
        ).not.toContain(pending.requestId);
        expect(await ids('UNVERIFIED', '2026-03-18T10:00:00.000Z')).toContain(
          pending.requestId,
        );
        expect(await ids('OPEN', '2026-04-15T20:59:59.999Z')).toContain(
          open.requestId,
        );
        expect(await ids('OPEN', '2026-04-15T20:59:59.998Z')).not.toContain(
          open.requestId,
        );
        expect(await ids('OPEN', '2099-01-01T00:00:00.000Z')).not.toContain(
          pending.requestId,
        );
        for (const p of ['OPEN', 'UNVERIFIED'] as const) {
          expect(await ids(p, '2099-01-01T00:00:00.000Z')).not.toContain(
            closed.requestId,
          );
        }
        const [scheduled] = (
          await backend.requests.findScheduled(
            'OPEN',
            '2099-01-01T00:00:00.000Z',
          )
        ).filter((r) => r.requestId === open.requestId);
        expect(scheduled).toMatchObject({
          merchantId: 'lastu',
          status: 'VERIFIED',
          dueDate: '2026-04-15',
        });
        expect(scheduled).not.toHaveProperty('email');

        // A new due date moves the request within the index.
        await backend.requests.update(open.requestId, {
          dueAt: '2026-06-15T20:59:59.999Z',
        });
        expect(await ids('OPEN', '2026-04-16T00:00:00.000Z')).not.toContain(
          open.requestId,
        );
        expect(await ids('OPEN', '2026-06-16T00:00:00.000Z')).toContain(
          open.requestId,
        );
      });

      it('counts open requests as they are verified and closed', async () => {
        const before = await backend.requests.countOpen();
        const a = request();
        const b = request();
        for (const r of [a, b]) await backend.requests.create(r);
        expect(await backend.requests.countOpen()).toBe(before);
        for (const r of [a, b]) {
          await backend.requests.transition(
            r.requestId,
            ['PENDING_VERIFICATION'],
            'VERIFIED',
          );
        }
        await backend.requests.transition(
          a.requestId,
          ['VERIFIED'],
          'AWAITING_DECISION',
        );
        expect(await backend.requests.countOpen()).toBe(before + 2);
        await backend.requests.transition(
          a.requestId,
          ['AWAITING_DECISION'],
          'DENIED',
          closing('2026-03-20T10:00:00.000Z', undefined),
        );
        expect(await backend.requests.countOpen()).toBe(before + 1);
      });

      it('keeps a FAILED request scheduled as owed until it is resolved', async () => {
        const r = request({ dueAt: '2026-04-15T20:59:59.999Z' });
        await backend.requests.create(r);
        await backend.requests.transition(
          r.requestId,
          ['PENDING_VERIFICATION'],
          'VERIFIED',
        );
        await backend.requests.transition(r.requestId, ['VERIFIED'], 'FAILED', {
          failure: { phase: 'jobs', error: 'X' },
        });
        const open = await backend.requests.findScheduled(
          'OPEN',
          '2099-01-01T00:00:00.000Z',
        );
        expect(open.map((x) => x.requestId)).toContain(r.requestId);
      });

      it('records one extension, appending its computation and moving the index', async () => {
        const r = request({
          status: 'AWAITING_DECISION',
          dueAt: '2026-04-15T20:59:59.999Z',
          remindersSent: undefined,
          deadlines: [
            {
              reason: 'received',
              computedAt: 't0',
              dueDate: '2026-04-15',
              dueAt: '2026-04-15T20:59:59.999Z',
              flags: [],
              calcVersion: 'v',
            },
          ],
        });
        await backend.requests.create(r);
        await backend.requests.recordReminder(
          r.requestId,
          'T-10',
          ['T-10'],
          r.dueAt,
        );
        const change = {
          fields: {
            dueDate: '2026-06-15',
            dueAt: '2026-06-15T20:59:59.999Z',
            latestDueDate: '2026-06-15',
          },
          extension: { reason: 'complex', by: 'merchant-link', at: 't1' },
          record: {
            reason: 'extended' as const,
            computedAt: 't1',
            dueDate: '2026-06-15',
            dueAt: '2026-06-15T20:59:59.999Z',
            flags: [],
            calcVersion: 'v',
          },
          updatedAt: 't1',
        };
        const extended = await backend.requests.recordExtension(
          r.requestId,
          change,
        );
        expect(extended).toMatchObject({
          dueDate: '2026-06-15',
          extension: { reason: 'complex' },
        });
        expect(extended?.deadlines?.map((d) => d.reason)).toEqual([
          'received',
          'extended',
        ]);
        expect(extended?.remindersSent).toBeUndefined();
        expect(
          await backend.requests.recordExtension(r.requestId, change),
        ).toBeUndefined();
        const open = async (until: string) =>
          (await backend.requests.findScheduled('OPEN', until)).map(
            (x) => x.requestId,
          );
        expect(await open('2026-05-01T00:00:00.000Z')).not.toContain(
          r.requestId,
        );
        expect(await open('2026-06-16T00:00:00.000Z')).toContain(r.requestId);
      });

      it('finds one subject’s requests at one merchant by their subject hash, type, status and dates only', async () => {
        const hash = `subject-${n}`;
        const first = request({
          status: 'COMPLETED',
          subjectHash: hash,
          receivedAt: '2026-01-05T10:00:00.000Z',
          completedAt: '2026-01-08T10:00:00.000Z',
          retainUntil: '2029-01-08T10:00:00.000Z',
          name: 'Aino',
        });
        const second = request({
          status: 'AWAITING_DECISION',
          type: 'erasure',
          subjectHash: hash,
          receivedAt: '2026-03-15T10:00:00.000Z',
        });
        const elsewhere = request({ subjectHash: hash, merchantId: 'other' });
        const someoneElse = request({ subjectHash: `${hash}-other` });
        const unconfirmed = request({});
        for (const r of [first, second, elsewhere, someoneElse, unconfirmed])
          await backend.requests.create(r);
        const found = await backend.requests.findBySubject('lastu', hash);
        expect(
          found.sort((a, b) => a.receivedAt.localeCompare(b.receivedAt)),
        ).toEqual([
          {
            requestId: first.requestId,
            merchantId: 'lastu',
            type: 'access',
            status: 'COMPLETED',
            receivedAt: '2026-01-05T10:00:00.000Z',
            completedAt: '2026-01-08T10:00:00.000Z',
          },
          {
            requestId: second.requestId,
            merchantId: 'lastu',
            type: 'erasure',
            status: 'AWAITING_DECISION',
            receivedAt: '2026-03-15T10:00:00.000Z',
          },
        ]);
        expect(await backend.requests.findBySubject('lastu', 'nobody')).toEqual(
          [],
        );
      });

      it('records a request for information once, only while awaiting the decision, then its answer once with the new deadline', async () => {
        const waiting = request({
          status: 'AWAITING_DECISION',
          deadlines: [
            {
              reason: 'received',
              computedAt: 't0',
              dueDate: '2026-04-15',
              dueAt: '2026-04-15T20:59:59.999Z',
              flags: [],
              calcVersion: 'v',
            },
          ],
        });
        const other = request({ status: 'IN_PROGRESS' });
        await backend.requests.create(waiting);
        await backend.requests.create(other);
        await backend.requests.recordReminder(
          waiting.requestId,
          'T-10',
          ['T-10'],
          waiting.dueAt,
        );
        const asked = {
          question: 'Which order?',
          requestedAt: '2026-03-16T10:00:00.000Z',
          by: 'merchant-link',
        };
        expect(
          await backend.requests.recordInformationRequest(
            other.requestId,
            asked,
          ),
        ).toBeUndefined();
        expect(
          await backend.requests.recordInformationRequest(
            waiting.requestId,
            asked,
          ),
        ).toMatchObject({ informationRequest: asked });
        expect(
          await backend.requests.recordInformationRequest(waiting.requestId, {
            ...asked,
            question: 'Again?',
          }),
        ).toBeUndefined();
        await backend.requests.recordInformationNotified(
          waiting.requestId,
          '2026-03-16T10:00:01.000Z',
        );
        const answer = {
          answer: 'Order 1001',
          answeredAt: '2026-03-20T10:00:00.000Z',
        };
        const deadline = {
          fields: {
            dueDate: '2026-04-19',
            dueAt: '2026-04-19T20:59:59.999Z',
            latestDueDate: '2026-04-20',
            extensionNoticeDue: '2026-04-19',
          },
          record: {
            reason: 'information-received' as const,
            computedAt: '2026-03-20T10:00:00.000Z',
            dueDate: '2026-04-19',
            dueAt: '2026-04-19T20:59:59.999Z',
            flags: ['UK-PAUSE-COUNT'],
            calcVersion: 'v',
          },
          restartReminders: true,
        };
        const answered = await backend.requests.recordInformationAnswer(
          waiting.requestId,
          answer,
          deadline,
        );
        expect(answered).toMatchObject({
          status: 'AWAITING_DECISION',
          dueDate: '2026-04-19',
          informationRequest: {
            ...asked,
            notifiedAt: '2026-03-16T10:00:01.000Z',
            ...answer,
          },
        });
        expect(answered?.deadlines?.map((d) => d.reason)).toEqual([
          'received',
          'information-received',
        ]);
        expect(answered?.remindersSent).toBeUndefined();
        // The index follows the new due instant.
        const open = (until: string) =>
          backend.requests
            .findScheduled('OPEN', until)
            .then((found) => found.map((x) => x.requestId));
        expect(await open('2026-04-16T00:00:00.000Z')).not.toContain(
          waiting.requestId,
        );
        expect(await open('2026-04-20T00:00:00.000Z')).toContain(
          waiting.requestId,
        );
        // Once.
        expect(
          await backend.requests.recordInformationAnswer(waiting.requestId, {
            answer: 'Again',
            answeredAt: '2026-03-21T10:00:00.000Z',
          }),
        ).toBeUndefined();
        expect(
          (await backend.requests.get(waiting.requestId))?.informationRequest
            ?.answer,
        ).toBe('Order 1001');
      });

      it('records each reminder stage once, only while open and due as read, and can forget it', async () => {
        const r = request({ status: 'AWAITING_DECISION' });
        await backend.requests.create(r);
        const remind = (stage: string, covers: string[], dueAt = r.dueAt) =>
          backend.requests.recordReminder(r.requestId, stage, covers, dueAt);
        expect(await remind('T-5', ['T-10', 'T-5'])).toBe(true);
        expect(await remind('T-5', ['T-10', 'T-5'])).toBe(false);
        expect(await remind('T-10', ['T-10'])).toBe(false);
        expect(
          (await backend.requests.get(r.requestId))?.remindersSent,
        ).toEqual(['T-10', 'T-5']);
        await backend.requests.forgetReminder(r.requestId, ['T-10', 'T-5']);
        // The sweep read an old due date (the deadline was extended since): nothing recorded.
        expect(
          await remind(
            'T-2',
            ['T-10', 'T-5', 'T-2'],
            '2026-01-01T00:00:00.000Z',
          ),
        ).toBe(false);
        expect(await remind('T-2', ['T-10', 'T-5', 'T-2'])).toBe(true);
        expect(
          (await backend.requests.get(r.requestId))?.remindersSent,
        ).toEqual(['T-10', 'T-2', 'T-5']);
        // Closed since the sweep read the index: nothing recorded.
        await backend.requests.transition(
          r.requestId,
          ['AWAITING_DECISION'],
          'DENIED',
          closing('2026-03-20T10:00:00.000Z', undefined),
        );
        expect(await remind('OVERDUE', ['OVERDUE'])).toBe(false);
      });

      it('keeps a closing that owes its aftermath in AFTERMATH, by when it closed, until it is settled once', async () => {
        const far = '2099-01-01T00:00:00.000Z';
        const ids = async (
          partition: 'AFTERMATH' | 'RETAINED' | 'OPEN',
          until = far,
        ) =>
          (await backend.requests.findScheduled(partition, until)).map(
            (x) => x.requestId,
          );
        const done = request({ status: 'IN_PROGRESS' });
        const failed = request({ status: 'IN_PROGRESS' });
        for (const r of [done, failed]) await backend.requests.create(r);
        const at = '2026-03-20T10:00:00.000Z';
        const before = await backend.requests.countOpen();
        await backend.requests.transition(
          done.requestId,
          ['IN_PROGRESS'],
          'COMPLETED',
          {
            ...closing(at, undefined),
            updatedAt: at,
            pendingAftermath: 'RequestCompleted',
          },
        );
        await backend.requests.transition(
          failed.requestId,
          ['IN_PROGRESS'],
          'FAILED',
          {
            failure: { phase: 'jobs', error: 'X', at },
            updatedAt: at,
            pendingAftermath: 'RequestFailed',
          },
        );
        expect(
          await ids('AFTERMATH', '2026-03-20T09:59:59.999Z'),
        ).not.toContain(done.requestId);
        expect(await ids('AFTERMATH', at)).toEqual(
          expect.arrayContaining([done.requestId, failed.requestId]),
        );
        expect(await ids('RETAINED')).not.toContain(done.requestId);
        expect(await ids('OPEN')).not.toContain(failed.requestId);
        // The counter follows the status: the failure is still owed, the completion not.
        expect(await backend.requests.countOpen()).toBe(before - 1);

        // Settled only for the aftermath it owes, once.
        expect(
          await backend.requests.settleAftermath(
            done.requestId,
            'RequestFailed',
          ),
        ).toBe(false);
        for (const [r, owed] of [
          [done, 'RequestCompleted'],
          [failed, 'RequestFailed'],
        ] as const) {
          expect(
            await backend.requests.settleAftermath(r.requestId, owed),
          ).toBe(true);
          expect(
            await backend.requests.settleAftermath(r.requestId, owed),
          ).toBe(false);
          expect(await backend.requests.get(r.requestId)).not.toHaveProperty(
            'pendingAftermath',
          );
        }
        expect(await ids('AFTERMATH')).not.toContain(done.requestId);
        expect(await ids('AFTERMATH')).not.toContain(failed.requestId);
        expect(
          await ids('RETAINED', closing(at, undefined).retainUntil),
        ).toContain(done.requestId);
        expect(await ids('OPEN', done.dueAt)).toContain(failed.requestId);
      });

      it('keeps an expiry and a cancellation that owe their event in AFTERMATH, then the cancellation in RETAINED and the expiry nowhere', async () => {
        const far = '2099-01-01T00:00:00.000Z';
        const ids = async (
          partition: 'AFTERMATH' | 'RETAINED' | 'UNVERIFIED',
          until = far,
        ) =>
          (await backend.requests.findScheduled(partition, until)).map(
            (x) => x.requestId,
          );
        const unverified = request({
          status: 'PENDING_VERIFICATION',
          verifyBy: '2026-03-16T10:00:00.000Z',
        });
        const open = request({ status: 'AWAITING_DECISION' });
        for (const r of [unverified, open]) await backend.requests.create(r);
        const at = '2026-03-20T10:00:00.000Z';
        const expired = await backend.requests.transition(
          unverified.requestId,
          ['PENDING_VERIFICATION'],
          'EXPIRED',
          {
            email: '',
            updatedAt: at,
            completedAt: at,
            pendingAftermath: 'RequestExpired',
          },
          { remove: ['name'] },
        );
        const cancelled = await backend.requests.transition(
          open.requestId,
          ['AWAITING_DECISION'],
          'CANCELLED',
          {
            ...closing(at, undefined),
            updatedAt: at,
            closedFrom: 'AWAITING_DECISION',
            cancellation: {
              by: 'operator',
              reason: 'duplicate',
              stoppedExecutions: 1,
            },
            pendingAftermath: 'RequestCancelled',
          },
        );
        expect(expired).toMatchObject({ pendingAftermath: 'RequestExpired' });
        expect(cancelled).toMatchObject({
          closedFrom: 'AWAITING_DECISION',
          cancellation: {
            by: 'operator',
            reason: 'duplicate',
            stoppedExecutions: 1,
          },
        });
        expect(await ids('AFTERMATH', at)).toEqual(
          expect.arrayContaining([unverified.requestId, open.requestId]),
        );
        expect(await ids('UNVERIFIED')).not.toContain(unverified.requestId);

        for (const [r, owed] of [
          [unverified, 'RequestExpired'],
          [open, 'RequestCancelled'],
        ] as const) {
          expect(
            await backend.requests.settleAftermath(r.requestId, owed),
          ).toBe(true);
          expect(
            await backend.requests.settleAftermath(r.requestId, owed),
          ).toBe(false);
        }
        expect(await ids('AFTERMATH')).not.toContain(unverified.requestId);
        expect(await ids('AFTERMATH')).not.toContain(open.requestId);
        for (const p of ['UNVERIFIED', 'RETAINED'] as const)
          expect(await ids(p)).not.toContain(unverified.requestId);
        expect(await ids('RETAINED')).toContain(open.requestId);
        expect(await backend.requests.get(unverified.requestId)).toMatchObject({
          status: 'EXPIRED',
          email: '',
        });
        expect(
          await backend.requests.get(unverified.requestId),
        ).not.toHaveProperty('pendingAftermath');
      });

      it('refuses to close a request without a retention end, and indexes it at that end', async () => {
        const r = request({ status: 'IN_PROGRESS' });
        await backend.requests.create(r);
        const before = await backend.requests.countOpen();
        await expect(
          backend.requests.transition(
            r.requestId,
            ['IN_PROGRESS'],
            'COMPLETED',
            {
              completedAt: '2026-03-20T10:00:00.000Z',
            },
          ),
        ).rejects.toBeInstanceOf(RetentionMissingError);
        expect((await backend.requests.get(r.requestId))?.status).toBe(
          'IN_PROGRESS',
        );

        const closed = closing('2026-03-20T10:00:00.000Z', {
          requestRetentionDays: 30,
        });
        expect(closed.retainUntil).toBe('2026-04-19T10:00:00.000Z');
        const moved = await backend.requests.transition(
          r.requestId,
          ['IN_PROGRESS'],
          'COMPLETED',
          closed,
        );
        expect(moved).toMatchObject({ status: 'COMPLETED', ...closed });
        const ids = async (partition: 'RETAINED' | 'OPEN', until: string) =>
          (await backend.requests.findScheduled(partition, until)).map(
            (x) => x.requestId,
          );
        expect(await ids('RETAINED', '2026-04-19T09:59:59.999Z')).not.toContain(
          r.requestId,
        );
        expect(await ids('RETAINED', '2026-04-19T10:00:00.000Z')).toContain(
          r.requestId,
        );
        expect(await ids('OPEN', '2099-01-01T00:00:00.000Z')).not.toContain(
          r.requestId,
        );
        expect(await backend.requests.countOpen()).toBe(before - 1);
        const [scheduled] = (
          await backend.requests.findScheduled(
            'RETAINED',
            '2026-04-19T10:00:00.000Z',
          )
        ).filter((x) => x.requestId === r.requestId);
        expect(scheduled).toMatchObject({ status: 'COMPLETED' });
        expect(scheduled).not.toHaveProperty('email');

        // A new due instant does not move a closed request out of its place.
        await backend.requests.update(r.requestId, {
          dueAt: '2026-04-01T00:00:00.000Z',
        });
        expect(await ids('RETAINED', '2026-04-19T10:00:00.000Z')).toContain(
          r.requestId,
        );
        expect(await ids('RETAINED', '2026-04-19T09:59:59.999Z')).not.toContain(
          r.requestId,
        );
      });

      it('pseudonymises a closed request once due, once, taking it out of the index', async () => {
        const r = request({
          status: 'AWAITING_DECISION',
          email: 'aino@example.com',
          name: 'Aino',
          orderNumber: '#1042',
          details: 'Aino asks',
          corrections: [{ field: 'name', value: 'Aino V.' }],
        });
        await backend.requests.create(r);
        await backend.requests.transition(
          r.requestId,
          ['AWAITING_DECISION'],
          'DENIED',
          {
            ...closing('2026-03-20T10:00:00.000Z', {
              requestRetentionDays: 60,
            }),
            decision: {
              outcome: 'deny',
              reason: 'Aino is not a customer',
              ground: 'excessive',
              by: 'merchant-link',
              at: '2026-03-20T10:00:00.000Z',
            },
          },
        );
        const stored = (await backend.requests.get(r.requestId)) as DsrRequest;
        const due = '2026-05-19T10:00:00.000Z';

        // Not yet due: refused, nothing changed.
        expect(
          await backend.requests.pseudonymise(
            r.requestId,
            pseudonymisation(stored, '2026-05-19T09:59:59.999Z'),
          ),
        ).toBe(false);
        expect(await backend.requests.get(r.requestId)).toEqual(stored);

        expect(
          await backend.requests.pseudonymise(
            r.requestId,
            pseudonymisation(stored, due),
          ),
        ).toBe(true);
        const after = await backend.requests.get(r.requestId);
        expect(after).toMatchObject({
          status: 'DENIED',
          email: '',
          pseudonymisedAt: due,
          // What stays is pseudonymised data: it is deleted a year on (domain/retention.ts).
          deleteAfter: '2027-05-19T10:00:00.000Z',
          updatedAt: due,
          subjectHash: expect.stringMatching(/^[0-9a-f]{64}$/),
          decision: { outcome: 'deny', ground: 'excessive' },
        });
        // On DynamoDB, as the table's TTL attribute (epoch seconds) that deletes the item.
        if (scan) {
          const item = (await scan()).find(
            (i) => i.requestId === r.requestId && kindOf(i) === 'request',
          );
          expect(item?.ttl).toBe(Date.parse('2027-05-19T10:00:00.000Z') / 1000);
        }
        for (const field of [
          'name',
          'orderNumber',
          'details',
          'corrections',
          'subjectRef',
        ])
          expect(after).not.toHaveProperty(field);
        expect(JSON.stringify(after)).not.toMatch(/aino|1042/i);
        expect(
          (
            await backend.requests.findScheduled(
              'RETAINED',
              '2099-01-01T00:00:00.000Z',
            )
          ).map((x) => x.requestId),
        ).not.toContain(r.requestId);
        // Once: a second sweep changes nothing.
        expect(
          await backend.requests.pseudonymise(
            r.requestId,
            pseudonymisation(stored, '2026-06-01T00:00:00.000Z'),
          ),
        ).toBe(false);
        expect((await backend.requests.get(r.requestId))?.pseudonymisedAt).toBe(
          due,
        );

        // Only closed requests: an open one (here FAILED, still owed) is refused.
        const failed = request({ status: 'VERIFIED' });
        await backend.requests.create(failed);
        await backend.requests.transition(
          failed.requestId,
          ['VERIFIED'],
          'FAILED',
          {
            retainUntil: '2026-01-01T00:00:00.000Z',
          },
        );
        expect(
          await backend.requests.pseudonymise(
            failed.requestId,
            pseudonymisation(failed, due),
          ),
        ).toBe(false);
        expect((await backend.requests.get(failed.requestId))?.email).toBe(
          failed.email,
        );
      });

      it('reopening a closed request takes it out of RETAINED and back to OPEN', async () => {
        const r = request({ status: 'IN_PROGRESS' });
        await backend.requests.create(r);
        await backend.requests.transition(
          r.requestId,
          ['IN_PROGRESS'],
          'CANCELLED',
          closing('2026-03-20T10:00:00.000Z', { requestRetentionDays: 30 }),
        );
        const reopened = await backend.requests.transition(
          r.requestId,
          ['CANCELLED'],
          'IN_PROGRESS',
          { updatedAt: '2026-03-21T10:00:00.000Z' },
          { remove: ['completedAt', 'retainUntil'] },
        );
        expect(reopened).not.toHaveProperty('retainUntil');
        expect(await backend.requests.get(r.requestId)).not.toHaveProperty(
          'retainUntil',
        );
        expect(
          (
            await backend.requests.findScheduled(
              'RETAINED',
              '2099-01-01T00:00:00.000Z',
            )
          ).map((x) => x.requestId),
        ).not.toContain(r.requestId);
        expect(
          (await backend.requests.findScheduled('OPEN', r.dueAt)).map(
            (x) => x.requestId,
          ),
        ).toContain(r.requestId);
      });

      it('removes fields on request in the same conditional write', async () => {
        const r = request({ name: 'Aino', details: 'x' });
        await backend.requests.create(r);
        const expired = await backend.requests.transition(
          r.requestId,
          ['PENDING_VERIFICATION'],
          'EXPIRED',
          { email: '' },
          { remove: ['name', 'details', 'subjectRef'] },
        );
        expect(expired).toMatchObject({ status: 'EXPIRED', email: '' });
        expect(expired).not.toHaveProperty('name');
        expect(await backend.requests.get(r.requestId)).not.toHaveProperty(
          'subjectRef',
        );
      });

      it('updates fields without touching the status, and only existing requests', async () => {
        const r = request();
        await backend.requests.create(r);
        await backend.requests.update(r.requestId, {
          exportKeys: { package: 'a', certificateJson: 'b' },
          status: 'COMPLETED',
        });
        expect(await backend.requests.get(r.requestId)).toMatchObject({
          status: 'PENDING_VERIFICATION',
          exportKeys: { package: 'a', certificateJson: 'b' },
        });
        await expect(
          backend.requests.update('00000000-0000-4000-8000-999999999997', {
            details: 'x',
          }),
        ).rejects.toThrow();
      });

      it('saves and lists the jobs of one request only', async () => {
        const r = request();
        await backend.requests.saveJob({
          requestId: r.requestId,
          processorId: 'a',
          state: 'RUNNING',
          startedAt: 't0',
        });
        await backend.requests.saveJob({
          requestId: r.requestId,
          processorId: 'a',
          state: 'COMPLETED',
          startedAt: 't0',
          records: 2,
        });
        await backend.requests.saveJob({
          requestId: 'other',
          processorId: 'b',
          state: 'RUNNING',
          startedAt: 't0',
        });
        expect(await backend.requests.listJobs(r.requestId)).toEqual([
          {
            requestId: r.requestId,
            processorId: 'a',
            state: 'COMPLETED',
            startedAt: 't0',
            records: 2,
          },
        ]);
      });

      it('saves a job conditionally on its state', async () => {
        // Prepare: a pending job.
        const r = request();
        const job = {
          requestId: r.requestId,
          processorId: 'p',
          state: 'PENDING' as const,
          startedAt: 't0',
        };
        await backend.requests.saveJob(job);
        const done = { ...job, state: 'COMPLETED' as const };
        const failed = { ...job, state: 'FAILED' as const, error: 'late' };

        // Act / Assess: the first answer stands; a second writer that read PENDING loses.
        expect(await backend.requests.saveJob(done, 'PENDING')).toBe(true);
        expect(await backend.requests.saveJob(failed, 'PENDING')).toBe(false);
        expect(await backend.requests.getJob(r.requestId, 'p')).toEqual(done);
        // No job at all: the condition does not hold either.
        expect(
          await backend.requests.saveJob(
            { ...done, processorId: 'q' },
            'PENDING',
          ),
        ).toBe(false);
      });

      it('keeps the round’s wait on the request beside its other fields', async () => {
        // Prepare
        const r = request();
        await backend.requests.create(r);

        // Act: a wait, then the next check's wait.
        for (const taskToken of ['t1', 't2'])
          await backend.requests.update(r.requestId, {
            jobsWait: { round: 1, taskToken, since: 't0' },
            executionNumber: 1,
          });

        // Assess
        expect(await backend.requests.get(r.requestId)).toEqual({
          ...r,
          jobsWait: { round: 1, taskToken: 't2', since: 't0' },
          executionNumber: 1,
        });
      });

      it('claims a submission key once until it expires or the claim is found stale', async () => {
        // Prepare
        const claim = (requestId: string, claimedAt: string) => ({
          key: `k-${n}`,
          requestId,
          claimedAt,
          expiresAt: '2026-03-16T10:00:00.000Z',
          mailedAt: claimedAt,
        });
        const t0 = '2026-03-15T10:00:00.000Z';
        // Act / Assess
        expect(await backend.requests.claimSubmission(claim('r1', t0))).toEqual(
          { won: true, claim: claim('r1', t0) },
        );
        const lost = await backend.requests.claimSubmission(
          claim('r2', '2026-03-15T11:00:00.000Z'),
        );
        expect(lost).toEqual({ won: false, claim: claim('r1', t0) });
        expect(await backend.requests.getSubmissionClaim(`k-${n}`)).toEqual(
          claim('r1', t0),
        );
        // Replacing a stale claim works only for the claim that was found.
        expect(
          (
            await backend.requests.claimSubmission(
              claim('r3', '2026-03-15T12:00:00.000Z'),
              'not-r1',
            )
          ).won,
        ).toBe(false);
        expect(
          (
            await backend.requests.claimSubmission(
              claim('r3', '2026-03-15T12:00:00.000Z'),
              'r1',
            )
          ).won,
        ).toBe(true);
        // An expired claim is taken over.
        expect(
          (
            await backend.requests.claimSubmission(
              claim('r4', '2026-03-16T10:00:00.000Z'),
            )
          ).won,
        ).toBe(true);
        expect(
          (await backend.requests.getSubmissionClaim(`k-${n}`))?.requestId,
        ).toBe('r4');
        expect(await backend.requests.getSubmissionClaim('nothing')).toBe(
          undefined,
        );
      });

      it('records a re-sent verification email at most once per interval', async () => {
        // Prepare
        const key = `mail-${n}`;
        await backend.requests.claimSubmission({
          key,
          requestId: 'r1',
          claimedAt: '2026-03-15T10:00:00.000Z',
          expiresAt: '2026-03-16T10:00:00.000Z',
          mailedAt: '2026-03-15T10:00:00.000Z',
        });
        const mark = (requestId: string, at: string, before: string) =>
          backend.requests.markClaimMailed(key, requestId, at, before);
        // Act / Assess: too soon, then due, then too soon again, and never for another request.
        expect(
          await mark(
            'r1',
            '2026-03-15T10:02:00.000Z',
            '2026-03-15T09:57:00.000Z',
          ),
        ).toBe(false);
        expect(
          await mark(
            'r1',
            '2026-03-15T10:06:00.000Z',
            '2026-03-15T10:01:00.000Z',
          ),
        ).toBe(true);
        expect(
          await mark(
            'r1',
            '2026-03-15T10:07:00.000Z',
            '2026-03-15T10:02:00.000Z',
          ),
        ).toBe(false);
        expect(
          await mark(
            'r2',
            '2026-03-15T11:00:00.000Z',
            '2026-03-15T10:55:00.000Z',
          ),
        ).toBe(false);
        expect((await backend.requests.getSubmissionClaim(key))?.mailedAt).toBe(
          '2026-03-15T10:06:00.000Z',
        );
        // A send that failed gives its slot back: mailedAt moves back to the previous send, so
        // the shopper's resubmission mails the link at once.
        expect(
          await mark(
            'r1',
            '2026-03-15T10:00:00.000Z',
            '2026-03-15T10:06:00.000Z',
          ),
        ).toBe(true);
        expect((await backend.requests.getSubmissionClaim(key))?.mailedAt).toBe(
          '2026-03-15T10:00:00.000Z',
        );
      });

      it('counts attempts per bucket and window up to the limit', async () => {
        // Prepare
        const bucket = `client:${n}`;
        const at = '2026-03-15T10:20:00.000Z';
        // Act
        const results = [];
        for (let i = 0; i < 4; i++)
          results.push(
            await backend.requests.countAttempt(bucket, 3, 3600, at),
          );
        // Assess
        expect(results.map((r) => r.allowed)).toEqual([
          true,
          true,
          true,
          false,
        ]);
        expect(results[3]?.resetAt).toBe('2026-03-15T11:00:00.000Z');
        // Another bucket, and the next window, count from zero.
        expect(
          (await backend.requests.countAttempt(`${bucket}-b`, 3, 3600, at))
            .allowed,
        ).toBe(true);
        expect(
          (
            await backend.requests.countAttempt(
              bucket,
              3,
              3600,
              '2026-03-15T11:00:00.000Z',
            )
          ).allowed,
        ).toBe(true);
      });
    });

    describe('AuditLog', () => {
      it('appends without overwriting and lists oldest first', async () => {
        const id = request().requestId;
        await backend.audit.append({
          requestId: id,
          type: 'RequestReceived',
          at: '2026-01-01T00:00:00.000Z',
          actor: 'subject',
        });
        await backend.audit.append({
          requestId: id,
          type: 'ResultSent',
          at: '2026-01-01T00:00:01.000Z',
          actor: 'system',
        });
        await backend.audit.append({
          requestId: id,
          type: 'ResultSent',
          at: '2026-01-01T00:00:01.000Z',
          actor: 'system',
        });
        const events = await backend.audit.list(id);
        expect(events.map((e) => e.type)).toEqual([
          'RequestReceived',
          'ResultSent',
          'ResultSent',
        ]);
      });
    });

    describe('AuditLog order', () => {
      it('lists events appended in the same millisecond in the order they were appended', async () => {
        const id = request().requestId;
        const at = '2026-02-02T00:00:00.000Z';
        const types = [
          'DenialSent',
          'RequestClosed',
          'ReminderSent',
          'RequestFailed',
        ] as const;
        for (const type of types) {
          await backend.audit.append({
            requestId: id,
            type,
            at,
            actor: 'system',
          });
        }
        expect((await backend.audit.list(id)).map((e) => e.type)).toEqual([
          ...types,
        ]);
      });

      it('lists an event another process appends later at the same instant after the earlier one', async () => {
        // A closing's event carries its status write's instant: a retry in a new process (or the
        // reconciler) records RequestClosed after a process that died had recorded DenialSent.
        const id = request().requestId;
        const at = '2026-02-03T00:00:00.000Z';
        for (const type of ['RequestDenied', 'DenialSent'] as const)
          await backend.audit.append({
            requestId: id,
            type,
            at,
            actor: 'system',
          });
        const later = (await backend.laterProcessAudit?.()) ?? backend.audit;
        await later.append({
          requestId: id,
          type: 'RequestClosed',
          at,
          actor: 'system',
          key: 'closed',
        });
        expect((await backend.audit.list(id)).map((e) => e.type)).toEqual([
          'RequestDenied',
          'DenialSent',
          'RequestClosed',
        ]);
      });

      it('stores a keyed event once, however often it is appended', async () => {
        const id = request().requestId;
        const event = {
          requestId: id,
          type: 'ExecutionStarted' as const,
          at: '2026-02-02T00:00:00.000Z',
          actor: 'system' as const,
          key: 'ExecutionStarted',
        };
        await backend.audit.append(event);
        await backend.audit.append({
          ...event,
          at: '2026-02-02T00:00:05.000Z',
        });
        expect(await backend.audit.list(id)).toHaveLength(1);
      });
    });

    describe('LinkStore', () => {
      it('revokes a link from a given instant: expired from then on, and said so', async () => {
        const base = {
          purpose: 'download' as const,
          requestId: 'r-revoke',
          createdAt: '2026-03-15T10:00:00.000Z',
          expiresAt: '2026-03-29T10:00:00.000Z',
        };
        await backend.links.put({ ...base, tokenHash: `rv-${name}` });
        await backend.links.revoke(`rv-${name}`, '2026-03-16T10:00:00.000Z');
        expect(await backend.links.get(`rv-${name}`)).toMatchObject({
          expiresAt: '2026-03-16T10:00:00.000Z',
          revokedAt: '2026-03-16T10:00:00.000Z',
        });
        expect(
          await backend.links.countUse(
            `rv-${name}`,
            5,
            '2026-03-16T10:00:01.000Z',
          ),
        ).toBeUndefined();
        // Already past: nothing moves; unknown: no error.
        await backend.links.revoke(`rv-${name}`, '2026-03-20T10:00:00.000Z');
        expect((await backend.links.get(`rv-${name}`))?.expiresAt).toBe(
          '2026-03-16T10:00:00.000Z',
        );
        await backend.links.revoke(
          `rv-none-${name}`,
          '2026-03-16T10:00:00.000Z',
        );
      });

      const link = (hash: string, expiresAt = '2026-12-01T00:00:00.000Z') => ({
        tokenHash: hash,
        purpose: 'verify' as const,
        requestId: 'r',
        createdAt: '2026-11-01T00:00:00.000Z',
        expiresAt,
      });

      it('lets a link be consumed once, and again only after a release', async () => {
        await backend.links.put(link(`h-once-${name}`));
        expect(
          await backend.links.consume(
            `h-once-${name}`,
            '2026-11-02T00:00:00.000Z',
          ),
        ).toMatchObject({ tokenHash: `h-once-${name}` });
        expect(
          await backend.links.consume(
            `h-once-${name}`,
            '2026-11-02T00:00:00.000Z',
          ),
        ).toBeUndefined();
        await backend.links.release(`h-once-${name}`);
        expect(
          await backend.links.consume(
            `h-once-${name}`,
            '2026-11-02T00:00:01.000Z',
          ),
        ).toBeDefined();
        await expect(
          backend.links.put(link(`h-once-${name}`)),
        ).rejects.toThrow();
      });

      it('refuses expired and unknown links', async () => {
        await backend.links.put(
          link(`h-old-${name}`, '2026-11-02T00:00:00.000Z'),
        );
        expect(
          await backend.links.consume(
            `h-old-${name}`,
            '2026-11-02T00:00:00.000Z',
          ),
        ).toBeUndefined();
        expect(
          await backend.links.consume('h-unknown', '2026-11-01T00:00:00.000Z'),
        ).toBeUndefined();
        expect(await backend.links.get('h-unknown')).toBeUndefined();
      });

      it('counts uses of multi-use links up to their cap, and none once expired', async () => {
        const now = '2026-11-02T00:00:00.000Z';
        await backend.links.put(link(`h-count-${name}`));
        expect(await backend.links.countUse(`h-count-${name}`, 2, now)).toBe(1);
        expect(await backend.links.countUse(`h-count-${name}`, 2, now)).toBe(2);
        expect(
          await backend.links.countUse(`h-count-${name}`, 2, now),
        ).toBeUndefined();
        expect((await backend.links.get(`h-count-${name}`))?.uses).toBe(2);
        await backend.links.put(link(`h-late-${name}`, now));
        expect(
          await backend.links.countUse(`h-late-${name}`, 5, now),
        ).toBeUndefined();
        expect(
          await backend.links.countUse('h-unknown', 5, now),
        ).toBeUndefined();
      });

      it('lets 20 parallel uses of a 5-use link count exactly 5, each once', async () => {
        const now = '2026-11-02T00:00:00.000Z';
        await backend.links.put(link(`h-race-${name}`));
        const counted = await Promise.all(
          Array.from({ length: 20 }, () =>
            backend.links.countUse(`h-race-${name}`, 5, now),
          ),
        );
        expect(
          counted
            .filter((n) => n !== undefined)
            .sort((a, b) => (a ?? 0) - (b ?? 0)),
        ).toEqual([1, 2, 3, 4, 5]);
        expect((await backend.links.get(`h-race-${name}`))?.uses).toBe(5);
      });
    });

    describe('MerchantDirectory', () => {
      it('stores and validates merchant configuration', async () => {
        const { merchant } = loadSeed('lastu');
        await backend.merchants.put(merchant);
        expect(await backend.merchants.get('lastu')).toEqual(merchant);
        expect(await backend.merchants.get('nobody')).toBeUndefined();
      });

      it('keeps the console members index and the merchant list in step with each configuration', async () => {
        // Prepare: one agency person in two shops, with other roles elsewhere.
        const { merchant } = loadSeed('lastu');
        const agency = memberKey('Agency@Example.org');
        await backend.merchants.put({
          ...merchant,
          merchantId: 'shop-a',
          name: 'Shop A',
          members: [
            { email: 'agency@example.org', role: 'approver' },
            { email: 'owner@a.example', role: 'admin' },
          ],
        });
        await backend.merchants.put({
          ...merchant,
          merchantId: 'shop-b',
          name: 'Shop B',
          members: [
            { email: 'owner@b.example', role: 'admin' },
            { email: 'agency@example.org', role: 'viewer' },
          ],
        });
        expect(await backend.merchants.memberships(agency)).toEqual([
          { merchantId: 'shop-a', role: 'approver' },
          { merchantId: 'shop-b', role: 'viewer' },
        ]);

        // Act: shop B removes the agency, shop A makes it an admin.
        const b = await backend.merchants.get('shop-b');
        if (!b) throw new Error('shop-b missing');
        await backend.merchants.put({
          ...b,
          members: b.members.filter((m) => m.email !== 'agency@example.org'),
        });
        const a = await backend.merchants.get('shop-a');
        if (!a) throw new Error('shop-a missing');
        await backend.merchants.put({
          ...a,
          members: a.members.map((m) =>
            m.email === 'agency@example.org' ? { ...m, role: 'admin' } : m,
          ),
        });

        // Assess
        expect(await backend.merchants.memberships(agency)).toEqual([
          { merchantId: 'shop-a', role: 'admin' },
        ]);
        expect(await backend.merchants.memberships(memberKey('x@y.z'))).toEqual(
          [],
        );
        expect(
          (await backend.merchants.list()).filter((m) =>
            m.merchantId.startsWith('shop-'),
          ),
        ).toEqual([
          { merchantId: 'shop-a', name: 'Shop A' },
          { merchantId: 'shop-b', name: 'Shop B' },
        ]);
      });

      it('reads a configuration with the deprecated approverEmails as approvers and stores members only', async () => {
        const { merchant } = loadSeed('lastu');
        const { members: _members, ...rest } = merchant;
        await backend.merchants.put(
          MerchantConfig.parse({
            ...rest,
            merchantId: 'shop-old',
            approverEmails: ['Boss@Old.example'],
          }),
        );
        const stored = await backend.merchants.get('shop-old');
        expect(stored?.members).toEqual([
          { email: 'boss@old.example', role: 'approver' },
        ]);
        expect(stored).not.toHaveProperty('approverEmails');
        expect(
          await backend.merchants.memberships(memberKey('boss@old.example')),
        ).toEqual([{ merchantId: 'shop-old', role: 'approver' }]);
      });
    });

    describe('ConsoleStore', () => {
      const signIn = (tokenHash: string, expiresAt: string) => ({
        tokenHash,
        memberKey: 'k',
        email: 'owner@lastu.example',
        createdAt: '2026-03-15T10:00:00.000Z',
        expiresAt,
      });
      const session = (tokenHash: string) => ({
        tokenHash,
        memberKey: 'k',
        email: 'owner@lastu.example',
        createdAt: '2026-03-15T10:00:00.000Z',
        lastSeenAt: '2026-03-15T10:00:00.000Z',
        idleExpiresAt: '2026-03-15T22:00:00.000Z',
        expiresAt: '2026-03-22T10:00:00.000Z',
      });

      it('uses a sign-in link once, and never after it expired', async () => {
        await backend.console.putSignIn(
          signIn(`s1-${name}`, '2026-03-15T10:15:00.000Z'),
        );
        await expect(
          backend.console.putSignIn(
            signIn(`s1-${name}`, '2026-03-15T10:15:00.000Z'),
          ),
        ).rejects.toThrow();
        const [first, second] = await Promise.all([
          backend.console.useSignIn(`s1-${name}`, '2026-03-15T10:01:00.000Z'),
          backend.console.useSignIn(`s1-${name}`, '2026-03-15T10:01:00.000Z'),
        ]);
        expect([first, second].filter(Boolean)).toHaveLength(1);
        expect((first ?? second)?.usedAt).toBeUndefined();
        expect((await backend.console.getSignIn(`s1-${name}`))?.usedAt).toBe(
          '2026-03-15T10:01:00.000Z',
        );

        await backend.console.putSignIn(
          signIn(`s2-${name}`, '2026-03-15T10:15:00.000Z'),
        );
        expect(
          await backend.console.useSignIn(
            `s2-${name}`,
            '2026-03-15T10:15:00.000Z',
          ),
        ).toBeUndefined();
        expect(
          await backend.console.useSignIn(`nope-${name}`, '2026-03-15T10:01Z'),
        ).toBeUndefined();
      });

      it('changes a live session only, and a session ended stays ended', async () => {
        await backend.console.createSession(session(`x1-${name}`));
        expect(
          await backend.console.updateSession(
            `x1-${name}`,
            { merchantId: 'shop-a', lastSeenAt: '2026-03-15T11:00:00.000Z' },
            '2026-03-15T11:00:00.000Z',
          ),
        ).toBe(true);
        expect(await backend.console.getSession(`x1-${name}`)).toEqual({
          ...session(`x1-${name}`),
          merchantId: 'shop-a',
          lastSeenAt: '2026-03-15T11:00:00.000Z',
        });
        // Idle past its expiry: no change brings it back.
        expect(
          await backend.console.updateSession(
            `x1-${name}`,
            { lastSeenAt: '2026-03-15T23:00:00.000Z' },
            '2026-03-15T23:00:00.000Z',
          ),
        ).toBe(false);
        await backend.console.endSession(`x1-${name}`);
        expect(await backend.console.getSession(`x1-${name}`)).toBeUndefined();
        expect(
          await backend.console.updateSession(
            `x1-${name}`,
            { merchantId: 'shop-b' },
            '2026-03-15T11:00:00.000Z',
          ),
        ).toBe(false);
        expect(await backend.console.getSession(`x1-${name}`)).toBeUndefined();
        await backend.console.endSession(`never-${name}`);
        // Another, left live: ended ones are deleted.
        await backend.console.createSession(session(`x2-${name}`));
        expect(await backend.console.getSession(`x2-${name}`)).toBeDefined();
      });
    });

    describe('SubjectDataStore', () => {
      it('finds, replaces and erases all records of one subject, in batches', async () => {
        const records = Array.from({ length: 60 }, (_, i) => ({
          category: 'order',
          id: `#${i}`,
          data: { total: i },
        }));
        await backend.subjectData.put('lastu', 'subject-a', records);
        await backend.subjectData.put('lastu', 'subject-a', [
          { category: 'order', id: '#0', data: { total: 100 } },
        ]);
        await backend.subjectData.put('lastu', 'subject-b', [
          { category: 'customer', id: 'C', data: { name: 'B' } },
        ]);
        const found = await backend.subjectData.find('lastu', 'subject-a');
        expect(found).toHaveLength(60);
        expect(found.find((r) => r.id === '#0')?.data).toEqual({ total: 100 });
        expect(await backend.subjectData.erase('lastu', 'subject-a')).toBe(60);
        expect(await backend.subjectData.find('lastu', 'subject-a')).toEqual(
          [],
        );
        expect(
          await backend.subjectData.find('lastu', 'subject-b'),
        ).toHaveLength(1);
        expect(await backend.subjectData.erase('lastu', 'subject-a')).toBe(0);
      });

      it('erases only the records selected, leaving the others as they were', async () => {
        await backend.subjectData.put('lastu', 'subject-d', [
          { category: 'customer', id: 'C', data: { name: 'D' } },
          { category: 'order', id: '#1', data: { total: 1 } },
          { category: 'order', id: '#2', data: { total: 2 } },
        ]);
        expect(
          await backend.subjectData.erase(
            'lastu',
            'subject-d',
            (r) => r.category !== 'order',
          ),
        ).toBe(1);
        const left = await backend.subjectData.find('lastu', 'subject-d');
        expect(left.map((r) => r.id).sort()).toEqual(['#1', '#2']);
        expect(
          await backend.subjectData.erase('lastu', 'subject-d', () => false),
        ).toBe(0);
        expect(await backend.subjectData.erase('lastu', 'subject-d')).toBe(2);
        expect(await backend.subjectData.find('lastu', 'subject-d')).toEqual(
          [],
        );
      });

      it('rewrites only the records the change returns, keeping the restricted marker', async () => {
        await backend.subjectData.put('lastu', 'subject-c', [
          { category: 'customer', id: 'C', data: { name: 'Old' } },
          { category: 'order', id: '#1', data: { total: 1 } },
        ]);
        const changed = await backend.subjectData.update(
          'lastu',
          'subject-c',
          (r) =>
            r.category === 'customer'
              ? {
                  ...r,
                  data: { name: 'New' },
                  restricted: { since: '2026-03-15T10:00:00Z', requestId: 'r' },
                }
              : undefined,
        );
        expect(changed).toBe(1);
        const found = await backend.subjectData.find('lastu', 'subject-c');
        expect(found.find((r) => r.id === 'C')).toEqual({
          category: 'customer',
          id: 'C',
          data: { name: 'New' },
          restricted: { since: '2026-03-15T10:00:00Z', requestId: 'r' },
        });
        expect(found.find((r) => r.id === '#1')).toEqual({
          category: 'order',
          id: '#1',
          data: { total: 1 },
        });
        expect(
          await backend.subjectData.update('lastu', 'nobody', (r) => r),
        ).toBe(0);
      });
    });

    describe('WebhookInbox', () => {
      const at = '2026-03-15T10:00:00.000Z';
      const expiresAt = '2026-04-14T10:00:00.000Z';
      const body = new TextEncoder().encode('{"customer":{"email":"a@b.c"}}');
      const delivery = (webhookId: string, receivedAt = at) => ({
        merchantId: 'lastu',
        webhookId,
        body,
        receivedAt,
        expiresAt,
      });

      it('claims a delivery with its body in one write; a repeat stores nothing', async () => {
        expect(await backend.webhooks.claim(delivery('hook-a'))).toBe(true);
        expect(
          await backend.webhooks.claim({
            ...delivery('hook-a', '2026-03-15T11:00:00.000Z'),
            body: new TextEncoder().encode('{}'),
          }),
        ).toBe(false);
        const read = await backend.webhooks.read('lastu', 'hook-a', at);
        expect(read && new TextDecoder().decode(read)).toBe(
          '{"customer":{"email":"a@b.c"}}',
        );
        // Another merchant's delivery of the same id is its own.
        expect(
          await backend.webhooks.claim({
            ...delivery('hook-a'),
            merchantId: 'other-shop',
          }),
        ).toBe(true);
      });

      it('reads nothing past the expiry; an expired claim is claimed afresh', async () => {
        await backend.webhooks.claim(delivery('hook-b'));
        expect(
          await backend.webhooks.read('lastu', 'hook-b', expiresAt),
        ).toBeUndefined();
        expect(
          await backend.webhooks.claim(delivery('hook-b', expiresAt)),
        ).toBe(true);
      });

      it('discards the body and keeps the claim; a release lets the id be claimed again', async () => {
        await backend.webhooks.claim(delivery('hook-c'));
        await backend.webhooks.discard('lastu', 'hook-c');
        await backend.webhooks.discard('lastu', 'hook-c');
        expect(
          await backend.webhooks.read('lastu', 'hook-c', at),
        ).toBeUndefined();
        expect(await backend.webhooks.claim(delivery('hook-c'))).toBe(false);
        // Discarding what was never claimed makes nothing.
        await backend.webhooks.discard('lastu', 'hook-never');
        expect(await backend.webhooks.claim(delivery('hook-never'))).toBe(true);
        await backend.webhooks.release('lastu', 'hook-never');
        expect(await backend.webhooks.claim(delivery('hook-never'))).toBe(true);
      });
    });

    if (options.keyLayout)
      describe('OffboardingStore and MerchantDataEraser', () => {
        const store = () => backend.offboarding as OffboardingStore;
        const eraser = () => backend.eraser as MerchantDataEraser;
        const receivedAt = '2026-05-01T10:00:00.000Z';

        it('schedules once, cancels while scheduled, schedules again, then begins, counts and finishes', async () => {
          const first = offboardingOf('leaving', 'hook-1', receivedAt);
          expect(await store().schedule(first)).toEqual({
            record: first,
            created: true,
          });
          const repeat = await store().schedule(
            offboardingOf('leaving', 'hook-2', '2026-05-02T10:00:00.000Z'),
          );
          expect(repeat).toEqual({ record: first, created: false });
          expect(await store().due(first.eraseAt)).toEqual(['leaving']);
          expect(await store().due('2026-05-30T00:00:00.000Z')).toEqual([]);
          expect(
            await store().cancel(
              'leaving',
              'member:abc',
              '2026-05-03T00:00:00Z',
            ),
          ).toMatchObject({ status: 'cancelled', cancelledBy: 'member:abc' });
          expect(
            await store().cancel(
              'leaving',
              'member:abc',
              '2026-05-03T00:00:00Z',
            ),
          ).toBeUndefined();
          expect(await store().due('2027-01-01T00:00:00.000Z')).toEqual([]);
          expect(await store().begin('leaving', receivedAt)).toBe(false);

          const again = offboardingOf('leaving', 'hook-3', receivedAt);
          expect((await store().schedule(again)).created).toBe(true);
          expect(await store().begin('leaving', again.eraseAt)).toBe(true);
          expect(await store().begin('leaving', again.eraseAt)).toBe(false);
          expect(
            await store().cancel('leaving', 'member:abc', again.eraseAt),
          ).toBeUndefined();
          // Still due while under way, so an interrupted erasure resumes.
          expect(await store().due(again.eraseAt)).toEqual(['leaving']);
          await store().tally('leaving', { requests: 1, items: 5 });
          await store().tally('leaving', { items: 2, objects: 3 });
          const done = await store().finish('leaving', again.eraseAt);
          expect(done).toMatchObject({
            status: 'erased',
            erasedAt: again.eraseAt,
            counts: { requests: 1, items: 7, objects: 3, executionsStopped: 0 },
          });
          expect(
            await store().finish('leaving', again.eraseAt),
          ).toBeUndefined();
          expect(await store().due('2030-01-01T00:00:00.000Z')).toEqual([]);
          expect(await store().get('leaving')).toEqual(done);
        });

        it("erases a request's items, the request last, and the merchant's subjects, by key", async () => {
          const r = request({ merchantId: 'erased-shop', subjectRef: 'sub-1' });
          await backend.requests.create(r);
          await backend.audit.append({
            requestId: r.requestId,
            type: 'RequestReceived',
            at: r.receivedAt,
            actor: 'subject',
          });
          await backend.links.put({
            tokenHash: 'h'.repeat(43),
            purpose: 'verify',
            requestId: r.requestId,
            createdAt: r.receivedAt,
            expiresAt: '2026-04-15T10:00:00.000Z',
          });
          await backend.sentMail.claim(r.requestId, 'verify', r.receivedAt);
          await backend.subjectData.put('erased-shop', 'sub-1', [
            { category: 'customer', id: 'c1', data: { name: 'X' } },
          ]);
          await backend.subjectData.put('erased-shop', 'sub-2', [
            { category: 'customer', id: 'c2', data: { name: 'Y' } },
            { category: 'order', id: 'o2', data: { total: 1 } },
          ]);
          const page = await eraser().requestPage('erased-shop');
          expect(page.requests).toEqual([{ requestId: r.requestId }]);
          // Link, its list entry, event, send record, request.
          expect(await eraser().eraseRequest(r.requestId)).toBe(5);
          expect(await backend.requests.get(r.requestId)).toBeUndefined();
          expect(await backend.audit.list(r.requestId)).toEqual([]);
          expect(await backend.links.get('h'.repeat(43))).toBeUndefined();
          expect(await backend.sentMail.list(r.requestId)).toEqual([]);
          // Three records and the two entries of the merchant's list of subjects.
          expect(await eraser().eraseSubjects('erased-shop')).toBe(5);
          expect(
            await backend.subjectData.find('erased-shop', 'sub-2'),
          ).toEqual([]);
          // Idempotent: nothing is left to erase.
          expect(await eraser().eraseSubjects('erased-shop')).toBe(0);
          // The merchant's webhook deliveries, with or without their body; no other merchant's.
          for (const [merchantId, webhookId] of [
            ['erased-shop', 'w-1'],
            ['erased-shop', 'w-2'],
            ['staying-shop', 'w-1'],
          ] as const)
            await backend.webhooks.claim({
              merchantId,
              webhookId,
              body: new TextEncoder().encode('{}'),
              receivedAt: r.receivedAt,
              expiresAt: '2026-04-15T10:00:00.000Z',
            });
          await backend.webhooks.discard('erased-shop', 'w-2');
          expect(await eraser().eraseWebhooks('erased-shop')).toBe(2);
          expect(await eraser().eraseWebhooks('erased-shop')).toBe(0);
          expect(
            await backend.webhooks.read('erased-shop', 'w-1', r.receivedAt),
          ).toBeUndefined();
          expect(
            await backend.webhooks.read('staying-shop', 'w-1', r.receivedAt),
          ).toBeDefined();
          expect((await eraser().requestPage('erased-shop')).requests).toEqual(
            [],
          );
        });
      });

    if (options.keyLayout)
      describe('key layout (IAM dynamodb:LeadingKeys)', () => {
        it('keeps every kind of item under the partition prefix of its kind, and nothing else', async () => {
          const items = (await scan?.()) ?? [];
          const seen = new Set<ItemKind>();
          for (const item of items) {
            const kind = kindOf(item);
            expect(kind, JSON.stringify(item).slice(0, 200)).toBeDefined();
            seen.add(kind as ItemKind);
            expect(
              ITEM_KINDS[kind as ItemKind].some((p) =>
                String(item.pk).startsWith(p),
              ),
              `${kind}: ${String(item.pk)}`,
            ).toBe(true);
          }
          // A webhook delivery (its body personal data) expires by the table's TTL attribute
          // (infra/stacks/data-stack.ts `ttl`, epoch seconds) when its claim does.
          const deliveries = items.filter((i) => kindOf(i) === 'webhook');
          expect(deliveries.length).toBeGreaterThan(0);
          for (const d of deliveries)
            expect(d.ttl).toBe(
              Math.ceil(Date.parse(String(d.expiresAt)) / 1000),
            );
          // The suite wrote every kind a function can be granted.
          expect([...seen].sort()).toEqual(Object.keys(ITEM_KINDS).sort());
        });
      });
  });
}

contract('memory adapters', async () => ({
  backend: {
    ...memoryPorts(),
    console: new MemoryConsoleStore(),
    webhooks: new MemoryWebhookInbox(),
  },
  teardown: async () => undefined,
}));

contract(
  'DynamoDB adapters on dynalite',
  async () => {
    const server: Server = dynalite({
      createTableMs: 0,
      deleteTableMs: 0,
      updateTableMs: 0,
    });
    await new Promise<void>((done) =>
      server.listen(0, '127.0.0.1', () => done()),
    );
    const endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    await ensureTable(endpoint, TABLE, REGION, credentials);
    return {
      backend: dynamoBackend(endpoint),
      teardown: () => new Promise<void>((done) => server.close(() => done())),
      scan: () => scanTable(endpoint),
    };
  },
  { keyLayout: true },
);

contract(
  'DynamoDB adapters on DynamoDB Local',
  async () => {
    const local = await startDynamoDbLocal();
    await ensureTable(local.endpoint, TABLE, REGION, credentials);
    return {
      backend: dynamoBackend(local.endpoint),
      teardown: local.stop,
      scan: () => scanTable(local.endpoint),
    };
  },
  { keyLayout: true },
);
