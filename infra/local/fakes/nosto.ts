/**
 * A fake Nosto GDPR API (Nosto/wiki-docs apis/rest/gdpr) on loopback.
 *
 * Routes: `DELETE /v1/customers/redact/:email` and `POST /v1/customers/takeout/:email`, each
 * answering 200 with an empty body (Nosto documents neither code nor body) and enqueueing the
 * email. Completion is a notification email to the merchant, sent only for known customers: call
 * `complete(email)` and read `completionEmails`.
 *
 * Credentials: HTTP Basic with an EMPTY username and the token as password; the accepted token is
 * `nosto-test-token` unless `apiToken` is given. Wrong or missing → 401. Nosto revokes a token
 * used over plain HTTP: a call carrying `x-forwarded-proto: http` revokes its token
 * (`revokedTokens`) and every later call with it gets 401.
 */
import { FakeServer } from './server.ts';

export const NOSTO_TEST_TOKEN = 'nosto-test-token';

export interface FakeNostoCustomer {
  email: string;
  firstName: string;
  lastName: string;
  phone?: string;
  orders: {
    id: string;
    createdAt: string;
    open?: boolean;
    total: string;
    currency: string;
  }[];
}

export interface NostoFakeOptions {
  apiToken?: string;
  customers?: FakeNostoCustomer[];
  /** The merchant address Nosto notifies. */
  merchantEmail?: string;
  clock?: () => Date;
}

export interface NostoQueued {
  kind: 'redact' | 'takeout';
  email: string;
  enqueuedAt: Date;
  /** When the call that enqueued it arrived (wall-clock ms, before any injected delay). */
  receivedAt: number;
}

export interface NostoCompletionEmail {
  to: string;
  subject: string;
  kind: 'redact' | 'takeout';
  /** The customer the job was about. */
  email: string;
  sentAt: Date;
}

export function createNostoFake(options: NostoFakeOptions = {}) {
  const token = options.apiToken ?? NOSTO_TEST_TOKEN;
  const clock = options.clock ?? (() => new Date());
  const merchantEmail = options.merchantEmail ?? 'merchant@lastu.example';
  const customers = new Map(
    (options.customers ?? []).map((c) => [c.email.toLowerCase(), c]),
  );
  const queue: NostoQueued[] = [];
  const completionEmails: NostoCompletionEmail[] = [];
  const revokedTokens: string[] = [];
  const server = new FakeServer('nosto');

  function passwordOf(header: string | undefined): string | undefined {
    const m = /^Basic\s+(.+)$/i.exec(header ?? '');
    if (!m?.[1]) return undefined;
    const decoded = Buffer.from(m[1], 'base64').toString('utf8');
    if (!decoded.startsWith(':')) return undefined; // username must be empty
    return decoded.slice(1);
  }

  for (const [method, kind] of [
    ['DELETE', 'redact'],
    ['POST', 'takeout'],
  ] as const) {
    server.route(method, `/v1/customers/${kind}/:email`, (req) => {
      const given = passwordOf(req.headers.authorization);
      if (given && req.headers['x-forwarded-proto'] === 'http') {
        revokedTokens.push(given);
        return { status: 401, body: { message: 'token revoked: plain HTTP' } };
      }
      if (given !== token || revokedTokens.includes(given))
        return { status: 401, body: { message: 'Unauthorized' } };
      queue.push({
        kind,
        email: req.params.email ?? '',
        enqueuedAt: clock(),
        receivedAt: req.receivedAt,
      });
      return { status: 200, body: '' };
    });
  }

  return {
    server,
    start: (port?: number) => server.start(port),
    stop: () => server.stop(),
    get baseUrl() {
      return server.baseUrl;
    },
    revokedTokens,
    completionEmails,
    /** Jobs enqueued and not yet processed. */
    pending: (): readonly NostoQueued[] => [...queue],
    /**
     * Processes the queued jobs for `email`; Nosto emails the merchant for each only when the
     * customer exists. Returns the emails sent.
     */
    complete(email: string): NostoCompletionEmail[] {
      const sent: NostoCompletionEmail[] = [];
      for (let i = queue.length - 1; i >= 0; i--) {
        const job = queue[i];
        if (!job || job.email.toLowerCase() !== email.toLowerCase()) continue;
        queue.splice(i, 1);
        const customer = customers.get(job.email.toLowerCase());
        if (!customer) continue;
        if (job.kind === 'redact') customers.delete(job.email.toLowerCase());
        const mail: NostoCompletionEmail = {
          to: merchantEmail,
          subject:
            job.kind === 'redact'
              ? 'Nosto: customer data redaction completed'
              : 'Nosto: customer data takeout ready',
          kind: job.kind,
          email: job.email,
          sentAt: clock(),
        };
        sent.unshift(mail);
      }
      completionEmails.push(...sent);
      return sent;
    },
    hasCustomer: (email: string) => customers.has(email.toLowerCase()),
  };
}

export type NostoFake = ReturnType<typeof createNostoFake>;
