/**
 * Intake and confirmation when a dependency fails half-way (submitRequest and confirmIdentity on
 * in-memory ports): a throttled verification email loses nothing, and sending the same form
 * again continues the same request and sends its link at once; after Confirm, a failing page
 * part (merchant, status link) never undoes or hides the confirmation.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { MemoryWorkflow } from '#adapters/memory/memory-ports.ts';
import { submissionKey } from '#domain/intake.ts';
import { submitRequest } from '#use-cases/submit-request.ts';
import { confirmIdentity, verifyIdentity } from '#use-cases/verify-identity.ts';
import { linkFrom, seededMemoryPorts } from '../../helpers/builders.ts';

type Ports = Awaited<ReturnType<typeof seededMemoryPorts>>['ports'];
const AINO = 'aino.virtanen@example.com';
const form = { merchant: 'lastu', type: 'erasure', email: AINO };
const NEVER_MAILED = new Date(0).toISOString();

/** What SES v2 throws when the sending rate is exceeded (HTTP 429). */
const sesThrottling = () =>
  Object.assign(new Error('Maximum sending rate exceeded.'), {
    name: 'TooManyRequestsException',
    $metadata: { httpStatusCode: 429 },
  });

const claimOf = (ports: Ports) =>
  ports.requests.getSubmissionClaim(submissionKey('lastu', AINO, 'erasure'));
const trail = async (ports: Ports, requestId: string) =>
  (await ports.audit.list(requestId)).map((e) =>
    e.details?.resent ? `${e.type} (resent)` : e.type,
  );

let ports: Ports;
beforeEach(async () => {
  ({ ports } = await seededMemoryPorts());
});

describe('submitRequest when the verification email is throttled', () => {
  it('keeps the request, gives the mail slot back and rethrows the error', async () => {
    // Prepare
    vi.spyOn(ports.mailer, 'send').mockRejectedValueOnce(sesThrottling());
    // Act
    const outcome = await submitRequest(form, ports).catch((e: Error) => e);
    // Assess
    expect(outcome).toMatchObject({ name: 'TooManyRequestsException' });
    expect(ports.requests.items.size).toBe(1);
    const [request] = ports.requests.items.values();
    expect(request?.status).toBe('PENDING_VERIFICATION');
    expect((await claimOf(ports))?.mailedAt).toBe(NEVER_MAILED);
    expect(await trail(ports, request?.requestId ?? '')).toEqual([
      'RequestReceived',
    ]);
    expect(ports.mailer.sent).toEqual([]);
  });

  it('sends the link when the same form comes again a moment later, with no second request', async () => {
    // Prepare
    vi.spyOn(ports.mailer, 'send').mockRejectedValueOnce(sesThrottling());
    await submitRequest(form, ports).catch(() => undefined);
    const [stored] = ports.requests.items.values();
    ports.clock.advance(10_000);
    // Act
    const again = await submitRequest(form, ports);
    // Assess
    expect(again).toEqual({
      requestId: stored?.requestId,
      status: 'PENDING_VERIFICATION',
    });
    expect(ports.requests.items.size).toBe(1);
    expect(ports.mailer.sent).toHaveLength(1);
    expect(ports.mailer.sent[0]?.to).toEqual([AINO]);
    // The first email that went out is not a re-send.
    expect(await trail(ports, again.requestId)).toEqual([
      'RequestReceived',
      'VerificationEmailSent',
    ]);
    expect((await claimOf(ports))?.mailedAt).toBe(
      ports.clock.now().toISOString(),
    );
    // A third submission right after the email went out sends nothing (the re-send interval).
    await submitRequest(form, ports);
    expect(ports.mailer.sent).toHaveLength(1);
    const verified = await verifyIdentity(
      linkFrom(ports.mailer.sent[0]?.text ?? '', 'verify'),
      ports,
    );
    expect(verified.requestId).toBe(again.requestId);
  });

  it('records the request once when its first audit write failed, and sends the link on the repeat', async () => {
    // Prepare: the audit write after the request was stored is throttled.
    vi.spyOn(ports.audit, 'append').mockRejectedValueOnce(
      Object.assign(new Error('Rate exceeded'), {
        name: 'ProvisionedThroughputExceededException',
      }),
    );
    await expect(submitRequest(form, ports)).rejects.toMatchObject({
      name: 'ProvisionedThroughputExceededException',
    });
    // Act
    const again = await submitRequest(form, ports);
    await submitRequest(form, ports);
    // Assess
    expect(ports.requests.items.size).toBe(1);
    expect(ports.mailer.sent).toHaveLength(1);
    expect(await trail(ports, again.requestId)).toEqual([
      'RequestReceived',
      'VerificationEmailSent',
    ]);
  });

  it('counts the re-send interval from the last email that went out, not from a failed re-send', async () => {
    // Prepare: the first email went out; a re-send six minutes later is throttled.
    const first = await submitRequest(form, ports);
    const mailedAt = (await claimOf(ports))?.mailedAt;
    ports.clock.advance(6 * 60_000);
    vi.spyOn(ports.mailer, 'send').mockRejectedValueOnce(sesThrottling());
    await expect(submitRequest(form, ports)).rejects.toMatchObject({
      name: 'TooManyRequestsException',
    });
    expect((await claimOf(ports))?.mailedAt).toBe(mailedAt);
    // Act
    ports.clock.advance(5_000);
    const again = await submitRequest(form, ports);
    // Assess
    expect(again.requestId).toBe(first.requestId);
    expect(ports.mailer.sent).toHaveLength(2);
    expect(await trail(ports, first.requestId)).toEqual([
      'RequestReceived',
      'VerificationEmailSent',
      'VerificationEmailSent (resent)',
    ]);
  });
});

describe('confirmIdentity', () => {
  async function pending() {
    const { requestId } = await submitRequest(form, ports);
    return {
      requestId,
      secret: linkFrom(ports.mailer.sent.at(-1)?.text ?? '', 'verify'),
    };
  }

  it('returns what the page shows: the merchant and a status link', async () => {
    // Prepare
    const { requestId, secret } = await pending();
    // Act
    const confirmed = await confirmIdentity(secret, ports);
    // Assess
    expect(confirmed.request).toMatchObject({ requestId, status: 'VERIFIED' });
    expect(confirmed.merchant?.name).toBe('Lastu');
    expect(confirmed.statusUrl).toMatch(/^https:\/\/dsr\.test\/status\//);
    expect(confirmed.failed).toEqual([]);
  });

  it('confirms without the status link when issuing it fails, and names the failure', async () => {
    // Prepare
    const { requestId, secret } = await pending();
    const put = ports.links.put.bind(ports.links);
    vi.spyOn(ports.links, 'put').mockImplementation(async (record) => {
      if (record.purpose === 'status')
        throw Object.assign(new Error('boom'), { name: 'InternalServerError' });
      return put(record);
    });
    // Act
    const confirmed = await confirmIdentity(secret, ports);
    // Assess
    expect(confirmed.request.status).toBe('VERIFIED');
    expect(confirmed.statusUrl).toBeUndefined();
    expect(confirmed.merchant?.name).toBe('Lastu');
    expect(confirmed.failed.map((f) => [f.part, f.error.name])).toEqual([
      ['statusLink', 'InternalServerError'],
    ]);
    expect((ports.workflow as MemoryWorkflow).started).toEqual([
      expect.objectContaining({ requestId }),
    ]);
  });

  it('confirms when the merchant cannot be read after the workflow started', async () => {
    // Prepare
    const { secret } = await pending();
    vi.spyOn(ports.merchants, 'get').mockRejectedValueOnce(
      Object.assign(new Error('throttled'), { name: 'ThrottlingException' }),
    );
    // Act
    const confirmed = await confirmIdentity(secret, ports);
    // Assess
    expect(confirmed.request.status).toBe('VERIFIED');
    expect(confirmed.merchant).toBeUndefined();
    expect(confirmed.statusUrl).toBeDefined();
    expect(confirmed.failed.map((f) => f.part)).toEqual(['merchant']);
  });

  it('still throws when the verification itself fails, leaving the link usable', async () => {
    // Prepare
    const { secret } = await pending();
    vi.spyOn(ports.workflow, 'start').mockRejectedValueOnce(
      Object.assign(new Error('throttled'), { name: 'ThrottlingException' }),
    );
    // Act / Assess
    await expect(confirmIdentity(secret, ports)).rejects.toMatchObject({
      name: 'ThrottlingException',
    });
    const retried = await confirmIdentity(secret, ports);
    expect(retried.request.status).toBe('VERIFIED');
  });
});
