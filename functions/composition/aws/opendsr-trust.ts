import { rootCertificates } from 'node:tls';

/**
 * Certificate authorities trusted for OpenDSR processor signatures: the system roots, or the PEM
 * bundle in `DSR_OPENDSR_TRUST_PEM` when set (a test CA; the CDK stack does not set it today).
 */
export function opendsrTrust(env = process.env): {
  caCertificatesPem: string[];
} {
  const pem = env.DSR_OPENDSR_TRUST_PEM;
  if (!pem) return { caCertificatesPem: [...rootCertificates] };
  return {
    caCertificatesPem:
      pem.match(
        /-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g,
      ) ?? [],
  };
}
