/**
 * Keys of the objects a request writes to the export bucket. Everything lives under one prefix,
 * to which the IAM grants of the app stack are scoped (infra/wiring.ts re-exports it).
 */
export const EXPORT_KEY_PREFIX = 'requests/';

const base = (requestId: string) => `${EXPORT_KEY_PREFIX}${requestId}`;

/** One processor's records for an access export, one JSON record per line. */
export const partKey = (requestId: string, processorId: string) =>
  `${base(requestId)}/parts/${processorId}.ndjson`;

/**
 * The files a processor (or the merchant for it) uploaded on the confirmation page, one folder
 * per upload form: `<prefix><form id>/<file name>`. Only the job's confirmation makes them part
 * of the package. The IAM grants of the upload page are scoped to these folders
 * ({@link UPLOAD_KEY_PATTERN}).
 */
export const uploadPrefix = (requestId: string, processorId: string) =>
  `${base(requestId)}/parts/${processorId}/files/`;

/** Every key {@link uploadPrefix} can produce, as an IAM resource / `s3:prefix` pattern. */
export const UPLOAD_KEY_PATTERN = `${EXPORT_KEY_PREFIX}*/parts/*/files/*`;

/** The assembled access/portability package (a zip). */
export const packageKey = (requestId: string) =>
  `${base(requestId)}/export/package.zip`;

/** The erasure certificate of each round, kept by the merchant as evidence (JSON and HTML). */
export const certificateKeys = (requestId: string, round: number) => ({
  json: `${base(requestId)}/erasure/certificate-${round}.json`,
  html: `${base(requestId)}/erasure/certificate-${round}.html`,
});
