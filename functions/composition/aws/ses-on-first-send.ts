import type { Mailer } from '#ports/mailer.ts';
import type { Config } from '#shared/config.ts';
import { onFirstUse } from '#shared/on-first-use.ts';

/**
 * The SES mailer, loaded on the first email: for the functions that mail only now and then (the
 * deadline sweep's reminders, the reconciler's notices, a job check's reminder or escalation, a
 * job for a processor reached by email, a bounce the merchant hears of) and for the pages whose
 * first request only shows something (the console, the decision, information, deferral and
 * restriction links: the email goes out when the form is sent), the SES client stays on disk at
 * cold start. Functions that mail on their main path use `sesMailer` of ses.ts directly.
 */
export function sesMailerOnFirstSend(config: Config): { mailer: Mailer } {
  const load = onFirstUse(() =>
    import('./ses.ts').then((m) => m.sesMailer(config).mailer),
  );
  return { mailer: { send: async (email) => (await load()).send(email) } };
}
