/**
 * The job functions load an API connector's module only when a job of its kind runs. The
 * stand-in the registry holds until then must choose as the connector would (kind,
 * capabilities, corrections, whether it polls or cancels) and hand every call to it.
 */
import { describe, expect, it } from 'vitest';
import { CONNECTOR_DESCRIPTORS } from '#adapters/connectors/descriptors.ts';
import { KlaviyoConnector } from '#adapters/connectors/klaviyo.ts';
import { MailchimpConnector } from '#adapters/connectors/mailchimp.ts';
import { NostoConnector } from '#adapters/connectors/nosto.ts';
import { OpenDsrConnector } from '#adapters/connectors/opendsr.ts';
import { SendGridConnector } from '#adapters/connectors/sendgrid.ts';
import { ShopifyConnector } from '#adapters/connectors/shopify.ts';
import { connectors, lazyConnector } from '#composition/aws/connectors.ts';
import type {
  Connector,
  ConnectorContext,
  ConnectorResult,
} from '#ports/connectors.ts';
import type { SubjectDataStore } from '#ports/subject-data.ts';

const REAL: Record<keyof typeof CONNECTOR_DESCRIPTORS, Connector> = {
  shopify: new ShopifyConnector(),
  sendgrid: new SendGridConnector(),
  klaviyo: new KlaviyoConnector(),
  mailchimp: new MailchimpConnector(),
  nosto: new NostoConnector(),
  opendsr: new OpenDsrConnector(),
};

const shape = (c: Connector) => ({
  kind: c.kind,
  capabilities: c.capabilities,
  corrects: c.corrects,
  poll: typeof c.poll,
  cancel: typeof c.cancel,
});

describe('lazy connectors', () => {
  const registry = connectors({
    subjectData: {} as SubjectDataStore,
  }).connectors;

  it.each(Object.keys(REAL) as (keyof typeof REAL)[])(
    '%s: the stand-in chooses as the connector does',
    (kind) => {
      const standIn = registry.get(kind);
      expect(standIn).toBeDefined();
      expect(shape(standIn as Connector)).toEqual(shape(REAL[kind]));
    },
  );

  it('holds the internal and email connectors themselves, and one per kind', () => {
    expect(registry.get('internal-dynamodb')?.constructor.name).toBe(
      'InternalDataConnector',
    );
    expect(registry.get('email')?.constructor.name).toBe(
      'EmailProcessorConnector',
    );
  });

  it('loads the connector once, on its first call, and hands run, poll and cancel to it', async () => {
    const calls: string[] = [];
    let loads = 0;
    const result = { status: 'DONE' } as unknown as ConnectorResult;
    const loaded: Connector = {
      kind: 'opendsr',
      capabilities: CONNECTOR_DESCRIPTORS.opendsr.capabilities,
      run: async () => {
        calls.push('run');
        return result;
      },
      poll: async (_ctx, ref) => {
        calls.push(`poll ${ref}`);
        return result;
      },
      cancel: async (_ctx, ref) => {
        calls.push(`cancel ${ref}`);
      },
    };
    const c = lazyConnector('opendsr', async () => {
      loads++;
      return loaded;
    });
    expect(loads).toBe(0);
    const ctx = {} as ConnectorContext;
    expect(await c.run(ctx)).toBe(result);
    expect(await c.poll?.(ctx, 'r1')).toBe(result);
    await c.cancel?.(ctx, 'r2');
    expect(calls).toEqual(['run', 'poll r1', 'cancel r2']);
    expect(loads).toBe(1);
  });

  it('tries the import again after it failed', async () => {
    let attempts = 0;
    const c = lazyConnector('nosto', async () => {
      attempts++;
      if (attempts === 1) throw new Error('import failed');
      return { ...REAL.nosto, run: async () => ({}) as ConnectorResult };
    });
    await expect(c.run({} as ConnectorContext)).rejects.toThrow(
      'import failed',
    );
    await expect(c.run({} as ConnectorContext)).resolves.toEqual({});
    expect(attempts).toBe(2);
  });
});
