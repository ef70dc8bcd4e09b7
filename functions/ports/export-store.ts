/** One file of an archive. `content` is called when the archive reaches this entry, not before. */
export interface ArchiveEntry {
  name: string;
  content: () => AsyncIterable<string | Uint8Array>;
}

/** Object tags (S3 object tagging): never personal data. */
export type ObjectTags = Record<string, string>;

/** Object storage for export parts and packages (S3 with SSE-KMS on AWS). */
export interface ExportStore {
  put(
    key: string,
    body: string,
    contentType: string,
    tags?: ObjectTags,
  ): Promise<void>;
  getText(key: string): Promise<string | undefined>;
  /**
   * The lines of a text object (NDJSON parts), streamed: memory holds one line at a time.
   * An object that does not exist yields nothing.
   */
  readLines(key: string): AsyncIterable<string>;
  /**
   * Streams a zip of `entries` into `key` (a multipart upload on S3): memory stays bounded by the
   * upload's part buffers whatever the archive's size. Entries are pulled one at a time, in order,
   * so an entry may be decided from what the previous ones produced.
   */
  putArchive(
    key: string,
    entries: AsyncIterable<ArchiveEntry>,
    tags?: ObjectTags,
  ): Promise<{ bytes: number }>;
  /** A short-lived URL that downloads the object as `filename`. */
  presignDownload(
    key: string,
    filename: string,
    expiresInSeconds: number,
  ): Promise<string>;
}
