/**
 * Case 1 — cost per request.
 *
 * Method: the embedded stack (production handlers, dynalite, s3rver, SES emulator, the local Step
 * Functions engine) runs whole requests for the `lastu` merchant, driven over HTTP the way a person
 * would (form, emailed verify link, emailed decision link, download links). One warm-up access
 * request loads every handler module first; then one access and one erasure request are measured,
 * each alone, with every counter reset before it:
 * - Step Functions: state transitions from the execution history = every `*StateEntered` event
 *   (including the states inside Map iterations) plus task retries (workflow Lambda invocations
 *   beyond their Task states). AWS bills "each time a step of your workflow is executed,
 *   including retries"; waiting for a task token is free.
 * - Lambda: every invocation through the local runtime (API routes and workflow tasks), its
 *   wall-clock duration rounded up to 1 ms × the function's `memoryMb` from infra/wiring.ts,
 *   priced at the Arm GB-second rate (functions are ARM_64), plus the per-request fee.
 * - DynamoDB: see bench/lib/dynamo-capacity.ts (ReturnConsumedCapacity at a proxy + a GSI model).
 * - SES: messages in the emulator's store (cleared before each request).
 * - S3: requests and bytes at a proxy in front of s3rver (presigned downloads included).
 * - API Gateway: the HTTP requests the driver made.
 * - KMS: modelled, not observed (no KMS locally). Worst case, cold caches: DynamoDB with a
 *   customer managed key calls kms:Decrypt once per caller principal whose cached table key has
 *   expired (5 minutes) — counted as one per distinct function that used the table; S3 with bucket
 *   keys calls kms:GenerateDataKey once per bucket key (one if anything was written) and
 *   kms:Decrypt once per reader (one if anything was read). Warm, busy systems make fewer.
 * Limitations: one Node process on a small machine runs the emulators and the handlers together,
 * so durations are local, not Lambda's (AWS Graviton timings will differ, and INIT time of cold
 * starts is not included). The lastu merchant has seven processors (Shopify, SendGrid and Nosto
 * through their fakes' APIs, three email processors and its own records); the four confirmation
 * clicks (three processors, the merchant for Nosto) are part of the request, as they would be.
 */
import type { GetExecutionHistoryCommandOutput } from '@aws-sdk/client-sfn';
import { startEmbeddedStack } from '#infra/local/embedded-stack.ts';
import { FUNCTIONS, type FunctionName, STATE_MACHINES } from '#infra/wiring.ts';
import { linkFrom } from '../../tests/helpers/builders.ts';
import { formTokenFrom } from '../../tests/helpers/form.ts';
import { Mailbox } from '../../tests/helpers/mailbox.ts';
import { waitFor } from '../../tests/helpers/wait-for.ts';
import { startCountingProxy } from '../lib/counting-proxy.ts';
import { DynamoCapacityMeter } from '../lib/dynamo-capacity.ts';
import { loadPrices, type Prices } from '../lib/prices.ts';
import { atMost, type CaseResult, fmt, info, type Row } from '../lib/result.ts';
import { S3Meter } from '../lib/s3-meter.ts';
import { sum } from '../lib/stats.ts';

const APPROVER = 'owner@lastu.example';
const TARGET_USD = 0.002;
const WORKFLOW_FNS = new Set<string>(
  Object.values(STATE_MACHINES.DsrWorkflow.functions),
);

interface Usage {
  type: string;
  stateTransitions: number;
  statesEntered: number;
  taskRetries: number;
  lambda: {
    invocations: number;
    gbSeconds: number;
    byFunction: Record<string, { invocations: number; ms: number }>;
  };
  dynamodb: {
    readUnits: number;
    writeUnits: number;
    modelledWriteUnits: number;
    calls: Record<string, number>;
  };
  sesMessages: number;
  s3: { tier1: number; tier2: number; bytesIn: number; bytesOut: number };
  apiRequests: number;
  kmsCalls: number;
  wallMs: number;
}

export async function run(): Promise<CaseResult> {
  const stack = await startEmbeddedStack({
    fastTimers: true,
    logLevel: 'ERROR',
  });
  const ddb = new DynamoCapacityMeter();
  const s3 = new S3Meter();
  const ddbProxy = await startCountingProxy({
    target: stack.environment.AWS_ENDPOINT_URL_DYNAMODB ?? '',
    rewrite: ddb.rewrite,
    onExchange: ddb.record,
  });
  const s3Proxy = await startCountingProxy({
    target: stack.environment.AWS_ENDPOINT_URL_S3 ?? '',
    onExchange: s3.record,
  });
  // Handlers read their endpoints when first imported, which has not happened yet.
  process.env.AWS_ENDPOINT_URL_DYNAMODB = ddbProxy.url;
  process.env.AWS_ENDPOINT_URL_S3 = s3Proxy.url;

  // Per-invocation durations (the invoker's own stats are aggregates).
  const invocations: { fn: string; ms: number; dynamo: boolean }[] = [];
  const invoke = stack.invoker.invoke.bind(stack.invoker);
  stack.invoker.invoke = async (ref, payload) => {
    const fn = ref.split(':function:')[1]?.split(':')[0] ?? ref;
    const callsBefore = sum(Object.values(ddb.calls));
    const started = performance.now();
    try {
      return await invoke(ref, payload);
    } finally {
      const dynamo = sum(Object.values(ddb.calls)) > callsBefore;
      invocations.push({ fn, ms: performance.now() - started, dynamo });
    }
  };

  const mailbox = new Mailbox(stack.mailUrl);
  let apiRequests = 0;
  const api = (path: string, init?: RequestInit) => {
    apiRequests++;
    return fetch(
      path.startsWith('http') ? path : `${stack.apiUrl}${path}`,
      init,
    );
  };
  // The form page's signed token (CSRF), as a browser posting the real form sends it.
  const formToken = await formTokenFrom(stack.apiUrl);
  const form = (body: Record<string, string>): RequestInit => ({
    method: 'POST',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      accept: 'application/json',
    },
    body: new URLSearchParams({ ...body, formToken }),
  });

  /** One request from form to closed execution; returns what it used. */
  async function oneRequest(
    type: 'access' | 'erasure',
    email: string,
  ): Promise<Usage> {
    await fetch(`${stack.mailUrl}/clear-store`, { method: 'POST' });
    ddb.reset();
    s3.reset();
    invocations.length = 0;
    apiRequests = 0;
    const started = performance.now();

    await (await api('/m/lastu')).text();
    const submitted = await api(
      '/requests',
      form({ merchant: 'lastu', type, email }),
    );
    const { requestId } = (await submitted.json()) as { requestId: string };
    const verify = await mailbox.waitFor(email, 'Confirm your privacy request');
    const verifyUrl = `/verify/${linkFrom(verify.body.text ?? '', 'verify')}`;
    await (await api(verifyUrl)).text();
    await (await api(verifyUrl, form({}))).text();
    const brief = await waitFor(
      async () =>
        (await mailbox.all()).find(
          (m) =>
            m.destination.to.includes(APPROVER) &&
            m.body.text?.includes(requestId),
        ),
      { timeoutMs: 15_000, message: 'decision email' },
    );
    const decideUrl = `/decide/${linkFrom(brief.body.text ?? '', 'decide')}`;
    await (await api(decideUrl)).text();
    await (await api(decideUrl, form({ decision: 'approve' }))).text();
    // Email processors (and the merchant, for Nosto) confirm by their signed links.
    const confirmed = new Set<string>();
    const result = await waitFor(
      async () => {
        const mails = await mailbox.all();
        for (const m of mails) {
          const link = m.body.text?.match(
            /\/processor\/([A-Za-z0-9_-]{43})/,
          )?.[1];
          if (!link || confirmed.has(link)) continue;
          confirmed.add(link);
          await (await api(`/processor/${link}`)).text();
          // An access "done" needs the data uploaded on the page (S3 requests, not priced
          // here): the processors answer that they hold nothing.
          await (
            await api(
              `/processor/${link}`,
              form({ outcome: type === 'access' ? 'not-found' : 'done' }),
            )
          ).text();
        }
        return mails.find(
          (m) =>
            m.destination.to.includes(email) &&
            m.subject.includes(
              type === 'access' ? 'is ready' : 'has been erased',
            ),
        );
      },
      { timeoutMs: 30_000, message: 'result email' },
    );
    if (type === 'access') {
      for (const m of (result.body.text ?? '').matchAll(
        /\/download\/([A-Za-z0-9_-]+)/g,
      )) {
        const redirect = await api(`/download/${m[1]}`, { redirect: 'manual' });
        await (
          await fetch(redirect.headers.get('location') ?? '')
        ).arrayBuffer();
      }
    }
    const executionArn = `${stack.stateMachineArn.replace(':stateMachine:', ':execution:')}:${requestId}`;
    await waitFor(
      () =>
        stack.sfn.describeExecution({ executionArn }).status === 'SUCCEEDED',
      {
        timeoutMs: 15_000,
        message: 'execution SUCCEEDED',
      },
    );
    const wallMs = performance.now() - started;
    await new Promise((r) => setTimeout(r, 200)); // trailing writes (download audit events)

    const history = stack.sfn.getExecutionHistory({
      executionArn,
      maxResults: 1000,
    }) as GetExecutionHistoryCommandOutput;
    const events = history.events ?? [];
    const entered = events.filter((e) =>
      String(e.type).endsWith('StateEntered'),
    );
    const tasksEntered = entered.filter(
      (e) => e.type === 'TaskStateEntered',
    ).length;
    const workflowInvocations = invocations.filter((i) =>
      WORKFLOW_FNS.has(i.fn),
    ).length;
    const taskRetries = Math.max(0, workflowInvocations - tasksEntered);

    const byFunction: Usage['lambda']['byFunction'] = {};
    let gbSeconds = 0;
    for (const i of invocations) {
      const billedMs = Math.ceil(i.ms);
      gbSeconds +=
        (billedMs / 1000) * (FUNCTIONS[i.fn as FunctionName].memoryMb / 1024);
      const f = byFunction[i.fn] ?? { invocations: 0, ms: 0 };
      byFunction[i.fn] = f;
      f.invocations++;
      f.ms += billedMs;
    }
    const dynamoFunctions = new Set(
      invocations.filter((i) => i.dynamo).map((i) => i.fn),
    ).size;
    const kmsCalls =
      dynamoFunctions + (s3.tier1 > 0 ? 1 : 0) + (s3.tier2 > 0 ? 1 : 0);
    return {
      type,
      stateTransitions: entered.length + taskRetries,
      statesEntered: entered.length,
      taskRetries,
      lambda: { invocations: invocations.length, gbSeconds, byFunction },
      dynamodb: {
        readUnits: ddb.readUnits,
        writeUnits: ddb.writeUnits,
        modelledWriteUnits: ddb.modelledWriteUnits,
        calls: { ...ddb.calls },
      },
      sesMessages: (await mailbox.all()).length,
      s3: {
        tier1: s3.tier1,
        tier2: s3.tier2,
        bytesIn: s3.bytesIn,
        bytesOut: s3.bytesOut,
      },
      apiRequests,
      kmsCalls,
      wallMs,
    };
  }

  try {
    await oneRequest('access', 'matti.korhonen@example.com'); // warm-up: loads every handler
    const access = await oneRequest('access', 'aino.virtanen@example.com');
    const erasure = await oneRequest('erasure', 'emma.lindqvist@example.com');
    const prices = loadPrices();
    const priced = [access, erasure].map((u) => ({
      usage: u,
      cost: price(u, prices),
    }));
    const rows: Row[] = [];
    for (const { usage, cost } of priced) {
      rows.push(
        atMost(
          `${usage.type}: $ per request (7 processors)`,
          cost.total,
          TARGET_USD,
          fmt.usd,
        ),
      );
      for (const [service, usd] of Object.entries(cost.byService))
        rows.push(info(`  ${usage.type}: ${service}`, usd, fmt.usd));
      rows.push(
        info(
          `  ${usage.type}: state transitions`,
          usage.stateTransitions,
          fmt.int,
        ),
      );
      rows.push(
        info(
          `  ${usage.type}: Lambda invocations / GB-s`,
          usage.lambda.invocations,
          (n) => `${n} / ${usage.lambda.gbSeconds.toFixed(3)}`,
        ),
      );
      rows.push(
        info(
          `  ${usage.type}: DynamoDB RRU / WRU (+modelled)`,
          usage.dynamodb.readUnits,
          (n) =>
            `${n} / ${usage.dynamodb.writeUnits} (+${usage.dynamodb.modelledWriteUnits})`,
        ),
      );
      rows.push(
        info(
          `  ${usage.type}: SES messages / S3 req / KMS (model)`,
          usage.sesMessages,
          (n) =>
            `${n} / ${usage.s3.tier1 + usage.s3.tier2} / ${usage.kmsCalls}`,
        ),
      );
    }
    rows.push({
      metric: 'idle cost beyond storage + 1 KMS key (computed)',
      figure: `$0 + $${prices.kmsKeyMonth.toFixed(2)}/month key`,
      value: 0,
      target: '$0',
      verdict: 'PASS',
    });
    return {
      id: '1 cost',
      title: 'Cost per request (embedded stack, lastu, 7 processors)',
      rows,
      notes: [
        'lastu has 7 processors: 3 by API (fakes), 3 by email with a confirmation link, its own records; 4 confirmation clicks per request are counted as API requests.',
        'State transitions = *StateEntered history events (Map iterations included) + task retries.',
        'Lambda GB-s = Σ ceil(local wall-clock ms) × memoryMb/1024, Arm price; local durations (shared 2-core box, emulators in-process), no INIT billing.',
        'DynamoDB units: ReturnConsumedCapacity=INDEXES added at a proxy in front of dynalite; GSI writes and failed conditional writes modelled (+modelled).',
        'KMS calls: worst-case cold-cache model (1 Decrypt per table-using function, 1 per S3 write/read side with bucket keys); not observed.',
        'Idle $0 is a computed claim from the architecture: on-demand DynamoDB, Lambda, Step Functions Standard, HTTP API, SES, S3 have no provisioned resources; only storage and the one customer managed KMS key bill when idle (CloudWatch alarms/dashboards, if deployed, also bill monthly: not counted).',
        `Prices: bench/prices-eu-north-1.json (${prices.provenance})`,
      ],
      details: { prices, access: priced[0], erasure: priced[1] },
    };
  } finally {
    await stack.close();
    await ddbProxy.close();
    await s3Proxy.close();
  }
}

function price(u: Usage, p: Prices) {
  const byService = {
    'Step Functions': u.stateTransitions * p.sfnTransition,
    Lambda:
      u.lambda.gbSeconds * p.lambdaGbSecond +
      u.lambda.invocations * p.lambdaRequest,
    DynamoDB:
      u.dynamodb.readUnits * p.ddbRead +
      (u.dynamodb.writeUnits + u.dynamodb.modelledWriteUnits) * p.ddbWrite,
    SES: u.sesMessages * p.sesMessage,
    S3: u.s3.tier1 * p.s3Tier1 + u.s3.tier2 * p.s3Tier2,
    'API Gateway': u.apiRequests * p.httpApiRequest,
    KMS: u.kmsCalls * p.kmsRequest,
  };
  return { byService, total: sum(Object.values(byService)) };
}
