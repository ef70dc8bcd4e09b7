/**
 * What each processor is sent about a request, and which processors a request concerns
 * (Art. 5(1)(c), 25, 28(3)(e)): the identifiers it holds, the corrections of data it holds, the
 * merchant's note, never the shopper's own words. The processor's email, the email connector's
 * record of disclosures, the connectors' context and the planning of jobs all call these, so what
 * is sent, what is recorded as sent and who is asked cannot disagree. What a processor holds and
 * does is read from its registry entry through domain/registry-vocabulary.ts.
 */

import {
  type DataKind,
  heldKinds,
  mayHoldUnnamedData,
  mayMarketOrProfile,
} from './registry-vocabulary.ts';
import type { DsrRequest } from './request.ts';
import type {
  Correction,
  CorrectionField,
  MerchantConfig,
  ProcessorConfig,
} from './schemas.ts';

/** Identifier kinds as the record of disclosures names them. */
export type IdentifierKind = 'email' | 'name' | 'order-number';

export interface Identifier {
  kind: IdentifierKind;
  value: string;
}

type Scoped = Pick<ProcessorConfig, 'kind' | 'categories' | 'purposes'>;

/** The kind of data each correctable field is (`other` is none: it is the shopper's own words). */
const KIND_OF_FIELD: Record<CorrectionField, DataKind | undefined> = {
  name: 'name',
  email: 'email',
  phone: 'phone',
  address: 'address',
  other: undefined,
};

/** The merchant's own records (our table) are no recipient: nothing is disclosed to them. */
const isOwnRecords = (processor: Pick<ProcessorConfig, 'kind'>) =>
  processor.kind === 'internal-dynamodb';

/**
 * The identifiers a processor is sent to find the person: the email address always (verified,
 * and the one identifier every request has), the name and the order number only when the
 * shopper gave them and the registry says the processor holds names or orders.
 */
export function identifiersFor(
  processor: Pick<ProcessorConfig, 'categories'>,
  request: Pick<DsrRequest, 'email' | 'name' | 'orderNumber'>,
): Identifier[] {
  const held = heldKinds(processor);
  return [
    { kind: 'email', value: request.email },
    ...(request.name && held?.has('name')
      ? [{ kind: 'name' as const, value: request.name }]
      : []),
    ...(request.orderNumber && held?.has('order')
      ? [{ kind: 'order-number' as const, value: request.orderNumber }]
      : []),
  ];
}

/**
 * The stated corrections a processor is sent (rectification only): those of data the registry
 * says it holds. Where the registry does not say what it holds, every correction of a name,
 * email, phone or address (it cannot be ruled out that the processor holds them). An `other`
 * correction is the shopper's description: it reaches only the merchant's own records, where
 * it is left to the shop, and processors only through the merchant's note.
 */
export function correctionsFor(
  processor: Scoped,
  request: Pick<DsrRequest, 'type' | 'corrections'>,
): Correction[] {
  if (request.type !== 'rectification') return [];
  const corrections = request.corrections ?? [];
  if (isOwnRecords(processor)) return [...corrections];
  const held = heldKinds(processor);
  return corrections.filter((c) => {
    const kind = KIND_OF_FIELD[c.field];
    return kind !== undefined && (held === undefined || held.has(kind));
  });
}

/** The merchant's note for processors, when there is one (set on approval). */
export function noteForProcessors(
  request: Pick<DsrRequest, 'noteForProcessors'>,
): string | undefined {
  return request.noteForProcessors?.trim() || undefined;
}

/**
 * Why a request does not concern a processor, which is then not asked at all:
 * - `marketing`: an objection, and the registry says the processor uses the data neither for
 *   direct marketing nor for profiling (Art. 21(2)–(3)) and keeps no marketing consent that
 *   marketing is sent by; Posti delivers parcels;
 * - `corrections`: a rectification, and the processor holds none of the data to be corrected;
 *   what only a person can read (an `other` correction, or a rectification stated only in words)
 *   reaches it only through the merchant's note, and only when the registry says it may hold
 *   data of that sort: data no correction field names (registry-vocabulary.ts
 *   `mayHoldUnnamedData`). Justuno, which holds email addresses and consent records, is not
 *   asked to "correct the delivery address"; Posti (parcel tracking) and Judge.me (reviews) are.
 * `undefined`: the processor is asked. Every other request type concerns every processor.
 */
export type NotConcerned = 'marketing' | 'corrections';

export function notConcerned(
  processor: Scoped,
  request: Pick<
    DsrRequest,
    'type' | 'corrections' | 'details' | 'noteForProcessors'
  >,
): NotConcerned | undefined {
  if (request.type === 'objection')
    return mayMarketOrProfile(processor) || heldKinds(processor)?.has('consent')
      ? undefined
      : 'marketing';
  if (request.type !== 'rectification' || isOwnRecords(processor))
    return undefined;
  if (correctionsFor(processor, request).length > 0) return undefined;
  const corrections = request.corrections ?? [];
  const inWordsOnly =
    corrections.some((c) => c.field === 'other') ||
    (corrections.length === 0 && Boolean(request.details));
  return inWordsOnly &&
    noteForProcessors(request) &&
    mayHoldUnnamedData(processor)
    ? undefined
    : 'corrections';
}

/** The processors a request is sent to, in registry order. */
export function processorsAsked(
  merchant: Pick<MerchantConfig, 'processors'>,
  request: Parameters<typeof notConcerned>[1],
): ProcessorConfig[] {
  return merchant.processors.filter((p) => !notConcerned(p, request));
}

/** The merchant's processor of this id, if it has one. */
export function processorOf(
  merchant: MerchantConfig,
  processorId: string,
): ProcessorConfig | undefined {
  return merchant.processors.find((p) => p.processorId === processorId);
}
