/**
 * The confirmation link's file part, behind the same checks as the answer: the link must be
 * valid (unused, unexpired) and its job still waiting, or nothing is shown or removed.
 */
import type { Ports } from '#ports/index.ts';
import { previewProcessorJob } from './confirm-processor-job.ts';
import {
  linkReturn,
  removeUpload,
  takesFiles,
  type UploadView,
  uploadView,
} from './processor-uploads.ts';

type PagePorts = Pick<
  Ports,
  'requests' | 'links' | 'merchants' | 'clock' | 'exports' | 'settings'
>;

/** GET: the request to confirm and, for access/portability, its files and upload form. */
export async function previewProcessorPage(secret: string, ports: PagePorts) {
  const view = await previewProcessorJob(secret, ports);
  const upload: UploadView | undefined = takesFiles(view.request.type)
    ? await uploadView(
        {
          requestId: view.request.requestId,
          processorId: view.job.processorId,
          merchantId: view.merchant.merchantId,
        },
        linkReturn(secret, view.linkExpiresAt, ports),
        ports,
      )
    : undefined;
  return { ...view, upload };
}

/** POST with `remove`: deletes that file of the link's job, then the page is shown again. */
export async function removeProcessorUpload(
  secret: string,
  id: unknown,
  ports: PagePorts,
): Promise<void> {
  const view = await previewProcessorJob(secret, ports);
  if (!takesFiles(view.request.type)) return;
  await removeUpload(view.job, id, ports);
}
