/**
 * Free text from people: every field refuses (the public form, merchant configuration) or strips
 * (link pages' reasons and notes, operator reasons) C0/C1 controls, the Unicode line separators
 * and bidi embeddings, overrides and isolates, by one definition (functions/domain/schemas.ts).
 */
import { describe, expect, it } from 'vitest';
import { parseConfirmation } from '#domain/confirmation.ts';
import { ValidationError } from '#domain/errors.ts';
import {
  MerchantConfig,
  noControlChars,
  ProcessorConfig,
  SubmitRequestInput,
  withoutControlChars,
} from '#domain/schemas.ts';
import { loadSeed } from '#infra/seed/seed.ts';
import { parseDecision } from '#use-cases/decide-request.ts';
import { parseRelease } from '#use-cases/release-review.ts';

/** One of each kind the definition refuses. */
const UNSAFE = {
  'U+202E right-to-left override': '\u202E',
  'U+202A left-to-right embedding': '\u202A',
  'U+2066 left-to-right isolate': '\u2066',
  'U+2069 pop directional isolate': '\u2069',
  'U+0007 bell (C0)': '\u0007',
  'U+001B escape (C0)': '\u001B',
  'U+007F delete': '\u007F',
  'U+0085 next line (C1)': '\u0085',
  'U+009B control sequence introducer (C1)': '\u009B',
  'U+2028 line separator': '\u2028',
};

describe('the definition', () => {
  it('finds each unsafe character in one-line and multi-line text', () => {
    for (const [name, c] of Object.entries(UNSAFE)) {
      expect(noControlChars(`a${c}b`), name).toBe(false);
      expect(noControlChars(`a${c}b`, { multiline: true }), name).toBe(false);
    }
  });

  it('allows line breaks and tabs only in multi-line text, and right-to-left marks anywhere', () => {
    for (const c of ['\n', '\r', '\t']) {
      expect(noControlChars(`a${c}b`)).toBe(false);
      expect(noControlChars(`a${c}b`, { multiline: true })).toBe(true);
    }
    expect(noControlChars('Ahmad \u200Fأحمد\u200F')).toBe(true);
    expect(noControlChars('Åsa Ørsted-Öhman #1042')).toBe(true);
  });

  it('strips what it finds and keeps what a reader sees', () => {
    expect(
      withoutControlChars('in\u202Evoice\u202C\u0007\n\tpaid', {
        multiline: true,
      }),
    ).toBe('invoice\n\tpaid');
    expect(withoutControlChars('a\nb\u2029c')).toBe('abc');
  });
});

describe('the public form', () => {
  const form = (fields: Record<string, unknown>) =>
    SubmitRequestInput.safeParse({
      merchant: 'lastu',
      type: 'rectification',
      email: 'aino.virtanen@example.com',
      details: 'wrong address',
      ...fields,
    });
  const refusedField = (fields: Record<string, unknown>) => {
    const parsed = form(fields);
    return parsed.success ? undefined : parsed.error.issues[0]?.path.join('.');
  };

  it('refuses every unsafe character in name, order number, details and corrections', () => {
    for (const [name, c] of Object.entries(UNSAFE)) {
      expect(refusedField({ name: `Ai${c}no` }), name).toBe('name');
      expect(refusedField({ orderNumber: `#10${c}42` }), name).toBe(
        'orderNumber',
      );
      expect(refusedField({ details: `see${c}below` }), name).toBe('details');
      expect(
        refusedField({ corrections: [{ field: 'name', value: `Ai${c}no` }] }),
        name,
      ).toBe('corrections.0.value');
      expect(refusedField({ email: `ai${c}no@example.com` }), name).toBe(
        'email',
      );
    }
  });

  it('keeps line breaks to the multi-line fields', () => {
    expect(refusedField({ name: 'Aino\nVirtanen' })).toBe('name');
    expect(refusedField({ orderNumber: '#1042\r\n' })).toBeUndefined(); // trimmed
    expect(refusedField({ orderNumber: '#10\n42' })).toBe('orderNumber');
    expect(
      refusedField({ details: 'Line one\r\nLine two\tend' }),
    ).toBeUndefined();
    expect(
      refusedField({
        corrections: [{ field: 'address', value: 'Isokatu 1\n90100 Oulu' }],
      }),
    ).toBeUndefined();
  });
});

describe("the link pages' reasons and notes", () => {
  const tricky =
    'Order \u202E2401#\u202C kept\u0007 for\u0085 bookkeeping\r\nline two';
  const clean = 'Order 2401# kept for bookkeeping\r\nline two';
  const answering = {
    type: 'erasure',
    confirmBy: 'processor',
    today: '2026-11-02',
  } as const;

  it('strip unsafe characters from decision and extension reasons, questions and notes for processors', () => {
    const erasure = { type: 'erasure' } as const;
    expect(
      parseDecision({ decision: 'deny', reason: tricky }, erasure).reason,
    ).toBe(clean);
    expect(
      parseDecision({ decision: 'extend', reason: tricky }, erasure).reason,
    ).toBe(clean);
    expect(
      parseDecision({ decision: 'ask', reason: tricky }, erasure).reason,
    ).toBe(clean);
    expect(
      parseDecision({ decision: 'approve', noteForProcessors: tricky }, erasure)
        .noteForProcessors,
    ).toBe(clean);
  });

  it('strip them from withholding reasons and processor notes', () => {
    expect(parseRelease({ release: 'withhold', reason: tricky }).reason).toBe(
      clean,
    );
    expect(
      parseConfirmation({ outcome: 'could-not', note: tricky }, answering).note,
    ).toBe(clean);
    expect(
      parseConfirmation(
        {
          outcome: 'kept',
          keptWhat: 'Invoices \u202Eof 2026\u0007',
          keptReason: 'legal-obligation',
        },
        answering,
      ).hold?.what,
    ).toBe('Invoices of 2026');
  });

  it('count a reason of nothing but such characters as missing (400)', () => {
    expect(() =>
      parseDecision(
        { decision: 'extend', reason: '\u202E\u202C\u0007' },
        { type: 'erasure' },
      ),
    ).toThrow(ValidationError);
    expect(() =>
      parseConfirmation(
        { outcome: 'could-not', note: '\u2066\u2069' },
        answering,
      ),
    ).toThrow(ValidationError);
  });
});

describe('merchant configuration', () => {
  const { merchant } = loadSeed('lastu');
  const processor = merchant.processors[0];

  it('refuses unsafe characters in the strings shown to shoppers and processors', () => {
    for (const bad of [
      { ...merchant, name: 'Lastu\u202E' },
      { ...merchant, legalName: 'Lastu Oy\u0007' },
      {
        ...merchant,
        supervisoryAuthority: {
          ...merchant.supervisoryAuthority,
          name: 'Office\u0085',
        },
      },
    ])
      expect(MerchantConfig.safeParse(bad).success).toBe(false);
    for (const bad of [
      { ...processor, name: 'Shop\u202Eify' },
      { ...processor, purposes: ['orders\u2066'] },
      { ...processor, categories: ['contact\n'] },
      { ...processor, retention: '6 years\u009B' },
      { ...processor, location: { region: 'EU\u2028' } },
      { ...processor, settings: { shopDomain: 'lastu.myshopify.com\u0000' } },
    ])
      expect(ProcessorConfig.safeParse(bad).success, JSON.stringify(bad)).toBe(
        false,
      );
    expect(MerchantConfig.safeParse(merchant).success).toBe(true);
  });
});
