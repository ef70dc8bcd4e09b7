/**
 * The truth table: every answer a processor can give × every request type → the statement
 * (domain/processor-answer.ts), and every output a person reads states that same answer in the
 * same words: the shopper's result email, report.html (access), the erasure certificate
 * (erasure), the status page, and the merchant's copy (with the note). "Nothing found" and
 * "0 records" never appear unless that is what was recorded.
 */
import { describe, expect, it } from 'vitest';
import { certificateProcessor, certify } from '#domain/erasure-certificate.ts';
import { PackageIndex } from '#domain/export-package.ts';
import {
  type RecordedJob,
  type StatementKind,
  statementOf,
} from '#domain/processor-answer.ts';
import { requestProgress } from '#domain/progress.ts';
import { type DsrRequest, REQUEST_TYPES } from '#domain/request.ts';
import { loadSeed } from '#infra/seed/seed.ts';
import { accessReportHtml } from '#presentation/access-report.ts';
import { answerWords } from '#presentation/answers.ts';
import { erasureReportEmail, requestDoneEmail } from '#presentation/emails.ts';
import { certificateHtml } from '#presentation/erasure-certificate.ts';
import { escapeHtml } from '#presentation/html.ts';
import {
  accessPackageEmail,
  resultCopyEmail,
} from '#presentation/package-emails.ts';
import { processorName } from '#presentation/register.ts';
import { requestStatusPage } from '#presentation/status-pages.ts';

const { merchant } = loadSeed('lastu');
const judgeMe = merchant.processors.find((p) => p.processorId === 'judgeme');
if (!judgeMe) throw new Error('the seed has no judgeme');
const AT = '2026-03-20T10:00:00.000Z';
const NOTE = 'Deleted 2 reviews and 1 photo';

/** What was recorded for each answer a processor (or the API, or the merchant) can give. */
const ANSWERS: Record<string, Partial<RecordedJob>> = {
  files: {
    state: 'COMPLETED',
    pending: { via: 'confirmation' },
    confirmation: { by: 'processor', at: AT },
    files: [
      { name: 'reviews.csv', bytes: 120, mediaType: 'text/csv' },
      { name: 'photo.jpg', bytes: 5000, mediaType: 'image/jpeg' },
    ],
  },
  done: {
    state: 'COMPLETED',
    pending: { via: 'confirmation' },
    confirmation: { by: 'processor', at: AT, note: NOTE },
  },
  'not-found': {
    state: 'NOT_FOUND',
    pending: { via: 'confirmation' },
    confirmation: { by: 'processor', at: AT },
  },
  'could-not': {
    state: 'DECLINED',
    pending: { via: 'confirmation' },
    confirmation: { by: 'processor', at: AT, note: 'Our archive is offline' },
  },
  kept: {
    state: 'PARTIAL',
    pending: { via: 'confirmation' },
    confirmation: { by: 'processor', at: AT, note: 'Shipment data kept' },
    holds: [
      {
        what: 'shipment records',
        reason: 'legal-obligation',
        basis: 'Art. 17(3)(b)',
        until: '2028-03-20',
        records: 0,
        deferrable: false,
        statedBy: 'processor',
      },
    ],
  },
  'no answer yet': {
    state: 'PENDING',
    pending: { via: 'confirmation' },
    dueAt: '2026-04-10T21:00:00.000Z',
  },
  'api counted': { state: 'COMPLETED', records: 4 },
  'api found nothing': { state: 'NOT_FOUND', records: 0 },
  'not contacted': { state: 'SKIPPED', records: 0 },
  // Recorded at planning: the request does not concern it (domain/processor-scope.ts).
  'not concerned': { state: 'NOT_CONCERNED', records: 0 },
  'closed without': {
    state: 'UNANSWERED',
    pending: { via: 'confirmation' },
    confirmation: { by: 'merchant', at: AT, note: 'Called twice' },
  },
  // A cancelled deferral withdrew the erasure we had asked for (use-cases/withdraw-erasure.ts).
  ...Object.fromEntries(
    (['cancelled', 'not-pending', 'already-erased', 'refused'] as const).map(
      (erasureCancel) => [
        `withdrawal ${erasureCancel}`,
        {
          state: 'COMPLETED',
          records: 1,
          evidence: {
            shopifyCustomerId: 'gid://shopify/Customer/7001',
            erasureRequestedAt: AT,
            erasureCancel,
            erasureCancelAt: '2026-03-25T10:00:00.000Z',
          },
        } satisfies Partial<RecordedJob>,
      ],
    ),
  ),
};

/** What each answer must be stated as, per request type (`undefined`: not a possible answer). */
function expected(answer: string, type: DsrRequest['type']) {
  const access = type === 'access' || type === 'portability';
  const table: Record<string, StatementKind | undefined> = {
    files: access ? 'provided' : undefined,
    done: access ? 'provided' : type === 'erasure' ? 'erased' : 'carried-out',
    'not-found': 'none-held',
    'could-not': 'could-not',
    kept: type === 'erasure' ? 'kept' : undefined,
    'no answer yet': 'not-answered',
    'api counted': access
      ? 'provided'
      : type === 'erasure'
        ? 'erased'
        : 'carried-out',
    'api found nothing': 'none-held',
    'not contacted': 'not-contacted',
    'not concerned':
      type === 'objection' || type === 'rectification'
        ? 'not-concerned'
        : undefined,
    'closed without': 'closed-without',
    'withdrawal cancelled': type === 'erasure' ? 'withdrawn' : undefined,
    'withdrawal not-pending': type === 'erasure' ? 'erased' : undefined,
    'withdrawal already-erased': type === 'erasure' ? 'erased' : undefined,
    'withdrawal refused': type === 'erasure' ? 'erased' : undefined,
  };
  return table[answer];
}

const request = (type: DsrRequest['type']) =>
  ({
    requestId: '0a1b2c3d-0000-4000-8000-000000000001',
    merchantId: 'lastu',
    type,
    status: 'IN_PROGRESS',
    email: 'aino.virtanen@example.com',
    locale: 'en',
    receivedAt: '2026-03-15T10:00:00.000Z',
    dueDate: '2026-04-15',
    dueAt: '2026-04-15T21:00:00.000Z',
    updatedAt: AT,
  }) as DsrRequest;

const cases = REQUEST_TYPES.flatMap((type) =>
  Object.keys(ANSWERS)
    .filter((answer) => expected(answer, type))
    .map((answer) => ({ type, answer })),
);

describe('the truth table: one answer, the same statement everywhere', () => {
  it.each(cases)('$answer × $type', ({ type, answer }) => {
    // Prepare
    const job: RecordedJob = {
      processorId: 'judgeme',
      startedAt: '2026-03-16T10:00:00.000Z',
      finishedAt: AT,
      ...ANSWERS[answer],
    } as RecordedJob;
    const r = request(type);

    // Act
    const statement = statementOf(job, type);
    const rows = [{ processor: judgeMe, statement }];
    const shopper = answerWords(statement, 'en', 'shopper');
    const everyone = answerWords(statement, 'en', 'public');
    const line = `${processorName(judgeMe, 'en')}: ${shopper.text}`;

    // Assess: the statement
    expect(statement.kind).toBe(expected(answer, type));
    // The shopper's result email
    const email =
      type === 'access' || type === 'portability'
        ? accessPackageEmail(merchant, r, rows, {
            url: 'https://dsr.test/download/x',
            expiresAt: '2026-04-03T10:00:00.000Z',
            maxUses: 5,
          })
        : type === 'erasure'
          ? erasureReportEmail(merchant, r, rows)
          : requestDoneEmail(merchant, r, rows);
    expect(email.text).toContain(line);
    expect(email.html).toContain(escapeHtml(shopper.text));
    for (const hold of shopper.holds) expect(email.text).toContain(hold);
    // The merchant's copy: the same words, and the note of whoever answered
    const copy = resultCopyEmail(merchant, r, rows);
    expect(copy.text).toContain(line);
    if (job.confirmation?.note)
      expect(copy.text).toContain(job.confirmation.note);
    // report.html
    if (type === 'access') {
      const report = accessReportHtml(
        r,
        merchant,
        new PackageIndex(),
        [{ processor: judgeMe, statement }],
        'en',
        AT,
      );
      expect(report).toContain(escapeHtml(shopper.text));
    }
    // The erasure certificate
    if (type === 'erasure') {
      const certificate = certify({
        requestId: r.requestId,
        merchant: {
          merchantId: 'lastu',
          name: 'Lastu Oy',
          privacyContact: 'privacy@lastu.example',
        },
        requestType: 'erasure',
        receivedAt: r.receivedAt,
        completedAt: AT,
        round: 1,
        processors: [certificateProcessor(judgeMe, job, statement)],
        recipients: [],
      });
      const html = certificateHtml(certificate, 'en');
      expect(html).toContain(escapeHtml(shopper.text));
      for (const hold of shopper.holds)
        expect(html).toContain(escapeHtml(hold));
      expect(html).not.toContain(NOTE);
    }
    // The status page (no free text: its link may be forwarded)
    const status = requestStatusPage(
      {
        reference: '0A1B2C3D',
        merchant: { name: 'Lastu', locale: 'fi' },
        type,
        locale: 'en',
        dueDate: r.dueDate,
        extended: false,
        progress: requestProgress({ ...r, status: 'IN_PROGRESS' }),
        answers: rows,
      },
      'en',
    );
    expect(status).toContain(escapeHtml(everyone.text));
    expect(status).not.toContain('Our archive is offline');
    expect(status).not.toContain(NOTE);
    // Nothing any output says unless it was recorded
    for (const text of [email.text, copy.text, status]) {
      expect(text).not.toMatch(/\b0 records?\b/);
      if (statement.kind !== 'none-held')
        expect(text).not.toMatch(/no data about you|Nothing found/i);
    }
    // A withdrawal attempted says what came of it, never that the data was simply erased
    const WITHDRAWN: Record<string, string> = {
      'withdrawal cancelled':
        'the erasure the shop had asked for was withdrawn, and your data is kept there',
      'withdrawal not-pending':
        'had no erasure of your data pending any more, so there was nothing to withdraw',
      'withdrawal already-erased':
        'had already erased your data, so the erasure could no longer be withdrawn',
      'withdrawal refused':
        'did not allow the erasure the shop had asked for to be withdrawn, so it goes ahead',
    };
    if (WITHDRAWN[answer]) {
      expect(shopper.text).toBe(WITHDRAWN[answer]);
      for (const text of [email.text, copy.text, status])
        expect(text).not.toContain(': erased your data');
    }
    // The shopper never reads a note (the could-not reason is the answer itself)
    if (answer !== 'could-not' && job.confirmation?.note)
      expect(email.text).not.toContain(job.confirmation.note);
  });

  it('says why a processor was not asked, and does not count it as missing', () => {
    // Prepare
    const posti = merchant.processors.find((p) => p.processorId === 'posti');
    if (!posti) throw new Error('the seed has no posti');
    const job = {
      processorId: 'posti',
      startedAt: AT,
      finishedAt: AT,
      ...ANSWERS['not concerned'],
    } as RecordedJob;
    const rows = (type: DsrRequest['type']) => [
      { processor: posti, statement: statementOf(job, type) },
    ];

    // Act
    const objection = requestDoneEmail(
      merchant,
      request('objection'),
      rows('objection'),
    );
    const rectification = requestDoneEmail(
      merchant,
      { ...request('rectification'), locale: 'fi' },
      rows('rectification'),
    );

    // Assess
    expect(objection.text).toContain(
      'Unifaun / Posti (shipping): was not asked: according to the shop’s records, it uses your data neither for direct marketing nor for profiling',
    );
    expect(rectification.text).toContain(
      'Unifaun / Posti (kuljetukset): pyyntöä ei lähetetty: kaupan tietojen mukaan sillä ei ole mitään korjattavista tiedoista',
    );
    for (const mail of [objection, rectification])
      expect(mail.text).not.toMatch(/Not included|tiedot puuttuvat/);
  });

  it('counts only what was counted, and says which parts are missing', () => {
    // Prepare
    const r = request('access');
    const rows = [
      { ...ANSWERS.files, state: 'COMPLETED' },
      ANSWERS['no answer yet'],
      ANSWERS['closed without'],
    ].map((answer, i) => ({
      processor: merchant.processors[i] ?? judgeMe,
      statement: statementOf(
        {
          processorId: merchant.processors[i]?.processorId ?? 'x',
          startedAt: AT,
          ...answer,
        } as RecordedJob,
        'access',
      ),
    }));

    // Act
    const text = accessPackageEmail(merchant, r, rows, {
      url: 'https://dsr.test/download/x',
      expiresAt: '2026-04-03T10:00:00.000Z',
      maxUses: 5,
    }).text;

    // Assess
    expect(text).toContain('provided your data (2 files)');
    expect(text).toContain(
      'has not answered yet (asked to answer by 10 April 2026)',
    );
    expect(text).toContain(
      'has not provided its part: the shop closed your request without its answer',
    );
    const [, second, third] = rows.map((r) => processorName(r.processor, 'en'));
    expect(text).toContain(
      `Not included: ${second} and ${third} did not provide their part.`,
    );
  });
});
