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

/**
 * The authorisation an agent (or a member, for a request received by post) uploaded for a request
 * made on someone's behalf, one folder per upload form: `<prefix><form id>/<file name>`. Never
 * opened by us beyond the bytes that tell its type; the console downloads it through a short-lived
 * URL. Scoped in IAM by {@link AUTHORITY_KEY_PATTERN}.
 */
export const authorityPrefix = (requestId: string) =>
  `${base(requestId)}/authority/`;

/** Every key {@link authorityPrefix} can produce, as an IAM resource / `s3:prefix` pattern. */
export const AUTHORITY_KEY_PATTERN = `${EXPORT_KEY_PREFIX}*/authority/*`;

/** Working material: an agent's authorisation (kept as every other working material). */
export const AUTHORITY_KIND = 'agent-authority';

/** The assembled access/portability package (a zip). */
export const packageKey = (requestId: string) =>
  `${base(requestId)}/export/package.zip`;

/** The erasure certificate of each round, kept by the merchant as evidence (JSON and HTML). */
export const certificateKeys = (requestId: string, round: number) => ({
  json: `${base(requestId)}/erasure/certificate-${round}.json`,
  html: `${base(requestId)}/erasure/certificate-${round}.html`,
});

/**
 * Object tags of the export bucket: `dsr-kind` says what an object is, `dsr-merchant` whose. The
 * bucket's lifecycle rules key on `dsr-kind` (infra/stacks/data-stack.ts): what was delivered to
 * a person expires `exportRetentionDays` after it was written; everything else (processor parts,
 * processor uploads, a package waiting for its release review, an untagged object) is working
 * material, kept for as long as a request can still need it (`workingMaterialDays`).
 */
export const OBJECT_TAGS = {
  kind: 'dsr-kind',
  merchant: 'dsr-merchant',
} as const;

/** Kinds sent to the shopper (and the merchant) by a download link as soon as they are written. */
export const DELIVERED_KINDS = [
  'access-package',
  'portability-package',
  'erasure-certificate',
] as const;

/** Working material: one processor's records, read back when the package is built. */
export const PART_KIND = 'processor-part';

/** A package that waits for the merchant's release review before the shopper gets its link. */
export const reviewPackageKind = (type: string) => `${type}-package-for-review`;

/** The tags of an object of `kind` written for merchant `merchantId`. */
export const objectTags = (kind: string, merchantId: string) => ({
  [OBJECT_TAGS.kind]: kind,
  [OBJECT_TAGS.merchant]: merchantId,
});
