/** HTML pages of the public API. Every page works without JavaScript; actions are POST forms. */
import { ARTICLE_OF, type DsrRequest, REQUEST_TYPES } from '#domain/request.ts';
import type { MerchantConfig, ProcessorConfig } from '#domain/schemas.ts';
import { html, page } from './html.ts';
import { formatDate, RIGHT_LABELS } from './labels.ts';

export interface FormValues {
  type?: string;
  email?: string;
  name?: string;
  orderNumber?: string;
  details?: string;
}

export function requestFormPage(
  merchant: MerchantConfig,
  actionUrl: string,
  values: FormValues = {},
  errors: Record<string, string> = {},
): string {
  const fieldError = (field: string) =>
    errors[field]
      ? html`<p class="error" id="${field}-error" role="alert">${errors[field]}</p>`
      : '';
  const describedBy = (field: string) =>
    errors[field] ? `${field}-error` : undefined;
  return page(
    `Privacy request – ${merchant.name}`,
    html`<h1>Your privacy rights at ${merchant.name}</h1>
<p>Use this form to exercise your rights under the GDPR. We will email you a link to confirm it is really you.
The shop must answer within one month of your confirmed request.</p>
<form method="post" action="${actionUrl}" novalidate>
<input type="hidden" name="merchant" value="${merchant.merchantId}">
<fieldset><legend>What would you like to do?</legend>
${REQUEST_TYPES.map(
  (type) =>
    html`<div class="choice"><input type="radio" id="type-${type}" name="type" value="${type}"${
      values.type === type || (!values.type && type === 'access')
        ? html` checked`
        : ''
    }><label for="type-${type}" style="margin:0;font-weight:normal"><strong>${RIGHT_LABELS[type].title}</strong> (${ARTICLE_OF[type]})<br><span class="hint">${RIGHT_LABELS[type].explain}</span></label></div>`,
)}
${fieldError('type')}
</fieldset>
<label for="email">Your email address</label>
<input id="email" name="email" type="email" autocomplete="email" required value="${values.email ?? ''}" aria-describedby="${describedBy('email')}">
${fieldError('email')}
<label for="name">Your name <span class="hint">(optional)</span></label>
<input id="name" name="name" autocomplete="name" value="${values.name ?? ''}">
${fieldError('name')}
<label for="orderNumber">An order number <span class="hint">(optional, helps find your data)</span></label>
<input id="orderNumber" name="orderNumber" value="${values.orderNumber ?? ''}">
${fieldError('orderNumber')}
<label for="details">Anything we should know <span class="hint">(optional; for a correction, say what is wrong)</span></label>
<textarea id="details" name="details" rows="4">${values.details ?? ''}</textarea>
${fieldError('details')}
<button type="submit">Send request</button>
</form>
${merchant.privacyPolicyUrl ? html`<p class="hint"><a href="${merchant.privacyPolicyUrl}">${merchant.name} privacy policy</a></p>` : ''}`,
    merchant.locale,
  );
}

export function submittedPage(merchant: MerchantConfig): string {
  return page(
    'Check your email',
    html`<h1>Check your email</h1><p>If the address you gave is correct, you will receive an email from ${merchant.name}'s privacy service within a few minutes. Open the link in it to confirm your request.</p><p class="hint">The link works for ${merchant.unverifiedExpiryDays} days.</p>`,
  );
}

export function confirmIdentityPage(
  merchantName: string,
  type: DsrRequest['type'],
  actionUrl: string,
): string {
  return page(
    'Confirm your request',
    html`<h1>Confirm your request</h1><p>You asked ${merchantName} to: <strong>${RIGHT_LABELS[type].title}</strong>.</p><p>Press the button to confirm that you made this request. Nothing happens until you do.</p><form method="post" action="${actionUrl}"><button type="submit">Confirm</button></form>`,
  );
}

export function identityConfirmedPage(
  merchantName: string,
  dueDate: string,
): string {
  return page(
    'Request confirmed',
    html`<h1>Thank you, your request is confirmed</h1><p>${merchantName} has been asked to handle it. You will hear from them by <strong>${formatDate(dueDate)}</strong> at the latest.</p>`,
  );
}

export function decisionPage(
  merchant: MerchantConfig,
  request: DsrRequest,
  processors: ProcessorConfig[],
  actionUrl: string,
  error?: string,
  notice?: string,
): string {
  const canExtend = !request.extension && Boolean(request.extensionNoticeDue);
  return page(
    `Decide request ${request.requestId.slice(0, 8)}`,
    html`<h1>A privacy request needs your decision</h1>
<dl><dt>Request</dt><dd>${request.requestId}</dd>
<dt>Right</dt><dd>${RIGHT_LABELS[request.type].title} (${ARTICLE_OF[request.type]})</dd>
<dt>From</dt><dd>${request.email}${request.name ? ` (${request.name})` : ''}</dd>
<dt>Identity</dt><dd>Email address confirmed ${request.verifiedAt ? formatDate(request.verifiedAt) : ''}</dd>
${request.orderNumber ? html`<dt>Order</dt><dd>${request.orderNumber}</dd>` : ''}
${request.details ? html`<dt>Details</dt><dd>${request.details}</dd>` : ''}
<dt>Received</dt><dd>${formatDate(request.receivedAt)}</dd>
<dt>Answer due</dt><dd><strong>${formatDate(request.dueDate)}</strong>${request.extension ? ' (extended)' : ''}</dd>
${request.extensionNoticeDue && !request.extension ? html`<dt>Extend or refuse by</dt><dd>${formatDate(request.extensionNoticeDue)}</dd>` : ''}
<dt>Processors</dt><dd>${processors.map((p) => p.name).join(', ')}</dd></dl>
${error ? html`<p class="error" role="alert">${error}</p>` : ''}
<form method="post" action="${actionUrl}">
${notice ? html`<p role="status"><strong>${notice}</strong></p>` : ''}
<fieldset><legend>Your decision</legend>
<div class="choice"><input type="radio" id="approve" name="decision" value="approve" checked><label for="approve" style="margin:0;font-weight:normal"><strong>Approve</strong>: contact the processors listed above and answer the shopper.</label></div>
<div class="choice"><input type="radio" id="deny" name="decision" value="deny"><label for="deny" style="margin:0;font-weight:normal"><strong>Deny</strong>: refuse the request; the shopper is told your reasons and their right to complain to ${merchant.supervisoryAuthority.name}.</label></div>
${
  canExtend
    ? html`<div class="choice"><input type="radio" id="extend" name="decision" value="extend"><label for="extend" style="margin:0;font-weight:normal"><strong>Extend</strong> the deadline by up to two months (once, Art. 12(3)); the shopper is told the new date and your reasons. You decide afterwards.</label></div>`
    : ''
}
</fieldset>
<label for="reason">Reason (required to deny or extend; sent to the shopper)</label>
<textarea id="reason" name="reason" rows="4"></textarea>
<button type="submit">Submit decision</button>
</form>`,
  );
}

export function decisionRecordedPage(decision: 'approve' | 'deny'): string {
  return page(
    'Decision recorded',
    decision === 'approve'
      ? html`<h1>Approved</h1><p>The processors are being contacted now. The shopper will receive the result by email, and you will be told if anything fails.</p>`
      : html`<h1>Denied</h1><p>The shopper will receive your reasons and information on their right to complain.</p>`,
  );
}

export function linkErrorPage(statusCode: number, message: string): string {
  const title =
    statusCode === 410
      ? 'This link can no longer be used'
      : 'This link is not valid';
  return page(
    title,
    html`<h1>${title}</h1><p>${message}</p><p class="hint">Nothing was changed.</p>`,
  );
}

export function errorPage(title: string, message: string): string {
  return page(title, html`<h1>${title}</h1><p>${message}</p>`);
}
