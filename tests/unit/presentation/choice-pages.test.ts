/**
 * The pages where a person chooses (the shopper's form, the merchant's decision, release review
 * and deferral), read as a reader would: what is selected, what is filled in, what the error
 * says and where it points. Nothing is chosen for anyone, and a refused post comes back as sent.
 */
import { describe, expect, it } from 'vitest';
import type { DsrRequest } from '#domain/request.ts';
import { MerchantConfig } from '#domain/schemas.ts';
import { loadSeed } from '#infra/seed/seed.ts';
import { decisionPage } from '#presentation/decision-pages.ts';
import { deferralPage } from '#presentation/deferral-pages.ts';
import { requestFormPage, submittedPage } from '#presentation/form-pages.ts';
import { releaseReviewPage } from '#presentation/release-pages.ts';

const merchant = MerchantConfig.parse(loadSeed('lastu').merchant);
const request = {
  requestId: '0f8fad5b-d9cb-469f-a165-70867728950e',
  merchantId: 'lastu',
  type: 'erasure',
  status: 'AWAITING_DECISION',
  email: 'aino.virtanen.with.a.very.long.address@example-shop-customer.fi',
  subjectRef: 'x',
  locale: 'fi',
  receivedAt: '2026-03-15T10:00:00.000Z',
  verifiedAt: '2026-03-15T10:05:00.000Z',
  dueDate: '2026-04-15',
  dueAt: '2026-04-15T20:59:59.999Z',
  updatedAt: '2026-03-15T10:05:00.000Z',
  extensionNoticeDue: '2026-04-15',
} as unknown as DsrRequest;

/** The ids of the checked radio buttons, in page order. */
const checked = (page: string) =>
  [...page.matchAll(/<input type="radio" id="([^"]+)"[^>]*\bchecked\b/g)].map(
    (m) => m[1],
  );
/** What a textarea shows. */
const textarea = (page: string, id: string) =>
  new RegExp(`<textarea id="${id}"[^>]*>([^<]*)</textarea>`).exec(page)?.[1];
/** The error summary's entries: link target and text. */
const summary = (page: string) =>
  [
    ...(
      /<div class="error-summary"[\s\S]*?<\/div>/.exec(page)?.[0] ?? ''
    ).matchAll(/<li>(?:<a href="#([^"]+)">)?([^<]*)/g),
  ].map((m) => ({ href: m[1], text: m[2] }));
const attrsOf = (page: string, id: string) =>
  new RegExp(`<(?:input|textarea|select)[^>]*\\bid="${id}"[^>]*>`).exec(
    page,
  )?.[0] ?? '';

describe('the decision page', () => {
  const render = (options: Parameters<typeof decisionPage>[4] = {}) =>
    decisionPage(merchant, request, merchant.processors, '/decide/x', options);

  it('pre-selects nothing: the merchant chooses', () => {
    const page = render();
    expect(checked(page)).toEqual([]);
    expect(page).not.toContain('class="error-summary"');
  });

  it('shows the reference the emails use and the shopper’s language, not the request id', () => {
    const page = render();
    expect(page).toContain('<dt>Reference</dt><dd>0F8FAD5B</dd>');
    expect(page).not.toContain(request.requestId);
    expect(page).toContain('<dt>Shopper’s language</dt><dd>Finnish</dd>');
    expect(page).toContain('The shopper’s language is Finnish.');
    const de = decisionPage(
      { ...merchant, locale: 'de' },
      request,
      merchant.processors,
      '/decide/x',
    );
    expect(de).toContain('<dd>Finnisch</dd>');
  });

  it('comes back as Deny, with nothing filled in for the merchant, when a reason is missing', () => {
    const page = render({
      problem: 'reasonToDeny',
      posted: { decision: 'deny', ground: 'other', reason: '' },
    });
    expect(checked(page)).toEqual(['deny', 'ground-other']);
    expect(summary(page)).toEqual([
      { href: 'reason', text: 'A reason is required to deny a request.' },
    ]);
    expect(attrsOf(page, 'reason')).toContain('aria-invalid="true"');
    expect(attrsOf(page, 'reason')).toContain(
      'aria-describedby="reason-hint reason-error"',
    );
  });

  it('keeps the typed reason, escaped, after any refusal', () => {
    const page = render({
      problem: 'reasonTooLong',
      posted: { decision: 'deny', reason: 'Third request </textarea><b>x</b>' },
    });
    expect(textarea(page, 'reason')).toBe(
      'Third request &lt;/textarea&gt;&lt;b&gt;x&lt;/b&gt;',
    );
    expect(checked(page)).toEqual(['deny']);
  });

  it('points a missing choice at the choice, marking the radios', () => {
    const page = render({ problem: 'decision', posted: {} });
    expect(checked(page)).toEqual([]);
    expect(summary(page)).toEqual([
      {
        href: 'approve',
        text: 'Choose approve, deny, extend or ask for more information.',
      },
    ]);
    expect(attrsOf(page, 'approve')).toContain('aria-invalid="true"');
    expect(page).toMatch(/<fieldset aria-describedby="decision-error">/);
    // Without the extend option, the message offers only what the page offers.
    const noExtend = decisionPage(
      merchant,
      { ...request, extensionNoticeDue: undefined },
      merchant.processors,
      '/decide/x',
      { problem: 'decision' },
    );
    expect(noExtend).not.toContain('id="extend"');
    expect(summary(noExtend)[0]?.text).toBe(
      'Choose approve, deny or ask for more information.',
    );
    // Asked once already: neither extend nor ask is offered, nor named.
    const neither = decisionPage(
      merchant,
      {
        ...request,
        extensionNoticeDue: undefined,
        informationRequest: {
          question: 'Which order?',
          requestedAt: '2026-03-16T08:00:00.000Z',
          by: 'merchant-link',
        },
      },
      merchant.processors,
      '/decide/x',
      { problem: 'decision' },
    );
    expect(neither).not.toContain('id="ask"');
    expect(summary(neither)[0]?.text).toBe('Choose approve or deny.');
  });

  it('shows approve with a refusal ground as it was posted, saying why it is refused', () => {
    const page = render({
      problem: 'groundWithoutDeny',
      posted: { decision: 'approve', ground: 'excessive' },
    });
    expect(checked(page)).toEqual(['approve', 'ground-excessive']);
    expect(summary(page)).toEqual([
      {
        href: 'ground-excessive',
        text: 'A refusal ground goes only with Deny. To refuse the request, choose Deny; to approve or extend, choose “No refusal ground”.',
      },
    ]);
    // A radio once chosen cannot be cleared without JavaScript: "no ground" is a choice.
    expect(page).toContain('value="" ');
    expect(page).toContain(
      'No refusal ground (approve, extend or ask for more information)',
    );
  });

  it('keeps "no refusal ground" when that was the choice', () => {
    const page = render({
      problem: 'reasonWithApprove',
      posted: { decision: 'approve', ground: '', reason: 'ok' },
    });
    expect(checked(page)).toEqual(['approve', 'ground-none']);
    expect(textarea(page, 'reason')).toBe('ok');
  });

  it('speaks the merchant’s language in its errors', () => {
    const fi = decisionPage(
      { ...merchant, locale: 'fi' },
      request,
      merchant.processors,
      '/decide/x',
      { problem: 'reasonWithApprove', posted: { decision: 'approve' } },
    );
    expect(summary(fi)[0]?.text).toContain('Valinta on Hyväksy');
    expect(fi).toContain('<dt>Asiakkaan kieli</dt><dd>Suomi</dd>');
  });
});

describe('the release review page', () => {
  const render = (options: Parameters<typeof releaseReviewPage>[4] = {}) =>
    releaseReviewPage(merchant, request, [], '/release/x', options);

  it('pre-selects nothing and shows the reference', () => {
    const page = render();
    expect(checked(page)).toEqual([]);
    expect(page).toContain('<dd>0F8FAD5B</dd>');
  });

  it('comes back as Withhold when the reason is missing', () => {
    const page = render({
      problem: 'reasonToDeny',
      posted: { release: 'withhold', reason: '' },
    });
    expect(checked(page)).toEqual(['withhold']);
    expect(summary(page)).toEqual([
      { href: 'reason', text: 'Give a reason to withhold the package.' },
    ]);
    expect(attrsOf(page, 'reason')).toContain('aria-invalid="true"');
  });

  it('refuses a reason typed with Release, keeping both', () => {
    const page = render({
      problem: 'reasonWithApprove',
      posted: { release: 'release', reason: 'Names another customer' },
    });
    expect(checked(page)).toEqual(['release']);
    expect(textarea(page, 'reason')).toBe('Names another customer');
    expect(summary(page)[0]?.text).toContain(
      'You chose to release the whole package but also wrote a reason',
    );
  });

  it('points a missing choice at the choice', () => {
    const page = render({ problem: 'decision', posted: {} });
    expect(summary(page)).toEqual([
      { href: 'release', text: 'Choose release or withhold.' },
    ]);
    expect(attrsOf(page, 'release')).toContain('aria-invalid="true"');
  });
});

describe('the deferral page', () => {
  it('keeps the reason typed and says what is wrong with it', () => {
    const long = 'x'.repeat(1001);
    const page = deferralPage(
      merchant,
      request,
      ['Shopify'],
      '2026-09-01',
      '/deferral/x',
      { problem: 'reasonTooLong', posted: { reason: long } },
    );
    expect(textarea(page, 'reason')).toBe(long);
    expect(summary(page)).toEqual([
      {
        href: 'reason',
        text: 'The reason must be at most 1000 characters.',
      },
    ]);
    const empty = deferralPage(
      merchant,
      request,
      ['Shopify'],
      '2026-09-01',
      '/deferral/x',
      { problem: 'reasonRequired', posted: {} },
    );
    expect(summary(empty)[0]?.text).toBe('Give a reason for cancelling.');
  });

  it('says Shopify could not withdraw the erasure yet, by the button, with everything typed kept', () => {
    const posted = {
      reason: 'A payment dispute',
      keepGround: 'legal-claims',
      keepUntilEvent: 'the dispute is settled',
    };
    const page = deferralPage(
      merchant,
      request,
      ['Shopify'],
      '2026-09-01',
      '/deferral/x',
      { problem: 'processorUnavailable', posted },
    );
    const text =
      'Shopify could not withdraw the erasure we asked it for just now. Nothing was changed: try again in a moment.';
    expect(summary(page)).toEqual([{ href: 'deferral-submit', text }]);
    expect(page).toContain(
      `<p class="error" id="retry-error">${text}</p>\n<button type="submit" id="deferral-submit">`,
    );
    expect(textarea(page, 'reason')).toBe(posted.reason);
    expect(checked(page)).toEqual(['keepGround-legal-claims']);
    expect(page).toContain('value="the dispute is settled"');
    expect(page).not.toContain('aria-invalid="true"');
  });
});

describe('the request form', () => {
  const posted = {
    type: 'access',
    email: 'aino@example.com',
    name: 'Aino Virtanen',
    orderNumber: '#1001',
    details: 'My phone number is wrong',
    correction1Field: 'phone',
    correction1Value: '+358 40 765 4321',
  };

  it('pre-selects no request type', () => {
    expect(checked(requestFormPage(merchant, '/requests'))).toEqual([]);
  });

  it('asks for a type when none was chosen, pointing at the choice', () => {
    const page = requestFormPage(
      merchant,
      '/requests',
      { email: 'aino@example.com' },
      { type: 'must be one of access, …' },
    );
    expect(checked(page)).toEqual([]);
    expect(summary(page)).toEqual([
      { href: 'type-access', text: 'Choose what you would like to do.' },
    ]);
    expect(attrsOf(page, 'type-access')).toContain('aria-invalid="true"');
    expect(attrsOf(page, 'email')).toContain('value="aino@example.com"');
  });

  it('refuses corrections with “See my data”, saying why, and keeps everything typed', () => {
    const page = requestFormPage(merchant, '/requests', posted, {
      corrections:
        'corrections are only for a rectification request: choose rectification, or leave the corrections out',
    });
    // Still "See my data": the page does not choose the other type for the shopper.
    expect(checked(page)).toEqual(['type-access']);
    expect(summary(page)).toEqual([
      {
        href: 'type-access',
        text: 'You filled in corrections but chose “See my data”. To have your data corrected, choose “Correct my data”; otherwise empty the correction rows.',
      },
    ]);
    expect(page).toMatch(/<fieldset aria-describedby="type-error">/);
    expect(page).toContain('<details class="corrections" open>');
    expect(page).toMatch(/<option value="phone" selected>/);
    expect(attrsOf(page, 'correction1Value')).toContain(
      'value="+358 40 765 4321"',
    );
    expect(attrsOf(page, 'name')).toContain('value="Aino Virtanen"');
    expect(attrsOf(page, 'orderNumber')).toContain('value="#1001"');
    expect(textarea(page, 'details')).toBe('My phone number is wrong');
  });

  it('says it in the shopper’s language', () => {
    const sv = requestFormPage(
      merchant,
      '/requests',
      posted,
      { corrections: 'x' },
      'sv',
    );
    expect(summary(sv)[0]?.text).toContain('Du fyllde i rättelser');
  });
});

describe('the page after the form', () => {
  const page = submittedPage(merchant, 'en', {
    reference: '0F8FAD5B',
    resendMinutes: 5,
    resend: {
      actionUrl: '/requests/resend',
      resendToken: 'signed-reference',
      formToken: 'form-token',
    },
  });

  it('gives the reference, what happens next and where to look for the email', () => {
    expect(page).toContain('<strong>Reference: 0F8FAD5B</strong>');
    expect(page).toContain('<h2>What happens next</h2>');
    expect(page).toContain('The link works for 7 days.');
    expect(page).toContain(
      'Look in your spam or junk folder for an email from “Lastu”.',
    );
  });

  it('offers to send the email again with signed references only, no address', () => {
    const form = /<form[\s\S]*?<\/form>/.exec(page)?.[0] ?? '';
    expect(form).toContain('action="/requests/resend"');
    expect(form).toContain('name="resend" value="signed-reference"');
    expect(form).toContain('name="formToken" value="form-token"');
    expect(form).not.toMatch(/@|name="email"/);
    expect(form).toContain('We send it at most once every 5 minutes.');
  });

  it('says the same after a resend, whatever happened', () => {
    const again = submittedPage(merchant, 'fi', {
      reference: '0F8FAD5B',
      resendMinutes: 5,
      resent: true,
    });
    expect(again).toContain('role="status"');
    expect(again).toContain('Jos pyyntösi odottaa yhä vahvistusta');
    // Finnish: the shop's name is not inflected with a colon suffix.
    expect(again).not.toContain('Lastu:n');
  });
});
