/**
 * The whole system in one Node process, on real emulators and the production handlers:
 * dynalite (DynamoDB), aws-ses-v2-local (SES v2 + mailbox UI), @20minutes/s3rver (S3),
 * aws-local-stepfunctions behind our Step Functions endpoint, and our API Gateway adapter.
 * Handlers reach the emulators through the ordinary SDK clients via `AWS_ENDPOINT_URL_*`.
 * Used by `npm start` (infra/local/start.ts) and by the integration tests.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import S3rver from '@20minutes/s3rver';
import * as sesLocalModule from 'aws-ses-v2-local';
import { dynamoPorts } from '#composition/aws/dynamo.ts';
import { memberKey } from '#domain/member-roles.ts';
import { approversOf } from '#domain/members.ts';
import { readConfig } from '#shared/config.ts';
import { loadSeed, seedMerchant } from '../seed/seed.ts';
import {
  ENV,
  FUNCTIONS,
  ROUTES,
  SCHEDULES,
  STATE_MACHINES,
  substitutionsFor,
} from '../wiring.ts';
import { startApiGateway } from './api-gateway.ts';
import { LOCAL_ACCOUNT, LOCAL_REGION, scheduledEvent } from './constants.ts';
import { startDynalite } from './dynalite.ts';
import {
  type FakeProcessors,
  fakeCustomers,
  startFakeProcessors,
} from './fakes/index.ts';
import type { ShopifySeedCustomer } from './fakes/shopify.ts';
import {
  LOCAL_INBOUND_DOMAIN,
  startInboundListener,
  startLambdaEndpoint,
} from './inbound.ts';
import { createLocalInvoker } from './lambda-runtime.ts';
import { guardLoopbackHost } from './loopback-host.ts';
import { startOpsPage } from './ops-page.ts';
import { startS3FormFront } from './s3-form-front.ts';
import { LocalStepFunctions, loadAsl } from './sfn-local.ts';
import { ensureTable } from './table.ts';
import { enforceTableGrants } from './table-iam.ts';

const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));

export {
  LOCAL_ACCOUNT,
  LOCAL_REGION,
  STACK_FILE,
  scheduledEvent,
} from './constants.ts';

const TABLE_NAME = 'dsr-local';
const BUCKET = 'dsr-local-exports';
const INBOUND_BUCKET = 'dsr-local-inbound';
// s3rver's built-in account; dynalite and the SES emulator accept any credentials.
const CREDENTIALS = {
  AWS_ACCESS_KEY_ID: 'S3RVER',
  AWS_SECRET_ACCESS_KEY: 'S3RVER',
};

export interface EmbeddedStackOptions {
  host?: string;
  /** 0 picks a free port. */
  apiPort?: number;
  mailPort?: number;
  /** Port of the read-only ops page (0 picks a free port). */
  opsPort?: number;
  /** Folder for dynalite and s3rver data; omitted: DynamoDB in memory and S3 in a temporary folder. */
  dataDir?: string;
  /** Seed merchants (config always; demo customers only into a new table). Default `['lastu']`. */
  merchants?: string[];
  /**
   * Run DynamoDB (dynalite) on a worker thread of its own (infra/local/dynalite.ts), so a busy
   * stack (the fault suite) does the table's work on a second core, beside the handlers.
   */
  dynamoThread?: boolean;
  /** Retry intervals and Wait states take 0 ms (tests). */
  fastTimers?: boolean;
  /**
   * The next check of a round's waiting jobs (Wait For Processors, up to days apart) comes after
   * at most this many seconds: time compression for long-running tests.
   */
  processorCheckSeconds?: number;
  /** Powertools log level of the handlers. Default `WARN`. */
  logLevel?: string;
  /**
   * Run the schedules of wiring.ts on timers: once at start, then every this many ms (0: their
   * own rate), or only the schedules named, each at its own interval. A run still going when
   * the next is due skips that one (runs of one schedule never overlap). Off unless set: tests
   * run them explicitly with {@link EmbeddedStack.runSchedule}.
   */
  scheduleEveryMs?:
    | number
    | Partial<Record<(typeof SCHEDULES)[number]['id'], number>>;
  /**
   * Keep only these processors of each seeded merchant (tests of the spine use the built-in
   * `lastu-store` alone; `npm start` and the processor tests run all of them).
   */
  onlyProcessors?: string[];
  /** Adjusts the customers the processors' fakes start with (tests add a recent order). */
  fakeCustomers?: (customers: ShopifySeedCustomer[]) => ShopifySeedCustomer[];
  /**
   * Processors' fakes running elsewhere (another process): use them instead of starting ours.
   * The fault suite keeps them in the test process, so their state outlives a killed stack.
   */
  processors?: Pick<FakeProcessors, 'baseUrls' | 'secrets'>;
  /** An SES v2 endpoint running elsewhere (infra/local/mail-sink.ts): used instead of ours. */
  sesEndpoint?: string;
  /** Port of the privacy inbox's SMTP listener (0 picks a free port). */
  smtpPort?: number;
  /** Largest message the SMTP listener accepts (default SES's 40 MB). */
  inboundMaxBytes?: number;
  /** The deployment's operators (they see every merchant in the console), as on AWS. */
  operatorEmails?: readonly string[];
}

export interface EmbeddedStack {
  apiUrl: string;
  mailUrl: string;
  /** The read-only local ops page (request list and timelines). */
  opsUrl: string;
  stateMachineArn: string;
  tableName: string;
  bucket: string;
  /** The Step Functions emulator (tests inspect executions through it or through its endpoint). */
  sfn: LocalStepFunctions;
  sfnUrl: string;
  invoker: ReturnType<typeof createLocalInvoker<typeof FUNCTIONS>>;
  /**
   * The processors' fake servers (Shopify, SendGrid, Nosto), seeded with the demo customers;
   * with `options.processors`, only the given `baseUrls` and `secrets` are set.
   */
  fakes: FakeProcessors;
  /** True when the table did not exist before this start. */
  freshTable: boolean;
  /** The privacy inbox: SMTP for `<merchantId>@<inboundDomain>` (infra/local/inbound.ts). */
  smtpPort: number;
  inboundDomain: string;
  /** Endpoints and resource names, for tools that attach to a running stack (ops CLI). */
  environment: Record<string, string>;
  /**
   * Invokes a scheduled function as EventBridge would, for the instant `at` (default now):
   * the way tests move time forward without a clock backdoor in the handlers.
   */
  runSchedule(
    id: (typeof SCHEDULES)[number]['id'],
    at?: Date,
  ): Promise<unknown>;
  close(): Promise<void>;
}

const closeServer = (server: Server) =>
  new Promise<void>((done) => {
    server.closeAllConnections?.();
    server.close(() => done());
  });

export async function startEmbeddedStack(
  options: EmbeddedStackOptions = {},
): Promise<EmbeddedStack> {
  const host = options.host ?? '127.0.0.1';
  const closers: (() => Promise<void>)[] = [];
  const close = async () => {
    for (const fn of closers.reverse()) await fn().catch(() => undefined);
  };
  try {
    // DynamoDB
    const ddbDir = options.dataDir
      ? join(options.dataDir, 'dynamodb')
      : undefined;
    if (ddbDir) mkdirSync(ddbDir, { recursive: true });
    const ddb = await startDynalite({
      path: ddbDir,
      host,
      thread: options.dynamoThread,
    });
    const ddbPort = ddb.port;
    closers.push(() => ddb.close());

    // SES v2 with its mailbox UI
    let mailUrl = options.sesEndpoint;
    if (!mailUrl) {
      const sesLocal =
        cjsDefault<(c: { host: string; port: number }) => Promise<Server>>(
          sesLocalModule,
        );
      const ses = await sesLocal({ host, port: options.mailPort ?? 0 });
      guardLoopbackHost(ses);
      mailUrl = `http://${host}:${(ses.address() as AddressInfo).port}`;
      closers.push(() => closeServer(ses));
    }

    // S3
    const s3Dir = options.dataDir
      ? join(options.dataDir, 's3')
      : mkdtempSync(join(tmpdir(), 'dsr-s3-'));
    mkdirSync(s3Dir, { recursive: true });
    const s3 = new S3rver({
      address: host,
      port: 0,
      silent: true,
      directory: s3Dir,
      configureBuckets: [
        { name: BUCKET, configs: [] },
        { name: INBOUND_BUCKET, configs: [] },
      ],
    });
    const s3Port = (await s3.run()).port;
    closers.push(async () => {
      await s3.close();
      if (!options.dataDir) rmSync(s3Dir, { recursive: true, force: true });
    });
    // The S3 endpoint handlers and browsers see: s3rver behind a front that checks browser form
    // uploads (presigned POST) as S3 does (infra/local/s3-form-front.ts).
    const s3Front = await startS3FormFront({
      host,
      backend: `http://${host}:${s3Port}`,
      region: LOCAL_REGION,
      credentials: {
        accessKeyId: CREDENTIALS.AWS_ACCESS_KEY_ID,
        secretAccessKey: CREDENTIALS.AWS_SECRET_ACCESS_KEY,
      },
    });
    closers.push(() => s3Front.close());
    // Requests reach s3rver through the front with the Host they were signed for (the front's).
    guardLoopbackHost(s3.httpServer, { alsoPorts: [s3Front.port] });
    guardLoopbackHost(s3Front.server);

    // Lambda runtime and Step Functions
    // The handlers' table calls are checked against their functions' IAM grants, as on AWS.
    enforceTableGrants(FUNCTIONS);
    const invoker = createLocalInvoker({
      region: LOCAL_REGION,
      accountId: LOCAL_ACCOUNT,
      functions: FUNCTIONS,
      repoRoot: REPO_ROOT,
    });
    // Closed after the API and the engine (closers run in reverse), before S3 and DynamoDB:
    // a handler still writing finishes against open stores.
    closers.push(() => invoker.settled());
    const sfn = new LocalStepFunctions({
      region: LOCAL_REGION,
      accountId: LOCAL_ACCOUNT,
      invoke: (arn, payload) => invoker.invoke(arn, payload),
      ...(options.fastTimers
        ? { retryIntervalOverrides: { '*': 0 }, waitTimeOverrides: { '*': 0 } }
        : {}),
      maxTimeoutFromInputSeconds: options.processorCheckSeconds,
    });
    const machine = STATE_MACHINES.DsrWorkflow;
    const stateMachineArn = sfn.createStateMachine(
      'DsrWorkflow',
      loadAsl(
        resolve(REPO_ROOT, machine.file),
        substitutionsFor(machine, (fn) => invoker.functionArn(fn)),
      ),
    );
    const sfnUrl = await sfn.listen(0, host);
    closers.push(() => sfn.close());

    // API Gateway
    const api = await startApiGateway({
      host,
      port: options.apiPort ?? 0,
      routes: ROUTES.map((route) => ({
        method: route.method,
        path: route.path,
        invoke: async (event) =>
          (await invoker.invoke(invoker.functionArn(route.fn), event)) as never,
      })),
    });
    closers.push(() => api.close());

    // The processors' fake servers, seeded with the first merchant's demo customers.
    const firstMerchant = (options.merchants ?? ['lastu'])[0] ?? 'lastu';
    const demo = loadSeed(firstMerchant);
    const refOf = (kind: string) =>
      demo.merchant.processors.find((p) => p.kind === kind)?.credentialsRef ??
      `dsr/${firstMerchant}/${kind}`;
    const customers = fakeCustomers(demo.customers);
    let fakes = options.processors as FakeProcessors | undefined;
    if (!fakes) {
      const started = await startFakeProcessors(
        options.fakeCustomers ? options.fakeCustomers(customers) : customers,
        {
          shopify: refOf('shopify'),
          sendgrid: refOf('sendgrid'),
          nosto: refOf('nosto'),
        },
        approversOf(demo.merchant)[0] ?? demo.merchant.privacyContact,
      );
      closers.push(() => started.close());
      fakes = started;
    }
    const processorUrls = fakes.baseUrls;

    // Lambda's Invoke API (the webhook route starts its worker through it).
    const lambdaApi = await startLambdaEndpoint(host, (name, payload) =>
      invoker.invoke(name, payload),
    );
    closers.push(() => lambdaApi.close());

    // Handlers read these when first imported (lazily, on their first invocation).
    const environment: Record<string, string> = {
      ...CREDENTIALS,
      ...fakes.secrets,
      AWS_REGION: LOCAL_REGION,
      AWS_ENDPOINT_URL_DYNAMODB: `http://${host}:${ddbPort}`,
      AWS_ENDPOINT_URL_SESV2: mailUrl,
      AWS_ENDPOINT_URL_S3: s3Front.url,
      AWS_ENDPOINT_URL_SFN: sfnUrl,
      AWS_ENDPOINT_URL_LAMBDA: lambdaApi.url,
      // s3rver stores aws-chunked framing as content unless checksums are only sent when required.
      AWS_REQUEST_CHECKSUM_CALCULATION: 'WHEN_REQUIRED',
      AWS_RESPONSE_CHECKSUM_VALIDATION: 'WHEN_REQUIRED',
      [ENV.tableName]: TABLE_NAME,
      [ENV.exportBucket]: BUCKET,
      [ENV.inboundBucket]: INBOUND_BUCKET,
      [ENV.inboundDomain]: LOCAL_INBOUND_DOMAIN,
      [ENV.webhookWorker]: 'ProcessShopifyWebhook',
      [ENV.stateMachineArn]: stateMachineArn,
      [ENV.publicBaseUrl]: api.url,
      [ENV.mailFrom]: 'privacy-requests@dsr.localhost',
      POWERTOOLS_SERVICE_NAME: 'dsr-local',
      POWERTOOLS_LOG_LEVEL: options.logLevel ?? 'WARN',
      // Metrics are CloudWatch EMF lines on AWS; locally they would only flood the console.
      POWERTOOLS_METRICS_DISABLED:
        process.env.POWERTOOLS_METRICS_DISABLED ?? 'true',
      // No X-Ray daemon here: were the Powertools Tracer asked for (DSR_TRACER), it stays idle.
      POWERTOOLS_TRACE_ENABLED: 'false',
      // The local engine is in this process and answers at once: no start can be in flight
      // unseen, so the reconciler restarts lost executions on its first run (at start).
      [ENV.reconcileGraceSeconds]:
        process.env[ENV.reconcileGraceSeconds] ?? '0',
      // Member keys only, as the CDK stack sets them (never the addresses).
      [ENV.consoleOperators]: (options.operatorEmails ?? [])
        .map(memberKey)
        .join(','),
    };
    Object.assign(process.env, environment);

    const freshTable = await ensureTable(
      `http://${host}:${ddbPort}`,
      TABLE_NAME,
      LOCAL_REGION,
    );
    const ports = dynamoPorts(readConfig());
    for (const merchantId of options.merchants ?? ['lastu']) {
      await seedMerchant(merchantId, ports, {
        customers: freshTable,
        // Connectors reach the fakes instead of the real processors.
        patch: (merchant) => ({
          ...merchant,
          processors: merchant.processors
            .filter(
              (p) =>
                !options.onlyProcessors ||
                options.onlyProcessors.includes(p.processorId),
            )
            .map((p) =>
              p.kind in processorUrls
                ? {
                    ...p,
                    settings: {
                      ...p.settings,
                      baseUrl:
                        processorUrls[p.kind as keyof typeof processorUrls],
                    },
                  }
                : p,
            ),
        }),
      });
    }

    const smtp = await startInboundListener({
      host,
      port: options.smtpPort ?? 0,
      bucket: INBOUND_BUCKET,
      s3Endpoint: s3Front.url,
      credentials: {
        accessKeyId: CREDENTIALS.AWS_ACCESS_KEY_ID,
        secretAccessKey: CREDENTIALS.AWS_SECRET_ACCESS_KEY,
      },
      deliver: (event) => invoker.invoke('ReceiveInboundMail', event),
      maxBytes: options.inboundMaxBytes,
    });
    closers.push(() => smtp.close());

    const ops = await startOpsPage(host, options.opsPort ?? 0);
    closers.push(() => ops.close());

    const runSchedule = (id: string, at = new Date()) => {
      const schedule = SCHEDULES.find((s) => s.id === id);
      if (!schedule) throw new Error(`no schedule ${id} in wiring.ts`);
      return invoker.invoke(schedule.fn, scheduledEvent(at, id));
    };
    const every = options.scheduleEveryMs;
    for (const schedule of SCHEDULES) {
      const ms = typeof every === 'object' ? every[schedule.id] : every;
      if (ms === undefined) continue;
      let running: Promise<unknown> | undefined;
      const tick = () => {
        if (running) return;
        running = runSchedule(schedule.id)
          .catch((error: Error) =>
            process.stderr.write(
              `[schedule] ${schedule.id} failed: ${error.name}\n`,
            ),
          )
          .finally(() => {
            running = undefined;
          });
      };
      tick();
      const timer = setInterval(tick, ms || schedule.everyMinutes * 60_000);
      timer.unref();
      closers.push(async () => clearInterval(timer));
    }

    return {
      apiUrl: api.url,
      mailUrl,
      opsUrl: ops.url,
      stateMachineArn,
      tableName: TABLE_NAME,
      bucket: BUCKET,
      sfn,
      sfnUrl,
      invoker,
      fakes,
      freshTable,
      smtpPort: smtp.port,
      inboundDomain: LOCAL_INBOUND_DOMAIN,
      environment,
      runSchedule,
      close,
    };
  } catch (error) {
    await close();
    throw error;
  }
}

/** The callable default export of a CommonJS module compiled from ESM (`exports.default`), however it was imported. */
function cjsDefault<T>(mod: unknown): T {
  let value = mod as { default?: unknown };
  while (typeof value !== 'function' && value && 'default' in value)
    value = value.default as { default?: unknown };
  return value as T;
}
