/**
 * The pages and emails of a lawful refusal, read as their readers read them: what the decision
 * page shows before the merchant refuses (the Art. 12(4) limit, the earlier requests, the question
 * and answer), the shopper's answer page, the form's question on an objection, and the release
 * review's parts. Nothing is chosen for anyone, and a refused post comes back as it was sent.
 */
import { describe, expect, it } from 'vitest';
import { earlierRequests } from '#domain/earlier-requests.ts';
import type { DsrRequest } from '#domain/request.ts';
import { MerchantConfig, SUPPORTED_LOCALES } from '#domain/schemas.ts';
import { loadSeed } from '#infra/seed/seed.ts';
import { decisionPage } from '#presentation/decision-pages.ts';
import { requestFormPage } from '#presentation/form-pages.ts';
import {
  informationPage,
  informationRequestEmail,
} from '#presentation/information-pages.ts';
import { releaseReviewPage } from '#presentation/release-pages.ts';

const merchant = MerchantConfig.parse(loadSeed('lastu').merchant);
const request = {
  requestId: '0f8fad5b-d9cb-469f-a165-70867728950e',
  merchantId: 'lastu',
  type: 'access',
  status: 'AWAITING_DECISION',
  email: 'aino.virtanen@example.com',
  subjectRef: 'x',
  locale: 'fi',
  receivedAt: '2026-03-15T10:00:00.000Z',
  verifiedAt: '2026-03-15T10:05:00.000Z',
  dueDate: '2026-04-15',
  dueAt: '2026-04-15T20:59:59.999Z',
  updatedAt: '2026-03-15T10:05:00.000Z',
  extensionNoticeDue: '2026-04-15',
} as unknown as DsrRequest;

const checked = (page: string) =>
  [
    ...page.matchAll(
      /<input type="(?:radio|checkbox)" id="([^"]+)"[^>]*\bchecked\b/g,
    ),
  ].map((m) => m[1]);
const textarea = (page: string, id: string) =>
  new RegExp(`<textarea id="${id}"[^>]*>([^<]*)</textarea>`).exec(page)?.[1];
const summary = (page: string) =>
  [
    ...(
      /<div class="error-summary"[\s\S]*?<\/div>/.exec(page)?.[0] ?? ''
    ).matchAll(/<li>(?:<a href="#([^"]+)">)?([^<]*)/g),
  ].map((m) => ({ href: m[1], text: m[2] }));
/** The page's text without tags, spaces collapsed: what a reader sees. */
const text = (page: string) =>
  page
    .replace(/<style>[\s\S]*?<\/style>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ');

describe('the decision page before a refusal', () => {
  it('shows the Art. 12(4) limit, and warns once it has passed', () => {
    const before = decisionPage(merchant, request, [], '/decide/x', {
      now: '2026-04-15T20:00:00.000Z',
    });
    expect(text(before)).toContain('Refuse by (Art. 12(4)) 15 April 2026');
    expect(before).not.toContain('class="warning"');
    // Helsinki: 15 April ends at 20:59:59.999 UTC.
    const after = decisionPage(merchant, request, [], '/decide/x', {
      now: '2026-04-15T21:00:00.000Z',
    });
    expect(text(after)).toContain(
      'The time limit for telling the shopper of a refusal ended on 15 April 2026 (Art. 12(4): one month from receipt). A refusal sent now is late.',
    );
  });

  it('lists the person’s earlier requests with type, date and outcome, and says when there are none', () => {
    const earlier = earlierRequests(
      [
        {
          requestId: 'aaaaaaaa-0000-4000-8000-000000000001',
          merchantId: 'lastu',
          type: 'access',
          status: 'COMPLETED',
          receivedAt: '2026-02-01T10:00:00.000Z',
          completedAt: '2026-02-03T10:00:00.000Z',
        },
        {
          requestId: 'bbbbbbbb-0000-4000-8000-000000000002',
          merchantId: 'lastu',
          type: 'erasure',
          status: 'DENIED',
          receivedAt: '2024-06-01T10:00:00.000Z',
          completedAt: '2024-06-05T10:00:00.000Z',
        },
      ],
      request,
    );
    const page = text(
      decisionPage(merchant, request, [], '/decide/x', { earlier }),
    );
    expect(page).toContain('Earlier requests from the same email address');
    expect(page).toContain(
      '2 other requests, 1 of them in the 12 months before this one.',
    );
    expect(page).toContain(
      '1 February 2026: See my data (Art. 15), AAAAAAAA. Outcome: Answered on 3 February 2026',
    );
    expect(page).toContain(
      '1 June 2024: Erase my data (Art. 17), BBBBBBBB. Outcome: Refused on 5 June 2024',
    );
    const none = text(
      decisionPage(merchant, request, [], '/decide/x', {
        earlier: earlierRequests([], request),
      }),
    );
    expect(none).toContain(
      'No other confirmed request from this email address is on record.',
    );
  });

  it('comes back as posted when a ground is chosen without the reasons of the case', () => {
    const page = decisionPage(merchant, request, [], '/decide/x', {
      problem: 'groundNeedsReason',
      posted: {
        decision: 'deny',
        ground: 'excessive',
        reason: '',
        noteForProcessors: '',
      },
    });
    expect(checked(page)).toEqual(['deny', 'ground-excessive']);
    expect(summary(page)).toEqual([
      {
        href: 'reason',
        text: 'A listed ground is not enough: write the reasons that apply to this request. The shopper reads them (Art. 12(4)), and the shop must be able to show them (Art. 12(5)).',
      },
    ]);
  });

  it('keeps a note for processors typed with deny, pointing at it', () => {
    const page = decisionPage(merchant, request, [], '/decide/x', {
      problem: 'noteWithoutApprove',
      posted: {
        decision: 'deny',
        reason: 'Fourth request',
        noteForProcessors: 'Check <order> 12',
      },
    });
    expect(checked(page)).toEqual(['deny']);
    expect(textarea(page, 'noteForProcessors')).toBe('Check &lt;order&gt; 12');
    expect(textarea(page, 'reason')).toBe('Fourth request');
    expect(summary(page)[0]?.href).toBe('noteForProcessors');
    expect(page).toMatch(
      /<textarea id="noteForProcessors"[^>]*aria-describedby="note-hint note-error"[^>]*aria-invalid="true"/,
    );
  });

  it('says processors read the note, and offers asking with what it does to the due date', () => {
    const page = text(decisionPage(merchant, request, [], '/decide/x'));
    expect(page).toContain(
      'The processors read this note with the request they receive.',
    );
    expect(page).toContain(
      'Ask for more information : the shopper is emailed your question',
    );
    expect(page).toContain(
      'The due date does not move while you wait for the answer: decide by the date above.',
    );
  });

  it('shows what an objection is to', () => {
    const page = text(
      decisionPage(
        merchant,
        { ...request, type: 'objection', objectionScope: 'other' },
        [],
        '/decide/x',
      ),
    );
    expect(page).toContain(
      'Objection to other processing, such as profiling (Art. 21(1))',
    );
  });

  it('names every ground and problem in every language', () => {
    for (const locale of SUPPORTED_LOCALES) {
      const page = decisionPage(
        { ...merchant, locale },
        { ...request, type: 'erasure' },
        [],
        '/decide/x',
        { problem: 'groundNeedsReason', posted: { decision: 'deny' } },
      );
      expect(summary(page)[0]?.text?.length ?? 0).toBeGreaterThan(20);
      expect(page).toContain('value="no-erasure-ground"');
    }
  });
});

describe('the shopper’s answer page', () => {
  const asked = {
    ...request,
    informationRequest: {
      question: 'Mikä on tilausnumerosi?',
      requestedAt: '2026-03-16T08:00:00.000Z',
      by: 'merchant-link',
    },
  } as DsrRequest;

  it('shows the question in the shopper’s language and an empty answer', () => {
    const page = informationPage(merchant, asked, '/information/x');
    expect(page).toContain('<html lang="fi">');
    expect(text(page)).toContain('Lastu tarvitsee lisätietoja');
    expect(text(page)).toContain(
      'Kysytty 16. maaliskuuta 2026: Mikä on tilausnumerosi?',
    );
    expect(textarea(page, 'answer')).toBe('');
  });

  it('comes back with what was typed and the problem', () => {
    const page = informationPage(merchant, asked, '/information/x', {
      problem: 'invalid',
      posted: { answer: 'Tilaus \u202E1001' },
    });
    expect(textarea(page, 'answer')).toBe('Tilaus \u202E1001');
    expect(summary(page)).toEqual([
      {
        href: 'answer',
        text: 'Vastauksessa voi olla enintään 2000 merkkiä, eikä siinä saa olla ohjausmerkkejä tai tekstin suuntaa muuttavia merkkejä.',
      },
    ]);
  });

  it('is asked for by an email that quotes the question and names the link’s end', () => {
    const mail = informationRequestEmail(
      merchant,
      asked,
      'https://dsr.example/information/abc',
      '2026-04-15T08:00:00.000Z',
    );
    expect(mail.to).toEqual(['aino.virtanen@example.com']);
    expect(mail.text).toContain('> Mikä on tilausnumerosi?');
    expect(mail.text).toContain(
      'Vastaa tästä (linkki on voimassa 15. huhtikuuta 2026 asti):\nhttps://dsr.example/information/abc',
    );
    expect(mail.text).toContain(
      'Kaupan on silti vastattava pyyntöösi viimeistään 15. huhtikuuta 2026.',
    );
  });
});

describe('the request form’s question on an objection', () => {
  it('chooses nothing, and names the problem when an objection says not to what', () => {
    const blank = requestFormPage(merchant, '/requests', {}, {}, 'en');
    expect(checked(blank)).toEqual([]);
    expect(text(blank)).toContain('Stop using my data: what do you object to?');
    const refused = requestFormPage(
      merchant,
      '/requests',
      { type: 'objection' },
      { objectionScope: 'say what you object to' },
      'en',
    );
    expect(checked(refused)).toEqual(['type-objection']);
    expect(summary(refused)).toEqual([
      {
        href: 'objectionScope-direct-marketing',
        text: 'Say what you object to: direct marketing, or another use of your data.',
      },
    ]);
  });

  it('asks for the shopper’s words with another use, keeping the choice', () => {
    const page = requestFormPage(
      merchant,
      '/requests',
      { type: 'objection', objectionScope: 'other', details: '' },
      { details: 'say which use of your data you object to, and why' },
      'de',
    );
    expect(checked(page)).toEqual(['type-objection', 'objectionScope-other']);
    expect(summary(page)[0]?.text).toBe(
      'Geben Sie unter „Was wir wissen sollten“ an, welcher Nutzung Ihrer Daten Sie widersprechen und warum.',
    );
  });
});

describe('the release review’s parts', () => {
  const parts = [
    {
      kind: 'records' as const,
      processorId: 'lastu-store',
      category: 'order',
      records: 2,
    },
    { kind: 'file' as const, processorId: 'judgeme', index: 0 },
  ];
  const sources = [
    {
      processor: { processorId: 'lastu-store', name: 'Lastu records' },
      statement: {
        processorId: 'lastu-store',
        kind: 'provided',
        records: 3,
        by: 'system',
        holds: [],
      },
    },
    {
      processor: { processorId: 'judgeme', name: 'Judge.me' },
      statement: {
        processorId: 'judgeme',
        kind: 'provided',
        files: 1,
        by: 'processor',
        holds: [],
      },
      job: {
        files: [
          {
            name: 'reviews-matti.pdf',
            key: 'k',
            bytes: 10,
            mediaType: 'application/pdf',
          },
        ],
      },
    },
  ] as unknown as Parameters<typeof releaseReviewPage>[2];

  it('offers each part unticked, naming files to the merchant', () => {
    const page = releaseReviewPage(merchant, request, sources, '/release/x', {
      parts,
    });
    expect(checked(page)).toEqual([]);
    expect(text(page)).toContain('Lastu records: Orders, 2 records');
    expect(text(page)).toContain('Judge.me: file “reviews-matti.pdf”');
    expect(page).toContain('name="leaveOut:records:lastu-store:order"');
  });

  it('comes back with the ticked parts and the choice when withhold contradicts them', () => {
    const page = releaseReviewPage(merchant, request, sources, '/release/x', {
      parts,
      problem: 'partsWithWithhold',
      posted: {
        release: 'withhold',
        'leaveOut:file:judgeme:0': 'on',
        reason: 'Another customer',
      },
    });
    expect(checked(page)).toEqual(['withhold', 'part-1']);
    expect(textarea(page, 'reason')).toBe('Another customer');
    expect(summary(page)[0]).toEqual({
      href: 'part-0',
      text: 'You ticked parts to leave out and chose Withhold. Withholding keeps back the whole package: untick the parts, or choose Release to send the rest.',
    });
  });
});
