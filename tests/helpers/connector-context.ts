import { holdPolicyOf } from '#domain/retention-rules.ts';
import { ProcessorConfig } from '#domain/schemas.ts';
import type { Capability, ConnectorContext } from '#ports/connectors.ts';

/** lastu's hold policy: Finland's bookkeeping rule, a calendar financial year, a 180-day window. */
export const LASTU_HOLD_POLICY = holdPolicyOf({
  country: 'FI',
  timezone: 'Europe/Helsinki',
  holdPolicy: { orderHoldDays: 180 },
});

/** A connector context for contract tests; override what the test is about. */
export function connectorContext(
  capability: Capability,
  processor: Partial<ProcessorConfig> & Pick<ProcessorConfig, 'kind'>,
  overrides: Partial<Omit<ConnectorContext, 'processor'>> = {},
): ConnectorContext {
  return {
    capability,
    requestType:
      capability === 'erase'
        ? 'erasure'
        : capability === 'rectify'
          ? 'rectification'
          : capability === 'object'
            ? 'objection'
            : capability === 'restrict'
              ? 'restriction'
              : 'access',
    subject: {
      requestId: '8f14e45f-ceea-4e6a-9b1f-2d7c0e1b6a01',
      merchantId: 'lastu',
      email: 'aino.virtanen@example.com',
      subjectRef: 'ref-aino',
      name: 'Aino Virtanen',
      receivedAt: '2026-11-02T09:00:00.000Z',
    },
    processor: ProcessorConfig.parse({
      processorId: processor.kind.replace(/[^a-z0-9-]/g, '-'),
      name: processor.kind,
      ...processor,
    }),
    credentials: {},
    now: new Date('2026-11-05T12:00:00.000Z'),
    idempotencyKey: '8f14e45f-ceea-4e6a-9b1f-2d7c0e1b6a01:test:1',
    holdPolicy: LASTU_HOLD_POLICY,
    ...overrides,
  };
}

/** A sleep that records what it was asked to wait and returns at once. */
export function recordingSleep() {
  const waits: number[] = [];
  return {
    waits,
    sleep: async (ms: number) => {
      waits.push(ms);
    },
  };
}
