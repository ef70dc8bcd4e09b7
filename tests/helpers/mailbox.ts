import { waitFor } from './wait-for.ts';

/** One message as aws-ses-v2-local's `GET /store` returns it. */
export interface StoredMail {
  messageId: string;
  from: string;
  destination: { to: string[]; cc?: string[]; bcc?: string[] };
  subject: string;
  body: { text?: string; html?: string };
  at: number;
}

/** Reads the emulator's mailbox the way a person reads the mailbox UI. */
export class Mailbox {
  constructor(private readonly mailUrl: string) {}

  async all(): Promise<StoredMail[]> {
    const res = await fetch(`${this.mailUrl}/store`);
    const body = (await res.json()) as { emails: StoredMail[] };
    return body.emails;
  }

  /** Waits for the `n`-th (1-based) message to `to` whose subject contains `subject`. */
  async waitFor(to: string, subject: string, n = 1): Promise<StoredMail> {
    return waitFor(
      async () =>
        (await this.all()).filter(
          (m) => m.destination.to.includes(to) && m.subject.includes(subject),
        )[n - 1],
      {
        timeoutMs: 10_000,
        intervalMs: 25,
        message: `email to ${to} about "${subject}"`,
      },
    );
  }

  async count(to: string, subject = ''): Promise<number> {
    return (await this.all()).filter(
      (m) => m.destination.to.includes(to) && m.subject.includes(subject),
    ).length;
  }
}
