/**
 * The TEST-ONLY OpenDSR PKI in tests/fixtures/opendsr (see its README): a CA, the fake
 * processor's leaf for `opendsr.processor.test`, and broken variants (expired, another domain,
 * self-signed) for the signature tests. Used by the fake processor and by `npm start`.
 */
import { readFileSync } from 'node:fs';

export const OPENDSR_TEST_DOMAIN = 'opendsr.processor.test';

export interface PemPair {
  certPem: string;
  keyPem: string;
}

export interface OpenDsrTestPki {
  domain: typeof OPENDSR_TEST_DOMAIN;
  ca: PemPair;
  /** `opendsr.processor.test`, issued by the CA, valid 2025–2045. */
  leaf: PemPair;
  /** Same domain and CA, valid 2020–2021. */
  expired: PemPair;
  /** `opendsr.other.test`, issued by the CA. */
  otherDomain: PemPair;
  /** `opendsr.processor.test`, self-signed. */
  selfSigned: PemPair;
}

const dir = new URL('../../../tests/fixtures/opendsr/', import.meta.url);
let cached: OpenDsrTestPki | undefined;

function pair(name: string): PemPair {
  return {
    certPem: readFileSync(new URL(`${name}.pem`, dir), 'utf8'),
    keyPem: readFileSync(new URL(`${name}.key`, dir), 'utf8'),
  };
}

export function loadOpenDsrTestPki(): OpenDsrTestPki {
  cached ??= {
    domain: OPENDSR_TEST_DOMAIN,
    ca: pair('ca'),
    leaf: pair('leaf'),
    expired: pair('expired'),
    otherDomain: pair('other-domain'),
    selfSigned: pair('self-signed'),
  };
  return cached;
}
