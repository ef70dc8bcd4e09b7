import type { AuditLog } from './audit-log.ts';
import type { Clock, IdGenerator } from './clock.ts';
import type { ConnectorRegistry, CredentialStore } from './connectors.ts';
import type { ExportStore } from './export-store.ts';
import type { LinkStore } from './link-store.ts';
import type { Mailer } from './mailer.ts';
import type { MerchantDirectory } from './merchant-directory.ts';
import type { Metrics } from './metrics.ts';
import type { RequestStore } from './request-store.ts';
import type { SentMailLog } from './sent-mail.ts';
import type { SubjectDataStore } from './subject-data.ts';
import type { Workflow } from './workflow.ts';

/** Settings every use case may need, read once from the environment. */
export interface AppSettings {
  /** Absolute base URL of the public API; emailed links start with it. */
  publicBaseUrl: string;
}

/** All ports, as built by a composition root. Use cases take the subset they need. */
export interface Ports {
  requests: RequestStore;
  audit: AuditLog;
  links: LinkStore;
  merchants: MerchantDirectory;
  mailer: Mailer;
  /** Which emails went out per request and purpose (see use-cases/send-once.ts). */
  sentMail: SentMailLog;
  exports: ExportStore;
  workflow: Workflow;
  subjectData: SubjectDataStore;
  connectors: ConnectorRegistry;
  credentials: CredentialStore;
  metrics: Metrics;
  clock: Clock;
  ids: IdGenerator;
  settings: AppSettings;
}

export type {
  AuditLog,
  Clock,
  ConnectorRegistry,
  CredentialStore,
  ExportStore,
  IdGenerator,
  LinkStore,
  Mailer,
  MerchantDirectory,
  Metrics,
  RequestStore,
  SentMailLog,
  SubjectDataStore,
  Workflow,
};
