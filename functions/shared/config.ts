/**
 * Environment variables the handlers read: the runtime's side of its contract with the
 * deployment. CDK sets them from resources (infra/constructs/function-grants.ts), the local
 * stack from its emulators; both take the names from here (through infra/wiring.ts).
 */
export const ENV = {
  tableName: 'TABLE_NAME',
  exportBucket: 'EXPORT_BUCKET',
  stateMachineArn: 'STATE_MACHINE_ARN',
  publicBaseUrl: 'PUBLIC_BASE_URL',
  mailFrom: 'MAIL_FROM',
  /** Role a `secrets:read` function assumes, tagged with a merchant, to read that merchant's secrets. */
  credentialsRole: 'CREDENTIALS_ROLE_ARN',
  /** Signs the form's CSRF token and keys the hash of client IPs (intake abuse controls). */
  intakeSecret: 'INTAKE_SECRET',
  /** Submissions per client IP and hour; 0 turns the limit off (load tests). */
  intakeLimitPerClient: 'INTAKE_LIMIT_PER_CLIENT',
  /** New requests and verification emails per merchant + email and day; 0 turns it off. */
  intakeLimitPerSubject: 'INTAKE_LIMIT_PER_SUBJECT',
  /** Reconciler: days without progress before a request is flagged (default 7). */
  stallAfterDays: 'STALL_AFTER_DAYS',
  /** Reconciler: seconds a just-changed request is left alone (default 120). */
  reconcileGraceSeconds: 'RECONCILE_GRACE_SECONDS',
  /** Reconciler: automatic restarts per request before it only flags (default 3). */
  reconcileMaxRestarts: 'RECONCILE_MAX_RESTARTS',
  /** Signs the console's form tokens (CSRF) and keys hashed client IPs of its sign-in limits. */
  consoleSecret: 'CONSOLE_SECRET',
  /**
   * The deployment's operators (context `operatorEmails`): comma-separated member keys
   * (domain/member-roles.ts `memberKey`), never the addresses. They see every merchant.
   */
  consoleOperators: 'CONSOLE_OPERATOR_KEYS',
  /** Sign-in emails per client network and hour; 0 turns the limit off (default 20). */
  consoleSignInLimitPerClient: 'CONSOLE_SIGNIN_LIMIT_PER_CLIENT',
  /** Sign-in emails per address and hour; 0 turns the limit off (default 5). */
  consoleSignInLimitPerAddress: 'CONSOLE_SIGNIN_LIMIT_PER_ADDRESS',
  /** The privacy inbox's bucket: SES stores received messages (and we their attachments) there. */
  inboundBucket: 'INBOUND_BUCKET',
  /** The privacy inbox's domain: `<merchantId>@<INBOUND_DOMAIN>` reaches a merchant. */
  inboundDomain: 'INBOUND_DOMAIN',
  /** The function that processes a verified webhook (ProcessShopifyWebhook), invoked as `Event`. */
  webhookWorker: 'WEBHOOK_WORKER_FUNCTION',
  /** SES configuration set of every email sent: its event destination reports their fate. */
  mailConfigurationSet: 'MAIL_CONFIGURATION_SET',
  /**
   * `true` loads the Powertools Tracer (subsegments per invocation and per AWS SDK call); unset
   * or anything else, it is never imported (functions/shared/tracing.ts).
   */
  tracer: 'DSR_TRACER',
} as const;

/** Handler configuration, read once per cold start; a missing variable fails fast with its name. */
export interface Config {
  tableName: string;
  exportBucket: string;
  stateMachineArn: string;
  publicBaseUrl: string;
  mailFrom: string;
}

function required(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`Missing environment variable ${name}`);
  return value;
}

/**
 * A limit from the environment: a whole number, `0` turning it off; unset or empty, `fallback`.
 * Anything else stops the function at init with the variable's name.
 */
export function readLimit(
  env: NodeJS.ProcessEnv,
  name: string,
  fallback: number,
): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0)
    throw new Error(`${name} must be a whole number (0 turns it off)`);
  return n;
}

export function readConfig(): Config {
  return {
    tableName: required(ENV.tableName),
    exportBucket: process.env[ENV.exportBucket] ?? '',
    stateMachineArn: process.env[ENV.stateMachineArn] ?? '',
    // Without a trailing slash, so every URL is `${publicBaseUrl}/path`.
    publicBaseUrl: required(ENV.publicBaseUrl).replace(/\/+$/, ''),
    mailFrom: process.env[ENV.mailFrom] ?? 'privacy@example.com',
  };
}
