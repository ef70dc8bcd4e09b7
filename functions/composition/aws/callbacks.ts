import { credentialStore } from '#adapters/connectors/credentials.ts';
import {
  handleOpenDsrCallback,
  OpenDsrDirectory,
} from '#adapters/connectors/opendsr.ts';
import type { CallbackVerifier } from '#ports/connectors.ts';
import type { Config } from '#shared/config.ts';
import { runtimePorts } from '../runtime.ts';
import { dynamoPorts } from './dynamo.ts';
import { powertoolsMetrics } from './metrics.ts';
import { opendsrTrust } from './opendsr-trust.ts';
import { sfnWorkflowOnFirstUse } from './sfn-on-first-use.ts';

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

/**
 * The OpenDSR callback route: the table, credentials, the signature check, task tokens. Apart
 * from job-ports.ts, so the job functions do not load OpenDSR's code unless a job needs it. Most
 * callbacks report progress, or the end of a job that is not the round's last: the SFN client
 * loads when a callback resumes the round's wait (use-cases/receive-processor-callback.ts).
 */
export function callbackPorts(config: Config) {
  return {
    ...dynamoPorts(config),
    credentials: credentialStore(),
    ...callbackVerifier(),
    ...sfnWorkflowOnFirstUse(config, false),
    ...runtimePorts(config),
    ...powertoolsMetrics(),
  };
}
