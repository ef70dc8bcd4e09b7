import {
  type OpenDsrTrust,
  SYSTEM_TRUST,
} from '#adapters/connectors/opendsr.ts';

let trust: OpenDsrTrust | undefined;

/**
 * Certificate authorities trusted for OpenDSR processor signatures: the system roots, or the PEM
 * bundle in `DSR_OPENDSR_TRUST_PEM` when set (a test CA; the CDK stack does not set it today).
 * One value per process, so the parsed anchors are cached across invocations.
 */
export function opendsrTrust(): OpenDsrTrust {
  if (!trust) {
    const pem = process.env.DSR_OPENDSR_TRUST_PEM;
    // A string may hold several certificates: the verifier splits it.
    trust = pem ? { caCertificatesPem: [pem] } : SYSTEM_TRUST;
  }
  return trust;
}
