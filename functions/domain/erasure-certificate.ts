/**
 * The erasure certificate (Art. 5(2) accountability): what each processor did with an erasure
 * request, kept by the merchant as evidence. It holds no personal data: the request id, dates,
 * processors, outcomes, holds and the kinds of identifiers each recipient was sent (Art. 19).
 * `sha256` fingerprints the canonical JSON (RFC 8785, evidence.ts) of everything else,
 * so any later change to the record shows.
 */

import { canonicalJson } from './evidence.ts';
import { sha256Hex } from './hash.ts';
import type { HoldReason } from './holds.ts';
import type { LocalizedText } from './localized.ts';
import type { ProcessorStatement, StatementKind } from './processor-answer.ts';

/**
 * `/2`: each processor carries its `answer` (the statement every output makes). `/3`: the
 * controller's particulars (legal name, business ID, address, privacy contact, DPO), processor
 * names as the registry gives them (one text, or one per language), and `kept[].what` a code
 * (domain/holds.ts `HELD_DATA`) unless a processor stated it in its own words.
 */
export const CERTIFICATE_SCHEMA = 'dsr-erasure-certificate/3';

/** The controller as every document names it (MerchantConfig's particulars). */
export interface CertificateController {
  merchantId: string;
  /** The legal name (`legalName`, else the shop's name). */
  name: string;
  businessId?: string;
  address?: {
    street: string;
    postalCode: string;
    locality: string;
    country: string;
  };
  privacyContact: string;
  dpo?: { name?: string; email: string };
}

export interface CertificateProcessor {
  processorId: string;
  name: LocalizedText;
  /** The job's recorded state. */
  outcome: string;
  records: number;
  /** What it answered (domain/processor-answer.ts): no notes, a refusal's reason only. */
  answer: {
    kind: StatementKind;
    by?: 'system' | 'processor' | 'merchant';
    at?: string;
    records?: number;
    reason?: string;
    /** `not-answered`: by when it was asked to answer. */
    dueAt?: string;
    /**
     * A withdrawal of the erasure was attempted (a cancelled deferral) and not made: what the
     * processor answered instead (absent otherwise, so earlier certificates hash the same).
     */
    withdrawal?: ProcessorStatement['withdrawal'];
  };
  kept: {
    what: string;
    reason: HoldReason;
    basis: string;
    until?: string;
    records: number;
    /** Set when a processor stated the hold in its own words (`what` is then not a code). */
    statedBy?: 'processor';
  }[];
  /** Why it failed (an error name, never personal data). */
  error?: string;
}

export interface CertificateRecipient {
  processorId: string;
  name: LocalizedText;
  disclosures: {
    call: string;
    identifiers: string[];
    at: string;
    round: number;
  }[];
}

export interface ErasureCertificate {
  schema: typeof CERTIFICATE_SCHEMA;
  requestId: string;
  merchant: CertificateController;
  requestType: 'erasure';
  receivedAt: string;
  completedAt: string;
  round: number;
  /** Set while part of the erasure waits for a legal hold to end. */
  deferredUntil?: string;
  processors: CertificateProcessor[];
  recipients: CertificateRecipient[];
  sha256: string;
}

/** SHA-256 (hex) of the canonical JSON of the certificate without its `sha256`. */
export function certificateHash(
  certificate: Omit<ErasureCertificate, 'sha256'> & { sha256?: string },
): string {
  const { sha256: _ignored, ...body } = certificate;
  return sha256Hex(canonicalJson(body));
}

/** A processor's row of the certificate: its recorded job and what it answered. */
export function certificateProcessor(
  processor: { processorId: string; name: LocalizedText },
  job: { state: string; records?: number; error?: string },
  statement: ProcessorStatement,
): CertificateProcessor {
  return {
    processorId: processor.processorId,
    name: processor.name,
    outcome: job.state,
    records: job.records ?? 0,
    answer: {
      kind: statement.kind,
      ...(statement.by ? { by: statement.by } : {}),
      ...(statement.at ? { at: statement.at } : {}),
      ...(statement.records ? { records: statement.records } : {}),
      // A processor's reason for not acting is part of the evidence; notes are not.
      ...(statement.kind === 'could-not' && statement.reason
        ? { reason: statement.reason }
        : {}),
      ...(statement.dueAt ? { dueAt: statement.dueAt } : {}),
      ...(statement.withdrawal ? { withdrawal: statement.withdrawal } : {}),
    },
    kept: statement.holds.map((h) => ({
      what: h.what,
      reason: h.reason,
      basis: h.basis,
      ...(h.until ? { until: h.until } : {}),
      records: h.records,
      ...(h.statedBy === 'processor' ? { statedBy: 'processor' as const } : {}),
    })),
    ...(job.error ? { error: job.error } : {}),
  };
}

/** The controller's particulars from a merchant configuration. */
export function certificateController(merchant: {
  merchantId: string;
  name: string;
  legalName?: string;
  businessId?: string;
  address?: CertificateController['address'];
  privacyContact: string;
  dpo?: CertificateController['dpo'];
}): CertificateController {
  return {
    merchantId: merchant.merchantId,
    name: merchant.legalName ?? merchant.name,
    ...(merchant.businessId ? { businessId: merchant.businessId } : {}),
    ...(merchant.address ? { address: merchant.address } : {}),
    privacyContact: merchant.privacyContact,
    ...(merchant.dpo ? { dpo: merchant.dpo } : {}),
  };
}

export function certify(
  body: Omit<ErasureCertificate, 'sha256' | 'schema'>,
): ErasureCertificate {
  const unsigned = { schema: CERTIFICATE_SCHEMA, ...body } as const;
  return { ...unsigned, sha256: certificateHash(unsigned) };
}

/** True when the certificate's fingerprint matches its content. */
export function verifyCertificate(certificate: ErasureCertificate): boolean {
  return certificateHash(certificate) === certificate.sha256;
}
