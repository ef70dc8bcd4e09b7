/** Reads a zip in tests (fflate: small, synchronous API; the product writes zips with yazl). */
import { unzipSync } from 'fflate';

export function unzip(bytes: Uint8Array | Buffer): Record<string, string> {
  const files = unzipSync(new Uint8Array(bytes));
  return Object.fromEntries(
    Object.entries(files).map(([name, data]) => [
      name,
      new TextDecoder('utf-8', { ignoreBOM: true }).decode(data),
    ]),
  );
}
