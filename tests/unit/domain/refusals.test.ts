/**
 * The pure rules behind a lawful refusal (issue 16): which grounds each request may be refused
 * on, which objections a policy may approve, the person's earlier requests, what asking for more
 * information does to the deadline, the Art. 12(4) limit, the parts a release review may leave
 * out, and what pseudonymisation removes of all that.
 */
import { describe, expect, it } from 'vitest';
import { refusalDue } from '#domain/decision.ts';
import { groundsFor } from '#domain/denial-grounds.ts';
import {
  earlierOutcome,
  earlierRequests,
  type SubjectRequest,
} from '#domain/earlier-requests.ts';
import {
  deadlinePauses,
  informationState,
  pauseEffect,
} from '#domain/information-request.ts';
import { approvedByPolicy } from '#domain/objections.ts';
import {
  chosenParts,
  keepsFile,
  keepsRecords,
  leftOutSummary,
  packageParts,
  partValue,
} from '#domain/package-parts.ts';
import { linkAftermath, requestProgress } from '#domain/progress.ts';
import { pseudonymisation } from '#domain/pseudonymisation.ts';
import type { DsrRequest } from '#domain/request.ts';
import { requestDeadline } from '#domain/request-deadline.ts';

describe('groundsFor', () => {
  it('offers Art. 12(5) always, each right’s own ground, and no Art. 17(3) refusal of a whole erasure', () => {
    expect(groundsFor({ type: 'access' })).toEqual([
      'manifestly-unfounded',
      'excessive',
      'other',
    ]);
    expect(groundsFor({ type: 'erasure' })).toEqual([
      'manifestly-unfounded',
      'excessive',
      'no-erasure-ground',
      'other',
    ]);
    expect(groundsFor({ type: 'portability' })).toContain(
      'portability-not-applicable',
    );
    for (const type of ['erasure', 'access', 'objection'] as const) {
      expect(groundsFor({ type })).not.toContain('legal-obligation');
      expect(groundsFor({ type })).not.toContain('legal-claims');
    }
  });

  it('offers Art. 21(1) only for an objection that is not to direct marketing', () => {
    expect(
      groundsFor({ type: 'objection', objectionScope: 'other' }),
    ).toContain('compelling-legitimate-grounds');
    expect(
      groundsFor({ type: 'objection', objectionScope: 'direct-marketing' }),
    ).not.toContain('compelling-legitimate-grounds');
    expect(groundsFor({ type: 'access' })).not.toContain(
      'compelling-legitimate-grounds',
    );
  });

  it('offers the identity ground only after more information was asked for (Art. 12(6))', () => {
    expect(groundsFor({ type: 'access' })).not.toContain(
      'identity-unconfirmed',
    );
    expect(
      groundsFor({
        type: 'access',
        informationRequest: { requestedAt: '2026-03-15T10:00:00Z' },
      }),
    ).toContain('identity-unconfirmed');
  });
});

describe('approvedByPolicy', () => {
  const policy = { autoApprove: ['objection' as const] };
  it('approves only direct-marketing objections, whatever the list says', () => {
    expect(
      approvedByPolicy(policy, {
        type: 'objection',
        objectionScope: 'direct-marketing',
      }),
    ).toBe(true);
    expect(
      approvedByPolicy(policy, { type: 'objection', objectionScope: 'other' }),
    ).toBe(false);
    // Filed before the form asked: weighed by a person.
    expect(approvedByPolicy(policy, { type: 'objection' })).toBe(false);
    expect(approvedByPolicy(policy, { type: 'access' })).toBe(false);
    expect(
      approvedByPolicy(
        { autoApprove: ['restriction'] },
        { type: 'restriction' },
      ),
    ).toBe(true);
  });
});

describe('earlierRequests', () => {
  const found = (patch: Partial<SubjectRequest>): SubjectRequest => ({
    requestId: 'r',
    merchantId: 'lastu',
    type: 'access',
    status: 'COMPLETED',
    receivedAt: '2026-01-01T10:00:00.000Z',
    ...patch,
  });
  const current = {
    requestId: 'now',
    merchantId: 'lastu',
    receivedAt: '2026-06-01T10:00:00.000Z',
  };

  it('lists the others of this merchant, newest first, and counts those of the year before', () => {
    const view = earlierRequests(
      [
        found({ requestId: 'now', receivedAt: current.receivedAt }),
        found({
          requestId: 'a',
          receivedAt: '2025-03-01T10:00:00.000Z',
          completedAt: '2025-03-10T10:00:00.000Z',
        }),
        found({
          requestId: 'b',
          status: 'DENIED',
          receivedAt: '2026-05-01T10:00:00.000Z',
          completedAt: '2026-05-02T10:00:00.000Z',
        }),
        found({ requestId: 'c', status: 'IN_PROGRESS', type: 'erasure' }),
        found({ requestId: 'elsewhere', merchantId: 'other-shop' }),
      ],
      current,
    );
    expect(view.total).toBe(3);
    expect(view.withinYear).toBe(2);
    expect(view.shown).toEqual([
      {
        requestId: 'b',
        type: 'access',
        receivedAt: '2026-05-01T10:00:00.000Z',
        outcome: 'refused',
        closedAt: '2026-05-02T10:00:00.000Z',
      },
      {
        requestId: 'c',
        type: 'erasure',
        receivedAt: '2026-01-01T10:00:00.000Z',
        outcome: 'open',
      },
      {
        requestId: 'a',
        type: 'access',
        receivedAt: '2025-03-01T10:00:00.000Z',
        outcome: 'answered',
        closedAt: '2025-03-10T10:00:00.000Z',
      },
    ]);
  });

  it('names every status’s outcome', () => {
    expect(earlierOutcome('DEFERRED')).toBe('answered');
    expect(earlierOutcome('CANCELLED')).toBe('cancelled');
    expect(earlierOutcome('FAILED')).toBe('failed');
    expect(earlierOutcome('AWAITING_DECISION')).toBe('open');
  });
});

describe('asking for more information and the deadline', () => {
  const asked = {
    question: 'Which order?',
    requestedAt: '2026-03-15T10:00:00.000Z',
    by: 'merchant-link',
  };
  const helsinki = { regime: 'GDPR-EU' as const, timezone: 'Europe/Helsinki' };

  it('has no pause until the answer is in, then the regime’s kind of pause', () => {
    expect(deadlinePauses({ informationRequest: asked }, helsinki)).toEqual({});
    const answered = {
      informationRequest: { ...asked, answeredAt: '2026-03-20T10:00:00.000Z' },
    };
    expect(deadlinePauses(answered, helsinki)).toEqual({
      idRequestedOn: '2026-03-15',
      idReceivedOn: '2026-03-20',
    });
    expect(
      deadlinePauses(answered, {
        regime: 'UK-ICO',
        timezone: 'Europe/London',
      }),
    ).toEqual({
      clarificationRequestedOn: '2026-03-15',
      clarificationReceivedOn: '2026-03-20',
    });
    // CCPA counts "regardless of time required to verify": nothing passed.
    expect(
      deadlinePauses(answered, {
        regime: 'CCPA',
        timezone: 'America/Los_Angeles',
      }),
    ).toEqual({});
    expect(informationState(answered)).toBe('answered');
    expect(informationState({ informationRequest: asked })).toBe('asked');
    expect(informationState({})).toBe('none');
  });

  it('says what asking does in each regime', () => {
    expect(pauseEffect('UK-ICO')).toBe('stops-clock');
    expect(pauseEffect('GDPR-EU')).toBe('outer-bound-only');
    expect(pauseEffect('CCPA')).toBe('none');
  });

  it('keeps an answered pause in a later extension’s computation', () => {
    const merchant = { ...helsinki, country: 'FI' };
    const answered = {
      informationRequest: { ...asked, answeredAt: '2026-03-20T10:00:00.000Z' },
    };
    const without = requestDeadline(merchant, '2026-03-15T10:00:00.000Z', {
      reason: 'extended',
      computedAt: '2026-03-21T10:00:00.000Z',
      extension: true,
    });
    const withPause = requestDeadline(merchant, '2026-03-15T10:00:00.000Z', {
      reason: 'extended',
      computedAt: '2026-03-21T10:00:00.000Z',
      extension: true,
      pauses: deadlinePauses(answered, merchant),
    });
    expect(withPause.fields.dueDate).toBe(without.fields.dueDate);
    expect(withPause.record.flags).toContain('EU-ID-PAUSE');
    expect(
      (withPause.fields.latestDueDate ?? '') >
        (without.fields.latestDueDate ?? ''),
    ).toBe(true);
  });

  it('tells progress and a used answer link from the record', () => {
    const base = {
      status: 'AWAITING_DECISION' as const,
      receivedAt: '2026-03-15T10:00:00.000Z',
      verifiedAt: '2026-03-15T10:05:00.000Z',
    };
    const waiting = requestProgress({ ...base, informationRequest: asked });
    expect(waiting.steps.find((s) => s.step === 'information')).toEqual({
      step: 'information',
      state: 'current',
    });
    expect(waiting.information).toEqual({ askedAt: asked.requestedAt });
    // Refused without an answer: the question is said to be unanswered, never "done".
    const refused = requestProgress({
      ...base,
      status: 'DENIED',
      decision: {
        outcome: 'deny',
        by: 'merchant-link',
        at: '2026-03-25T10:00:00.000Z',
      },
      decidedAt: '2026-03-25T10:00:00.000Z',
      completedAt: '2026-03-25T10:00:00.000Z',
      informationRequest: asked,
    });
    expect(refused.steps.find((s) => s.step === 'information')).toEqual({
      step: 'information',
      state: 'done',
      outcome: 'unanswered',
    });
    // No question: no step.
    expect(requestProgress(base).steps.map((s) => s.step)).not.toContain(
      'information',
    );
    expect(
      linkAftermath('information', { ...base, informationRequest: asked }),
    ).toEqual({ fact: 'inProgress' });
  });
});

describe('refusalDue', () => {
  it('is the engine’s one-month notice day, even after an extension; else the due date', () => {
    expect(
      refusalDue({ dueDate: '2026-06-15', extensionNoticeDue: '2026-04-15' }),
    ).toBe('2026-04-15');
    expect(refusalDue({ dueDate: '2026-03-30' })).toBe('2026-03-30');
  });
});

describe('package parts', () => {
  const parts = packageParts(
    [
      { processorId: 'store', categories: { order: 2, customer: 1 } },
      { processorId: 'nosto', categories: {} },
    ],
    [
      { processorId: 'store', count: 0 },
      { processorId: 'judgeme', count: 2 },
    ],
  );

  it('lists records by category and each uploaded file, with a value per checkbox', () => {
    expect(parts.map(partValue)).toEqual([
      'records:store:customer',
      'records:store:order',
      'file:judgeme:0',
      'file:judgeme:1',
    ]);
  });

  it('takes only offered parts; one unknown value refuses the whole choice', () => {
    expect(
      chosenParts(parts, ['file:judgeme:1', 'records:store:order'])?.map(
        partValue,
      ),
    ).toEqual(['records:store:order', 'file:judgeme:1']);
    expect(chosenParts(parts, ['records:store:order', 'file:x:0'])).toBe(
      undefined,
    );
    expect(chosenParts(parts, [])).toEqual([]);
  });

  it('keeps everything but what was left out, and sums it up per processor without file names', () => {
    const leftOut = {
      parts: [parts[1], parts[3]].filter((p) => p !== undefined),
      reason: 'Names another customer',
    };
    expect(keepsRecords(leftOut, 'store', 'order')).toBe(false);
    expect(keepsRecords(leftOut, 'store', 'customer')).toBe(true);
    expect(keepsFile(leftOut, 'judgeme', 1)).toBe(false);
    expect(keepsFile(leftOut, 'judgeme', 0)).toBe(true);
    expect(keepsRecords(undefined, 'store', 'order')).toBe(true);
    expect(leftOutSummary(leftOut)).toEqual([
      {
        processorId: 'store',
        categories: [{ category: 'order', records: 2 }],
        files: 0,
      },
      { processorId: 'judgeme', categories: [], files: 1 },
    ]);
  });
});

describe('pseudonymisation of what a refusal recorded', () => {
  it('empties the question, the answer, the left-out reason and removes the note for processors', () => {
    const request = {
      requestId: 'r',
      merchantId: 'lastu',
      type: 'access',
      status: 'COMPLETED',
      email: 'aino@example.com',
      subjectRef: 'x',
      subjectHash: 'h',
      locale: 'fi',
      receivedAt: '2026-01-01T10:00:00.000Z',
      dueDate: '2026-02-01',
      dueAt: '2026-02-01T21:59:59.999Z',
      updatedAt: '2026-01-10T10:00:00.000Z',
      noteForProcessors: 'Customer no. 4411',
      informationRequest: {
        question: 'Which order?',
        requestedAt: '2026-01-02T10:00:00.000Z',
        by: 'merchant-link',
        answer: 'Order 1001',
        answeredAt: '2026-01-03T10:00:00.000Z',
      },
      release: {
        state: 'RELEASED',
        at: '2026-01-09T10:00:00.000Z',
        leftOut: {
          parts: [
            {
              kind: 'records',
              processorId: 'store',
              category: 'order',
              records: 2,
            },
          ],
          reason: 'Names Matti',
        },
      },
    } as DsrRequest;
    const change = pseudonymisation(request, '2029-01-10T10:00:00.000Z');
    expect(change.set.informationRequest).toEqual({
      question: '',
      answer: '',
      requestedAt: '2026-01-02T10:00:00.000Z',
      answeredAt: '2026-01-03T10:00:00.000Z',
      by: 'merchant-link',
    });
    expect(change.set.release?.leftOut?.reason).toBe('');
    expect(change.set.release?.leftOut?.parts).toHaveLength(1);
    expect(change.remove).toContain('noteForProcessors');
    expect(JSON.stringify(change.set)).not.toMatch(/Matti|1001|Which|4411/);
  });
});
