import { subjectRef } from '#domain/links.ts';
import {
  accountingHold,
  retentionExpiry,
  stillKept,
} from '#domain/retention-rules.ts';
import type { Correction, CorrectionField } from '#domain/schemas.ts';
import type {
  Connector,
  ConnectorContext,
  ConnectorResult,
  FieldChange,
  Hold,
} from '#ports/connectors.ts';
import type { SubjectDataStore, SubjectRecord } from '#ports/subject-data.ts';

/** What a sync rectification, objection or restriction ends with. */
type Outcome = {
  outcome: 'COMPLETED' | 'NOT_FOUND';
  records: number;
  changes?: FieldChange[];
};

/** The record category that holds the customer's profile (name, email, phone, address, consent). */
const PROFILE = 'customer';
/** The record category of an order; `data.placedAt` is when it was placed (ISO instant). */
const ORDER = 'order';
/** What an erasure keeps of the orders (a code every output writes in the reader's language). */
const KEPT_ORDERS = 'order-records';

/** Where each correction lands in a profile record (`other` needs a person: the merchant). */
const PROFILE_KEY: Partial<Record<CorrectionField, string>> = {
  name: 'name',
  email: 'email',
  phone: 'phone',
  address: 'address',
};

/**
 * The merchant's own customer records kept in our table (the spine's built-in processor), as a
 * connector like the others:
 * - access and portability read them;
 * - erasure (Art. 17) deletes the profile, the marketing consent and every other record, except
 *   the order records bookkeeping law still keeps (Art. 17(3)(b); the merchant's country rule in
 *   domain/retention-rules.ts, counted from each order's `placedAt`). Those stay unchanged (an
 *   accounting voucher may not be altered) and the job ends `PARTIAL` with the accounting hold,
 *   so every output states what is kept and until when, as the registry's retention text says.
 *   Each kept order carries `deleteAfter` (the end of that day), so the store deletes it when
 *   the period ends. An order whose period has ended is erased; one without a readable date is
 *   kept;
 * - rectification (Art. 16) writes the stated name, email, phone or address into the profile
 *   record (an address as the shopper wrote it); a new email also moves the records to the new
 *   address's subject reference, so the next request with that address finds them. A correction
 *   of `other` data is left to the merchant (reported `unsupported`);
 * - objection (Art. 21(3)) withdraws the profile's marketing consent;
 * - restriction (Art. 18) marks every record `restricted` (kept, not used) with when and by
 *   which request.
 */
export class InternalDataConnector implements Connector {
  readonly kind = 'internal-dynamodb' as const;
  readonly capabilities = {
    find: 'sync',
    access: 'sync',
    erase: 'sync',
    rectify: 'sync',
    object: 'sync',
    restrict: 'sync',
  } as const;
  readonly corrects = ['name', 'email', 'phone', 'address'] as const;

  constructor(private readonly store: SubjectDataStore) {}

  async run(ctx: ConnectorContext): Promise<ConnectorResult> {
    const { merchantId, subjectRef } = ctx.subject;
    const disclosures = [
      { call: 'DynamoDB (own table)', identifiers: ['subject-ref'] },
    ];
    switch (ctx.capability) {
      case 'erase':
        return { ...(await this.erase(ctx)), disclosures };
      case 'rectify':
        return { ...(await this.rectify(ctx)), disclosures };
      case 'object':
        return { ...(await this.object(ctx)), disclosures };
      case 'restrict':
        return { ...(await this.restrict(ctx)), disclosures };
      default: {
        const data = await this.store.find(merchantId, subjectRef);
        return {
          outcome: data.length > 0 ? 'COMPLETED' : 'NOT_FOUND',
          records: data.length,
          data: ctx.capability === 'access' ? data : undefined,
          disclosures,
        };
      }
    }
  }

  /**
   * Deletes all but the orders bookkeeping law keeps. A repeat (a retried job, a second request)
   * deletes nothing more and reports the same hold; once the periods have ended it deletes the
   * orders too.
   */
  private async erase(
    ctx: ConnectorContext,
  ): Promise<Outcome | { outcome: 'PARTIAL'; records: number; holds: Hold[] }> {
    const { merchantId, subjectRef } = ctx.subject;
    const rule = ctx.holdPolicy.accounting;
    const records = await this.store.find(merchantId, subjectRef);
    if (records.length === 0) return { outcome: 'NOT_FOUND', records: 0 };
    const kept = (r: SubjectRecord) =>
      r.category === ORDER && stillKept(placedAt(r), rule, ctx.now);
    const erased = await this.store.erase(
      merchantId,
      subjectRef,
      (r) => !kept(r),
    );
    // What is kept goes by itself when its period ends (the hold's "until" day), not only when
    // another erasure comes; a record without a readable date stays until a person decides.
    await this.store.update(merchantId, subjectRef, (r) => {
      if (!kept(r)) return undefined;
      const deleteAfter = retentionExpiry(placedAt(r), rule);
      return deleteAfter && r.deleteAfter !== deleteAfter
        ? { ...r, deleteAfter }
        : undefined;
    });
    const hold = accountingHold(
      rule,
      records.filter(kept).map((r) => ({ at: placedAt(r) })),
      ctx.now,
      KEPT_ORDERS,
    );
    return hold
      ? { outcome: 'PARTIAL', records: erased, holds: [hold] }
      : { outcome: 'COMPLETED', records: erased };
  }

  private async rectify(ctx: ConnectorContext): Promise<Outcome> {
    const { merchantId } = ctx.subject;
    const corrections = ctx.corrections ?? [];
    const email = corrections.findLast((c) => c.field === 'email')?.value;
    const newRef = email ? subjectRef(merchantId, email) : undefined;
    let ref = ctx.subject.subjectRef;
    let records = await this.store.find(merchantId, ref);
    // A retry after the records already moved to the new address's reference.
    if (records.length === 0 && newRef && newRef !== ref) {
      ref = newRef;
      records = await this.store.find(merchantId, ref);
    }
    if (!records.some((r) => r.category === PROFILE))
      return { outcome: 'NOT_FOUND', records: 0 };
    const changed = await this.store.update(merchantId, ref, (r) =>
      r.category === PROFILE ? applyCorrections(r, corrections) : undefined,
    );
    if (newRef && newRef !== ref) {
      // Written under the new reference first, then removed from the old: a retry finds them.
      await this.store.put(
        merchantId,
        newRef,
        await this.store.find(merchantId, ref),
      );
      await this.store.erase(merchantId, ref);
    }
    const changes: FieldChange[] = corrections.map((c) => ({
      field: c.field,
      outcome: PROFILE_KEY[c.field] ? 'corrected' : 'unsupported',
    }));
    return { outcome: 'COMPLETED', records: changed, changes };
  }

  private async object(ctx: ConnectorContext): Promise<Outcome> {
    const { merchantId, subjectRef } = ctx.subject;
    const records = await this.store.find(merchantId, subjectRef);
    if (!records.some((r) => r.category === PROFILE))
      return { outcome: 'NOT_FOUND', records: 0 };
    const at = ctx.now.toISOString();
    const changed = await this.store.update(merchantId, subjectRef, (r) => {
      if (r.category !== PROFILE) return undefined;
      const consent = r.data.marketingConsent as
        | Record<string, unknown>
        | undefined;
      if (consent?.given === false) return undefined;
      return {
        ...r,
        data: {
          ...r.data,
          marketingConsent: {
            ...consent,
            given: false,
            withdrawnAt: at,
            withdrawnBy: 'objection to direct marketing (Art. 21(3))',
          },
        },
      };
    });
    return { outcome: 'COMPLETED', records: changed };
  }

  private async restrict(ctx: ConnectorContext): Promise<Outcome> {
    const { merchantId, subjectRef, requestId } = ctx.subject;
    const records = await this.store.find(merchantId, subjectRef);
    if (records.length === 0) return { outcome: 'NOT_FOUND', records: 0 };
    const since = ctx.now.toISOString();
    await this.store.update(merchantId, subjectRef, (r) =>
      r.restricted ? undefined : { ...r, restricted: { since, requestId } },
    );
    // Already restricted records count: they are restricted all the same.
    return { outcome: 'COMPLETED', records: records.length };
  }
}

function placedAt(order: SubjectRecord): string | undefined {
  const at = order.data.placedAt;
  return typeof at === 'string' ? at : undefined;
}

function applyCorrections(
  record: SubjectRecord,
  corrections: readonly Correction[],
): SubjectRecord {
  const data = { ...record.data };
  for (const c of corrections) {
    const key = PROFILE_KEY[c.field];
    if (key) data[key] = c.field === 'email' ? c.value.toLowerCase() : c.value;
  }
  return { ...record, data };
}

/** The registry of a deployment's connectors. */
export function connectorRegistry(connectors: Connector[]) {
  const byKind = new Map(connectors.map((c) => [c.kind, c]));
  return { get: (kind: Connector['kind']) => byKind.get(kind) };
}
