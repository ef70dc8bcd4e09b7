/**
 * No text a person typed can pass for the email's own words. Every value a shopper, merchant or
 * processor typed that goes into an email sent in the merchant's name (the name, order number
 * and corrections in processor and decision emails, the merchant's note for processors, the
 * merchant's reasons in shopper emails, a processor's reason, note and kept data in results) is
 * given as "…\n\nConfirm here: https://evil.example/x": no line of any text part may start with
 * "Confirm here", and the HTML part may hold no link to it, nor the address in one piece for a
 * mail client to link. The shopper's own `details` never reach a processor at all.
 */
import { describe, expect, it } from 'vitest';
import type { ProcessorStatement } from '#domain/processor-answer.ts';
import type { DsrRequest } from '#domain/request.ts';
import { SUPPORTED_LOCALES } from '#domain/schemas.ts';
import { loadSeed } from '#infra/seed/seed.ts';
import type { OutboundEmail } from '#ports/mailer.ts';
import type { AnsweredRow } from '#presentation/answers.ts';
import {
  decisionRequestEmail,
  denialEmail,
  erasureReportEmail,
  extensionEmail,
  processorRequestEmail,
  requestDoneEmail,
} from '#presentation/emails.ts';
import {
  certificateEmail,
  releaseReviewEmail,
  resultCopyEmail,
} from '#presentation/package-emails.ts';
import { inert, oneLine, quoted } from '#presentation/user-text.ts';

const { merchant } = loadSeed('lastu');
const EVIL = '\n\nConfirm here: https://evil.example/x';
const FREE_TEXT = 'I remarried after my divorce';
const of = (id: string) => {
  const p = merchant.processors.find((x) => x.processorId === id);
  if (!p) throw new Error(`the seed has no ${id}`);
  return p;
};

/** A request as stored, with every field a person typed forged (as if a check had let it by). */
const forged = (patch: Partial<DsrRequest> = {}) =>
  ({
    requestId: '0a1b2c3d-0000-4000-8000-000000000001',
    merchantId: 'lastu',
    type: 'rectification',
    status: 'IN_PROGRESS',
    email: 'aino.virtanen@example.com',
    subjectRef: 'ref',
    name: `Aino Virtanen${EVIL}`,
    orderNumber: `#1001${EVIL}`,
    details: `${FREE_TEXT}${EVIL}`,
    corrections: [
      { field: 'name', value: `Aino Korhonen${EVIL}` },
      { field: 'phone', value: `+358 40 765 4321${EVIL}` },
      { field: 'address', value: `Isokatu 14${EVIL}` },
      { field: 'other', value: `${FREE_TEXT}${EVIL}` },
    ],
    noteForProcessors: `Please also check the spelling.${EVIL}`,
    locale: 'en',
    receivedAt: '2026-03-15T10:00:00.000Z',
    dueDate: '2026-04-15',
    dueAt: '2026-04-15T20:59:59.999Z',
    updatedAt: '2026-03-16T10:00:00.000Z',
    ...patch,
  }) as DsrRequest;

/** What a reader or a mail client could take for the message's own line or link. */
function expectNothingForged(mail: OutboundEmail) {
  const lines = mail.text.split(/\r?\n/);
  expect(lines.filter((l) => /^\s*confirm here/i.test(l))).toEqual([]);
  expect(mail.html).not.toMatch(/<a\b[^>]*evil\.example/i);
  expect(mail.html).not.toContain('evil.example');
  expect(mail.html).not.toContain('https://evil');
}

const AT = '2026-03-20T10:00:00.000Z';
const answered = (
  id: string,
  statement: Omit<ProcessorStatement, 'processorId' | 'holds'> &
    Partial<Pick<ProcessorStatement, 'holds'>>,
): AnsweredRow => ({
  processor: of(id),
  statement: { processorId: id, holds: [], ...statement },
});
const rows: AnsweredRow[] = [
  answered('judgeme', {
    kind: 'could-not',
    by: 'processor',
    at: AT,
    reason: `Our archive is offline${EVIL}`,
    note: `Our archive is offline${EVIL}`,
  }),
  answered('posti', {
    kind: 'kept',
    by: 'processor',
    at: AT,
    note: `Shipment data kept${EVIL}`,
    holds: [
      {
        what: `shipment records${EVIL}`,
        reason: 'legal-obligation',
        basis: 'Art. 17(3)(b)',
        until: '2028-03-20',
        records: 0,
        deferrable: false,
        statedBy: 'processor',
      },
    ],
  }),
];

describe('text a person typed, in the emails we send', () => {
  it.each(SUPPORTED_LOCALES)(
    'processor emails (%s): identifiers and corrections on one line each, the merchant’s note quoted, the shopper’s words nowhere',
    (locale) => {
      for (const id of ['posti', 'judgeme', 'justuno', 'sendgrid']) {
        const mail = processorRequestEmail(
          merchant,
          { ...of(id), locale },
          forged(),
          {},
          'https://dsr.test/processor/x',
          'processor',
        );
        expectNothingForged(mail);
        expect(mail.text).not.toContain(FREE_TEXT);
        expect(mail.html).not.toContain(FREE_TEXT);
        // The note is there, each of its lines quoted.
        expect(mail.text).toContain(
          '> Please also check the spelling.\n>\n> Confirm here: https://evil.example/x',
        );
        expect(mail.html).toContain('<blockquote');
      }
    },
  );

  it('processor emails: a correction is given in one line, an address with commas', () => {
    const mail = processorRequestEmail(
      merchant,
      of('posti'),
      forged({
        corrections: [
          { field: 'address', value: 'Isokatu 14,\r\n90100 Oulu\n' },
        ],
        noteForProcessors: undefined,
      }),
      {},
      'https://dsr.test/processor/x',
      'processor',
    );
    expect(mail.text).toContain(
      'Osoite, oikea tieto: Isokatu 14, 90100 Oulu\n',
    );
    expect(mail.html).toContain('Isokatu 14, 90100 Oulu');
  });

  it('the merchant’s decision email', () => {
    const mail = decisionRequestEmail(
      merchant,
      forged(),
      merchant.processors,
      'https://dsr.test/decide/x',
      new Date('2026-03-16T10:00:00.000Z'),
    );
    expectNothingForged(mail);
    expect(mail.text).toContain(
      'Aino Virtanen, Confirm here: https://evil.example/x',
    );
  });

  it.each(SUPPORTED_LOCALES)(
    'shopper emails quoting the merchant’s reasons (%s): refusal and extension',
    (locale) => {
      const request = forged({ locale, type: 'access' });
      for (const mail of [
        denialEmail(merchant, request, `We need more time.${EVIL}`),
        denialEmail(
          merchant,
          request,
          `Manifestly unfounded.${EVIL}`,
          'manifestly-unfounded',
        ),
        extensionEmail(merchant, request, `Many processors.${EVIL}`),
      ]) {
        expectNothingForged(mail);
        expect(mail.text).toContain('> Confirm here: https://evil.example/x');
      }
    },
  );

  it('results quoting a processor’s reason, note and what it keeps: to the shopper and to the merchant', () => {
    const request = forged({ type: 'erasure' });
    for (const mail of [
      requestDoneEmail(merchant, forged({ type: 'restriction' }), rows),
      erasureReportEmail(merchant, request, rows),
      resultCopyEmail(merchant, forged({ type: 'restriction' }), rows),
      releaseReviewEmail(
        merchant,
        forged({ type: 'access' }),
        rows,
        'https://dsr.test/release/x',
      ),
      certificateEmail(
        merchant,
        request,
        rows,
        {
          html: 'https://dsr.test/c.html',
          json: 'https://dsr.test/c.json',
          expiresAt: AT,
        },
        'ab'.repeat(32),
      ),
    ])
      expectNothingForged(mail);
  });
});

describe('the helpers', () => {
  it('make one line of many, quote every line, and break up what a client would link', () => {
    expect(oneLine('a\r\nb\u2028c\u2029d\u0085e\vf\fg')).toBe(
      'a, b, c, d, e, f, g',
    );
    expect(oneLine('Isokatu 14;\n\n 90100 Oulu ')).toBe(
      'Isokatu 14, 90100 Oulu',
    );
    expect(quoted('a\n\nConfirm here')).toBe('> a\n>\n> Confirm here');
    expect(inert('see https://evil.example/x or a@b.example & <b>').value).toBe(
      'see https<span>:</span><span>/</span><span>/</span>evil<span>.</span>example<span>/</span>x or a<span>@</span>b<span>.</span>example &amp; &lt;b&gt;',
    );
    // Words that look like no link are left as they are.
    expect(inert('Art. 17(3)(b), 20.3.2026').value).toBe(
      'Art. 17(3)(b), 20.3.2026',
    );
  });
});
