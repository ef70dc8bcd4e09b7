/**
 * The register as configuration (issue 16, requirements 2 and 8): what a shopper reads is a code
 * the catalogues translate or text in every language; transfers name their basis; the
 * controller's business ID is checked; the deadline's terms match the engine.
 */
import { describe, expect, it } from 'vitest';
import { DEADLINE_PERIOD } from '#domain/deadline-terms.ts';
import { REGIMES } from '#domain/deadlines/regimes.ts';
import {
  DATA_CATEGORIES,
  PROCESSING_PURPOSES,
} from '#domain/processing-register.ts';
import { CATEGORY_KINDS, PURPOSE_USES } from '#domain/registry-vocabulary.ts';
import {
  fieldErrors,
  isFinnishBusinessId,
  MerchantConfig,
  SUPPORTED_LOCALES,
} from '#domain/schemas.ts';
import { loadSeed } from '#infra/seed/seed.ts';
import { cite } from '#presentation/i18n/citations.ts';

const { merchant } = loadSeed('lastu');

/** A configuration as stored (before validation): any field may hold anything. */
interface Stored {
  businessId?: unknown;
  processors: {
    name: unknown;
    categories: unknown;
    location: { transferBasis?: unknown; transfers?: unknown };
  }[];
}

function problems(
  change: (m: Stored, p: (i: number) => Stored['processors'][number]) => void,
) {
  const copy = structuredClone(merchant) as unknown as Stored;
  change(copy, (i) => {
    const p = copy.processors[i];
    if (!p) throw new Error(`no processor ${i}`);
    return p;
  });
  const parsed = MerchantConfig.safeParse(copy);
  return parsed.success ? {} : fieldErrors(parsed.error);
}

describe('the processor register', () => {
  it('seeds lastu with every shopper-facing text in all five languages or as a code', () => {
    for (const p of merchant.processors) {
      for (const value of [p.name, p.retention, p.location?.region]) {
        if (value === undefined || typeof value === 'string') continue;
        expect(Object.keys(value).sort(), p.processorId).toEqual(
          [...SUPPORTED_LOCALES].sort(),
        );
      }
      // Free-text entries are given in every language; the rest are codes.
      for (const c of [...p.categories, ...p.purposes])
        if (typeof c !== 'string')
          expect(Object.keys(c).sort()).toEqual([...SUPPORTED_LOCALES].sort());
    }
    expect(merchant.processors.find((p) => p.profiling)?.processorId).toBe(
      'nosto',
    );
  });

  it('refuses a text that leaves a language out, English words where a code belongs, and the old free-text transfer basis', () => {
    const found = problems((_m, p) => {
      p(0).name = { en: 'Records', fi: 'Rekisteri' };
      p(0).categories = ['order history'];
      p(1).location.transferBasis = 'EU adequacy decision';
    });
    expect(found['processors.0.name']).toContain(
      'a text in each of en, fi, sv, de, fr',
    );
    expect(found['processors.0.categories.0']).toContain(
      'must be a data category code',
    );
    expect(found['processors.1.location.transferBasis']).toContain(
      'replaced by transfers',
    );
  });

  it('has every category and purpose code known to the table that decides what a processor is sent', () => {
    for (const code of DATA_CATEGORIES)
      expect(Object.hasOwn(CATEGORY_KINDS, code), code).toBe(true);
    for (const code of PROCESSING_PURPOSES)
      expect(Object.hasOwn(PURPOSE_USES, code), code).toBe(true);
  });

  it('refuses adequacy (Art. 45) for a destination without a decision', () => {
    const found = problems((_m, p) => {
      p(1).location.transfers = [{ country: 'IN', basis: 'adequacy' }];
    });
    expect(found['processors.1.location.transfers.0.basis']).toBe(
      'IN has no adequacy decision (Art. 45); name the safeguard instead (sccs or bcrs, Art. 46)',
    );
    expect(
      problems((_m, p) => {
        p(1).location.transfers = [{ country: 'IN', basis: 'sccs' }];
      }),
    ).toEqual({});
  });
});

describe('the controller', () => {
  it('checks a Finnish business ID’s check digit', () => {
    expect(isFinnishBusinessId('1234567-1')).toBe(true);
    expect(isFinnishBusinessId('2304024-0')).toBe(true); // Unifaun Oy (Posti DPA)
    expect(isFinnishBusinessId('1234567-2')).toBe(false);
    expect(isFinnishBusinessId('1234567')).toBe(false);
    expect(
      problems((m) => {
        m.businessId = '1234567-2';
      }),
    ).toEqual({
      businessId:
        'must be a Finnish business ID (Y-tunnus) such as 1234567-1, with its check digit',
    });
  });
});

describe('the deadline in words', () => {
  it('names each regime’s period as the engine computes it', () => {
    for (const [id, regime] of Object.entries(REGIMES)) {
      const period = DEADLINE_PERIOD[id as keyof typeof DEADLINE_PERIOD];
      if (regime.rule.kind === 'days')
        expect(period, id).toEqual({ kind: 'days', days: regime.rule.days });
      else
        expect(period, id).toEqual({
          kind: regime.rule.kind === 'gdpr-eu' ? 'month-eu' : 'month-uk',
        });
    }
  });
});

describe('articles as each language cites them', () => {
  it.each([
    ['en', 'GDPR Art. 17(3)(b); Kirjanpitolaki 1336/1997, 2 luku 10 §'],
    [
      'fi',
      'tietosuoja-asetuksen 17 artiklan 3 kohdan b alakohta; kirjanpitolain (1336/1997) 2 luvun 10 §',
    ],
    [
      'sv',
      'artikel 17.3 b i dataskyddsförordningen; 2 kap. 10 § i bokföringslagen (1336/1997)',
    ],
    [
      'de',
      'Art. 17 Abs. 3 lit. b DSGVO; Kap. 2 § 10 des finnischen Buchführungsgesetzes (Kirjanpitolaki 1336/1997)',
    ],
    [
      'fr',
      'article 17, paragraphe 3, point b), du RGPD\u00a0; chapitre 2, article 10, de la loi finlandaise sur la comptabilité (Kirjanpitolaki 1336/1997)',
    ],
  ] as const)('%s', (locale, expected) => {
    expect(
      cite('Art. 17(3)(b); Kirjanpitolaki 1336/1997, 2 luku 10 §', locale),
    ).toBe(expected);
    expect(cite('Art. 15', locale)).not.toBe('Art. 15');
  });
});
