/**
 * The export benchmark's ExportStore: `readLines` generates each part on the fly
 * (bench/lib/export-records.ts), `putArchive` sends the real zip stream into one of two sinks:
 * - `sink`: zipStream (functions/adapters/zip.ts) drained into a byte counter;
 * - `s3`: the real S3ExportStore (lib-storage Upload, 8 MB parts, 2 in flight) on an S3Client whose
 *   request handler is in-process: it answers CreateMultipartUpload / UploadPart /
 *   CompleteMultipartUpload / PutObject / AbortMultipartUpload like S3, counts the bytes and holds
 *   each part for `partLatencyMs` (the time S3 would take to receive it), so the upload's part
 *   buffers are alive as long as they would be on AWS.
 * Both keep the archive's last bytes to check its end-of-central-directory record.
 */
import { S3Client } from '@aws-sdk/client-s3';
import type { HttpRequest } from '@smithy/types';
import { S3ExportStore } from '#adapters/aws/s3-export-store.ts';
import { lines, zipStream } from '#adapters/zip.ts';
import type {
  ArchiveEntry,
  ExportStore,
  ObjectTags,
} from '#ports/export-store.ts';
import { partChunks } from './export-records.ts';

export type SinkKind = 'sink' | 's3';

/** Keeps the last bytes written through it (the zip's central directory end). */
class Tail {
  private buffer = Buffer.alloc(0);
  constructor(private readonly size = 64 * 1024) {}
  /** Copies at most `size` bytes: an 8 MB part must not cost the benchmark another 8 MB. */
  push(chunk: Uint8Array): void {
    const last = chunk.subarray(Math.max(0, chunk.byteLength - this.size));
    const keep = this.buffer.subarray(
      Math.max(0, this.buffer.length + last.byteLength - this.size),
    );
    this.buffer = Buffer.concat([keep, last]);
  }
  /** Entries counted by the end-of-central-directory record, or undefined when there is none. */
  zipEntries(): number | undefined {
    const at = this.buffer.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
    return at < 0 ? undefined : this.buffer.readUInt16LE(at + 10);
  }
}

export interface UploadStats {
  parts: number;
  partBytes: number[];
  maxInFlight: number;
  singlePut: boolean;
  completed: boolean;
  aborted: boolean;
  tagging?: string;
}

async function drain(body: unknown, onChunk: (c: Uint8Array) => void) {
  if (body instanceof Uint8Array) onChunk(body);
  else if (typeof body === 'string') onChunk(Buffer.from(body));
  else if (body && typeof body === 'object' && Symbol.asyncIterator in body)
    for await (const c of body as AsyncIterable<Uint8Array>) onChunk(c);
}

/** An S3Client that never leaves the process: S3's multipart API answered in memory. */
function inProcessS3(
  stats: UploadStats,
  tail: Tail,
  partLatencyMs: number,
): S3Client {
  let inFlight = 0;
  const xml = (body: string) => ({
    response: {
      statusCode: 200,
      headers: { 'content-type': 'application/xml' },
      body: Buffer.from(`<?xml version="1.0" encoding="UTF-8"?>\n${body}`),
    },
  });
  const handler = {
    metadata: { handlerProtocol: 'http/1.1' },
    updateHttpClientConfig() {},
    httpHandlerConfigs: () => ({}),
    destroy() {},
    async handle(request: HttpRequest) {
      const q = request.query ?? {};
      if (request.method === 'POST' && 'uploads' in q) {
        stats.tagging = String(request.headers['x-amz-tagging'] ?? '');
        return xml(
          '<InitiateMultipartUploadResult><Bucket>bench</Bucket><Key>k</Key><UploadId>bench-upload</UploadId></InitiateMultipartUploadResult>',
        );
      }
      if (request.method === 'PUT') {
        inFlight++;
        stats.maxInFlight = Math.max(stats.maxInFlight, inFlight);
        let bytes = 0;
        await drain(request.body, (c) => {
          bytes += c.byteLength;
          tail.push(c);
        });
        await new Promise((r) => setTimeout(r, partLatencyMs));
        inFlight--;
        if ('partNumber' in q) {
          stats.parts++;
          stats.partBytes.push(bytes);
        } else {
          stats.singlePut = true;
          stats.tagging = String(request.headers['x-amz-tagging'] ?? '');
        }
        return {
          response: {
            statusCode: 200,
            headers: { etag: `"${bytes.toString(16).padStart(32, '0')}"` },
            body: Buffer.alloc(0),
          },
        };
      }
      if (request.method === 'POST' && 'uploadId' in q) {
        stats.completed = true;
        return xml(
          `<CompleteMultipartUploadResult><Bucket>bench</Bucket><Key>k</Key><ETag>"bench-${stats.parts}"</ETag></CompleteMultipartUploadResult>`,
        );
      }
      if (request.method === 'DELETE') {
        stats.aborted = true;
        return {
          response: { statusCode: 204, headers: {}, body: Buffer.alloc(0) },
        };
      }
      throw new Error(`bench S3: unexpected ${request.method} ${request.path}`);
    },
  };
  return new S3Client({
    region: 'eu-north-1',
    credentials: { accessKeyId: 'bench', secretAccessKey: 'bench' },
    requestHandler: handler as never,
  });
}

export interface StoreOptions {
  sink: SinkKind;
  /** Bytes each processor's part holds (by partKey). */
  parts: Map<string, { processorId: string; budget: number }>;
  email: string;
  partLatencyMs: number;
  /** Called when the archive moves on to an entry (phase tracking). */
  onEntry: (name: string) => void;
  /**
   * Called every 1024 lines read. A pass over generated lines resolves only microtasks, so timers
   * (the memory sampler) may not run for long stretches: the worker samples here too.
   */
  onLines: () => void;
  /** Files processors uploaded (by key): their size and whether they are text (compressible). */
  files?: Map<string, { bytes: number; text: boolean }>;
}

export class GeneratedExportStore implements ExportStore {
  /** Lines and bytes handed out by readLines (every pass, re-reads included). */
  linesRead = 0;
  bytesRead = 0;
  readLinesCalls = 0;
  /** Per part: lines and bytes of one full read (the part's size). */
  readonly partSizes = new Map<string, { lines: number; bytes: number }>();
  archiveBytes = 0;
  readonly upload: UploadStats = {
    parts: 0,
    partBytes: [],
    maxInFlight: 0,
    singlePut: false,
    completed: false,
    aborted: false,
  };
  private readonly tail = new Tail();

  constructor(private readonly options: StoreOptions) {}

  zipEntries(): number | undefined {
    return this.tail.zipEntries();
  }

  /** The part's bytes, generated, through the adapters' own line splitter. */
  async *readLines(key: string): AsyncIterable<string> {
    const part = this.options.parts.get(key);
    if (!part) return;
    this.readLinesCalls++;
    let lineCount = 0;
    let bytes = 0;
    // Each chunk in its own event-loop turn, as a socket delivers an S3 body: timers and V8's
    // GC tasks run between chunks as they would in the Lambda.
    const counted = async function* (chunks: Iterable<Buffer>) {
      for (const chunk of chunks) {
        await new Promise<void>((resolve) => setImmediate(resolve));
        bytes += chunk.length;
        yield chunk;
      }
    };
    let complete = false;
    try {
      for await (const line of lines(
        counted(partChunks(part.processorId, part.budget, this.options.email)),
      )) {
        lineCount++;
        if (lineCount % 1024 === 0) this.options.onLines();
        yield line;
      }
      complete = true;
    } finally {
      // Also when the reader stops early (the CSV pass stops after a category's last record).
      this.linesRead += lineCount;
      this.bytesRead += bytes;
      if (complete && !this.partSizes.has(key))
        this.partSizes.set(key, { lines: lineCount, bytes });
    }
  }

  async putArchive(
    key: string,
    entries: AsyncIterable<ArchiveEntry>,
    tags?: ObjectTags,
  ): Promise<{ bytes: number }> {
    const onEntry = this.options.onEntry;
    async function* tracked(): AsyncGenerator<ArchiveEntry> {
      for await (const entry of entries)
        yield {
          name: entry.name,
          content: () => {
            onEntry(entry.name);
            return entry.content();
          },
        };
      onEntry('(central directory)');
    }
    if (this.options.sink === 's3') {
      const s3 = inProcessS3(
        this.upload,
        this.tail,
        this.options.partLatencyMs,
      );
      try {
        const out = await new S3ExportStore(s3, 'bench').putArchive(
          key,
          tracked(),
          tags,
        );
        this.archiveBytes = out.bytes;
        return out;
      } finally {
        s3.destroy();
      }
    }
    const zip = zipStream(tracked());
    for await (const chunk of zip.stream) {
      this.archiveBytes += (chunk as Buffer).length;
      this.tail.push(chunk as Buffer);
    }
    return { bytes: this.archiveBytes };
  }

  async put(): Promise<void> {
    throw new Error('not used by the benchmark');
  }
  async getText(): Promise<string | undefined> {
    throw new Error('not used by the benchmark');
  }
  async presignDownload(): Promise<string> {
    throw new Error('not used by the benchmark');
  }
  /** An uploaded file's bytes, generated in 64 KB chunks, each in its own event-loop turn. */
  async open(key: string): Promise<AsyncIterable<Uint8Array> | undefined> {
    const file = this.options.files?.get(key);
    if (!file) return undefined;
    return (async function* () {
      let seed = 0x9e3779b9;
      for (let left = file.bytes; left > 0; left -= 64 * 1024) {
        await new Promise<void>((resolve) => setImmediate(resolve));
        const chunk = new Uint8Array(Math.min(64 * 1024, left));
        if (file.text) {
          // CSV-like rows: compresses as a processor's export would.
          chunk.fill(0x61);
          for (let i = 63; i < chunk.length; i += 64) chunk[i] = 0x0a;
        } else {
          // Incompressible, as a PDF or photo is (xorshift32).
          for (let i = 0; i < chunk.length; i++) {
            seed ^= seed << 13;
            seed ^= seed >>> 17;
            seed ^= seed << 5;
            chunk[i] = seed & 0xff;
          }
        }
        yield chunk;
      }
    })();
  }
  async presignUpload(): Promise<never> {
    throw new Error('not used by the benchmark');
  }
  /** The uploaded files under the prefix (the package lists a processor's folder once). */
  async list(prefix: string) {
    return [...(this.options.files ?? new Map()).entries()]
      .filter(([key]) => key.startsWith(prefix))
      .map(([key, f]) => ({
        key,
        bytes: f.bytes,
        lastModified: '2026-03-16T09:00:00.000Z',
      }));
  }
  async readHead(): Promise<never> {
    throw new Error('not used by the benchmark');
  }
  async delete(): Promise<void> {
    throw new Error('not used by the benchmark');
  }
}
