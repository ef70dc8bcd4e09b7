/**
 * The authorisation of an agent who asked on someone's behalf (domain/agents.ts):
 * - the agent's signed link (`/authority/<secret>`, emailed with the acknowledgement, ending with
 *   the verification link) opens a page that lists what was uploaded and signs an upload form
 *   (S3 presigned POST, as the processors' confirmation page does) under the request's
 *   `authority/` prefix; the agent can remove a file (a POST) while the request waits;
 * - a console member sees the files, downloads each through a URL signed for a minute, and may
 *   upload one received by post or email (the console's own form, back to its page);
 * - a member accepts the authority (the request goes ahead without the person's confirmation,
 *   verify-identity.ts `verifyAndStart`, audited as `authority-accepted` with the files it rests on)
 *   or declines it (closed, the agent told why).
 * GET pages read only; nothing here opens a file beyond the bytes that tell its type.
 */
import { randomUUID } from 'node:crypto';
import {
  AUTHORITY_LIMITS,
  type AuthorityFile,
  authorityTypeAccepted,
} from '#domain/agents.ts';
import { RequestNotFoundError, ValidationError } from '#domain/errors.ts';
import {
  AUTHORITY_KIND,
  authorityPrefix,
  objectTags,
} from '#domain/object-keys.ts';
import type { DsrRequest } from '#domain/request.ts';
import type { MerchantConfig } from '#domain/schemas.ts';
import type { UploadForm } from '#ports/export-store.ts';
import type { Ports } from '#ports/index.ts';
import { inspectLink } from './links.ts';
import {
  type ListedFile,
  listFilesUnder,
  type UploadReturn,
} from './processor-uploads.ts';

/** The files of a request's authorisation, each with whether an authorisation may be of its type. */
export async function listAuthority(
  requestId: string,
  ports: Pick<Ports, 'exports'>,
): Promise<ListedFile[]> {
  const files = await listFilesUnder(
    authorityPrefix(requestId),
    AUTHORITY_LIMITS,
    ports,
  );
  return files.map((f) => ({
    ...f,
    accepted: f.accepted && authorityTypeAccepted(f.mediaType),
  }));
}

/** Whether the request still takes an authorisation: an agent's, waiting for confirmation. */
export function takesAuthority(request: DsrRequest): boolean {
  return (
    Boolean(request.agent?.email) &&
    !request.agent?.accepted &&
    request.status === 'PENDING_VERIFICATION'
  );
}

/**
 * An upload form for one more file under the request's authority prefix, signed for an hour at
 * most and never past `back.notAfter`; none when the files are at their limit or too little time
 * is left.
 */
export async function authorityUploadForm(
  request: Pick<DsrRequest, 'requestId' | 'merchantId'>,
  back: UploadReturn,
  listed: number,
  ports: Pick<Ports, 'exports' | 'clock'>,
): Promise<UploadForm | undefined> {
  if (listed >= AUTHORITY_LIMITS.maxFiles) return undefined;
  const left = Math.floor(
    (Date.parse(back.notAfter) - ports.clock.now().getTime()) / 1000,
  );
  const seconds = Math.min(AUTHORITY_LIMITS.formSeconds, left);
  if (seconds < AUTHORITY_LIMITS.minFormSeconds) return undefined;
  return ports.exports.presignUpload({
    keyPrefix: `${authorityPrefix(request.requestId)}${randomUUID()}/`,
    maxBytes: AUTHORITY_LIMITS.maxBytes,
    expiresInSeconds: seconds,
    redirectUrl: back.redirectUrl,
    tags: objectTags(AUTHORITY_KIND, request.merchantId),
  });
}

/** What the agent's page shows. */
export interface AuthorityPage {
  request: DsrRequest;
  merchant: MerchantConfig;
  files: ListedFile[];
  /** Absent when nothing more can be uploaded (see `open`) or the limit is reached. */
  form?: UploadForm;
  /** The request still takes an authorisation ({@link takesAuthority}). */
  open: boolean;
}

/** GET of the agent's link: the files and, while the request waits, the upload form. Reads only. */
export async function authorityPage(
  secret: string,
  pageUrl: string,
  ports: Pick<Ports, 'links' | 'requests' | 'merchants' | 'exports' | 'clock'>,
): Promise<AuthorityPage> {
  const link = await inspectLink(secret, 'authority', ports, {
    singleUse: false,
  });
  const request = await ports.requests.get(link.requestId);
  if (!request?.agent?.email) throw new RequestNotFoundError(link.requestId);
  const merchant = await ports.merchants.get(request.merchantId);
  if (!merchant) throw new RequestNotFoundError(link.requestId);
  const open = takesAuthority(request);
  const files = await listAuthority(request.requestId, ports);
  return {
    request,
    merchant,
    files,
    open,
    form: open
      ? await authorityUploadForm(
          request,
          { redirectUrl: pageUrl, notAfter: link.expiresAt },
          files.length,
          ports,
        )
      : undefined,
  };
}

/**
 * POST of the agent's link: removes one listed file while the request waits (`id`: a key below
 * the request's authority prefix, so nothing else can be named; one no longer listed changes
 * nothing).
 */
export async function removeAuthorityFile(
  secret: string,
  id: unknown,
  ports: Pick<Ports, 'links' | 'requests' | 'exports' | 'clock'>,
): Promise<void> {
  const link = await inspectLink(secret, 'authority', ports, {
    singleUse: false,
  });
  const request = await ports.requests.get(link.requestId);
  if (!request || !takesAuthority(request)) return;
  if (typeof id !== 'string' || id === '' || id.length > 1024)
    throw new ValidationError('Choose a file to remove', {
      remove: 'must name a listed file',
    });
  const prefix = authorityPrefix(request.requestId);
  const listed = await ports.exports.list(prefix, AUTHORITY_LIMITS.listLimit);
  const found = listed.find((o) => o.key === `${prefix}${id}`);
  if (found) await ports.exports.delete(found.key);
}

/** Why the files do not allow the authority to be accepted. */
export type AuthorityProblem = 'none' | 'not-accepted';

/**
 * The files an acceptance rests on: every listed file, at least one, each of a type an
 * authorisation may be. Throws a {@link ValidationError} whose `fields.authority` is the
 * {@link AuthorityProblem}.
 */
export function authorityFilesToRecord(
  files: readonly ListedFile[],
): AuthorityFile[] {
  const problem: AuthorityProblem | undefined =
    files.length === 0
      ? 'none'
      : files.some((f) => !f.accepted)
        ? 'not-accepted'
        : undefined;
  if (problem)
    throw new ValidationError(
      problem === 'none'
        ? 'No authorisation was uploaded'
        : 'A file is not a PDF or a picture',
      { authority: problem },
    );
  return files.map((f) => ({
    key: f.key,
    name: f.name,
    bytes: f.bytes,
    mediaType: f.mediaType,
  }));
}
