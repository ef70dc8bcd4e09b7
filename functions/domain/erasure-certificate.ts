/**
 * The erasure certificate (Art. 5(2) accountability): what each processor did with an erasure
 * request, kept by the merchant as evidence. It holds no personal data: the request id, dates,
 * processors, outcomes, holds and the kinds of identifiers each recipient was sent (Art. 19).
 * `sha256` fingerprints the canonical JSON (RFC 8785, evidence.ts) of everything else,
 * so any later change to the record shows.
 */

import { canonicalJson } from './evidence.ts';
import { sha256Hex } from './hash.ts';

export const CERTIFICATE_SCHEMA = 'dsr-erasure-certificate/1';

export interface CertificateProcessor {
  processorId: string;
  name: string;
  outcome: string;
  records: number;
  kept: {
    what: string;
    reason: string;
    basis: string;
    until?: string;
    records: number;
  }[];
  /** Why it failed (an error name, never personal data). */
  error?: string;
}

export interface CertificateRecipient {
  processorId: string;
  name: string;
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
  merchant: { merchantId: string; name: string };
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
