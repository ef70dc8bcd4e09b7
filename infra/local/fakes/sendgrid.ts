/**
 * A fake Twilio SendGrid v3 API for contract tests and `npm start` (connector-protocols.md §3, §7).
 *
 * Credentials: `Authorization: Bearer SG.fake-sendgrid-key` ({@link SENDGRID_FAKE_API_KEY}, or
 * `options.apiKey`); anything else answers 401.
 *
 * Contract quirks kept: contact search is case-insensitive, matches `alternate_emails` and answers
 * in lower case, with misses in-band (`error: "contact not found"`) and 404 when nothing matched;
 * contact deletes are jobs that stay `pending` for `pendingPolls` status reads; the erase job has
 * no status endpoint and is limited to 100 requests a minute, its 429 carrying a *relative*
 * `X-RateLimit-Reset` while other responses carry an epoch; `GET` of a global suppression answers
 * `{}` when the address is not suppressed.
 */
import { randomUUID } from 'node:crypto';
import { type FakeRequest, type FakeResponse, FakeServer } from './server.ts';

export const SENDGRID_FAKE_API_KEY = 'SG.fake-sendgrid-key';

/** The seed shape `npm start` passes to every fake. */
export interface FakeSeedCustomer {
  email: string;
  firstName: string;
  lastName: string;
  phone?: string;
  /** Not kept by this processor. */
  orders?: unknown[];
}

export interface SendGridContact {
  id: string;
  email: string;
  alternate_emails: string[];
  first_name: string;
  last_name: string;
  phone_number?: string;
  list_ids: string[];
  segment_ids: string[];
  custom_fields: Record<string, unknown>;
  created_at: string;
  updated_at: string;
}

export interface SendGridDeleteJob {
  id: string;
  status: 'pending' | 'completed' | 'errored' | 'failed';
  ids: string[];
  pollsLeft: number;
  deletedCount: number;
}

export interface SendGridFakeOptions {
  apiKey?: string;
  customers?: FakeSeedCustomer[];
  /** Contacts with more detail (alternate emails) than `customers` carries. */
  contacts?: (Partial<SendGridContact> & { email: string })[];
  /** Globally suppressed addresses. */
  suppressed?: string[];
  /** Status reads a contact-delete job answers `pending` before it completes. Default 1. */
  pendingPolls?: number;
  /** Erase-job requests allowed per minute. Default 100 (SendGrid's published limit). */
  erasejobPerMinute?: number;
  /** Clock for the rate limits, ms. Default `Date.now`. */
  now?: () => number;
}

export function createSendGridFake(options: SendGridFakeOptions = {}) {
  const apiKey = options.apiKey ?? SENDGRID_FAKE_API_KEY;
  const now = options.now ?? Date.now;
  const erasejobLimit = options.erasejobPerMinute ?? 100;
  const contacts = new Map<string, SendGridContact>();
  const suppressions = new Map<
    string,
    { recipient_email: string; created: number }
  >();
  const deleteJobs = new Map<string, SendGridDeleteJob>();
  const erasejobs: { id: string; emails: string[] }[] = [];
  /**
   * When the call that created each of `erasejobs` arrived (wall-clock ms, before any injected
   * delay), in the same order.
   */
  const erasejobsAt: number[] = [];
  const erasejobTimes: number[] = [];
  const server = new FakeServer('sendgrid');

  function addContact(c: Partial<SendGridContact> & { email: string }) {
    const at = new Date(now()).toISOString();
    const contact: SendGridContact = {
      id: c.id ?? randomUUID(),
      email: c.email,
      alternate_emails: c.alternate_emails ?? [],
      first_name: c.first_name ?? '',
      last_name: c.last_name ?? '',
      phone_number: c.phone_number,
      list_ids: c.list_ids ?? [],
      segment_ids: c.segment_ids ?? [],
      custom_fields: c.custom_fields ?? {},
      created_at: c.created_at ?? at,
      updated_at: c.updated_at ?? at,
    };
    contacts.set(contact.id, contact);
    return contact;
  }
  for (const c of options.customers ?? [])
    addContact({
      email: c.email,
      first_name: c.firstName,
      last_name: c.lastName,
      phone_number: c.phone,
    });
  for (const c of options.contacts ?? []) addContact(c);
  for (const email of options.suppressed ?? [])
    suppressions.set(email.toLowerCase(), {
      recipient_email: email.toLowerCase(),
      created: Math.floor(now() / 1000),
    });

  /** Bearer auth and the `X-RateLimit-*` headers every answer carries. */
  const api =
    (handler: (req: FakeRequest) => FakeResponse) =>
    (req: FakeRequest): FakeResponse => {
      const reset = String(Math.ceil(now() / 60_000) * 60);
      const rate = {
        'x-ratelimit-limit': '600',
        'x-ratelimit-remaining': '599',
        'x-ratelimit-reset': reset,
      };
      if (req.headers.authorization !== `Bearer ${apiKey}`)
        return {
          status: 401,
          headers: rate,
          body: errors(null, 'authorization required'),
        };
      const out = handler(req);
      return { ...out, headers: { ...rate, ...out.headers } };
    };

  function matches(contact: SendGridContact, email: string) {
    const e = email.toLowerCase();
    return (
      contact.email.toLowerCase() === e ||
      contact.alternate_emails.some((a) => a.toLowerCase() === e)
    );
  }

  server.route(
    'POST',
    '/v3/marketing/contacts/search/emails',
    api((req) => {
      const emails = (req.body as { emails?: unknown } | undefined)?.emails;
      if (!Array.isArray(emails) || emails.length === 0 || emails.length > 100)
        return { status: 400, body: errors('emails', 'emails is required') };
      const bad = emails.findIndex(
        (e) => typeof e !== 'string' || !EMAIL.test(e),
      );
      if (bad >= 0)
        return {
          status: 400,
          body: errors(`emails[${bad}]`, 'invalid email address'),
        };
      const result: Record<string, unknown> = {};
      let hits = 0;
      for (const email of emails as string[]) {
        const contact = [...contacts.values()].find((c) => matches(c, email));
        if (contact) hits++;
        result[email.toLowerCase()] = contact
          ? {
              contact: {
                ...contact,
                email: contact.email.toLowerCase(),
                alternate_emails: contact.alternate_emails.map((a) =>
                  a.toLowerCase(),
                ),
                _metadata: { self: `/v3/marketing/contacts/${contact.id}` },
              },
            }
          : { error: 'contact not found' };
      }
      if (hits === 0)
        return { status: 404, body: errors(null, 'contacts not found') };
      return { status: 200, body: { result } };
    }),
  );

  server.route(
    'DELETE',
    '/v3/marketing/contacts',
    api((req) => {
      const ids = req.query.get('ids');
      const all = req.query.get('delete_all_contacts') === 'true';
      if ((ids === null) === !all)
        return {
          status: 400,
          body: errors(
            'ids',
            'exactly one of ids or delete_all_contacts is required',
          ),
        };
      const job: SendGridDeleteJob = {
        id: randomUUID(),
        status: 'pending',
        ids: all ? [...contacts.keys()] : (ids ?? '').split(','),
        pollsLeft: options.pendingPolls ?? 1,
        deletedCount: 0,
      };
      deleteJobs.set(job.id, job);
      return { status: 202, body: { job_id: job.id } };
    }),
  );

  server.route(
    'GET',
    '/v3/marketing/contacts/imports/:id',
    api((req) => {
      const job = deleteJobs.get(req.params.id ?? '');
      if (!job) return { status: 404, body: errors(null, 'job not found') };
      if (job.status === 'pending') {
        if (job.pollsLeft > 0) job.pollsLeft--;
        else {
          for (const id of job.ids) if (contacts.delete(id)) job.deletedCount++;
          job.status = 'completed';
        }
      }
      const done = job.status !== 'pending';
      return {
        status: 200,
        body: {
          id: job.id,
          status: job.status,
          job_type: 'delete',
          results: {
            requested_count: job.ids.length,
            created_count: 0,
            updated_count: 0,
            deleted_count: job.deletedCount,
            errored_count: job.status === 'completed' || !done ? 0 : 1,
          },
          started_at: new Date(now()).toISOString(),
          finished_at: done ? new Date(now()).toISOString() : null,
        },
      };
    }),
  );

  server.route(
    'POST',
    '/v3/recipients/erasejob',
    api((req) => {
      const at = now();
      while (erasejobTimes.length && (erasejobTimes[0] ?? 0) <= at - 60_000)
        erasejobTimes.shift();
      if (erasejobTimes.length >= erasejobLimit) {
        const reset = Math.ceil(
          ((erasejobTimes[0] ?? at) + 60_000 - at) / 1000,
        );
        return {
          status: 429,
          // The erasure API's reset is "seconds until reset", not an epoch.
          headers: {
            'x-ratelimit-limit': String(erasejobLimit),
            'x-ratelimit-remaining': '0',
            'x-ratelimit-reset': String(Math.max(1, reset)),
          },
          body: errors(null, 'too many requests'),
        };
      }
      erasejobTimes.push(at);
      const emails = (req.body as { email_addresses?: unknown } | undefined)
        ?.email_addresses;
      if (
        !Array.isArray(emails) ||
        emails.length === 0 ||
        emails.length > 5000 ||
        emails.some((e) => typeof e !== 'string' || !EMAIL.test(e))
      )
        return {
          status: 400,
          body: errors('email_addresses', 'invalid email_addresses'),
        };
      const job = { id: randomUUID(), emails: emails as string[] };
      erasejobs.push(job);
      erasejobsAt.push(req.receivedAt);
      return {
        status: 202,
        headers: {
          'x-ratelimit-limit': String(erasejobLimit),
          'x-ratelimit-remaining': String(erasejobLimit - erasejobTimes.length),
          'x-ratelimit-reset': '60',
        },
        body: { job_id: job.id },
      };
    }),
  );

  server.route(
    'GET',
    '/v3/asm/suppressions/global/:email',
    api((req) => {
      const s = suppressions.get((req.params.email ?? '').toLowerCase());
      return {
        status: 200,
        body: s ? { recipient_email: s.recipient_email } : {},
      };
    }),
  );

  server.route(
    'POST',
    '/v3/asm/suppressions/global',
    api((req) => {
      const emails = (req.body as { recipient_emails?: unknown } | undefined)
        ?.recipient_emails;
      if (
        !Array.isArray(emails) ||
        emails.length === 0 ||
        emails.some((e) => typeof e !== 'string' || !EMAIL.test(e))
      )
        return {
          status: 400,
          body: errors('recipient_emails', 'invalid recipient_emails'),
        };
      for (const e of emails as string[])
        suppressions.set(e.toLowerCase(), {
          recipient_email: e.toLowerCase(),
          created: Math.floor(now() / 1000),
        });
      return { status: 201, body: { recipient_emails: emails } };
    }),
  );

  server.route(
    'DELETE',
    '/v3/asm/suppressions/global/:email',
    api((req) => {
      suppressions.delete((req.params.email ?? '').toLowerCase());
      return { status: 204 };
    }),
  );

  return {
    server,
    start: (port?: number) => server.start(port),
    stop: () => server.stop(),
    get baseUrl() {
      return server.baseUrl;
    },
    addContact,
    /** Contacts whose email or alternate email is `email` (case-insensitive). */
    contactsOf: (email: string) =>
      [...contacts.values()].filter((c) => matches(c, email)),
    isSuppressed: (email: string) => suppressions.has(email.toLowerCase()),
    deleteJobs,
    erasejobs,
    erasejobsAt,
    /** Ends a contact-delete job the way SendGrid reports a failure. */
    failJob(id: string, status: 'errored' | 'failed' = 'failed') {
      const job = deleteJobs.get(id);
      if (job) job.status = status;
    },
  };
}

export type SendGridFake = ReturnType<typeof createSendGridFake>;

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function errors(field: string | null, message: string) {
  return { errors: [{ field, message }] };
}
