/**
 * Twilio SendGrid through its v3 API: Marketing Campaigns contacts, the Recipients' Data
 * Erasure API and global suppressions (connector-protocols.md §3).
 *
 * - find/access: `POST /v3/marketing/contacts/search/emails`; access also reads the global
 *   suppression, which outlives the contact.
 * - erase: `POST /v3/recipients/erasejob` (email activity, outside Marketing Contacts; no status
 *   endpoint, so its job id is kept as evidence) and, when a contact exists,
 *   `DELETE /v3/marketing/contacts?ids=…`, a job polled at `GET …/contacts/imports/{job_id}`.
 *   A global suppression (from an earlier objection or unsubscribe) is deliberately kept: it is
 *   what stops marketing reaching the address again. When the erasure ends, the connector looks
 *   for one and reports it as a hold (`email-suppression`, Art. 17(3)(b) with Art. 21(3)), so
 *   the shopper's report says the address is kept there, and why.
 * - object: a global suppression (Art. 21(3): no more marketing email to the address), unless
 *   the address already has one.
 *
 * No SendGrid endpoint takes an idempotency key. A repeated erasure queues a second erase job and,
 * while the first contact delete is still running, a second delete job for the same contact id
 * (both harmless: the data goes once); the job then waits on the second delete job.
 */

import { TransientError } from '#domain/errors.ts';
import { type Hold, holdBasis } from '#domain/holds.ts';
import {
  type Connector,
  type ConnectorContext,
  type ConnectorResult,
  type Disclosure,
  ProcessorRejectedError,
} from '#ports/connectors.ts';
import type { SubjectRecord } from '#ports/subject-data.ts';
import { CONNECTOR_DESCRIPTORS } from './descriptors.ts';
import {
  apiBaseUrl,
  type ConnectorHttpOptions,
  type HttpResponse,
  http,
  requireCredential,
  unsupportedCapability,
} from './http.ts';

const PROCESSOR = 'SendGrid';
const HOSTS = {
  global: 'https://api.sendgrid.com',
  eu: 'https://api.eu.sendgrid.com',
};
/** Contact deletes usually finish within minutes; SendGrid publishes no figure. */
const CHECK_AFTER_SECONDS = 60;
const NOTE_NO_CONTACT =
  'No marketing contact; the recipient data erasure job was still queued for email activity';
const NOTE_CONTACT_GONE =
  'The marketing contact was already deleted; the recipient data erasure job was still queued';

interface Contact {
  id: string;
  [field: string]: unknown;
}

interface SearchAnswer {
  result?: Record<string, { contact?: Contact; error?: string } | undefined>;
}

interface ImportJob {
  status?: string;
  results?: { deleted_count?: number };
}

export class SendGridConnector implements Connector {
  readonly kind = 'sendgrid' as const;
  readonly capabilities = CONNECTOR_DESCRIPTORS.sendgrid.capabilities;

  constructor(private readonly options: ConnectorHttpOptions = {}) {}

  async run(ctx: ConnectorContext): Promise<ConnectorResult> {
    const disclosures: Disclosure[] = [];
    switch (ctx.capability) {
      case 'find': {
        const contact = await this.search(ctx, disclosures);
        return {
          outcome: contact ? 'COMPLETED' : 'NOT_FOUND',
          records: contact ? 1 : 0,
          disclosures,
        };
      }
      case 'access':
        return this.access(ctx, disclosures);
      case 'erase':
        return this.erase(ctx, disclosures);
      case 'object':
        return this.object(ctx, disclosures);
      default:
        throw unsupportedCapability(PROCESSOR, ctx.capability);
    }
  }

  /** The contact-delete job's state; `ref` is its `job_id`. */
  async poll(ctx: ConnectorContext, ref: string): Promise<ConnectorResult> {
    const call = 'GET /v3/marketing/contacts/imports/{job_id}';
    const res = await this.request(
      ctx,
      'GET',
      `/v3/marketing/contacts/imports/${encodeURIComponent(ref)}`,
    );
    if (res.status === 404)
      throw new ProcessorRejectedError(
        `${PROCESSOR} ${call}: contact-delete job ${ref} is unknown (HTTP 404); check it in SendGrid`,
      );
    expectStatus(res, 200, call);
    const job = res.json<ImportJob | undefined>();
    const evidence = { contactDeleteJobId: ref };
    switch (job?.status) {
      case 'pending':
        return pending(ref, evidence, []);
      case 'completed': {
        const deleted = job.results?.deleted_count;
        return this.erased(ctx, [], {
          records: typeof deleted === 'number' ? deleted : 0,
          evidence,
        });
      }
      case 'errored':
      case 'failed':
        throw new ProcessorRejectedError(
          `${PROCESSOR}: contact-delete job ${ref} ended '${job.status}'; see its errors in SendGrid and erase the contact there`,
        );
      default:
        throw new TransientError(
          `${PROCESSOR} ${call}: malformed response (no known job status)`,
        );
    }
  }

  private async access(
    ctx: ConnectorContext,
    disclosures: Disclosure[],
  ): Promise<ConnectorResult> {
    const contact = await this.search(ctx, disclosures);
    const suppression = await this.globalSuppression(ctx, disclosures);
    const data: SubjectRecord[] = [];
    if (contact) {
      const { _metadata, ...fields } = contact;
      data.push({ category: 'contact', id: contact.id, data: fields });
    }
    if (suppression)
      data.push({ category: 'suppression', id: 'global', data: suppression });
    return {
      outcome: data.length > 0 ? 'COMPLETED' : 'NOT_FOUND',
      records: data.length,
      data,
      disclosures,
    };
  }

  private async erase(
    ctx: ConnectorContext,
    disclosures: Disclosure[],
  ): Promise<ConnectorResult> {
    const contact = await this.search(ctx, disclosures);
    // The rate-limited erase job (100/min) goes first: when it throws, nothing else has been
    // started, and the retry starts over cleanly. Once accepted it is checkpointed: a retry after
    // the contact delete failed (a 5xx, a garbled 202) does not queue it a second time.
    const evidence: Record<string, string> = {
      erasejobId:
        ctx.progress?.erasejobId ?? (await this.eraseJob(ctx, disclosures)),
    };
    if (!contact) {
      // Email activity may exist without a marketing contact, so the erase job is still worth
      // running; the subject is reported done (nothing left to wait for), not NOT_FOUND.
      return this.erased(ctx, disclosures, {
        records: 0,
        evidence: { ...evidence, note: NOTE_NO_CONTACT },
      });
    }
    // An earlier attempt's delete job was accepted: wait on it rather than start another.
    const started = ctx.progress?.contactDeleteJobId;
    if (started)
      return pending(
        started,
        { ...evidence, contactDeleteJobId: started },
        disclosures,
      );
    const deleteCall = 'DELETE /v3/marketing/contacts';
    disclosures.push({
      call: deleteCall,
      identifiers: ['sendgrid-contact-id'],
    });
    // Only ever `ids=`: `delete_all_contacts` would wipe the merchant's whole contact base.
    const deleted = await this.request(
      ctx,
      'DELETE',
      `/v3/marketing/contacts?ids=${encodeURIComponent(contact.id)}`,
    );
    // The contact went between the search and the delete (a repeated job whose first delete job
    // finished meanwhile): nothing is left to delete.
    if (deleted.status === 404)
      return this.erased(ctx, disclosures, {
        records: 0,
        evidence: { ...evidence, note: NOTE_CONTACT_GONE },
      });
    expectStatus(deleted, 202, deleteCall);
    const ref = jobId(deleted, deleteCall);
    evidence.contactDeleteJobId = ref;
    await ctx.checkpoint?.({ contactDeleteJobId: ref });
    return pending(ref, evidence, disclosures);
  }

  /**
   * An erasure that has ended: done, or done except the global suppression, which is kept so
   * that no marketing reaches the address again (reported as a hold, never silently).
   */
  private async erased(
    ctx: ConnectorContext,
    disclosures: Disclosure[],
    result: { records: number; evidence: Record<string, string> },
  ): Promise<ConnectorResult> {
    const suppressed = await this.globalSuppression(ctx, disclosures);
    if (!suppressed) return { outcome: 'COMPLETED', ...result, disclosures };
    const hold: Hold = {
      what: 'email-suppression',
      reason: 'suppression',
      basis: holdBasis('suppression'),
      records: 1,
      deferrable: false,
    };
    return { outcome: 'PARTIAL', ...result, disclosures, holds: [hold] };
  }

  /** Queues the recipient data erasure job and checkpoints its id. */
  private async eraseJob(
    ctx: ConnectorContext,
    disclosures: Disclosure[],
  ): Promise<string> {
    const eraseCall = 'POST /v3/recipients/erasejob';
    disclosures.push({ call: eraseCall, identifiers: ['email'] });
    const erased = await this.request(ctx, 'POST', '/v3/recipients/erasejob', {
      email_addresses: [ctx.subject.email],
    });
    if (erased.status === 400)
      throw new ProcessorRejectedError(
        `${PROCESSOR} ${eraseCall}: the subject's email address was refused (HTTP 400); check it in the request`,
      );
    expectStatus(erased, 202, eraseCall);
    const id = jobId(erased, eraseCall);
    await ctx.checkpoint?.({ erasejobId: id });
    return id;
  }

  /**
   * A global suppression for the address, unless it already has one: a repeated objection
   * (a retried job, a second request) adds nothing at SendGrid.
   */
  private async object(
    ctx: ConnectorContext,
    disclosures: Disclosure[],
  ): Promise<ConnectorResult> {
    if (await this.globalSuppression(ctx, disclosures))
      return {
        outcome: 'COMPLETED',
        records: 1,
        disclosures,
        evidence: { suppression: 'global', marketing: 'already-suppressed' },
      };
    const call = 'POST /v3/asm/suppressions/global';
    disclosures.push({ call, identifiers: ['email'] });
    const res = await this.request(ctx, 'POST', '/v3/asm/suppressions/global', {
      recipient_emails: [ctx.subject.email],
    });
    if (res.status === 400)
      throw new ProcessorRejectedError(
        `${PROCESSOR} ${call}: the subject's email address was refused (HTTP 400); check it in the request`,
      );
    expectStatus(res, 201, call);
    return {
      outcome: 'COMPLETED',
      records: 1,
      disclosures,
      evidence: { suppression: 'global' },
    };
  }

  /** The address's global suppression (unsubscribed from all email), if it has one. */
  private async globalSuppression(
    ctx: ConnectorContext,
    disclosures: Disclosure[],
  ): Promise<Record<string, unknown> | undefined> {
    const call = 'GET /v3/asm/suppressions/global/{email}';
    disclosures.push({ call, identifiers: ['email'] });
    const res = await this.request(
      ctx,
      'GET',
      `/v3/asm/suppressions/global/${encodeURIComponent(ctx.subject.email)}`,
    );
    if (res.status === 404) return undefined;
    expectStatus(res, 200, call);
    const body = res.json<Record<string, unknown> | undefined>();
    if (body === undefined || typeof body !== 'object')
      throw new TransientError(`${PROCESSOR} ${call}: malformed response`);
    // `{}` means "not suppressed".
    return typeof body.recipient_email === 'string' ? body : undefined;
  }

  /** The subject's marketing contact (matches alternate emails too), if any. */
  private async search(
    ctx: ConnectorContext,
    disclosures: Disclosure[],
  ): Promise<Contact | undefined> {
    const call = 'POST /v3/marketing/contacts/search/emails';
    disclosures.push({ call, identifiers: ['email'] });
    const res = await this.request(
      ctx,
      'POST',
      '/v3/marketing/contacts/search/emails',
      { emails: [ctx.subject.email] },
    );
    // 404: none of the addresses matched.
    if (res.status === 404) return undefined;
    if (res.status === 400)
      throw new ProcessorRejectedError(
        `${PROCESSOR} ${call}: the subject's email address was refused as invalid (HTTP 400); check it in the request`,
      );
    expectStatus(res, 200, call);
    const body = res.json<SearchAnswer | undefined>();
    if (!body?.result || typeof body.result !== 'object')
      throw new TransientError(`${PROCESSOR} ${call}: malformed response`);
    // Results are keyed by the lower-cased address; misses come back in-band as `error`.
    const entry =
      body.result[ctx.subject.email.toLowerCase()] ??
      Object.values(body.result).find((e) => e?.contact);
    const contact = entry?.contact;
    if (!contact) return undefined;
    if (typeof contact.id !== 'string' || contact.id === '')
      throw new TransientError(
        `${PROCESSOR} ${call}: malformed response (contact without id)`,
      );
    return contact;
  }

  private request(
    ctx: ConnectorContext,
    method: string,
    path: string,
    body?: unknown,
  ): Promise<HttpResponse> {
    const apiKey = requireCredential(ctx.credentials, 'apiKey', PROCESSOR);
    const { settings } = ctx.processor;
    const headers: Record<string, string> = {
      authorization: `Bearer ${apiKey}`,
    };
    if (typeof settings.onBehalfOf === 'string' && settings.onBehalfOf !== '')
      headers['on-behalf-of'] = settings.onBehalfOf;
    const fallback = settings.region === 'eu' ? HOSTS.eu : HOSTS.global;
    return http(`${apiBaseUrl(settings, fallback, PROCESSOR)}${path}`, {
      method,
      headers,
      body,
      timeoutMs: this.options.timeoutMs,
      sleep: this.options.sleep,
      signal: ctx.signal,
      processor: PROCESSOR,
    });
  }
}

function pending(
  ref: string,
  evidence: Record<string, string>,
  disclosures: Disclosure[],
): ConnectorResult {
  return {
    outcome: 'PENDING',
    records: 0,
    disclosures,
    evidence,
    pending: { ref, via: 'poll', checkAfterSeconds: CHECK_AFTER_SECONDS },
  };
}

/** `job_id` is typed `object` in SendGrid's OpenAPI (a spec bug); it is a string on the wire. */
function jobId(res: HttpResponse, call: string): string {
  const id = res.json<{ job_id?: unknown } | undefined>()?.job_id;
  if (typeof id === 'string' && id !== '') return id;
  if (typeof id === 'number') return String(id);
  throw new TransientError(
    `${PROCESSOR} ${call}: malformed response (no job_id)`,
  );
}

/**
 * Another success status is a garbled answer (retried, like a malformed body); any other answer
 * is a refusal an operator has to look at. The body is never quoted.
 */
function expectStatus(res: HttpResponse, status: number, call: string): void {
  if (res.status === status) return;
  if (res.status >= 200 && res.status < 300)
    throw new TransientError(
      `${PROCESSOR} ${call}: malformed response (HTTP ${res.status}, expected ${status})`,
    );
  throw new ProcessorRejectedError(
    `${PROCESSOR} ${call}: unexpected answer (HTTP ${res.status}); check the API key's scopes and the connector settings`,
  );
}
