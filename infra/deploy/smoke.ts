/**
 * `npm run smoke`: after a deploy, every public route of the deployed API answers its contracted
 * status with the security headers, one synthetic request runs through the state machine to a
 * terminal state, and the alarm topic has someone to tell. The same checks run against AWS
 * (`--aws`) and the local stack (`--local`); only the target's answers differ.
 *
 * The synthetic request names a request that does not exist, so it touches no data and sends no
 * email: the decision step finds nothing (RequestNotFoundError), the failure path records
 * nothing, and the execution ends FAILED with `RequestFailed`. That run proves the state machine
 * can invoke its functions, that they can read the table, and that errors take the named failure
 * path. On AWS it also trips the ExecutionsFailed alarm once: its email proves alarm delivery.
 */
import { randomUUID } from 'node:crypto';
import {
  DescribeExecutionCommand,
  type SFNClient,
  StartExecutionCommand,
} from '@aws-sdk/client-sfn';
import { ROUTES } from '../wiring.ts';
import { attempt, type Check } from './checks.ts';

/** Where the smoke test points. */
export interface SmokeTarget {
  kind: 'aws' | 'local';
  /** The API's base URL (the `ApiUrl` output). */
  apiUrl: string;
  stateMachineArn: string;
  sfn: Pick<SFNClient, 'send'>;
  /** Confirmed and pending subscriptions of the alarm topic; `n/a` locally (no SNS). */
  alarmSubscribers(): Promise<{ confirmed: number; pending: number } | 'n/a'>;
  /** A merchant whose form exists (the seeded one). */
  merchantId: string;
  /** How long to wait for the synthetic execution (ms). */
  executionTimeoutMs?: number;
  /** Pause between execution polls (ms). */
  pollMs?: number;
}

/** Headers every page and JSON answer of the API carries (functions/shared/http.ts). */
export const SECURITY_HEADERS = [
  'content-security-policy',
  'x-content-type-options',
  'referrer-policy',
  'strict-transport-security',
  'cache-control',
] as const;

type Route = (typeof ROUTES)[number];

/**
 * The status each public route answers a request without a valid secret or body: the contract
 * of docs/OPERATIONS.md. A route that matches none of these has no contract: the smoke fails it.
 */
export function contractedStatus(route: {
  method: string;
  path: string;
}): number | undefined {
  if (route.path === '/m/{merchantId}') return 200; // the seeded merchant's form
  // No fields (no signed reference, for a resend): a 400 naming them; OPTIONS: the preflight.
  if (route.path === '/requests' || route.path.startsWith('/requests/'))
    return route.method === 'OPTIONS' ? 204 : 400;
  // The merchant console without a session: sign-in pages, then the way to them.
  if (route.path.startsWith('/console') && !route.path.includes('{token}')) {
    if (route.path === '/console/sign-in')
      return route.method === 'GET' ? 200 : 400; // the form; an empty one names its field
    // Signed out: a page's GET is sent to the sign-in page, a form's POST told to sign in.
    return route.method === 'GET' ? 303 : 401;
  }
  if (route.path.includes('{token}')) return 403; // an unknown link secret
  if (route.path.startsWith('/callbacks/')) return 404; // an unknown request
  if (route.path.startsWith('/webhooks/')) return 401; // no signature: nothing is created
  return undefined;
}

const SAMPLE_TOKEN = 'smoke'.padEnd(43, 'A');
const UNKNOWN_REQUEST = '00000000-0000-4000-8000-000000000000';

function urlOf(route: Pick<Route, 'path'>, merchantId: string): string {
  return route.path
    .replace('{merchantId}', merchantId)
    .replace('{token}', SAMPLE_TOKEN)
    .replace('{requestId}', UNKNOWN_REQUEST)
    .replace('{processorId}', 'smoke')
    .replace('{action}', 'spam');
}

async function routeCheck(route: Route, target: SmokeTarget): Promise<Check> {
  const name = `${route.method} ${route.path}`;
  const expected = contractedStatus(route);
  if (expected === undefined)
    return {
      name,
      status: 'fail',
      detail: 'no contracted status for this route',
      fix: 'add it to contractedStatus in infra/deploy/smoke.ts and docs/OPERATIONS.md',
    };
  const res = await fetch(
    `${target.apiUrl.replace(/\/+$/, '')}${urlOf(route, target.merchantId)}`,
    {
      method: route.method,
      headers: {
        accept: 'text/html',
        ...(route.method === 'POST'
          ? { 'content-type': 'application/x-www-form-urlencoded' }
          : {}),
      },
      body: route.method === 'POST' ? '' : undefined,
      redirect: 'manual',
    },
  );
  await res.arrayBuffer();
  const missing = SECURITY_HEADERS.filter((h) => !res.headers.has(h));
  if (res.status !== expected || missing.length > 0)
    return {
      name,
      status: 'fail',
      detail: `answered ${res.status} (contract ${expected})${missing.length ? `, missing ${missing.join(', ')}` : ''}`,
      fix:
        res.status === 429
          ? 'throttled: wait a minute and run again'
          : res.status >= 500
            ? "read the function's log group (npm run ops -- logs, or CloudWatch)"
            : 'the deployed code does not match this version: deploy again',
    };
  return {
    name,
    status: 'ok',
    detail: `${res.status}, security headers present`,
  };
}

async function executionCheck(target: SmokeTarget): Promise<Check> {
  const name = 'synthetic request';
  const started = await target.sfn.send(
    new StartExecutionCommand({
      stateMachineArn: target.stateMachineArn,
      name: `smoke-${Date.now()}-${randomUUID().slice(0, 8)}`,
      input: JSON.stringify({
        requestId: randomUUID(),
        merchantId: target.merchantId,
        type: 'access',
      }),
    }),
  );
  const deadline = Date.now() + (target.executionTimeoutMs ?? 120_000);
  for (;;) {
    const out = await target.sfn.send(
      new DescribeExecutionCommand({ executionArn: started.executionArn }),
    );
    if (out.status !== 'RUNNING') {
      const ok = out.status === 'FAILED' && out.error === 'RequestFailed';
      return ok
        ? {
            name,
            status: 'ok',
            detail:
              'ran to FAILED/RequestFailed through the failure path, as intended (a request that does not exist)',
          }
        : {
            name,
            status: 'fail',
            detail: `ended ${out.status}${out.error ? `/${out.error}` : ''}, expected FAILED/RequestFailed`,
            fix: `open ${started.executionArn} in the Step Functions console: the first failed task names the cause`,
          };
    }
    if (Date.now() > deadline)
      return {
        name,
        status: 'fail',
        detail: 'still RUNNING after the timeout',
        fix: `open ${started.executionArn} in the Step Functions console`,
      };
    await new Promise((r) => setTimeout(r, target.pollMs ?? 2000));
  }
}

async function alarmCheck(target: SmokeTarget): Promise<Check> {
  const name = 'alarm subscribers';
  const subs = await target.alarmSubscribers();
  if (subs === 'n/a')
    return {
      name,
      status: 'skip',
      detail: 'no alarm topic locally (alarms exist only on AWS)',
    };
  if (subs.confirmed > 0)
    return {
      name,
      status: 'ok',
      detail: `${subs.confirmed} confirmed subscription(s)`,
    };
  return {
    name,
    status: 'fail',
    detail: subs.pending
      ? `${subs.pending} subscription(s) waiting for confirmation: nobody is told yet`
      : 'nobody subscribed: alarms reach no one',
    fix: subs.pending
      ? 'click the link in the "AWS Notification - Subscription Confirmation" email'
      : 'deploy with -c alarmEmails=oncall@your-shop.example (and confirm the email), or subscribe an endpoint to the AlarmTopicArn output',
  };
}

/** Runs every check; a failing one does not stop the others. */
export async function runSmoke(target: SmokeTarget): Promise<Check[]> {
  const checks: Check[] = [];
  for (const route of ROUTES)
    checks.push(
      ...(await attempt(
        `${route.method} ${route.path}`,
        () => routeCheck(route, target),
        () => 'is the API URL right, and the stack deployed?',
      )),
    );
  checks.push(
    ...(await attempt(
      'synthetic request',
      () => executionCheck(target),
      () =>
        'check states:StartExecution and states:DescribeExecution on the state machine',
    )),
  );
  checks.push(
    ...(await attempt(
      'alarm subscribers',
      () => alarmCheck(target),
      () => 'check sns:ListSubscriptionsByTopic on the AlarmTopicArn output',
    )),
  );
  return checks;
}
