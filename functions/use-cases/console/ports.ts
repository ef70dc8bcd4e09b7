import type { ConsoleStore } from '#ports/console-store.ts';
import type { Executions } from '#ports/executions.ts';
import type { AttachmentDownloads } from '#ports/inbound-mail.ts';
import type { Ports } from '#ports/index.ts';
import type { OffboardingStore } from '#ports/offboarding.ts';

/** What the console's use cases need: the request flow's ports, its own store, executions. */
export type ConsolePorts = Pick<
  Ports,
  | 'requests'
  | 'audit'
  | 'links'
  | 'merchants'
  | 'mailer'
  | 'sentMail'
  | 'exports'
  | 'workflow'
  | 'metrics'
  | 'clock'
  | 'ids'
  | 'settings'
  // A cancelled deferral withdraws a pending erasure at Shopify (use-cases/withdraw-erasure.ts).
  | 'connectors'
  | 'credentials'
> & {
  console: ConsoleStore;
  /** The request's executions, which a cancellation stops (as `ops cancel` does). */
  executions: Executions;
  /** Member keys of the deployment's operators (`CONSOLE_OPERATOR_KEYS`): they see every merchant. */
  operators: ReadonlySet<string>;
  /** Offboardings (the banner, its cancel); absent where no offboarding can exist (unit tests). */
  offboarding?: OffboardingStore;
  /** Downloads of inbound attachments; absent where no inbox exists (unit tests). */
  attachments?: AttachmentDownloads;
};
