import {
  hashLinkSecret,
  isWellFormedSecret,
  type LinkPurpose,
  linkUrl,
  siblingSecret,
} from '#domain/links.ts';
import { linkAftermath } from '#domain/progress.ts';
import { requestReference } from '#domain/request.ts';
import type { Ports } from '#ports/index.ts';
import { resolveLocale } from '#presentation/i18n/index.ts';
import type { GoneLinkView } from '#presentation/status-pages.ts';

/** Links the shopper holds: their page speaks the shopper's language and may lead to the status page. */
const SHOPPER_LINKS: readonly LinkPurpose[] = [
  'verify',
  'status',
  'download',
  'information',
];

/**
 * What the page of a used or expired `purpose` link says besides "no longer usable": what became
 * of the request (approved on …, released on …; domain/progress.ts), its reference, and for the
 * shopper's verification link the status page issued when they confirmed, or the form when the
 * request expired unconfirmed. Reads only; no personal data leaves. Undefined when the link is
 * unknown or of another purpose (the page then says only what the error says).
 * @example const view = await goneLinkView(secret, 'decide', ports); // { aftermath: { fact: 'approved', at }, … }
 */
export async function goneLinkView(
  secret: string,
  purpose: LinkPurpose,
  ports: Pick<Ports, 'links' | 'requests' | 'merchants' | 'clock' | 'settings'>,
): Promise<GoneLinkView | undefined> {
  if (!isWellFormedSecret(secret)) return undefined;
  const link = await ports.links.get(hashLinkSecret(secret));
  if (!link || link.purpose !== purpose) return undefined;
  const request = await ports.requests.get(link.requestId);
  if (!request) return undefined;
  const merchant = await ports.merchants.get(request.merchantId);
  const shopper = SHOPPER_LINKS.includes(purpose);
  const aftermath = linkAftermath(
    purpose,
    request,
    link.decision,
    ports.clock.now().toISOString(),
  );
  const base = ports.settings.publicBaseUrl.replace(/\/+$/, '');
  return {
    aftermath,
    reference: requestReference(request.requestId),
    locale: shopper
      ? resolveLocale(request.locale, merchant?.locale)
      : resolveLocale(merchant?.locale),
    ...(purpose === 'verify'
      ? await statusOf(secret, link.requestId, ports)
      : {}),
    ...(aftermath.fact === 'notConfirmed' && shopper
      ? { formUrl: `${base}/m/${request.merchantId}` }
      : {}),
  };
}

/** The status link issued when the shopper confirmed with this verification link, if still open. */
async function statusOf(
  secret: string,
  requestId: string,
  ports: Pick<Ports, 'links' | 'clock' | 'settings'>,
): Promise<{ statusUrl?: string }> {
  const status = siblingSecret(secret, 'status');
  const record = await ports.links.get(hashLinkSecret(status));
  if (
    record?.purpose !== 'status' ||
    record.requestId !== requestId ||
    record.expiresAt <= ports.clock.now().toISOString()
  )
    return {};
  return { statusUrl: linkUrl(ports.settings.publicBaseUrl, 'status', status) };
}
