/**
 * `GET /console/requests/{requestId}/answer/{processorId}`: a member records the answer of a
 * processor that replied by letter or phone. The upload section and the answer form are the
 * confirmation link page's (processor-upload.ts, processor-page.ts `answerForm`), in the
 * member's language, as the shop's answer (`merchant`: "no answer" is offered too).
 */

import type { DsrRequest } from '#domain/request.ts';
import { requestReference } from '#domain/request.ts';
import type { ProcessorConfig } from '#domain/schemas.ts';
import type {
  UploadProblem,
  UploadView,
} from '#use-cases/processor-uploads.ts';
import { html } from '../html.ts';
import { CONSOLE_MESSAGES } from '../i18n/console/index.ts';
import { answerForm, type PostedAnswer } from '../processor-page.ts';
import { uploadedFiles, uploadSection } from '../processor-upload.ts';
import { processorName } from '../register.ts';
import { type Chrome, consolePage, csrfField } from './layout.ts';

export function answerPage(
  view: {
    request: DsrRequest;
    processor: ProcessorConfig;
    upload?: UploadView;
  },
  actionUrl: string,
  chrome: Chrome,
  posted: PostedAnswer = { values: {}, errors: {} },
): string {
  const locale = chrome.locale;
  const a = CONSOLE_MESSAGES[locale].answer;
  const ref = requestReference(view.request.requestId);
  const form = answerForm(
    view.processor,
    view.request,
    'merchant',
    locale,
    posted,
  );
  const upload = view.upload;
  return consolePage(
    a.title(processorName(view.processor, locale), ref),
    html`<p><a href="/console/requests/${view.request.requestId}">${a.back}</a></p>
<h1>${a.title(processorName(view.processor, locale), ref)}</h1>
${form.summary}
<p>${a.intro(processorName(view.processor, locale))}</p>
${upload ? uploadSection(upload, locale) : ''}
<form method="post" action="${actionUrl}">
${csrfField(chrome.member?.csrf ?? '')}
${upload ? uploadedFiles(upload, locale, posted.errors.files as UploadProblem | undefined) : ''}
${form.fields}
</form>`,
    chrome,
  );
}
