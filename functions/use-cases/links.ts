import { LinkGoneError, LinkInvalidError } from '#domain/errors.ts';
import {
  hashLinkSecret,
  isWellFormedSecret,
  LINK_TTL_SECONDS,
  type LinkPurpose,
  type LinkRecord,
  linkUrl,
  newLinkSecret,
} from '#domain/links.ts';
import type { Ports } from '#ports/index.ts';
import { loadRequestAndMerchant } from './load.ts';

/** Creates a link record and returns the absolute URL to email. */
export async function issueLink(
  purpose: LinkPurpose,
  requestId: string,
  ports: Pick<Ports, 'links' | 'clock' | 'settings'>,
  extra: Pick<
    LinkRecord,
    | 'taskToken'
    | 'objectKey'
    | 'filename'
    | 'processorId'
    | 'round'
    | 'confirmBy'
  > & {
    /** Overrides the purpose's default lifetime. */
    expiresAt?: string;
    /**
     * A secret derived from another link (`siblingSecret`) instead of a random one. Issuing it
     * again returns the link already stored.
     */
    secret?: string;
  } = {},
): Promise<{ url: string; expiresAt: string; tokenHash: string }> {
  const { expiresAt: explicit, secret: given, ...fields } = extra;
  const secret = given ?? newLinkSecret();
  const now = ports.clock.now();
  const expiresAt =
    explicit ??
    new Date(now.getTime() + LINK_TTL_SECONDS[purpose] * 1000).toISOString();
  const tokenHash = hashLinkSecret(secret);
  const url = linkUrl(ports.settings.publicBaseUrl, purpose, secret);
  if (given) {
    const existing = await ports.links.get(tokenHash);
    if (existing?.purpose === purpose && existing.requestId === requestId)
      return { url, expiresAt: existing.expiresAt, tokenHash };
  }
  await ports.links.put({
    tokenHash,
    purpose,
    requestId,
    createdAt: now.toISOString(),
    expiresAt,
    ...fields,
  });
  return { url, expiresAt, tokenHash };
}

/** Reads a link without changing it (for GET pages). Throws if it is unknown, of another purpose, used or expired. */
export async function inspectLink(
  secret: string,
  purpose: LinkPurpose,
  ports: Pick<Ports, 'links' | 'clock'>,
  { singleUse = true } = {},
): Promise<LinkRecord> {
  if (!isWellFormedSecret(secret)) throw new LinkInvalidError();
  const record = await ports.links.get(hashLinkSecret(secret));
  if (!record || record.purpose !== purpose) throw new LinkInvalidError();
  if (singleUse && record.usedAt) throw new LinkGoneError('used');
  if (record.expiresAt <= ports.clock.now().toISOString())
    throw new LinkGoneError('expired');
  return record;
}

/**
 * A link page's GET: the live link of `purpose` ({@link inspectLink}), its request and the
 * request's merchant. Changes nothing.
 */
export async function inspectLinkedRequest(
  secret: string,
  purpose: LinkPurpose,
  ports: Pick<Ports, 'requests' | 'links' | 'merchants' | 'clock'>,
) {
  const link = await inspectLink(secret, purpose, ports);
  return { link, ...(await loadRequestAndMerchant(link.requestId, ports)) };
}

/** Uses up a single-use link, atomically. Throws as {@link inspectLink} does when it cannot. */
export async function consumeLink(
  secret: string,
  purpose: LinkPurpose,
  ports: Pick<Ports, 'links' | 'clock'>,
  carried: Pick<LinkRecord, 'decision'> = {},
): Promise<LinkRecord> {
  const record = await inspectLink(secret, purpose, ports);
  const consumed = await ports.links.consume(
    record.tokenHash,
    ports.clock.now().toISOString(),
    carried,
  );
  // Lost a race with another click, or expired in between.
  if (!consumed) throw new LinkGoneError('used');
  return consumed;
}
