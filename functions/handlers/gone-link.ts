import type { LinkPurpose } from '#domain/links.ts';
import type { Ports } from '#ports/index.ts';
import type { HttpEvent } from '#shared/http.ts';

/**
 * A link route's `gone` (shared/http.ts): what a used or expired link's page adds, read by
 * use-cases/link-aftermath.ts, which loads with the first such page. A link's first request is
 * mostly its GET while it is fresh; what became of the request (domain/progress.ts) is needed
 * only when it is not.
 */
export function goneLink(
  purpose: LinkPurpose,
  ports: Pick<Ports, 'links' | 'requests' | 'merchants' | 'clock' | 'settings'>,
) {
  return async (event: HttpEvent) =>
    (await import('#use-cases/link-aftermath.ts')).goneLinkView(
      event.pathParameters?.token ?? '',
      purpose,
      ports,
    );
}
