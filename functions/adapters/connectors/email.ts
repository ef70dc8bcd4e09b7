import type {
  Connector,
  ConnectorContext,
  ConnectorResult,
} from '#ports/connectors.ts';

/**
 * A processor with no API for data-subject requests (Justuno, Judge.me's privacy contact,
 * Unifaun/Posti), or one whose API lacks the capability: a person at the processor is emailed
 * the request in the processor's language and confirms with a signed one-click link (the job
 * step sends the mail; see use-cases/processor-job-support.ts). Every capability is manual.
 */
export class EmailProcessorConnector implements Connector {
  readonly kind = 'email' as const;
  readonly capabilities = {
    access: 'manual',
    erase: 'manual',
    rectify: 'manual',
    object: 'manual',
    restrict: 'manual',
  } as const;

  async run(ctx: ConnectorContext): Promise<ConnectorResult> {
    // What the email holds (presentation/emails.ts `processorRequestEmail`, from the same
    // domain/processor-scope.ts choice the context was built with): kinds, never values.
    const identifiers = ['email'];
    if (ctx.subject.name) identifiers.push('name');
    if (ctx.subject.orderNumber) identifiers.push('order-number');
    // A rectification's email spells out the corrections of data this processor holds.
    for (const field of new Set((ctx.corrections ?? []).map((c) => c.field)))
      identifiers.push(`corrected-${field}`);
    // The merchant's note, quoted (it may describe the person).
    if (ctx.note) identifiers.push('merchant-note');
    return {
      outcome: 'PENDING',
      records: 0,
      pending: {
        ref: ctx.idempotencyKey,
        via: 'confirmation',
        confirmBy: 'processor',
        checkAfterSeconds: 86_400,
      },
      disclosures: [
        { call: 'email to the processor’s privacy contact', identifiers },
      ],
    };
  }
}
