/**
 * The public form and staff entry refuse the same requests by their type, each in the words of
 * who reads the 400: the shopper ("you") or the member entering it ("the person").
 */
import { describe, expect, it } from 'vitest';
import { parseStaffRequest } from '#domain/console-entry.ts';
import { SubmitRequestInput } from '#domain/schemas.ts';
import * as z from '#domain/zod.ts';

const now = new Date('2026-03-15T10:00:00.000Z');
const helsinki = () => 'Europe/Helsinki';

/** Each refused field and its message, from the form's schema. */
function formProblems(over: Record<string, unknown>) {
  const parsed = z.safeParse(SubmitRequestInput, {
    merchant: 'lastu',
    type: 'erasure',
    email: 'aino.virtanen@example.com',
    ...over,
  });
  return parsed.success
    ? {}
    : Object.fromEntries(
        parsed.error.issues.map((i) => [i.path.join('.'), i.message]),
      );
}

/** Each refused field and its message, from staff entry. */
function staffProblems(over: Record<string, unknown>) {
  try {
    parseStaffRequest(
      {
        type: 'erasure',
        email: 'aino.virtanen@example.com',
        channel: 'post',
        receivedAt: '2026-03-02',
        ...over,
      },
      helsinki,
      now,
    );
  } catch (error) {
    return (error as { fields: Record<string, string> }).fields;
  }
  return {};
}

describe('the rules of a request’s type, on the form and in staff entry', () => {
  const cases: [string, Record<string, unknown>, string, string, string][] = [
    [
      'an objection without its scope',
      { type: 'objection' },
      'objectionScope',
      'say what you object to: direct marketing, or another use of your data',
      'say what the person objects to: direct marketing, or another use',
    ],
    [
      'an objection to another use without the situation',
      { type: 'objection', objectionScope: 'other' },
      'details',
      'say which use of your data you object to, and why',
      'say which use the person objects to, and why',
    ],
    [
      'a rectification that says nothing',
      { type: 'rectification' },
      'corrections',
      'say what is wrong and what it should be',
      'say what is wrong and what it should be',
    ],
    [
      'corrections on an erasure',
      { corrections: [{ field: 'name', value: 'Aino Virtanen' }] },
      'corrections',
      'corrections are only for a rectification request: choose rectification, or leave the corrections out',
      'corrections are only for a rectification request',
    ],
  ];
  for (const [name, over, field, shopper, staff] of cases)
    it(`${name}: refused on both, each in its reader's words`, () => {
      expect(formProblems(over)).toEqual({ [field]: shopper });
      expect(staffProblems(over)[field]).toBe(staff);
    });

  it('a complete objection and rectification pass both', () => {
    for (const over of [
      { type: 'objection', objectionScope: 'direct-marketing' },
      { type: 'objection', objectionScope: 'other', details: 'Profiling' },
      { type: 'rectification', details: 'My name is misspelt.' },
    ]) {
      expect(formProblems(over)).toEqual({});
      expect(staffProblems(over)).toEqual({});
    }
  });
});
