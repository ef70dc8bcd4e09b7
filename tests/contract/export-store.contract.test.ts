/**
 * One suite for the ExportStore port, run against the in-memory fake the use-case tests rely on
 * and against S3ExportStore on @20minutes/s3rver behind the local stack's S3 front, which checks
 * browser form uploads as S3 does (what `npm start` uses; loopback, a temporary folder). The S3 run also records, with SDK middleware, what went over the wire: the
 * `x-amz-tagging` header (s3rver accepts it but does not store tags, so GetObjectTagging cannot
 * show them), the multipart calls, and the chunks in which GetObject bodies arrived.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import S3rver from '@20minutes/s3rver';
import { GetObjectCommand, NoSuchKey, S3Client } from '@aws-sdk/client-s3';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { S3ExportStore } from '#adapters/aws/s3-export-store.ts';
import { MemoryExportStore } from '#adapters/memory/memory-ports.ts';
import { startS3FormFront } from '#infra/local/s3-form-front.ts';
import type {
  ArchiveEntry,
  ExportStore,
  ObjectTags,
  UploadForm,
} from '#ports/export-store.ts';
import { unzip } from '../helpers/unzip.ts';

const BUCKET = 'contract-exports';
const MB = 1024 * 1024;

interface Backend {
  store: ExportStore;
  /** The stored object's bytes, read around the port; undefined when there is none. */
  bytes(key: string): Promise<Uint8Array | undefined>;
  /** The tags the object was written with (S3: as sent in `x-amz-tagging`). */
  tags(key: string): ObjectTags | undefined;
  /** S3 only: the calls made for `key`, by command name. */
  calls?(key: string): string[];
  /** S3 only: the sizes of the chunks in which the last GetObject body arrived. */
  lastBodyChunks?(): number[];
  /** Posts a file with an upload form as a browser does; the stored key or the store's refusal. */
  upload(
    form: UploadForm,
    filename: string,
    body: Uint8Array,
  ): Promise<{ key: string } | { error: string }>;
}

function memoryBackend(): Backend {
  const store = new MemoryExportStore();
  return {
    store,
    bytes: async (key) => store.objects.get(key)?.body,
    tags: (key) => store.objects.get(key)?.tags,
    upload: async (form, filename, body) =>
      store.acceptUpload(form, filename, body),
  };
}

async function s3Backend(): Promise<{
  backend: Backend;
  teardown: () => Promise<void>;
}> {
  const dir = mkdtempSync(join(tmpdir(), 'dsr-contract-s3-'));
  const server = new S3rver({
    address: '127.0.0.1',
    port: 0,
    silent: true,
    directory: dir,
    configureBuckets: [{ name: BUCKET, configs: [] }],
  });
  const { port } = await server.run();
  const credentials = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' };
  const front = await startS3FormFront({
    host: '127.0.0.1',
    backend: `http://127.0.0.1:${port}`,
    region: 'eu-north-1',
    credentials,
  });
  const s3 = new S3Client({
    endpoint: front.url,
    region: 'eu-north-1',
    forcePathStyle: true,
    credentials,
    // As the local stack: s3rver would store aws-chunked framing as content otherwise.
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
  });
  const calls: { key: string; command: string; tagging?: string }[] = [];
  let chunks: number[] = [];
  s3.middlewareStack.add(
    (next, context) => async (args) => {
      const request = args.request as { headers?: Record<string, string> };
      calls.push({
        key: String((args.input as { Key?: string }).Key),
        command: context.commandName ?? '?',
        tagging: request.headers?.['x-amz-tagging'],
      });
      return next(args);
    },
    { step: 'finalizeRequest', name: 'contractRecorder' },
  );
  s3.middlewareStack.add(
    (next, context) => async (args) => {
      const result = await next(args);
      const body = (result.output as { Body?: AsyncIterable<Uint8Array> }).Body;
      if (context.commandName === 'GetObjectCommand' && body) {
        chunks = [];
        const iterate = body[Symbol.asyncIterator].bind(body);
        body[Symbol.asyncIterator] = async function* () {
          for await (const chunk of { [Symbol.asyncIterator]: iterate }) {
            chunks.push(chunk.byteLength);
            yield chunk;
          }
        } as never;
      }
      return result;
    },
    { step: 'initialize', name: 'contractBodyChunks' },
  );
  const backend: Backend = {
    store: new S3ExportStore(s3, BUCKET),
    async bytes(key) {
      try {
        const out = await s3.send(
          new GetObjectCommand({ Bucket: BUCKET, Key: key }),
        );
        return await out.Body?.transformToByteArray();
      } catch (error) {
        if (error instanceof NoSuchKey) return undefined;
        throw error;
      }
    },
    async upload(form, filename, body) {
      const data = new FormData();
      for (const [name, value] of Object.entries(form.fields))
        data.append(name, value);
      data.append('file', new Blob([body]), filename);
      const res = await fetch(form.url, {
        method: 'POST',
        body: data,
        redirect: 'manual',
      });
      const text = await res.text();
      if (res.status !== 303)
        return {
          error: /<Code>([^<]+)<\/Code>/.exec(text)?.[1] ?? String(res.status),
        };
      return {
        key:
          new URL(res.headers.get('location') ?? '').searchParams.get('key') ??
          '',
      };
    },
    tags(key) {
      const fromForm = front.tagsOf(BUCKET, key);
      if (fromForm) return fromForm;
      const sent = calls.findLast(
        (c) =>
          c.key === key &&
          (c.command === 'PutObjectCommand' ||
            c.command === 'CreateMultipartUploadCommand'),
      )?.tagging;
      return sent === undefined
        ? undefined
        : Object.fromEntries(new URLSearchParams(sent));
    },
    calls: (key) => calls.filter((c) => c.key === key).map((c) => c.command),
    lastBodyChunks: () => chunks,
  };
  return {
    backend,
    teardown: async () => {
      s3.destroy();
      await front.close();
      await server.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function collect(lines: AsyncIterable<string>): Promise<string[]> {
  const out: string[] = [];
  for await (const line of lines) out.push(line);
  return out;
}

async function* entries(...list: ArchiveEntry[]): AsyncGenerator<ArchiveEntry> {
  yield* list;
}

const text = (...parts: (string | Uint8Array)[]) =>
  async function* () {
    yield* parts;
  };

/** Byte offsets where a chunk ends in the middle of a UTF-8 character. */
function splitCharacters(bytes: Buffer, chunkSizes: number[]): number[] {
  const splits: number[] = [];
  let at = 0;
  for (const size of chunkSizes.slice(0, -1)) {
    at += size;
    // A continuation byte (10xxxxxx) right after the cut: the character spans two chunks.
    if (((bytes[at] ?? 0) & 0xc0) === 0x80) splits.push(at);
  }
  return splits;
}

function contract(
  name: string,
  setup: () => Promise<{ backend: Backend; teardown: () => Promise<void> }>,
) {
  describe(name, () => {
    let backend: Backend;
    let teardown: () => Promise<void>;
    beforeAll(async () => {
      ({ backend, teardown } = await setup());
    });
    afterAll(async () => {
      await teardown?.();
    });

    it('stores text with its tags and reads it back; a missing key is undefined', async () => {
      await backend.store.put(
        'requests/r1/erasure/certificate-1.json',
        '{"processor":"Mäkelä Oy ✓ 😀"}',
        'application/json',
        { 'dsr-kind': 'certificate' },
      );
      expect(
        await backend.store.getText('requests/r1/erasure/certificate-1.json'),
      ).toBe('{"processor":"Mäkelä Oy ✓ 😀"}');
      expect(backend.tags('requests/r1/erasure/certificate-1.json')).toEqual({
        'dsr-kind': 'certificate',
      });
      expect(
        await backend.store.getText('requests/r1/erasure/missing.json'),
      ).toBeUndefined();
    });

    it('reads lines ending in LF or CRLF, the last one without a newline; blank lines are skipped', async () => {
      await backend.store.put(
        'requests/r2/parts/crm.ndjson',
        '{"a":1}\n{"b":"ä"}\r\n\r\n{"c":3}\n\n{"d":"ö"}',
        'application/x-ndjson',
      );
      expect(
        await collect(backend.store.readLines('requests/r2/parts/crm.ndjson')),
      ).toEqual(['{"a":1}', '{"b":"ä"}', '{"c":3}', '{"d":"ö"}']);
    });

    it('yields nothing for a part that does not exist', async () => {
      expect(
        await collect(backend.store.readLines('requests/r3/parts/none.ndjson')),
      ).toEqual([]);
    });

    it('keeps multi-byte characters whole across the chunks of a large object', async () => {
      // 4002-byte lines of 4-byte characters: chunk boundaries fall inside characters.
      const lines = Array.from(
        { length: 800 },
        (_, i) => `${i % 10}${'😀'.repeat(1000)}`,
      );
      const body = `${lines.join('\r\n')}\r\n`;
      await backend.store.put(
        'requests/r4/parts/big.ndjson',
        body,
        'application/x-ndjson',
      );
      const read = await collect(
        backend.store.readLines('requests/r4/parts/big.ndjson'),
      );
      expect(read).toEqual(lines);
      expect(read.join('')).not.toContain('\uFFFD');
      if (backend.lastBodyChunks) {
        const chunks = backend.lastBodyChunks();
        expect(chunks.length).toBeGreaterThan(1);
        expect(chunks.reduce((a, b) => a + b, 0)).toBe(Buffer.byteLength(body));
        expect(
          splitCharacters(Buffer.from(body), chunks).length,
        ).toBeGreaterThan(0);
      }
    });

    it('writes a zip of the entries, in order, with its tags', async () => {
      const key = 'requests/r5/export/package.zip';
      const { bytes } = await backend.store.putArchive(
        key,
        entries(
          { name: 'data.json', content: text('{"schema":', '"x"}\n') },
          {
            name: 'csv/order.csv',
            content: text('\uFEFFsource,id\r\n', Buffer.from('Lastu,#1 ä\r\n')),
          },
          { name: 'report.html', content: text('<p>Hyvä asiakas</p>') },
        ),
        { 'dsr-kind': 'access-package', 'dsr-merchant': 'lastu' },
      );
      const stored = await backend.bytes(key);
      expect(stored?.length).toBe(bytes);
      const files = unzip(stored ?? new Uint8Array());
      expect(Object.keys(files)).toEqual([
        'data.json',
        'csv/order.csv',
        'report.html',
      ]);
      expect(files).toEqual({
        'data.json': '{"schema":"x"}\n',
        'csv/order.csv': '\uFEFFsource,id\r\nLastu,#1 ä\r\n',
        'report.html': '<p>Hyvä asiakas</p>',
      });
      expect(backend.tags(key)).toEqual({
        'dsr-kind': 'access-package',
        'dsr-merchant': 'lastu',
      });
    });

    it('streams more than 20 MB of incompressible content (S3: a multipart upload)', async () => {
      const key = 'requests/r6/export/package.zip';
      const blocks = Array.from({ length: 21 }, () => randomBytes(MB));
      const { bytes } = await backend.store.putArchive(
        key,
        entries(
          { name: 'photos.bin', content: text(...blocks) },
          { name: 'data.json', content: text('{}') },
        ),
        { 'dsr-kind': 'access-package', 'dsr-merchant': 'lastu' },
      );
      expect(bytes).toBeGreaterThan(21 * MB);
      const stored = await backend.bytes(key);
      expect(stored?.length).toBe(bytes);
      const files = unzipSync(stored ?? new Uint8Array());
      expect(
        Buffer.from(files['photos.bin'] ?? []).equals(Buffer.concat(blocks)),
      ).toBe(true);
      expect(Buffer.from(files['data.json'] ?? []).toString()).toBe('{}');
      expect(backend.tags(key)).toEqual({
        'dsr-kind': 'access-package',
        'dsr-merchant': 'lastu',
      });
      if (backend.calls) {
        // 8 MB parts: ceil(bytes / 8 MB) of them, then one completion; no single PutObject.
        const parts = Math.ceil(bytes / (8 * MB));
        expect(parts).toBeGreaterThan(1);
        expect(
          backend.calls(key).filter((c) => c !== 'GetObjectCommand'),
        ).toEqual([
          'CreateMultipartUploadCommand',
          ...Array.from({ length: parts }, () => 'UploadPartCommand'),
          'CompleteMultipartUploadCommand',
        ]);
      }
    });

    it('rejects, leaving no object, when an entry fails before anything was uploaded', async () => {
      const key = 'requests/r7/export/package.zip';
      await expect(
        backend.store.putArchive(
          key,
          entries(
            { name: 'data.json', content: text('{"a":1}') },
            {
              name: 'csv/order.csv',
              content: async function* () {
                yield 'source,id\r\n';
                throw new Error('part unreadable');
              },
            },
          ),
        ),
      ).rejects.toThrow('part unreadable');
      expect(await backend.bytes(key)).toBeUndefined();
      expect(await backend.store.getText(key)).toBeUndefined();
      if (backend.calls)
        expect(backend.calls(key)).not.toContain('PutObjectCommand');
    });

    it('rejects, leaving no object (S3: the upload aborted), when an entry fails after parts were uploaded', async () => {
      const key = 'requests/r8/export/package.zip';
      const failure = await backend.store
        .putArchive(
          key,
          entries({
            name: 'photos.bin',
            content: async function* () {
              for (let i = 0; i < 12; i++) yield randomBytes(MB);
              throw new Error('part unreadable');
            },
          }),
        )
        .then(
          () => undefined,
          (error: unknown) => error,
        );
      expect(failure).toBeInstanceOf(Error);
      // s3rver does not implement AbortMultipartUpload (405), and lib-storage then rejects with
      // the abort's failure rather than the cause; S3 itself aborts and the cause comes through.
      if (!backend.calls)
        expect((failure as Error).message).toBe('part unreadable');
      expect(await backend.bytes(key)).toBeUndefined();
      if (backend.calls) {
        const calls = backend.calls(key);
        expect(calls).toContain('UploadPartCommand');
        expect(calls).toContain('AbortMultipartUploadCommand');
        expect(calls).not.toContain('CompleteMultipartUploadCommand');
      }
    });

    it('hands out an upload form: a file posted with it lands under the prefix with its own name and the tags, within the size range', async () => {
      // Prepare
      const prefix = 'requests/r10/parts/judge-me/files/f1/';
      const form = await backend.store.presignUpload({
        keyPrefix: prefix,
        maxBytes: 64,
        expiresInSeconds: 600,
        redirectUrl: 'https://dsr.test/processor/abc',
        tags: { 'dsr-kind': 'processor-upload', 'dsr-merchant': 'lastu' },
      });
      // Act
      const ok = await backend.upload(
        form,
        'arvostelut ä.csv',
        Buffer.from('a,b\r\n1,2\r\n'),
      );
      const large = await backend.upload(form, 'big.bin', randomBytes(65));
      const empty = await backend.upload(form, 'empty.bin', new Uint8Array());
      // Assess
      expect(ok).toEqual({ key: `${prefix}arvostelut ä.csv` });
      expect(await backend.store.getText(`${prefix}arvostelut ä.csv`)).toBe(
        'a,b\r\n1,2\r\n',
      );
      expect(backend.tags(`${prefix}arvostelut ä.csv`)).toEqual({
        'dsr-kind': 'processor-upload',
        'dsr-merchant': 'lastu',
      });
      expect(large).toEqual({ error: 'EntityTooLarge' });
      expect(empty).toEqual({ error: 'EntityTooSmall' });
      expect(await backend.bytes(`${prefix}big.bin`)).toBeUndefined();
    });

    it("lists a prefix in key order up to a limit, reads an object's first bytes, streams it whole, and deletes it", async () => {
      const prefix = 'requests/r11/parts/p/files/';
      const big = randomBytes(3 * MB + 17);
      await backend.store.put(
        `${prefix}b/two.json`,
        '{"x":1}',
        'application/json',
      );
      await backend.store.putArchive(
        `${prefix}a/one.bin`,
        entries({ name: 'x.bin', content: text(big) }),
      );
      await backend.store.put(
        'requests/r11/parts/q/files/c/other.csv',
        'x',
        'text/csv',
      );
      const listed = await backend.store.list(prefix, 10);
      expect(listed.map((o) => o.key)).toEqual([
        `${prefix}a/one.bin`,
        `${prefix}b/two.json`,
      ]);
      expect(listed[1]?.bytes).toBe(7);
      expect(Date.parse(listed[1]?.lastModified ?? '')).not.toBeNaN();
      expect((await backend.store.list(prefix, 1)).map((o) => o.key)).toEqual([
        `${prefix}a/one.bin`,
      ]);
      expect(
        Buffer.from(
          (await backend.store.readHead(`${prefix}b/two.json`, 3)) ?? [],
        ),
      ).toEqual(Buffer.from('{"x'));
      expect(
        Buffer.from(
          (await backend.store.readHead(`${prefix}b/two.json`, 100)) ?? [],
        ).toString(),
      ).toBe('{"x":1}');
      expect(await backend.store.readHead(`${prefix}none`, 10)).toBeUndefined();
      const stream = await backend.store.open(`${prefix}a/one.bin`);
      const chunks: Uint8Array[] = [];
      for await (const chunk of stream ?? []) chunks.push(chunk);
      expect(chunks.length).toBeGreaterThan(1);
      expect(
        Buffer.concat(chunks).equals(
          Buffer.from((await backend.bytes(`${prefix}a/one.bin`)) ?? []),
        ),
      ).toBe(true);
      expect(await backend.store.open(`${prefix}none`)).toBeUndefined();
      await backend.store.delete(`${prefix}a/one.bin`);
      await backend.store.delete(`${prefix}never-there`);
      expect((await backend.store.list(prefix, 10)).map((o) => o.key)).toEqual([
        `${prefix}b/two.json`,
      ]);
    });
  });
}

contract('MemoryExportStore', async () => ({
  backend: memoryBackend(),
  teardown: async () => {},
}));
contract('S3ExportStore on s3rver', s3Backend);
