/**
 * Processors reached by email: the connector itself sends nothing (the job step mails the person
 * once per job, round and kind, through `sendOnce`), so a repeated job is the same pending job.
 */
import { describe, expect, it } from 'vitest';
import { EmailProcessorConnector } from '#adapters/connectors/email.ts';
import { connectorContext } from '../../helpers/connector-context.ts';

describe('EmailProcessorConnector', () => {
  it('answers a repeated job with the same pending reference, derived from the job', async () => {
    // Prepare
    const connector = new EmailProcessorConnector();
    const job = connectorContext('erase', {
      kind: 'email',
      contactEmail: 'privacy@posti.example',
    });

    // Act
    const first = await connector.run(job);
    const again = await connector.run(job);

    // Assess
    expect(again).toEqual(first);
    expect(again).toMatchObject({
      outcome: 'PENDING',
      pending: { ref: job.idempotencyKey, via: 'confirmation' },
    });
    expect(JSON.stringify(again)).not.toContain(job.subject.email);
  });
});
