/**
 * One run of the export benchmark, in its own process (bench/cases/export.ts bundles this file
 * with esbuild, as a Lambda bundle is built, and runs it with plain `node`): streams the generated
 * parts of the lastu merchant's seven processors through `writeAccessPackage` into the chosen sink
 * and prints one JSON line with the figures.
 *   node export-worker.mjs <sink|s3> <megabytes> <partLatencyMs>
 *
 * Memory: process.memoryUsage.rss() every SAMPLE_MS and every 1024 lines read (and the full
 * breakdown every 20th sample), attributed to the package entry being written at the time; the peak reported is the larger of
 * the sampled one and the kernel's `process.resourceUsage().maxRSS` (which also covers moments
 * between samples).
 */

import { loadavg } from 'node:os';
import { getHeapStatistics } from 'node:v8';
import { partKey, uploadPrefix } from '#domain/object-keys.ts';
import type { DsrRequest } from '#domain/request.ts';
import { MerchantConfig } from '#domain/schemas.ts';
import merchantJson from '#infra/seed/lastu.merchant.json' with {
  type: 'json',
};
import { writeAccessPackage } from '#use-cases/access-package.ts';
import { PROCESSOR_IDS, partBudgets, partChunks } from './export-records.ts';
import { GeneratedExportStore, type SinkKind } from './export-store.ts';

const rssAtStart = process.memoryUsage.rss();
const SAMPLE_MS = 10;
const MB = 1024 * 1024;

const [sinkArg = 'sink', mbArg = '1024', latencyArg = '100'] =
  process.argv.slice(2);
const sink = sinkArg as SinkKind;
if (sink !== 'sink' && sink !== 's3') throw new Error(`unknown sink ${sink}`);
const totalBytes = Number(mbArg) * MB;
const partLatencyMs = Number(latencyArg);

const EMAIL = 'aino.virtanen@example.com';
const merchant = MerchantConfig.parse(merchantJson);
const request: DsrRequest = {
  requestId: '00000000-0000-4000-8000-00000000be9c',
  merchantId: merchant.merchantId,
  type: 'access',
  status: 'IN_PROGRESS',
  email: EMAIL,
  subjectRef: 'bench',
  locale: 'fi',
  receivedAt: '2026-03-15T10:00:00.000Z',
  dueDate: '2026-04-15',
  dueAt: '2026-04-15T20:59:59.999Z',
  updatedAt: '2026-03-15T10:00:00.000Z',
};
/**
 * A tenth of the input is files Judge.me handed over on its confirmation page (a PDF of review
 * photos, incompressible and stored as is; a CSV export, deflated), streamed from the store into
 * `processors/judgeme/`; the NDJSON parts make up the rest.
 */
const uploadBytes = Math.round(totalBytes * 0.1);
const uploads = [
  {
    name: 'review-photos.pdf',
    mediaType: 'application/pdf',
    bytes: Math.round((uploadBytes * 2) / 3),
    text: false,
  },
  {
    name: 'reviews-export.csv',
    mediaType: 'text/csv',
    bytes: uploadBytes - Math.round((uploadBytes * 2) / 3),
    text: true,
  },
].map((f) => ({
  ...f,
  key: `${uploadPrefix('00000000-0000-4000-8000-00000000be9c', 'judgeme')}bench/${f.name}`,
}));
const budgets = partBudgets(totalBytes - uploadBytes);
const parts = new Map(
  PROCESSOR_IDS.map((processorId) => [
    partKey(request.requestId, processorId),
    { processorId, budget: budgets.get(processorId) ?? 0 },
  ]),
);
const sources = merchant.processors.map((processor) => ({
  processor,
  partKey: PROCESSOR_IDS.includes(processor.processorId)
    ? partKey(request.requestId, processor.processorId)
    : undefined,
  // The report states each answer; the bench's processors all handed their part over.
  statement: {
    processorId: processor.processorId,
    kind: 'provided' as const,
    by: 'system' as const,
    holds: [],
  },
  ...(processor.processorId === 'judgeme'
    ? {
        files: uploads.map(({ name, key, bytes, mediaType }) => ({
          name,
          key,
          bytes,
          mediaType,
        })),
      }
    : {}),
}));

// Memory sampling, per phase (the entry being written).
interface Phase {
  name: string;
  startedMs: number;
  ms: number;
  peakRss: number;
  peakHeapUsed: number;
  peakHeapTotal: number;
  peakExternal: number;
  peakArrayBuffers: number;
}
const phases: Phase[] = [];
let phase: Phase | undefined;
let started = 0;
const newPhase = (name: string): Phase => ({
  name,
  startedMs: performance.now() - started,
  ms: 0,
  peakRss: 0,
  peakHeapUsed: 0,
  peakHeapTotal: 0,
  peakExternal: 0,
  peakArrayBuffers: 0,
});
const enter = (name: string) => {
  const now = performance.now() - started;
  if (phase) phase.ms = now - phase.startedMs;
  phase = newPhase(name);
  phases.push(phase);
};
/** Full memory breakdowns through the run, thinned to at most TIMELINE points (for profiling). */
const TIMELINE = 240;
const timeline: {
  s: number;
  phase: string;
  rss: number;
  heapTotal: number;
  heapUsed: number;
  external: number;
  arrayBuffers: number;
}[] = [];
let timelineEvery = 1;
let samples = 0;
let peakRss = 0;
const sample = () => {
  const rss = process.memoryUsage.rss();
  peakRss = Math.max(peakRss, rss);
  if (!phase) return;
  phase.peakRss = Math.max(phase.peakRss, rss);
  if (samples++ % 20 === 0) {
    const m = process.memoryUsage();
    phase.peakHeapUsed = Math.max(phase.peakHeapUsed, m.heapUsed);
    phase.peakHeapTotal = Math.max(phase.peakHeapTotal, m.heapTotal);
    phase.peakExternal = Math.max(phase.peakExternal, m.external);
    phase.peakArrayBuffers = Math.max(phase.peakArrayBuffers, m.arrayBuffers);
    if ((samples - 1) % (20 * timelineEvery) === 0) {
      timeline.push({
        s: (performance.now() - started) / 1000,
        phase: phase.name,
        rss: m.rss,
        heapTotal: m.heapTotal,
        heapUsed: m.heapUsed,
        external: m.external,
        arrayBuffers: m.arrayBuffers,
      });
      if (timeline.length >= TIMELINE) {
        for (let i = 1; i < timeline.length; i += 1) timeline.splice(i, 1);
        timelineEvery *= 2;
      }
    }
  }
};

const store = new GeneratedExportStore({
  sink,
  parts,
  email: EMAIL,
  partLatencyMs,
  onEntry: enter,
  onLines: sample,
  files: new Map(uploads.map((f) => [f.key, { bytes: f.bytes, text: f.text }])),
});
const rssBefore = process.memoryUsage.rss();
const maxRssBefore = process.resourceUsage().maxRSS * 1024;
const timer = setInterval(sample, SAMPLE_MS);
started = performance.now();
const cpuBefore = process.cpuUsage();
const loadBefore = loadavg()[0];
const result = await writeAccessPackage(request, merchant, sources, {
  exports: store,
  clock: { now: () => new Date('2026-03-20T12:00:00.000Z') },
});
const seconds = (performance.now() - started) / 1000;
const cpu = process.cpuUsage(cpuBefore);
const cpuSeconds = (cpu.user + cpu.system) / 1e6;
if (phase) phase.ms = seconds * 1000 - phase.startedMs;
clearInterval(timer);
sample();
const maxRss = process.resourceUsage().maxRSS * 1024;

// The generator's own cost, for reference (after the run: it must not raise the peak): one
// read of up to 16 MB of every part, nothing else.
const generatorStarted = performance.now();
let generatorBytes = 0;
for (const { processorId, budget } of parts.values())
  for (const chunk of partChunks(processorId, Math.min(budget, 16 * MB), EMAIL))
    generatorBytes += chunk.length;
const generatorMBps =
  generatorBytes / MB / ((performance.now() - generatorStarted) / 1000);

const inputBytes = [...store.partSizes.values()].reduce(
  (s, p) => s + p.bytes,
  0,
);
const inputLines = [...store.partSizes.values()].reduce(
  (s, p) => s + p.lines,
  0,
);
process.stdout.write(
  `${JSON.stringify({
    sink,
    requestedMB: Number(mbArg),
    partLatencyMs,
    node: process.version,
    inputBytes,
    inputLines,
    uploadBytes,
    records: result.index.total(),
    invalidLines: result.index.invalidLines,
    bytesRead: store.bytesRead,
    readLinesCalls: store.readLinesCalls,
    zipBytes: result.bytes,
    files: result.files,
    zipEntriesInDirectory: store.zipEntries(),
    categories: result.index.categories(),
    consentEntries: result.index.consent.length,
    seconds,
    inputMBps: inputBytes / MB / seconds,
    cpuSeconds,
    inputMBperCpuSecond: inputBytes / MB / cpuSeconds,
    loadAverage: [loadBefore, loadavg()[0]],
    v8HeapLimit: getHeapStatistics().heap_size_limit,
    execArgv: process.execArgv,
    rssAtStart,
    rssBefore,
    maxRssBefore,
    peakRssSampled: peakRss,
    maxRss,
    peakRss: Math.max(peakRss, maxRss),
    samples,
    phases,
    upload: store.upload,
    timeline,
    generatorMBps,
  })}\n`,
);
process.exit(0);
