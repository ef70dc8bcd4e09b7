import { credentialStore } from '#adapters/connectors/credentials.ts';
import {
  CONNECTOR_DESCRIPTORS,
  type LazyConnectorKind,
} from '#adapters/connectors/descriptors.ts';
import { EmailProcessorConnector } from '#adapters/connectors/email.ts';
import {
  connectorRegistry,
  InternalDataConnector,
} from '#adapters/connectors/internal-dynamodb.ts';
import type { Connector } from '#ports/connectors.ts';
import type { SubjectDataStore } from '#ports/subject-data.ts';

/**
 * Each API connector's module, loaded when a job of its kind first runs: a function instance
 * works for a few processors at a time, so the others' code (and OpenDSR's certificate checks)
 * costs it no cold start.
 */
const LOADERS: Record<LazyConnectorKind, () => Promise<Connector>> = {
  shopify: async () =>
    new (await import('#adapters/connectors/shopify.ts')).ShopifyConnector(),
  sendgrid: async () =>
    new (await import('#adapters/connectors/sendgrid.ts')).SendGridConnector(),
  klaviyo: async () =>
    new (await import('#adapters/connectors/klaviyo.ts')).KlaviyoConnector(),
  mailchimp: async () =>
    new (
      await import('#adapters/connectors/mailchimp.ts')
    ).MailchimpConnector(),
  nosto: async () =>
    new (await import('#adapters/connectors/nosto.ts')).NostoConnector(),
  opendsr: async () => {
    const [{ OpenDsrConnector }, { opendsrTrust }] = await Promise.all([
      import('#adapters/connectors/opendsr.ts'),
      import('./opendsr-trust.ts'),
    ]);
    return new OpenDsrConnector({ trust: opendsrTrust() });
  },
};

/**
 * A connector that loads its code on its first call. Its kind, capabilities and corrections
 * are known without it (adapters/connectors/descriptors.ts), so the use cases choose as before.
 */
export function lazyConnector(
  kind: LazyConnectorKind,
  load: () => Promise<Connector> = LOADERS[kind],
): Connector {
  const descriptor = CONNECTOR_DESCRIPTORS[kind];
  let loaded: Promise<Connector> | undefined;
  const connector = () => {
    // A failed import is not remembered: the next job tries again.
    loaded ??= load().catch((error: unknown) => {
      loaded = undefined;
      throw error;
    });
    return loaded;
  };
  const method = <M extends 'poll' | 'cancel' | 'cancelErasure'>(name: M) =>
    (async (...args: Parameters<NonNullable<Connector[M]>>) => {
      const c = await connector();
      const fn = c[name] as ((...a: typeof args) => unknown) | undefined;
      if (!fn) throw new Error(`The ${kind} connector has no ${name}`);
      return fn.apply(c, args);
    }) as NonNullable<Connector[M]>;
  return {
    kind,
    capabilities: descriptor.capabilities,
    ...('corrects' in descriptor ? { corrects: descriptor.corrects } : {}),
    run: async (ctx) => (await connector()).run(ctx),
    ...(descriptor.polls ? { poll: method('poll') } : {}),
    ...(descriptor.cancels ? { cancel: method('cancel') } : {}),
    ...('cancelsErasure' in descriptor && descriptor.cancelsErasure
      ? { cancelErasure: method('cancelErasure') }
      : {}),
  };
}

/** Every connector this deployment can use, by processor kind, and where their credentials are. */
export function connectors(ports: { subjectData: SubjectDataStore }) {
  return {
    connectors: connectorRegistry([
      new InternalDataConnector(ports.subjectData),
      new EmailProcessorConnector(),
      ...(Object.keys(LOADERS) as LazyConnectorKind[]).map((kind) =>
        lazyConnector(kind),
      ),
    ]),
    credentials: credentialStore(),
  };
}
