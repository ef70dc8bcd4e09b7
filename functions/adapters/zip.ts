/**
 * Streaming zip for the export stores, on yazl (chosen: small, no dependencies, streams each entry
 * through zlib with backpressure and writes data descriptors, so sizes need not be known ahead).
 */
import { pipeline, Readable, Transform } from 'node:stream';
import { ZipFile } from 'yazl';
import type { ArchiveEntry } from '#ports/export-store.ts';

/** Chunks handed to zlib: small writes (one record each) are gathered to about this size. */
const CHUNK_BYTES = 64 * 1024;

/**
 * A zip of `entries` as a byte stream. Entries are pulled one at a time: the next is asked for only
 * when the previous one has been read to its end. `bytes()` counts what the stream produced.
 */
export function zipStream(entries: AsyncIterable<ArchiveEntry>): {
  stream: Readable;
  bytes: () => number;
} {
  const zip = new ZipFile();
  let bytes = 0;
  const stream = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      bytes += chunk.length;
      done(null, chunk);
    },
  });
  pipeline(zip.outputStream, stream, () => {});
  void (async () => {
    try {
      for await (const entry of entries) {
        const source = Readable.from(coalesce(entry.content()));
        const ended = new Promise<void>((resolve, reject) => {
          source.once('end', resolve);
          source.once('error', reject);
        });
        zip.addReadStream(source, entry.name, {
          compress: entry.compress ?? true,
        });
        await ended;
      }
      zip.end();
    } catch (error) {
      stream.destroy(error as Error);
    }
  })();
  return { stream, bytes: () => bytes };
}

async function* coalesce(
  chunks: AsyncIterable<string | Uint8Array>,
): AsyncGenerator<Buffer> {
  let pending: Buffer[] = [];
  let size = 0;
  for await (const chunk of chunks) {
    const buffer =
      typeof chunk === 'string'
        ? Buffer.from(chunk, 'utf8')
        : Buffer.from(chunk);
    pending.push(buffer);
    size += buffer.length;
    if (size >= CHUNK_BYTES) {
      yield Buffer.concat(pending, size);
      pending = [];
      size = 0;
    }
  }
  if (size > 0) yield Buffer.concat(pending, size);
}

/** Splits a byte stream into lines (LF or CRLF), one line in memory at a time. */
export async function* lines(
  source: AsyncIterable<Uint8Array | string> | Iterable<Uint8Array | string>,
): AsyncGenerator<string> {
  const decoder = new TextDecoder('utf-8');
  let rest = '';
  for await (const chunk of source) {
    rest +=
      typeof chunk === 'string'
        ? chunk
        : decoder.decode(chunk, { stream: true });
    let from = 0;
    let at = rest.indexOf('\n');
    while (at >= 0) {
      const line = rest.slice(from, at).replace(/\r$/, '');
      if (line) yield line;
      from = at + 1;
      at = rest.indexOf('\n', from);
    }
    rest = rest.slice(from);
  }
  rest += decoder.decode();
  if (rest.trim()) yield rest.replace(/\r$/, '');
}
