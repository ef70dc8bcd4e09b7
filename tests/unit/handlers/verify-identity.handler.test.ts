/**
 * The VerifyIdentity handler's POST (Confirm) through its full middy chain, on in-memory ports
 * (the composition modules are replaced): once the identity is confirmed, a failure issuing the
 * status link or reading the merchant is logged by name (ERROR for a fault, WARN for a
 * transient one) with the request id, never the shopper's data, and the page still confirms.
 */
import type { APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import {
  afterEach,
  beforeAll,
  beforeEach,
  describe,
  expect,
  it,
  vi,
} from 'vitest';
import { pageMessages } from '#presentation/i18n/pages/index.ts';
import { submitRequest } from '#use-cases/submit-request.ts';
import { linkFrom, seededMemoryPorts } from '../../helpers/builders.ts';
import {
  captureOutput,
  context,
  httpEvent,
} from '../../helpers/lambda-events.ts';

type Ports = Awaited<ReturnType<typeof seededMemoryPorts>>['ports'];
const composed = vi.hoisted(() => ({ ports: undefined as unknown }));
vi.mock('#composition/aws/dynamo.ts', () => ({
  dynamoPorts: () => composed.ports,
}));
vi.mock('#composition/aws/sfn.ts', () => ({
  sfnWorkflow: () => ({ workflow: (composed.ports as Ports).workflow }),
}));

let ports: Ports;
let handler: (
  event: unknown,
  ctx: typeof context,
) => Promise<APIGatewayProxyStructuredResultV2>;
let output: ReturnType<typeof captureOutput>;
const confirmed = pageMessages('en').confirmed.heading;

beforeAll(async () => {
  vi.stubEnv('TABLE_NAME', 'unit');
  vi.stubEnv('PUBLIC_BASE_URL', 'https://dsr.test');
  vi.stubEnv('STATE_MACHINE_ARN', 'arn:aws:states:eu-north-1:0:sm:unit');
  ({ ports } = await seededMemoryPorts(new Date()));
  composed.ports = ports;
  ({ handler } = (await import(
    '#handlers/verify-identity.handler.ts'
  )) as unknown as { handler: typeof handler });
});
beforeEach(() => {
  output = captureOutput();
});
afterEach(() => {
  output.stop();
  vi.restoreAllMocks();
});

/** A fresh unverified request of `email`, and its verification link's secret. */
async function pending(email: string) {
  const { requestId } = await submitRequest(
    { merchant: 'lastu', type: 'access', email, name: 'Kaisa Mäkelä' },
    ports,
  );
  return {
    requestId,
    secret: linkFrom(ports.mailer.sent.at(-1)?.text ?? '', 'verify'),
  };
}

const confirm = (secret: string) =>
  handler(
    httpEvent('POST', `/verify/${secret}`, {
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      pathParameters: { token: secret },
    }),
    context,
  );

/** The log lines (JSON) that carry `message`. */
const logged = (message: string) =>
  output
    .text()
    .split('\n')
    .filter((line) => line.includes(message))
    .map((line) => JSON.parse(line) as Record<string, unknown>);

describe('VerifyIdentity handler POST', () => {
  it('confirms with a link to follow the request', async () => {
    // Prepare
    const { secret } = await pending('all.well@example.org');
    // Act
    const page = await confirm(secret);
    // Assess
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain(confirmed);
    expect(page.body).toMatch(/href="https:\/\/dsr\.test\/status\/[\w-]{43}"/);
    expect(logged('page part failed')).toEqual([]);
  });

  it('logs a failed status link at ERROR by name and request id, and still confirms', async () => {
    // Prepare
    const email = 'no.status.link@example.org';
    const { requestId, secret } = await pending(email);
    const put = ports.links.put.bind(ports.links);
    vi.spyOn(ports.links, 'put').mockImplementation(async (record) => {
      if (record.purpose === 'status')
        throw new TypeError(`cannot store link for ${email}`);
      return put(record);
    });
    // Act
    const page = await confirm(secret);
    // Assess
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain(confirmed);
    expect(page.body).not.toContain('/status/');
    expect(logged('page part failed')).toEqual([
      expect.objectContaining({
        level: 'ERROR',
        requestId,
        part: 'statusLink',
        error: 'TypeError',
      }),
    ]);
    expect(output.text()).not.toContain(email);
    expect(output.text()).not.toContain('Kaisa');
    expect(output.text()).not.toContain(secret);
  });

  it('logs a throttled merchant read at WARN and names the shop by its id', async () => {
    // Prepare
    const { requestId, secret } = await pending('slow.directory@example.org');
    vi.spyOn(ports.merchants, 'get').mockRejectedValue(
      Object.assign(new Error('Rate exceeded'), {
        name: 'ThrottlingException',
      }),
    );
    // Act
    const page = await confirm(secret);
    // Assess
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('lastu has been asked to handle it.');
    expect(logged('page part failed')).toEqual([
      expect.objectContaining({
        level: 'WARN',
        requestId,
        part: 'merchant',
        error: 'ThrottlingException',
      }),
    ]);
  });

  it('answers a failed verification with an error, not a confirmation', async () => {
    // Prepare
    const { secret } = await pending('start.fails@example.org');
    vi.spyOn(ports.workflow, 'start').mockRejectedValueOnce(
      Object.assign(new Error('boom'), { name: 'InternalFailure' }),
    );
    // Act
    const page = await confirm(secret);
    const retried = await confirm(secret);
    // Assess
    expect(page.statusCode).toBe(500);
    expect(page.body).not.toContain(confirmed);
    expect(logged('request failed')).toEqual([
      expect.objectContaining({ level: 'ERROR', error: 'InternalFailure' }),
    ]);
    expect(retried.statusCode).toBe(200);
  });
});
