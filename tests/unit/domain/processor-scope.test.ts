/**
 * What each processor is sent (Art. 5(1)(c), 25, 28(3)(e)): identifiers chosen from its registry
 * categories, corrections only of data it holds, objections only where it may market or profile,
 * and the registry words read through one table (domain/registry-vocabulary.ts).
 */
import { describe, expect, it } from 'vitest';
import {
  correctionsFor,
  identifiersFor,
  notConcerned,
  processorsAsked,
} from '#domain/processor-scope.ts';
import {
  heldKinds,
  mayMarketOrProfile,
  registryCode,
  unknownRegistryWords,
} from '#domain/registry-vocabulary.ts';
import type { DsrRequest } from '#domain/request.ts';
import { ProcessorConfig } from '#domain/schemas.ts';
import { loadSeed } from '#infra/seed/seed.ts';

const { merchant } = loadSeed('lastu');
const processor = (patch: Partial<ProcessorConfig>) =>
  ProcessorConfig.parse({
    processorId: 'proc',
    kind: 'email',
    name: 'P',
    contactEmail: 'privacy@p.example',
    ...patch,
  });
/** The merchant's own words for what no code covers (the same in every language here). */
const words = (text: string) => ({
  en: text,
  fi: text,
  sv: text,
  de: text,
  fr: text,
});
const request = (patch: Partial<DsrRequest>) =>
  ({
    type: 'access',
    email: 'aino.virtanen@example.com',
    name: 'Aino Virtanen',
    orderNumber: '#1001',
    ...patch,
  }) as DsrRequest;
const ids = (p: ProcessorConfig, r = request({})) =>
  identifiersFor(p, r).map((i) => i.kind);
const ofSeed = (id: string) => {
  const found = merchant.processors.find((p) => p.processorId === id);
  if (!found) throw new Error(`the seed has no ${id}`);
  return found;
};

describe('reading the registry', () => {
  it('reads a category or purpose as a code: case, explanations in brackets and punctuation do not matter', () => {
    expect(registryCode('Email address')).toBe('email-address');
    expect(registryCode('email-address')).toBe('email-address');
    expect(registryCode('email activity (opens, clicks)')).toBe(
      'email-activity',
    );
    expect(registryCode('  Delivery and billing address ')).toBe(
      'delivery-and-billing-address',
    );
  });

  it('knows every category and purpose of the lastu registry', () => {
    for (const p of merchant.processors)
      expect(unknownRegistryWords(p), p.processorId).toEqual({
        categories: [],
        purposes: [],
      });
  });

  it('makes a processor hold a kind only through a category in the table; none known: it does not say', () => {
    expect(heldKinds(processor({ categories: ['contact-details'] }))).toEqual(
      new Set(['name', 'email', 'phone']),
    );
    expect(
      heldKinds(
        processor({ categories: ['email-address', words('loyalty points')] }),
      ),
    ).toEqual(new Set(['email']));
    expect(
      heldKinds(processor({ categories: ['reviews-and-photos'] })),
    ).toEqual(new Set());
    expect(heldKinds(processor({ categories: [] }))).toBeUndefined();
    expect(
      heldKinds(
        processor({
          categories: [words('customer data'), words('constructor')],
        }),
      ),
    ).toBeUndefined();
  });

  it('leaves a processor out of objections only when every purpose is known to be neither marketing nor profiling', () => {
    expect(mayMarketOrProfile(ofSeed('posti'))).toBe(false);
    expect(
      mayMarketOrProfile(
        processor({ purposes: ['delivery', words('loyalty programme')] }),
      ),
    ).toBe(true);
    expect(mayMarketOrProfile(processor({ purposes: [] }))).toBe(true);
    expect(mayMarketOrProfile(processor({ purposes: ['newsletter'] }))).toBe(
      true,
    );
  });
});

describe('identifiers', () => {
  it('sends a processor that holds only email addresses the email only', () => {
    expect(
      ids(processor({ categories: ['email-address', 'consent-records'] })),
    ).toEqual(['email']);
    expect(ids(ofSeed('justuno'))).toEqual(['email']);
  });

  it('sends the name and the order number only where the registry says the processor holds them', () => {
    expect(ids(processor({ categories: ['name', 'email-address'] }))).toEqual([
      'email',
      'name',
    ]);
    expect(
      ids(processor({ categories: ['email-address', 'order-history'] })),
    ).toEqual(['email', 'order-number']);
    expect(ids(processor({ categories: ['contact-details'] }))).toEqual([
      'email',
      'name',
    ]);
    // Judge.me's DPA (Exhibit A): name, email, review content, order information.
    expect(ids(ofSeed('judgeme'))).toEqual(['email', 'name', 'order-number']);
    // Posti's DPA: name, address, phone, email; no order references.
    expect(ids(ofSeed('posti'))).toEqual(['email', 'name']);
  });

  it('sends the email only when the registry does not say what the processor holds, and nothing the shopper did not give', () => {
    expect(ids(processor({ categories: [] }))).toEqual(['email']);
    expect(
      ids(
        ofSeed('judgeme'),
        request({ name: undefined, orderNumber: undefined }),
      ),
    ).toEqual(['email']);
  });

  it('carries the values as given', () => {
    expect(identifiersFor(ofSeed('posti'), request({}))).toEqual([
      { kind: 'email', value: 'aino.virtanen@example.com' },
      { kind: 'name', value: 'Aino Virtanen' },
    ]);
  });
});

describe('corrections', () => {
  const phone = { field: 'phone' as const, value: '+358 40 765 4321' };
  const name = { field: 'name' as const, value: 'Aino Korhonen' };
  const other = {
    field: 'other' as const,
    value: 'I remarried after my divorce',
  };
  const rectify = (corrections: DsrRequest['corrections'], patch = {}) =>
    request({ type: 'rectification', corrections, ...patch });

  it('sends a phone correction only to processors that hold phone numbers', () => {
    const r = rectify([phone, name]);
    expect(correctionsFor(ofSeed('posti'), r)).toEqual([phone, name]);
    expect(correctionsFor(ofSeed('judgeme'), r)).toEqual([name]);
    expect(correctionsFor(ofSeed('justuno'), r)).toEqual([]);
    expect(correctionsFor(ofSeed('sendgrid'), r)).toEqual([name]);
  });

  it('never sends an `other` correction to a processor: it is the shopper’s own words; the shop’s own records get every correction', () => {
    const r = rectify([phone, other]);
    expect(correctionsFor(ofSeed('posti'), r)).toEqual([phone]);
    expect(correctionsFor(processor({ categories: [] }), r)).toEqual([phone]);
    expect(correctionsFor(ofSeed('lastu-store'), r)).toEqual([phone, other]);
  });

  it('sends every correction of a name, email, phone or address where the registry does not say what the processor holds', () => {
    expect(
      correctionsFor(
        processor({ categories: [words('customer data')] }),
        rectify([phone, name]),
      ),
    ).toEqual([phone, name]);
  });

  it('sends no corrections with any other request type', () => {
    expect(
      correctionsFor(ofSeed('posti'), { ...rectify([phone]), type: 'erasure' }),
    ).toEqual([]);
  });

  it('asks a rectification only of processors holding corrected data, unless the merchant wrote a note to carry what is in words only', () => {
    const asked = (r: DsrRequest) =>
      processorsAsked(merchant, r).map((p) => p.processorId);
    expect(asked(rectify([phone]))).toEqual([
      'lastu-store',
      'shopify',
      'nosto',
      'posti',
    ]);
    expect(notConcerned(ofSeed('justuno'), rectify([phone]))).toBe(
      'corrections',
    );
    // In words only (an `other` correction, or `details` alone): the merchant's note carries it.
    expect(asked(rectify([other]))).toEqual(['lastu-store']);
    expect(
      asked(rectify(undefined, { details: 'My surname is wrong' })),
    ).toEqual(['lastu-store']);
    // The note reaches only processors that may hold data no field names: not Justuno, which
    // holds email addresses and consent records only.
    expect(
      asked(rectify([other], { noteForProcessors: 'Date of birth: 1.5.1990' })),
    ).toEqual(
      merchant.processors
        .map((p) => p.processorId)
        .filter((id) => id !== 'justuno'),
    );
    expect(
      notConcerned(
        ofSeed('justuno'),
        rectify([other], {
          noteForProcessors: 'Please correct the delivery address',
        }),
      ),
    ).toBe('corrections');
    expect(
      notConcerned(
        ofSeed('posti'),
        rectify([other], {
          noteForProcessors: 'Please correct the delivery address',
        }),
      ),
    ).toBeUndefined();
    // A note adds no processor to a structured correction it has no data for.
    expect(
      notConcerned(
        ofSeed('justuno'),
        rectify([phone], { noteForProcessors: 'Please check' }),
      ),
    ).toBe('corrections');
  });
});

describe('objections', () => {
  it('go to every processor that may market or profile, not to Posti, which delivers parcels', () => {
    const objection = request({ type: 'objection' });
    expect(
      processorsAsked(merchant, objection).map((p) => p.processorId),
    ).toEqual([
      'lastu-store',
      'shopify',
      'sendgrid',
      'nosto',
      'judgeme',
      'justuno',
    ]);
    expect(notConcerned(ofSeed('posti'), objection)).toBe('marketing');
  });

  it('go to a processor keeping marketing consent, whatever its purposes say', () => {
    const objection = request({ type: 'objection' });
    const shop: Partial<ProcessorConfig> = {
      purposes: ['order-processing', 'payments'],
    };
    expect(notConcerned(processor(shop), objection)).toBe('marketing');
    expect(
      notConcerned(
        processor({ ...shop, categories: ['marketing-consent'] }),
        objection,
      ),
    ).toBeUndefined();
    expect(
      notConcerned(
        processor({ ...shop, categories: ['unsubscribe-status'] }),
        objection,
      ),
    ).toBeUndefined();
  });

  it('concern every processor for the other request types', () => {
    for (const type of [
      'access',
      'portability',
      'erasure',
      'restriction',
    ] as const)
      expect(processorsAsked(merchant, request({ type }))).toHaveLength(
        merchant.processors.length,
      );
  });
});
