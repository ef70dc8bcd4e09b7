/**
 * The shopper's status page for every status, and the page of a used or expired link, read as a
 * reader would: each step's words and state, what the page says about the end, no personal data.
 */
import { describe, expect, it } from 'vitest';
import { type ProgressRecord, requestProgress } from '#domain/progress.ts';
import {
  linkErrorPage,
  type RequestStatusView,
  requestStatusPage,
} from '#presentation/status-pages.ts';
import {
  approved,
  CLOSED,
  denied,
  RECEIVED,
  VERIFIED,
  verified,
} from '../../helpers/progress-records.ts';

const view = (record: ProgressRecord): RequestStatusView => ({
  reference: '0F8FAD5B',
  merchant: { name: 'Lastu', locale: 'fi' },
  type: 'erasure',
  locale: 'en',
  dueDate: '2026-04-15',
  extended: false,
  progress: requestProgress(record),
});

/** The step list as a reader reads it: one line per item, markup removed. */
const steps = (page: string) =>
  [
    ...(/<ol class="steps">([\s\S]*?)<\/ol>/.exec(page)?.[1] ?? '').matchAll(
      /<li([^>]*)>([\s\S]*?)<\/li>/g,
    ),
  ].map(
    (m) =>
      `${m[1]?.includes('aria-current') ? '> ' : ''}${m[2]?.replace(/<[^>]+>/g, '')}`,
  );
/** The paragraphs after the list, markup removed. */
const closingText = (page: string) =>
  (/<\/ol>([\s\S]*)<\/main>/.exec(page)?.[1] ?? '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

describe('the status page, for every status', () => {
  it('unconfirmed: waiting for the shopper, with the date they will hear back', () => {
    const page = requestStatusPage(
      view({ status: 'PENDING_VERIFICATION', receivedAt: RECEIVED }),
      'en',
    );
    expect(steps(page)).toEqual([
      'Received (done, 15 March 2026)',
      '> Waiting for you to confirm it is you: open the link in the email we sent (current step)',
      'The shop’s decision',
      'Being carried out',
      'Answered',
    ]);
    expect(closingText(page)).toContain(
      'You will hear back by 15 April 2026 at the latest.',
    );
  });

  it('waiting for the decision', () => {
    const page = requestStatusPage(view(verified), 'en');
    expect(steps(page).slice(1, 3)).toEqual([
      'You confirmed it was you (done, 15 March 2026)',
      '> Waiting for the shop’s decision (current step)',
    ]);
  });

  it('being carried out after approval', () => {
    const page = requestStatusPage(
      view({ ...approved, status: 'IN_PROGRESS' }),
      'en',
    );
    expect(steps(page).slice(2, 4)).toEqual([
      'The shop accepted your request (done, 18 March 2026)',
      '> Being carried out (current step)',
    ]);
  });

  it('denied: refused, never "being carried out (done)"', () => {
    const page = requestStatusPage(
      view({ ...denied, status: 'DENIED', completedAt: CLOSED }),
      'en',
    );
    expect(steps(page)).toEqual([
      'Received (done, 15 March 2026)',
      'You confirmed it was you (done, 15 March 2026)',
      'The shop refused your request (done, 18 March 2026)',
      'Refused: the shop has emailed you its reasons and how to complain (done, 25 March 2026)',
    ]);
    expect(steps(page).join('\n')).not.toContain('carried out');
    expect(page).not.toContain('aria-current="step"');
    expect(closingText(page)).toContain('Answered on 25 March 2026.');
    expect(closingText(page)).not.toContain('You will hear back');
  });

  it('withheld on review: the data was gathered, then refused', () => {
    const page = requestStatusPage(
      view({
        ...denied,
        status: 'DENIED',
        completedAt: CLOSED,
        release: { state: 'WITHHELD', at: CLOSED },
      }),
      'en',
    );
    expect(steps(page).slice(2)).toEqual([
      'The shop accepted your request (done, 18 March 2026)',
      'Carried out (done)',
      'Refused after review: the shop has emailed you why it cannot send your data, and how to complain (done, 25 March 2026)',
    ]);
  });

  it('failed: held up where it stopped, still owed by the deadline', () => {
    const page = requestStatusPage(
      view({ ...approved, status: 'FAILED' }),
      'en',
    );
    expect(steps(page)[3]).toBe('> Being carried out (held up)');
    expect(closingText(page)).toContain('A technical problem is holding up');
    expect(closingText(page)).toContain('You will hear back by 15 April 2026');
  });

  it('deferred: answered, part kept until the hold ends', () => {
    const page = requestStatusPage(
      view({
        ...approved,
        status: 'DEFERRED',
        deferral: { until: '2026-09-01', processorIds: ['shopify'] },
      }),
      'en',
    );
    expect(steps(page).at(-1)).toBe(
      'Answered: the shop has emailed you what was erased and what is kept for a legal reason (done)',
    );
    expect(closingText(page)).toContain(
      'Some of your data is kept for a legal reason until 1 September 2026.',
    );
    expect(closingText(page)).not.toContain('You will hear back');
  });

  it('completed', () => {
    const page = requestStatusPage(
      view({ ...approved, status: 'COMPLETED', completedAt: CLOSED }),
      'en',
    );
    expect(steps(page).slice(3)).toEqual([
      'Carried out (done)',
      'Answered (done, 25 March 2026)',
    ]);
    expect(closingText(page)).toContain('Answered on 25 March 2026.');
  });

  it('completed after the merchant kept the held data', () => {
    const page = requestStatusPage(
      view({
        ...approved,
        status: 'COMPLETED',
        completedAt: CLOSED,
        deferral: {
          until: '2026-09-01',
          processorIds: ['shopify'],
          cancelledAt: CLOSED,
        },
      }),
      'en',
    );
    expect(closingText(page)).toContain('The shop has since decided to keep');
    expect(closingText(page)).not.toContain('Answered on');
  });

  it('expired and cancelled: where it stopped, and when', () => {
    const expired = requestStatusPage(
      view({ status: 'EXPIRED', receivedAt: RECEIVED, completedAt: CLOSED }),
      'en',
    );
    expect(steps(expired)).toEqual([
      'Received (done, 15 March 2026)',
      'Not confirmed in time',
    ]);
    expect(closingText(expired)).toContain('not confirmed in time');
    const cancelled = requestStatusPage(
      view({ ...verified, status: 'CANCELLED', completedAt: CLOSED }),
      'fr',
    );
    expect(steps(cancelled).at(-1)).toBe(
      'Décision de la boutique (étape interrompue)',
    );
    expect(closingText(cancelled)).toContain(
      'Cette demande a été annulée le 25 mars 2026.',
    );
  });

  it('in every language, naming no one', () => {
    for (const locale of ['en', 'fi', 'sv', 'de', 'fr'] as const) {
      const page = requestStatusPage(
        view({ ...denied, status: 'DENIED', completedAt: CLOSED }),
        locale,
      );
      expect(page).toContain(`<html lang="${locale}">`);
      expect(page).not.toMatch(/undefined|@example|Aino/);
    }
  });
});

describe('the page of a used or expired link', () => {
  it('says what was decided, with the reference, and changes nothing', () => {
    const page = linkErrorPage(410, 'This link has already been used.', 'en', {
      aftermath: { fact: 'approved', at: '2026-12-05T09:00:00.000Z' },
      reference: '0F8FAD5B',
      locale: 'en',
    });
    expect(page).toContain('This link has already been used.');
    expect(page).toContain('This request was approved on 5 December 2026.');
    expect(page).toContain('Reference: 0F8FAD5B');
    expect(page).toContain('Nothing was changed.');
  });

  it('leads the shopper to the status page, in their language', () => {
    const page = linkErrorPage(410, 'This link has already been used.', 'en', {
      aftermath: { fact: 'confirmed', at: VERIFIED },
      reference: '0F8FAD5B',
      locale: 'fi',
      statusUrl: 'https://dsr.test/status/abc',
    });
    expect(page).toContain('<html lang="fi">');
    expect(page).toContain('Vahvistit tämän pyynnön 15. maaliskuuta 2026.');
    expect(page).toContain(
      '<a href="https://dsr.test/status/abc">Katso, missä vaiheessa pyyntö on</a>',
    );
  });

  it('offers a new request when the old one expired unconfirmed', () => {
    const page = linkErrorPage(410, 'This link has expired.', 'en', {
      aftermath: { fact: 'notConfirmed' },
      reference: '0F8FAD5B',
      locale: 'en',
      formUrl: 'https://dsr.test/m/lastu',
    });
    expect(page).toContain('not confirmed in time');
    expect(page).toContain(
      '<a href="https://dsr.test/m/lastu">Send a new request</a>',
    );
  });
});
