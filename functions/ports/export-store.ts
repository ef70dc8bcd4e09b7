/** One file of an archive. `content` is called when the archive reaches this entry, not before. */
export interface ArchiveEntry {
  name: string;
  content: () => AsyncIterable<string | Uint8Array>;
  /** Deflate the entry (default); false stores it as is (formats that are compressed already). */
  compress?: boolean;
}

/** Object tags (S3 object tagging): never personal data. */
export type ObjectTags = Record<string, string>;

/** One object found under a prefix. */
export interface StoredObject {
  key: string;
  bytes: number;
  /** When it was written (ISO 8601). */
  lastModified: string;
}

/**
 * What a browser needs to upload one file straight into the store, without passing through our
 * API (S3: a presigned POST). The page renders a `multipart/form-data` form posting to `url`,
 * with `fields` as hidden inputs followed by the file input named `file`, which must come last.
 */
export interface UploadForm {
  url: string;
  fields: Record<string, string>;
}

/** The limits an {@link UploadForm} is signed with; the store, not our code, enforces them. */
export interface UploadPolicy {
  /** Every key the form can write starts with this; the uploaded file's own name follows it. */
  keyPrefix: string;
  /** Largest accepted file, in bytes (the smallest is 1). */
  maxBytes: number;
  /** The form stops working after this long. */
  expiresInSeconds: number;
  /** Where the browser is sent after a successful upload (S3: a 303 with `bucket`, `key`, `etag`). */
  redirectUrl: string;
  /** Tags of the uploaded object (never personal data). */
  tags: ObjectTags;
}

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
  /** A signed form with which a browser uploads one file under `policy.keyPrefix`. */
  presignUpload(policy: UploadPolicy): Promise<UploadForm>;
  /** The objects whose key starts with `prefix`, in key order, at most `limit` of them. */
  list(prefix: string, limit: number): Promise<StoredObject[]>;
  /** The first `bytes` bytes of an object (fewer if it is shorter); undefined when it does not exist. */
  readHead(key: string, bytes: number): Promise<Uint8Array | undefined>;
  /**
   * Opens an object for reading (S3: the GetObject is sent now); its bytes then arrive as a
   * stream, so memory holds one chunk at a time. Undefined when the object does not exist.
   */
  open(key: string): Promise<AsyncIterable<Uint8Array> | undefined>;
  /** Deletes an object; deleting one that does not exist is not an error. */
  delete(key: string): Promise<void>;
}
