/**
 * What each API connector can do, apart from its code: the job functions load a connector's
 * module only when a job of its kind runs (composition/aws/connectors.ts), but the use cases
 * choose a connector by its capabilities before that. Each connector class reads its own entry
 * here, so the lazy stand-in and the connector cannot disagree.
 */
import type { ProcessorConfig } from '#domain/schemas.ts';
import type { Connector } from '#ports/connectors.ts';

export interface ConnectorDescriptor {
  readonly capabilities: Connector['capabilities'];
  readonly corrects?: Connector['corrects'];
  /** The connector has `poll` (an `async` capability's job is polled). */
  readonly polls: boolean;
  /** The connector has `cancel`. */
  readonly cancels: boolean;
  /** The connector has `cancelErasure` (withdraws an erasure the processor carries out later). */
  readonly cancelsErasure?: boolean;
}

export const CONNECTOR_DESCRIPTORS = {
  shopify: {
    capabilities: {
      find: 'sync',
      access: 'sync',
      erase: 'sync',
      rectify: 'sync',
      object: 'sync',
    },
    /** `customerUpdate` can set these; an address or `other` correction goes to a person. */
    corrects: ['name', 'email', 'phone'],
    polls: false,
    cancels: false,
    cancelsErasure: true,
  },
  sendgrid: {
    capabilities: {
      find: 'sync',
      access: 'sync',
      erase: 'async',
      object: 'sync',
    },
    polls: true,
    cancels: false,
  },
  klaviyo: {
    capabilities: {
      find: 'sync',
      access: 'sync',
      erase: 'sync',
      object: 'sync',
    },
    polls: false,
    cancels: false,
  },
  mailchimp: {
    capabilities: {
      find: 'sync',
      access: 'sync',
      erase: 'sync',
      object: 'sync',
    },
    polls: false,
    cancels: false,
  },
  nosto: {
    capabilities: { access: 'manual', erase: 'manual' },
    polls: false,
    cancels: false,
  },
  opendsr: {
    capabilities: { access: 'async', erase: 'async' },
    polls: true,
    cancels: true,
  },
} as const satisfies Partial<
  Record<ProcessorConfig['kind'], ConnectorDescriptor>
>;

/** The connector kinds whose code is loaded on first use. */
export type LazyConnectorKind = keyof typeof CONNECTOR_DESCRIPTORS;
