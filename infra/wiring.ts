import { TABLE } from '../functions/adapters/aws/table-layout.ts';
import {
  MERCHANT_SESSION_TAG,
  SECRET_PREFIX,
} from '../functions/domain/credentials.ts';
import {
  AUTHORITY_KEY_PATTERN,
  EXPORT_KEY_PREFIX,
  UPLOAD_KEY_PATTERN,
} from '../functions/domain/object-keys.ts';
import { ENV } from '../functions/shared/config.ts';
import type { TableAccess } from './table-grants.ts';

/**
 * The runtime's contract, owned by the functions: the environment variables they read
 * (functions/shared/config.ts) and the table they expect (functions/adapters/aws/table-layout.ts).
 * The CDK app and the local stack provide them; nothing in functions/ imports this file.
 */
export { ENV, TABLE };

/**
 * The one table that ties every public route and every ASL placeholder to its handler.
 * Read by the CDK stacks (infra/stacks/*) and by the embedded local stack (infra/local/*),
 * so the deployed system and `npm start` cannot drift apart.
 */

/** What a function may touch; the CDK stack turns each into a least-privilege grant. */
export type Access =
  | 'exports:read'
  | 'exports:write'
  /**
   * The processor confirmation page's files (`requests/<id>/parts/<processor>/files/…` only):
   * sign the browser's upload form (S3 checks the upload against the signer's permissions),
   * list, read the first bytes of, and remove the uploaded files.
   */
  | 'exports:uploads'
  /**
   * An agent's authorisation (`requests/<id>/authority/…` only): sign the browser's upload
   * form, list, read the first bytes of, download (a short-lived URL) and remove the files.
   */
  | 'exports:authority'
  /**
   * List the request prefix (`requests/*`) by `s3:prefix`: an object this function reads through
   * the SDK and finds missing (a part, an upload the lifecycle removed, a certificate) is then
   * `NoSuchKey` (404), not `AccessDenied` (403). Keys only, never content.
   */
  | 'exports:list'
  | 'mail:send'
  | 'workflow:start'
  | 'workflow:callback'
  /** Describe the executions of the state machine it starts (with `workflow:start`). */
  | 'workflow:read'
  /** Describe and stop the executions of that state machine (with `workflow:start`). */
  | 'workflow:stop'
  /**
   * Start the next execution of the state machine it serves (continue-as-new). Granted by a
   * policy of its own after the machine exists: the machine names the function, so the grant
   * cannot be in the function's role policy (infra/stacks/app-stack.ts).
   */
  | 'workflow:continue'
  /**
   * Read connector credentials: Secrets Manager secrets `dsr/<merchant>/…`, each read through a
   * session of the credentials role tagged with the request's merchant (only its secrets).
   */
  | 'secrets:read'
  /**
   * The inbound bucket (the privacy inbox's messages): read and delete `inbound/*`, write
   * `attachments/*` (infra/constructs/inbound-channels.ts).
   */
  | 'inbound:read'
  /**
   * Start the worker of a verified webhook (asynchronous invoke). The body itself is kept in the
   * table, on the delivery's claim (item kind `webhook`).
   */
  | 'inbound:webhook'
  /**
   * Read and delete `webhooks/*` of the inbound bucket: the worker's fallback for a body an old
   * front kept there while a deployment updated to bodies in the table
   * (adapters/aws/s3-legacy-webhook-bodies.ts). Removable with that adapter.
   */
  | 'inbound:legacy-webhooks'
  /**
   * A merchant's offboarding: list and delete the export bucket's objects under `requests/*`
   * (ListBucket by `s3:prefix`, DeleteObject; no read, no write).
   */
  | 'exports:erase'
  /**
   * A merchant's offboarding: list and delete `inbound/*`, `attachments/*` and `webhooks/*`
   * (webhook bodies kept there before they moved to the table).
   */
  | 'inbound:erase'
  /**
   * Sign short-lived downloads of `attachments/*` (GetObject there only): a console member's
   * download of an emailed request's attachment, as a file.
   */
  | 'inbound:attachments';

export interface FunctionSpec {
  /** Path of the handler module from the repository root; it exports `handler`. */
  entry: string;
  /** One line for the console and the docs. */
  description: string;
  access: readonly Access[];
  /**
   * The item kinds of the table it reads, writes, appends (audit events) and whether it queries
   * the schedule index: each becomes an IAM statement limited by `dynamodb:LeadingKeys`
   * (infra/table-grants.ts), enforced locally too (infra/local/table-iam.ts).
   */
  table?: TableAccess;
  /** Lambda timeout, seconds. */
  timeoutSeconds: number;
  memoryMb: number;
  /** Extra Node.js flags (NODE_OPTIONS), e.g. to bound the V8 heap of a streaming function. */
  nodeOptions?: string;
}

export const FUNCTIONS = {
  ShowRequestForm: {
    entry: 'functions/handlers/show-request-form.handler.ts',
    description: 'GET the public request form of a merchant',
    access: [],
    table: { read: ['merchant'] },
    timeoutSeconds: 10,
    memoryMb: 256,
  },
  SubmitRequest: {
    entry: 'functions/handlers/submit-request.handler.ts',
    description:
      'POST a new data-subject request and send the verification email',
    access: ['mail:send'],
    table: {
      read: ['request', 'merchant', 'intake', 'event'],
      write: ['request', 'intake', 'link'],
      append: ['event'],
    },
    timeoutSeconds: 10,
    memoryMb: 256,
  },
  VerifyIdentity: {
    entry: 'functions/handlers/verify-identity.handler.ts',
    description:
      'Verification link: GET shows a confirm page, POST verifies and starts the workflow',
    access: ['workflow:start'],
    table: {
      read: ['request', 'merchant', 'link'],
      write: ['request', 'link', 'stats'],
      append: ['event'],
    },
    timeoutSeconds: 10,
    memoryMb: 256,
  },
  DecideRequest: {
    entry: 'functions/handlers/decide-request.handler.ts',
    description:
      'Merchant decision link: GET shows approve/deny/extend/ask with the earlier requests, POST records it and resumes the workflow (or emails the question)',
    access: ['workflow:callback', 'mail:send'],
    table: {
      // mail: the question to the shopper is sent once (sendOnce); subjects: earlier requests.
      read: ['request', 'merchant', 'link', 'mail'],
      write: ['request', 'link', 'mail'],
      append: ['event'],
      subjects: true,
    },
    timeoutSeconds: 10,
    memoryMb: 256,
  },
  AnswerInformation: {
    entry: 'functions/handlers/answer-information.handler.ts',
    description:
      "Shopper's answer link: GET shows the merchant's request for more information, POST records the answer and emails it to the merchant",
    access: ['mail:send'],
    table: {
      // mail: the decision email's link (the task token in force) and the answer's email, once.
      read: ['request', 'merchant', 'link', 'mail'],
      write: ['request', 'link', 'mail'],
      append: ['event'],
    },
    timeoutSeconds: 10,
    memoryMb: 256,
  },
  ShowRequestStatus: {
    entry: 'functions/handlers/show-request-status.handler.ts',
    description:
      'Status link: GET shows the shopper where their request stands (read-only)',
    access: [],
    table: { read: ['request', 'merchant', 'job', 'link'] },
    timeoutSeconds: 10,
    memoryMb: 256,
  },
  DownloadExport: {
    entry: 'functions/handlers/download-export.handler.ts',
    description: 'Export link: redirects to a short-lived presigned S3 URL',
    access: ['exports:read'],
    table: {
      read: ['request', 'merchant', 'link'],
      write: ['link'],
      append: ['event'],
    },
    timeoutSeconds: 10,
    memoryMb: 256,
  },
  RequestDecision: {
    entry: 'functions/handlers/request-decision.handler.ts',
    description:
      'Task: email the merchant a decision link and park the task token, or approve by the merchant policy and resume it',
    access: ['mail:send', 'workflow:callback'],
    table: {
      read: ['request', 'merchant', 'mail'],
      write: ['request', 'link', 'mail', 'stats'],
      append: ['event'],
    },
    timeoutSeconds: 30,
    memoryMb: 256,
  },
  RequestRelease: {
    entry: 'functions/handlers/request-release.handler.ts',
    description:
      'Task: email the merchant a release-review link for a built access package and park the task token',
    access: ['mail:send'],
    table: {
      read: ['request', 'merchant', 'job', 'mail'],
      write: ['link', 'mail'],
      append: ['event'],
    },
    timeoutSeconds: 30,
    memoryMb: 256,
  },
  ReviewRelease: {
    entry: 'functions/handlers/review-release.handler.ts',
    description:
      'Release-review link: GET shows the package summary, POST releases or withholds it and resumes the workflow',
    access: ['workflow:callback'],
    table: {
      read: ['request', 'merchant', 'job', 'link'],
      write: ['link'],
      append: ['event'],
    },
    timeoutSeconds: 10,
    memoryMb: 256,
  },
  PlanJobs: {
    entry: 'functions/handlers/plan-jobs.handler.ts',
    description:
      'Task: mark the request in progress and list one job per registered processor',
    access: [],
    table: {
      read: ['request', 'merchant', 'job', 'link'],
      write: ['request', 'job', 'stats'],
      append: ['event'],
    },
    timeoutSeconds: 30,
    memoryMb: 256,
  },
  RunProcessorJob: {
    entry: 'functions/handlers/run-processor-job.handler.ts',
    description:
      'Task: run one request job against one processor through its connector; email processors get the request and a confirmation link',
    access: ['exports:write', 'mail:send', 'secrets:read'],
    table: {
      read: ['request', 'merchant', 'job', 'mail', 'subject'],
      write: ['job', 'link', 'mail', 'subject'],
      append: ['event'],
    },
    timeoutSeconds: 120,
    memoryMb: 512,
  },
  CheckProcessorJobs: {
    entry: 'functions/handlers/check-processor-jobs.handler.ts',
    description:
      "Task: check a round's unanswered jobs at once: poll, remind or escalate, give up after the grace period; say when the next check is due",
    access: ['mail:send', 'secrets:read'],
    table: {
      read: ['request', 'merchant', 'job', 'mail'],
      write: ['job', 'link', 'mail'],
      append: ['event'],
    },
    timeoutSeconds: 120,
    memoryMb: 512,
  },
  AwaitProcessorJobs: {
    entry: 'functions/handlers/await-processor-jobs.handler.ts',
    description:
      "Task (task token): park the round's one task token on the request until its last job answers or the next check is due",
    access: ['workflow:callback'],
    table: { read: ['request', 'job'], write: ['request'] },
    timeoutSeconds: 30,
    memoryMb: 256,
  },
  ContinueExecution: {
    entry: 'functions/handlers/continue-execution.handler.ts',
    description:
      "Task: go on in the request's next execution (a deferral's wait, a long round), so no execution nears 25,000 events or a year",
    access: ['workflow:continue'],
    table: { write: ['request'], append: ['event'] },
    timeoutSeconds: 30,
    memoryMb: 256,
  },
  PlanDeferredJobs: {
    entry: 'functions/handlers/plan-deferred-jobs.handler.ts',
    description:
      'Task: after a Wait for legal holds, wait again or re-run the held jobs (unless the merchant cancelled)',
    access: [],
    table: {
      read: ['request'],
      write: ['request', 'stats'],
      append: ['event'],
    },
    timeoutSeconds: 30,
    memoryMb: 256,
  },
  ConfirmProcessorJob: {
    entry: 'functions/handlers/confirm-processor-job.handler.ts',
    description:
      'Processor confirmation link: GET shows done / no data / could not (and, for access, the files handed over), POST records it and resumes the job',
    access: ['workflow:callback', 'exports:uploads'],
    table: {
      read: ['request', 'merchant', 'job', 'link'],
      write: ['job', 'link'],
      append: ['event'],
    },
    timeoutSeconds: 10,
    memoryMb: 256,
  },
  UploadAuthority: {
    entry: 'functions/handlers/upload-authority.handler.ts',
    description:
      "Agent's authorisation link: GET lists the uploaded files and signs an upload form, POST removes a file while the request waits",
    access: ['exports:authority'],
    table: {
      read: ['request', 'merchant', 'link'],
    },
    timeoutSeconds: 10,
    memoryMb: 256,
  },
  CancelDeferral: {
    entry: 'functions/handlers/cancel-deferral.handler.ts',
    description:
      'Merchant deferral link: GET shows the held erasure, POST withdraws an erasure pending at Shopify, tells the shopper and cancels it with a reason',
    // secrets:read, job: the withdrawal of a pending Shopify erasure (use-cases/withdraw-erasure.ts).
    access: ['mail:send', 'secrets:read'],
    table: {
      read: ['request', 'merchant', 'link', 'mail', 'job'],
      write: ['request', 'link', 'mail', 'stats', 'job'],
      append: ['event'],
    },
    timeoutSeconds: 10,
    memoryMb: 256,
  },
  LiftRestriction: {
    entry: 'functions/handlers/lift-restriction.handler.ts',
    description:
      "Merchant lift link: GET shows where the data is restricted, POST tells the shopper (Art. 18(3)), unmarks the shop's records and tells the processors",
    access: ['mail:send'],
    table: {
      read: ['request', 'merchant', 'job', 'link', 'mail', 'subject'],
      write: ['request', 'link', 'mail', 'subject'],
      append: ['event'],
    },
    timeoutSeconds: 15,
    memoryMb: 256,
  },
  OpenDsrCallback: {
    entry: 'functions/handlers/opendsr-callback.handler.ts',
    description:
      'OpenDSR status callback: verify the processor signature, record the status, resume the job when final',
    access: ['secrets:read', 'workflow:callback'],
    table: {
      read: ['request', 'merchant', 'job'],
      write: ['job'],
      append: ['event'],
    },
    timeoutSeconds: 15,
    memoryMb: 256,
  },
  CompleteRequest: {
    entry: 'functions/handlers/complete-request.handler.ts',
    description:
      'Task: stream the access package or write the erasure certificate, email the subject, close the request',
    access: ['exports:read', 'exports:write', 'exports:list', 'mail:send'],
    // A package of any size streams in bounded memory; a very large one takes minutes here.
    table: {
      read: ['request', 'merchant', 'job', 'link', 'mail'],
      write: ['request', 'job', 'link', 'mail', 'stats'],
      append: ['event'],
    },
    timeoutSeconds: 900,
    memoryMb: 512,
    // V8 sizes its heap from the machine and lets garbage pile up while a package streams; a
    // capped heap keeps the peak predictable (bench case export: 341 MB → 203 MB at 1 GB).
    nodeOptions: '--max-semi-space-size=8 --max-old-space-size=256',
  },
  DenyRequest: {
    entry: 'functions/handlers/deny-request.handler.ts',
    description:
      "Task: send the subject the merchant's refusal with reasons and the right to complain",
    access: ['mail:send'],
    table: {
      read: ['request', 'merchant', 'link', 'mail'],
      write: ['request', 'link', 'mail', 'stats'],
      append: ['event'],
    },
    timeoutSeconds: 30,
    memoryMb: 256,
  },
  FailRequest: {
    entry: 'functions/handlers/fail-request.handler.ts',
    description:
      'Task: record a failed phase, mark the request FAILED, alert the merchant and tell the shopper',
    access: ['mail:send'],
    table: {
      read: ['request', 'merchant', 'mail'],
      write: ['request', 'link', 'mail', 'stats'],
      append: ['event'],
    },
    timeoutSeconds: 30,
    memoryMb: 256,
  },
  SweepDeadlines: {
    entry: 'functions/handlers/sweep-deadlines.handler.ts',
    description:
      'Scheduled: expire unverified requests, pseudonymise closed ones after retention, remind merchants before deadlines, escalate overdue ones, publish metrics',
    access: ['mail:send'],
    table: {
      read: ['request', 'merchant', 'job', 'mail', 'stats'],
      write: ['request', 'job', 'mail', 'stats'],
      append: ['event'],
      schedule: true,
    },
    timeoutSeconds: 300,
    memoryMb: 512,
  },
  Console: {
    entry: 'functions/handlers/console.handler.ts',
    description:
      "Merchant console: sign-in by emailed link, the inbox, each request, requests received by post or phone, and every action on them (the emailed links' use cases)",
    access: [
      'mail:send',
      'workflow:start',
      'workflow:stop',
      'workflow:callback',
      'exports:read',
      'exports:uploads',
      'inbound:attachments',
      'exports:authority',
      // A cancelled deferral withdraws an erasure pending at Shopify (use-cases/withdraw-erasure.ts).
      'secrets:read',
    ],
    table: {
      read: [
        'request',
        'merchant',
        'member',
        'directory',
        'job',
        'event',
        'mail',
        'link',
        'signin',
        'session',
        'intake',
        'offboard',
      ],
      // request, stats: a status change moves the open counter; intake: the sign-in limits;
      // job: a processor's answer, the planning of a verified entry's workflow is not here;
      // merchant, member, directory: an admin's settings (the configuration and, kept in step
      // with it by MerchantDirectory.put, its members' index and the list of merchants).
      write: [
        'request',
        'stats',
        'job',
        'mail',
        'link',
        'signin',
        'session',
        'intake',
        'merchant',
        'member',
        'directory',
        // offboard: an admin cancels the shop's offboarding (the banner's button).
        'offboard',
      ],
      append: ['event'],
      inbox: true,
    },
    // A bulk action closes up to BULK_MAX requests, each with its own conditional writes.
    timeoutSeconds: 30,
    memoryMb: 512,
  },
  ReconcileRequests: {
    entry: 'functions/handlers/reconcile-requests.handler.ts',
    description:
      'Scheduled: restart open requests that have no running execution, flag stalled ones to ops and the merchant, record what a closing left owed',
    access: ['mail:send', 'workflow:start', 'workflow:read'],
    table: {
      read: ['request', 'merchant', 'job', 'event', 'mail'],
      // request: a restart's execution number, a closing's aftermath settled; link: the status
      // link of a failure notice it sends.
      write: ['request', 'mail', 'link'],
      append: ['event'],
      schedule: true,
    },
    timeoutSeconds: 300,
    memoryMb: 512,
  },
  ReceiveInboundMail: {
    entry: 'functions/handlers/receive-inbound-mail.handler.ts',
    description:
      "SES receipt rule (or the local SMTP listener): read a message to a merchant's privacy inbox and make it a request (type from its words, or for the merchant to confirm)",
    access: ['inbound:read', 'mail:send'],
    table: {
      read: ['request', 'merchant', 'intake'],
      write: ['request', 'intake', 'link'],
      append: ['event'],
    },
    timeoutSeconds: 60,
    memoryMb: 512,
  },
  ShopifyWebhook: {
    entry: 'functions/handlers/shopify-webhook.handler.ts',
    description:
      "Shopify compliance webhook: verify the HMAC of the raw body with the merchant's app secret, claim the webhook id with the body in one write (a repeat is answered and dropped), start the worker and answer 200",
    access: ['secrets:read', 'inbound:webhook'],
    // webhook: the conditional put of the claim with its body; a delete gives it back when the
    // worker cannot be started.
    table: { read: ['merchant'], write: ['webhook'] },
    timeoutSeconds: 10,
    memoryMb: 256,
  },
  ProcessShopifyWebhook: {
    entry: 'functions/handlers/process-shopify-webhook.handler.ts',
    description:
      "Asynchronous worker of a verified Shopify compliance webhook: an access or erasure request attested by the merchant (workflow started), or the shop's offboarding",
    access: ['workflow:start', 'mail:send', 'inbound:legacy-webhooks'],
    table: {
      // webhook: reads the kept body, then removes it (the claim stays).
      // offboard, mail: `shop/redact` records the offboarding and emails the members once.
      read: ['webhook', 'request', 'merchant', 'link', 'offboard', 'mail'],
      write: ['webhook', 'request', 'link', 'stats', 'offboard', 'mail'],
      append: ['event'],
    },
    timeoutSeconds: 30,
    memoryMb: 256,
  },
  OffboardMerchants: {
    entry: 'functions/handlers/offboard-merchants.handler.ts',
    description:
      "Scheduled: erase the data of merchants whose offboarding (Shopify's shop/redact) is due: requests, their items and objects, the shop's records, members, configuration; keep the offboarding record",
    access: ['exports:erase', 'inbound:erase', 'workflow:stop'],
    table: {
      // Reads of events, jobs, send records and links are key-only queries (which to delete).
      read: [
        'request',
        'merchant',
        'offboard',
        'subject',
        'event',
        'job',
        'mail',
        'link',
        'webhook',
      ],
      // stats: an open request erased leaves the deployment's open-request count.
      write: ['offboard', 'subject', 'stats'],
      // Deletes only (DeleteItem, BatchWriteItem), audit events included: the one role that may
      // remove them, and only as part of erasing a merchant that left (infra/table-grants.ts).
      erase: [
        'request',
        'event',
        'job',
        'mail',
        'link',
        'subject',
        'member',
        'directory',
        'merchant',
        'webhook',
      ],
      append: ['event'],
      schedule: true,
      inbox: true,
    },
    timeoutSeconds: 900,
    memoryMb: 512,
  },
  RecordMailEvent: {
    entry: 'functions/handlers/record-mail-event.handler.ts',
    description:
      "SES configuration set's event destination (EventBridge): record each email's delivery, bounce, complaint or reject on its request; flag bounces and tell the merchant; suppress a complainer",
    access: ['mail:send'],
    table: {
      read: ['request', 'merchant', 'mail'],
      write: ['request', 'mail'],
      append: ['event'],
    },
    timeoutSeconds: 30,
    memoryMb: 256,
  },
} as const satisfies Record<string, FunctionSpec>;

export type FunctionName = keyof typeof FUNCTIONS;

/**
 * The merchant console's routes, all served by the Console function, whose router
 * (functions/handlers/console/routes.ts) lists the same ones (a unit test keeps them equal).
 * A new console page adds its route here and there.
 */
export const CONSOLE_PATHS = [
  { method: 'GET', path: '/console' },
  { method: 'GET', path: '/console/sign-in' },
  { method: 'POST', path: '/console/sign-in' },
  /** The emailed sign-in link: GET shows a button, its POST signs in (mail scanners prefetch). */
  { method: 'GET', path: '/console/sign-in/{token}' },
  { method: 'POST', path: '/console/sign-in/{token}' },
  { method: 'POST', path: '/console/sign-out' },
  /** The merchant switcher and the language choice (saved on the session). */
  { method: 'POST', path: '/console/merchant' },
  { method: 'POST', path: '/console/language' },
  { method: 'GET', path: '/console/requests' },
  { method: 'POST', path: '/console/requests' },
  { method: 'GET', path: '/console/requests/new' },
  { method: 'POST', path: '/console/requests/bulk' },
  /** A batch on one agent's requests (remind, accept the authority, close: authority not shown). */
  { method: 'POST', path: '/console/requests/agents' },
  { method: 'GET', path: '/console/requests/{requestId}' },
  { method: 'POST', path: '/console/requests/{requestId}/{action}' },
  /** A kept attachment of an emailed request: redirects to a short-lived presigned download. */
  { method: 'GET', path: '/console/requests/{requestId}/attachments/{n}' },
  /**
   * An agent's authorisation: `?file=` downloads one (a URL signed for a minute); without it, the
   * files and a form for one received by post or email (S3 returns here).
   */
  { method: 'GET', path: '/console/requests/{requestId}/authority' },
  /** Answering for a processor that replied by letter or phone, with its files (S3 returns here). */
  { method: 'GET', path: '/console/requests/{requestId}/answer/{processorId}' },
  {
    method: 'POST',
    path: '/console/requests/{requestId}/answer/{processorId}',
  },
  /** Reports (any member): the figures, the request register and the record of processing (CSV). */
  { method: 'GET', path: '/console/reports' },
  { method: 'GET', path: '/console/reports/register.csv' },
  { method: 'GET', path: '/console/reports/processing' },
  { method: 'GET', path: '/console/reports/processing.csv' },
  /** Settings (admins): general, members, the processor registry; each change audited. */
  { method: 'GET', path: '/console/settings' },
  { method: 'GET', path: '/console/settings/new-processor' },
  { method: 'GET', path: '/console/settings/processors/{processorId}' },
  { method: 'POST', path: '/console/settings/{section}' },
  /** An admin cancels the shop's offboarding (the banner's button; domain/offboarding.ts). */
  { method: 'POST', path: '/console/offboarding' },
] as const satisfies readonly { method: 'GET' | 'POST'; path: string }[];

/** Public HTTP routes (API Gateway HTTP API route keys). */
export const ROUTES = [
  { method: 'GET', path: '/m/{merchantId}', fn: 'ShowRequestForm' },
  { method: 'POST', path: '/requests', fn: 'SubmitRequest' },
  /** CORS preflight of a `fetch` from a merchant's `embedOrigins` (`?merchant=` names it). */
  { method: 'OPTIONS', path: '/requests', fn: 'SubmitRequest' },
  /** "Send the email again" on the page after the form (a signed reference, nothing stored). */
  { method: 'POST', path: '/requests/resend', fn: 'SubmitRequest' },
  { method: 'GET', path: '/verify/{token}', fn: 'VerifyIdentity' },
  { method: 'POST', path: '/verify/{token}', fn: 'VerifyIdentity' },
  { method: 'GET', path: '/decide/{token}', fn: 'DecideRequest' },
  { method: 'POST', path: '/decide/{token}', fn: 'DecideRequest' },
  { method: 'GET', path: '/information/{token}', fn: 'AnswerInformation' },
  { method: 'POST', path: '/information/{token}', fn: 'AnswerInformation' },
  { method: 'GET', path: '/download/{token}', fn: 'DownloadExport' },
  { method: 'GET', path: '/release/{token}', fn: 'ReviewRelease' },
  { method: 'POST', path: '/release/{token}', fn: 'ReviewRelease' },
  { method: 'GET', path: '/status/{token}', fn: 'ShowRequestStatus' },
  { method: 'GET', path: '/authority/{token}', fn: 'UploadAuthority' },
  { method: 'POST', path: '/authority/{token}', fn: 'UploadAuthority' },
  { method: 'GET', path: '/processor/{token}', fn: 'ConfirmProcessorJob' },
  { method: 'POST', path: '/processor/{token}', fn: 'ConfirmProcessorJob' },
  { method: 'GET', path: '/deferral/{token}', fn: 'CancelDeferral' },
  { method: 'POST', path: '/deferral/{token}', fn: 'CancelDeferral' },
  { method: 'GET', path: '/lift/{token}', fn: 'LiftRestriction' },
  { method: 'POST', path: '/lift/{token}', fn: 'LiftRestriction' },
  {
    method: 'POST',
    path: '/callbacks/opendsr/{requestId}/{processorId}',
    fn: 'OpenDsrCallback',
  },
  /** Shopify's compliance webhooks of one merchant's app (the app's compliance URL). */
  {
    method: 'POST',
    path: '/webhooks/shopify/{merchantId}',
    fn: 'ShopifyWebhook',
  },
  ...CONSOLE_PATHS.map((route) => ({ ...route, fn: 'Console' as const })),
] as const satisfies readonly {
  method: 'GET' | 'POST' | 'OPTIONS';
  path: string;
  fn: FunctionName;
}[];

/** Steady rate (requests per second) and burst of an API Gateway throttle. */
export interface Throttle {
  rateLimit: number;
  burstLimit: number;
}

/**
 * Edge throttles of the HTTP API (token buckets shared by all callers of a route, before any
 * Lambda runs; API Gateway Developer Guide, "Throttle requests to your HTTP APIs"). The stage
 * default covers the processor callbacks; the public routes a person or a script can hit
 * without a link secret (form, submit) and the link routes are tighter, so a flood of one
 * route cannot use up the others' capacity or the functions' concurrency.
 */
export const THROTTLES = {
  stage: { rateLimit: 20, burstLimit: 40 },
  /** The form page, its submission (and its CORS preflight) and the resend of its email. */
  intake: { rateLimit: 5, burstLimit: 10 },
  /** Pages behind an emailed link: verify, decide, download, status, release, processor, deferral. */
  link: { rateLimit: 5, burstLimit: 10 },
  /**
   * The merchant console's signed-in pages: a desk's staff browsing and acting, a few people per
   * merchant (its sign-in form is throttled as the intake, its emailed link as a link).
   */
  console: { rateLimit: 10, burstLimit: 20 },
} as const satisfies Record<string, Throttle>;

/**
 * The throttle of a route: intake (and the console's sign-in form), link (a `{token}` path),
 * console, or the stage default (undefined).
 */
export function routeThrottle(route: { path: string }): Throttle | undefined {
  if (
    route.path === '/requests' ||
    route.path.startsWith('/requests/') ||
    route.path.startsWith('/m/') ||
    route.path === '/console/sign-in'
  )
    return THROTTLES.intake;
  if (route.path.includes('{token}')) return THROTTLES.link;
  if (route.path === '/console' || route.path.startsWith('/console/'))
    return THROTTLES.console;
  return undefined;
}

/**
 * Functions run on a schedule. On AWS an EventBridge rule invokes them with a scheduled event
 * (whose `time` is the sweep's "now"); `npm start` runs them on a timer with the same event shape.
 */
export const SCHEDULES = [
  {
    id: 'DeadlineSweep',
    fn: 'SweepDeadlines',
    /** Reminders are per day; hourly keeps them within an hour of their stage. */
    everyMinutes: 60,
  },
  {
    id: 'Reconcile',
    fn: 'ReconcileRequests',
    /** A lost execution is restarted within a quarter of an hour. */
    everyMinutes: 15,
  },
  {
    id: 'Offboarding',
    fn: 'OffboardMerchants',
    /** An offboarded merchant's data is erased within the hour after its `eraseAt`. */
    everyMinutes: 60,
  },
] as const satisfies readonly {
  id: string;
  fn: FunctionName;
  everyMinutes: number;
}[];

export interface StateMachineSpec {
  /** ASL file from the repository root. */
  file: string;
  /** `${Placeholder}` → function whose ARN replaces it. */
  functions: Record<string, FunctionName>;
}

export const STATE_MACHINES = {
  DsrWorkflow: {
    file: 'statemachines/dsr.asl.json',
    functions: {
      RequestDecisionFunctionArn: 'RequestDecision',
      PlanJobsFunctionArn: 'PlanJobs',
      RunProcessorJobFunctionArn: 'RunProcessorJob',
      CheckProcessorJobsFunctionArn: 'CheckProcessorJobs',
      AwaitProcessorJobsFunctionArn: 'AwaitProcessorJobs',
      ContinueExecutionFunctionArn: 'ContinueExecution',
      PlanDeferredJobsFunctionArn: 'PlanDeferredJobs',
      CompleteRequestFunctionArn: 'CompleteRequest',
      RequestReleaseFunctionArn: 'RequestRelease',
      DenyRequestFunctionArn: 'DenyRequest',
      FailRequestFunctionArn: 'FailRequest',
    },
  },
} as const satisfies Record<string, StateMachineSpec>;

/** Substitutions for an ASL file, given how to name each function's ARN. */
export function substitutionsFor(
  machine: StateMachineSpec,
  functionArn: (fn: FunctionName) => string,
): Record<string, string> {
  return Object.fromEntries(
    Object.entries(machine.functions).map(([placeholder, fn]) => [
      placeholder,
      functionArn(fn),
    ]),
  );
}

/**
 * Connector credentials: Secrets Manager secrets `dsr/<merchantId>/<…>`; `secrets:read` reaches
 * them only through a session tagged `dsr-merchant=<merchantId>` (infra/constructs/function-grants.ts).
 */
export const SECRETS = {
  prefix: SECRET_PREFIX,
  merchantTag: MERCHANT_SESSION_TAG,
} as const;

/**
 * Key prefix of every object in the export bucket; IAM grants are scoped to it. `uploads`: the
 * pattern of the processors' uploaded files, to which `exports:uploads` is scoped; `authority`:
 * the agents' authorisations, to which `exports:authority` is scoped.
 */
export const EXPORTS = {
  keyPrefix: EXPORT_KEY_PREFIX,
  uploads: UPLOAD_KEY_PATTERN,
  authority: AUTHORITY_KEY_PATTERN,
} as const;
