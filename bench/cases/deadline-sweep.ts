/**
 * Case 5 — deadline sweep at scale.
 *
 * Method: a fresh in-memory dynalite table made by infra/local/table.ts (ensureTable: the deployed
 * key schema and the sparse `openByDue` index) is loaded with open request items laid out as
 * DynamoRequestStore writes them (gsi1pk 'OPEN', gsi1sk = dueAt): DUE of them due within the sweep's
 * horizon (written first), the rest due 20+ days out; BatchWriteItem, 25 items a call, a few calls in
 * flight, until TARGET items or LOAD_BUDGET_MS, whichever comes first (the largest N loaded is
 * reported; nothing is extrapolated). Then `sweepDeadlines` runs once with DynamoRequestStore on that
 * table and memory merchants (lastu), mailer, audit log and metrics. Sweep time is wall clock;
 * index items read = Σ Count of the Query calls (from the document client), which must equal DUE.
 * Limitations: dynalite (LevelDB in memory) is not DynamoDB; its query time is not DynamoDB's.
 */

import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import {
  BatchWriteCommand,
  DynamoDBDocumentClient,
  QueryCommand,
  type QueryCommandOutput,
} from '@aws-sdk/lib-dynamodb';
import dynalite from 'dynalite';
import { keys } from '#adapters/aws/dynamo-keys.ts';
import { DynamoRequestStore } from '#adapters/aws/dynamo-request-store.ts';
import { memoryPorts } from '#adapters/memory/memory-ports.ts';
import { ensureTable } from '#infra/local/table.ts';
import { loadSeed } from '#infra/seed/seed.ts';
import { sweepDeadlines } from '#use-cases/sweep-deadlines.ts';
import { type CaseResult, fmt, info, type Row } from '../lib/result.ts';

const TARGET = 100_000;
const DUE = 100;
const LOAD_BUDGET_MS = 60_000;
const IN_FLIGHT = 4;
const TABLE = 'bench-sweep';
const NOW = new Date('2026-12-01T09:00:00Z');
const DAY_MS = 86_400_000;
const credentials = { accessKeyId: 'x', secretAccessKey: 'x' };

function requestItem(i: number) {
  const requestId = `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`;
  const due = i < DUE;
  const dueAt = new Date(
    NOW.getTime() + (due ? DAY_MS : 20 * DAY_MS) + i * 1000,
  ).toISOString();
  return {
    ...keys.request(requestId),
    ...keys.schedule('OPEN', dueAt),
    requestId,
    merchantId: 'lastu',
    type: 'access',
    status: 'AWAITING_DECISION',
    email: `subject-${i}@example.com`,
    receivedAt: new Date(NOW.getTime() - 20 * DAY_MS).toISOString(),
    dueDate: dueAt.slice(0, 10),
    dueAt,
  };
}

export async function run(): Promise<CaseResult> {
  const server = dynalite({
    createTableMs: 0,
    deleteTableMs: 0,
    updateTableMs: 0,
  }) as Server;
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const client = new DynamoDBClient({
    endpoint,
    region: 'eu-north-1',
    credentials,
  });
  const doc = DynamoDBDocumentClient.from(client, {
    marshallOptions: { removeUndefinedValues: true },
  });
  try {
    await ensureTable(endpoint, TABLE, 'eu-north-1', credentials);

    // Load.
    const loadStarted = performance.now();
    let next = 0;
    let loaded = 0;
    const writer = async () => {
      while (
        next < TARGET &&
        performance.now() - loadStarted < LOAD_BUDGET_MS
      ) {
        const from = next;
        next = Math.min(TARGET, next + 25);
        let pending = Array.from({ length: next - from }, (_, k) => ({
          PutRequest: { Item: requestItem(from + k) },
        }));
        while (pending.length) {
          const out = await doc.send(
            new BatchWriteCommand({ RequestItems: { [TABLE]: pending } }),
          );
          loaded +=
            pending.length - (out.UnprocessedItems?.[TABLE]?.length ?? 0);
          pending = (out.UnprocessedItems?.[TABLE] ?? []) as typeof pending;
        }
      }
    };
    await Promise.all(Array.from({ length: IN_FLIGHT }, writer));
    const loadMs = performance.now() - loadStarted;

    // Count what the sweep's queries read.
    let queries = 0;
    let itemsRead = 0;
    let scanned = 0;
    const send = doc.send.bind(doc);
    doc.send = (async (command: unknown) => {
      const out = await send(command as QueryCommand);
      if (command instanceof QueryCommand) {
        const q = out as QueryCommandOutput;
        queries++;
        itemsRead += q.Count ?? 0;
        scanned += q.ScannedCount ?? 0;
      }
      return out;
    }) as typeof doc.send;

    const memory = memoryPorts(NOW);
    await memory.merchants.put(loadSeed('lastu').merchant);
    const ports = { ...memory, requests: new DynamoRequestStore(doc, TABLE) };
    const started = performance.now();
    const summary = await sweepDeadlines({ now: NOW.toISOString() }, ports);
    const sweepMs = performance.now() - started;

    const rows: Row[] = [
      info(
        'open requests loaded (N)',
        loaded,
        (n) =>
          `${n}${n < TARGET ? ` of ${TARGET} (load budget ${LOAD_BUDGET_MS / 1000} s)` : ''}`,
      ),
      info('load time', loadMs, fmt.ms),
      info(`sweep time (N=${loaded}, ${DUE} due)`, sweepMs, fmt.ms),
      {
        metric: 'index items read by the sweep',
        figure: `${itemsRead} (${queries} queries, ${summary.reminders + summary.escalations} reminders sent)`,
        value: itemsRead,
        target: `= ${DUE} (due ones)`,
        verdict: itemsRead === DUE && scanned === DUE ? 'PASS' : 'MISS',
      },
    ];
    return {
      id: '5 sweep',
      title: 'Deadline sweep at scale',
      rows,
      notes: [
        `In-memory dynalite, ${loaded} open request items (${DUE} due in 1 day, the rest 20+ days out); sweep with DynamoRequestStore + memory merchants/mailer/audit/metrics.`,
        'Items read = Σ Query Count (ScannedCount equal: key condition only, no filter, no scan).',
      ],
      details: {
        target: TARGET,
        loaded,
        loadMs,
        sweepMs,
        queries,
        itemsRead,
        scanned,
        summary,
      },
    };
  } finally {
    client.destroy();
    await new Promise<void>((done) => server.close(() => done()));
  }
}
