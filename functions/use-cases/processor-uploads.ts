/**
 * The files a processor (or the merchant, for a processor that reports only to it) hands over
 * through the signed confirmation page of an access or portability request:
 * - the page's upload form posts one file straight to the export store (S3 presigned POST), under
 *   the job's upload prefix, then comes back to the page;
 * - the page lists what is there (read-only: a listing and the first bytes of each file, whose
 *   type is told from those bytes);
 * - a file can be removed (a POST) until the job is confirmed;
 * - confirming records the accepted files on the job, in the write that finishes it: only those
 *   reach the package. The link is then used up, so nothing uploaded later is ever recorded.
 * Every key is derived from the link's own request and processor: one link can neither list nor
 * remove another job's files.
 */
import { randomUUID } from 'node:crypto';
import { ValidationError } from '#domain/errors.ts';
import { linkUrl } from '#domain/links.ts';
import { uploadPrefix } from '#domain/object-keys.ts';
import {
  type DetectedType,
  type Sniffed,
  sniffUpload,
  UPLOAD_LIMITS,
  uploadedName,
} from '#domain/processor-uploads.ts';
import type { RequestType } from '#domain/request.ts';
import type { UploadForm } from '#ports/export-store.ts';
import type { Ports } from '#ports/index.ts';
import type { UploadedFile } from '#ports/request-store.ts';

/** Requests whose confirmation page takes files: the data is handed over (Arts 15, 20). */
export const TAKES_FILES: readonly RequestType[] = ['access', 'portability'];

export function takesFiles(type: RequestType): boolean {
  return TAKES_FILES.includes(type);
}

/** The job whose files a link reaches: always the link's own request and processor. */
export interface UploadJob {
  requestId: string;
  processorId: string;
  merchantId: string;
}

/** A file found under the job's prefix, as the page lists it. */
export interface ListedFile extends Sniffed {
  /** The key below the job's prefix: what the remove button posts. */
  id: string;
  key: string;
  name: string;
  bytes: number;
}

/** What the page shows about files: the list and, while more can be added, the upload form. */
export interface UploadView {
  files: ListedFile[];
  /** Absent when the limit is reached or the link expires too soon for an upload. */
  form?: UploadForm;
  maxBytes: number;
  maxFiles: number;
}

/** Why the files on the page stop the confirmation. */
export type UploadProblem =
  /** A listed file is not of an accepted type (it must be removed first). */
  | 'not-accepted'
  /** More files than can be confirmed. */
  | 'too-many'
  /** The data is said to be provided, but no file is there. */
  | 'missing'
  /** Files are there, but the answer says there is nothing to hand over. */
  | 'not-wanted';

/** file-type, loaded on the first check only: other paths never pay for it at cold start. */
async function detect(head: Uint8Array): Promise<DetectedType | undefined> {
  const { fileTypeFromBuffer } = await import('file-type');
  const found = await fileTypeFromBuffer(head);
  return found ? { mime: found.mime, ext: found.ext } : undefined;
}

/** The files under the job's prefix, oldest first, each with the type its bytes show. */
export async function listUploads(
  job: Pick<UploadJob, 'requestId' | 'processorId'>,
  ports: Pick<Ports, 'exports'>,
): Promise<ListedFile[]> {
  return listFilesUnder(
    uploadPrefix(job.requestId, job.processorId),
    UPLOAD_LIMITS,
    ports,
  );
}

/**
 * The files under `prefix` (one folder per upload form), oldest first, each with the type its
 * first bytes show: the processors' uploads and an agent's authorisation (use-cases/authority.ts).
 */
export async function listFilesUnder(
  prefix: string,
  limits: { listLimit: number; sniffBytes: number },
  ports: Pick<Ports, 'exports'>,
): Promise<ListedFile[]> {
  const objects = await ports.exports.list(prefix, limits.listLimit);
  const files = await Promise.all(
    objects.map(async (object): Promise<ListedFile | undefined> => {
      const head = await ports.exports.readHead(object.key, limits.sniffBytes);
      // Removed between the listing and the read.
      if (!head) return undefined;
      const name = uploadedName(object.key, prefix);
      const complete = head.length >= object.bytes;
      const sniffed = sniffUpload(
        name,
        head,
        complete,
        head.length ? await detect(head) : undefined,
      );
      return {
        ...sniffed,
        id: object.key.slice(prefix.length),
        key: object.key,
        name,
        bytes: object.bytes,
      };
    }),
  );
  const order = new Map(objects.map((o) => [o.key, o.lastModified]));
  return (
    files
      .filter((f): f is ListedFile => f !== undefined)
      // Upload time (S3 keeps whole seconds), then name: the order a person uploaded them in.
      .sort(
        (a, b) =>
          (order.get(a.key) ?? '').localeCompare(order.get(b.key) ?? '') ||
          a.name.localeCompare(b.name) ||
          a.key.localeCompare(b.key),
      )
  );
}

/**
 * Where an upload form sends the browser back to, and until when it may work at the latest: the
 * confirmation link's page (never past the link's expiry), or the console's answer page.
 */
export interface UploadReturn {
  redirectUrl: string;
  notAfter: string;
}

/** The confirmation link's page as an upload's way back ({@link UploadReturn}). */
export function linkReturn(
  secret: string,
  linkExpiresAt: string,
  ports: Pick<Ports, 'settings'>,
): UploadReturn {
  return {
    redirectUrl: linkUrl(ports.settings.publicBaseUrl, 'processor', secret),
    notAfter: linkExpiresAt,
  };
}

/**
 * The page's upload form: one file into a fresh folder under the job's prefix, signed for an hour
 * at most and never past `back.notAfter`; S3 sends the browser back to the page. None when the
 * job has its full number of files or the page has too little life left.
 */
export async function uploadFormFor(
  job: UploadJob,
  back: UploadReturn,
  listed: number,
  ports: Pick<Ports, 'exports' | 'clock'>,
): Promise<UploadForm | undefined> {
  if (listed >= UPLOAD_LIMITS.maxFiles) return undefined;
  const left = Math.floor(
    (Date.parse(back.notAfter) - ports.clock.now().getTime()) / 1000,
  );
  const seconds = Math.min(UPLOAD_LIMITS.formSeconds, left);
  if (seconds < UPLOAD_LIMITS.minFormSeconds) return undefined;
  return ports.exports.presignUpload({
    keyPrefix: `${uploadPrefix(job.requestId, job.processorId)}${randomUUID()}/`,
    maxBytes: UPLOAD_LIMITS.maxBytes,
    expiresInSeconds: seconds,
    redirectUrl: back.redirectUrl,
    tags: { 'dsr-kind': 'processor-upload', 'dsr-merchant': job.merchantId },
  });
}

/** Everything the page shows about the job's files (reads only). */
export async function uploadView(
  job: UploadJob,
  back: UploadReturn,
  ports: Pick<Ports, 'exports' | 'clock'>,
): Promise<UploadView> {
  const files = await listUploads(job, ports);
  return {
    files,
    form: await uploadFormFor(job, back, files.length, ports),
    maxBytes: UPLOAD_LIMITS.maxBytes,
    maxFiles: UPLOAD_LIMITS.maxFiles,
  };
}

/**
 * Deletes one listed file of the job. `id` is what the page's remove button posted: a key below
 * the job's prefix, so no other job's object can be named; one that is not listed any more (a
 * second click) changes nothing.
 */
export async function removeUpload(
  job: Pick<UploadJob, 'requestId' | 'processorId'>,
  id: unknown,
  ports: Pick<Ports, 'exports'>,
): Promise<void> {
  if (typeof id !== 'string' || id === '' || id.length > 1024)
    throw new ValidationError('Choose a file to remove', {
      remove: 'must name a listed file',
    });
  const prefix = uploadPrefix(job.requestId, job.processorId);
  const listed = await ports.exports.list(prefix, UPLOAD_LIMITS.listLimit);
  const found = listed.find((o) => o.key === `${prefix}${id}`);
  if (found) await ports.exports.delete(found.key);
}

/**
 * The files a confirmation records: every listed file, once each is of an accepted type and
 * there are not too many; at least one when the data is said to be provided, none when the answer
 * says there is nothing to hand over. Throws a {@link ValidationError} whose `fields.files` is the
 * {@link UploadProblem}.
 */
export function filesToRecord(
  files: readonly ListedFile[],
  providesData: boolean,
): UploadedFile[] {
  const problem = uploadProblem(files, providesData);
  if (problem)
    throw new ValidationError(PROBLEM_MESSAGES[problem], { files: problem });
  return files.map((f) => ({
    name: f.name,
    key: f.key,
    bytes: f.bytes,
    mediaType: f.mediaType,
  }));
}

export function uploadProblem(
  files: readonly ListedFile[],
  providesData: boolean,
): UploadProblem | undefined {
  if (files.some((f) => !f.accepted)) return 'not-accepted';
  if (files.length > UPLOAD_LIMITS.maxFiles) return 'too-many';
  if (providesData && files.length === 0) return 'missing';
  if (!providesData && files.length > 0) return 'not-wanted';
  return undefined;
}

const PROBLEM_MESSAGES: Record<UploadProblem, string> = {
  'not-accepted': 'Remove the files that are not accepted',
  'too-many': `At most ${UPLOAD_LIMITS.maxFiles} files can be handed over`,
  missing: 'Upload the data, or choose another answer',
  'not-wanted': 'Remove the uploaded files, or say the data is provided',
};
