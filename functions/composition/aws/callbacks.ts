import {
  handleOpenDsrCallback,
  OpenDsrDirectory,
} from '#adapters/connectors/opendsr.ts';
import type { CallbackVerifier } from '#ports/connectors.ts';
import { opendsrTrust } from './opendsr-trust.ts';

/** Processor callbacks this deployment accepts: OpenDSR, verified against the processor's certificate. */
export function callbackVerifier(): { callbacks: CallbackVerifier } {
  const trust = opendsrTrust();
  // Discovery and certificates are cached across invocations of a warm function.
  const directory = new OpenDsrDirectory();
  return {
    callbacks: {
      verify: (input) =>
        handleOpenDsrCallback(input, {
          ...directory.certificateSource(input.processor, input.credentials),
          trust,
        }),
    },
  };
}
