/**
 * Rectification at Shopify: `customerUpdate` (Admin GraphQL) against the fake shop on loopback.
 * The fake validates like Shopify documents it: all-or-nothing, `UserError { field message }`
 * without a code, E.164 phone numbers, an email or phone already used by another customer refused.
 */
import { afterEach, describe, expect, it } from 'vitest';
import {
  e164,
  ShopifyConnector,
  splitName,
} from '#adapters/connectors/shopify.ts';
import type { Correction } from '#domain/schemas.ts';
import {
  createShopifyFake,
  SHOPIFY_FAKE_ACCESS_TOKEN,
  type ShopifyFake,
  type ShopifySeedCustomer,
} from '#infra/local/fakes/shopify.ts';
import { ProcessorRejectedError } from '#ports/connectors.ts';
import { connectorContext } from '../../helpers/connector-context.ts';

const aino: ShopifySeedCustomer = {
  email: 'aino.virtanen@example.com',
  firstName: 'Aino',
  lastName: 'Virtanen',
  phone: '+358401234567',
  orders: [],
};
const matti: ShopifySeedCustomer = {
  email: 'matti.korhonen@example.com',
  firstName: 'Matti',
  lastName: 'Korhonen',
  phone: '+358507654321',
  orders: [],
};

const started: ShopifyFake[] = [];
afterEach(async () => {
  await Promise.all(started.splice(0).map((f) => f.stop()));
});

async function shop(
  customers: ShopifySeedCustomer[],
  scopes?: string[],
): Promise<{
  fake: ShopifyFake;
  rectify: (corrections: Correction[]) => ReturnType<ShopifyConnector['run']>;
}> {
  const fake = createShopifyFake({ customers, ...(scopes ? { scopes } : {}) });
  const baseUrl = await fake.start();
  started.push(fake);
  const connector = new ShopifyConnector({ sleep: async () => {} });
  return {
    fake,
    rectify: (corrections) =>
      connector.run(
        connectorContext(
          'rectify',
          {
            kind: 'shopify',
            settings: { shopDomain: 'lastu.myshopify.com', baseUrl },
          },
          {
            credentials: { accessToken: SHOPIFY_FAKE_ACCESS_TOKEN },
            corrections,
          },
        ),
      ),
  };
}

describe('ShopifyConnector rectify', () => {
  it('updates name, email and phone in one customerUpdate and reports field names only', async () => {
    // Prepare
    const { fake, rectify } = await shop([aino]);
    // Act
    const result = await rectify([
      { field: 'name', value: 'Aino Maria Korhonen' },
      { field: 'phone', value: '+358 40 765 4321' },
      { field: 'email', value: 'Aino@Uusi.Example' },
    ]);
    // Assess
    expect(result).toMatchObject({
      outcome: 'COMPLETED',
      records: 1,
      changes: [
        { field: 'name', outcome: 'corrected' },
        { field: 'phone', outcome: 'corrected' },
        { field: 'email', outcome: 'corrected' },
      ],
    });
    expect(result.disclosures.at(-1)).toEqual({
      call: 'POST graphql customerUpdate',
      identifiers: ['shopify-customer-id', 'name', 'phone', 'email'],
    });
    expect(fake.customers[0]).toMatchObject({
      firstName: 'Aino Maria',
      lastName: 'Korhonen',
      phone: '+358407654321',
      email: 'aino@uusi.example',
    });
    expect(fake.customerUpdates).toEqual([
      {
        customerId: fake.customers[0]?.gid,
        fields: ['firstName', 'lastName', 'email', 'phone'],
      },
    ]);
    expect(JSON.stringify(result)).not.toMatch(/Korhonen|765|uusi/i);
  });

  it('writes nothing when the job runs again and finds the corrections applied', async () => {
    // Prepare: the first run changed name and phone; the same job runs again.
    const { fake, rectify } = await shop([aino]);
    const corrections: Correction[] = [
      { field: 'name', value: 'Aino Korhonen' },
      { field: 'phone', value: '+358 40 765 4321' },
      { field: 'address', value: 'Isokatu 14, 90100 Oulu' },
    ];
    await rectify(corrections);

    // Act
    const again = await rectify(corrections);

    // Assess
    expect(again).toMatchObject({
      outcome: 'COMPLETED',
      records: 1,
      changes: [
        { field: 'name', outcome: 'corrected' },
        { field: 'phone', outcome: 'corrected' },
        { field: 'address', outcome: 'unsupported' },
      ],
      evidence: { rectify: 'already-applied' },
    });
    expect(again.disclosures.map((d) => d.call)).toEqual([
      'POST graphql customers(query: email)',
      'POST graphql customer(id)',
    ]);
    expect(fake.customerUpdates).toHaveLength(1);
  });

  it('sends only the corrections Shopify does not already hold', async () => {
    // Prepare
    const { fake, rectify } = await shop([aino]);

    // Act
    const result = await rectify([
      { field: 'name', value: 'Aino Virtanen' },
      { field: 'phone', value: '+358 40 765 4321' },
    ]);

    // Assess
    expect(result).toMatchObject({
      outcome: 'COMPLETED',
      records: 1,
      changes: [
        { field: 'name', outcome: 'corrected' },
        { field: 'phone', outcome: 'corrected' },
      ],
    });
    expect(result.disclosures.at(-1)).toEqual({
      call: 'POST graphql customerUpdate',
      identifiers: ['shopify-customer-id', 'phone'],
    });
    expect(fake.customerUpdates).toEqual([
      { customerId: fake.customers[0]?.gid, fields: ['phone'] },
    ]);
  });

  it('answers NOT_FOUND and writes nothing when the job runs again after the email changed', async () => {
    // Prepare: the old address no longer finds the customer. Looking the customer up by the new
    // address instead would let a request reach whoever holds that address, so it is not done.
    const { fake, rectify } = await shop([aino]);
    const corrections: Correction[] = [
      { field: 'email', value: 'aino@uusi.example' },
    ];
    await rectify(corrections);

    // Act
    const again = await rectify(corrections);

    // Assess
    expect(again).toMatchObject({ outcome: 'NOT_FOUND', records: 0 });
    expect(fake.customerUpdates).toHaveLength(1);
    expect(fake.customers[0]?.email).toBe('aino@uusi.example');
  });

  it('reports a value Shopify refuses as rejected and still applies the rest', async () => {
    // Prepare: Matti already has the phone number Aino asks for.
    const { fake, rectify } = await shop([aino, matti]);
    // Act
    const result = await rectify([
      { field: 'phone', value: '+358 50 765 4321' },
      { field: 'name', value: 'Aino Korhonen' },
    ]);
    // Assess
    expect(result).toMatchObject({
      outcome: 'COMPLETED',
      records: 1,
      changes: [
        { field: 'phone', outcome: 'rejected' },
        { field: 'name', outcome: 'corrected' },
      ],
    });
    expect(fake.customers[0]).toMatchObject({
      phone: '+358401234567',
      lastName: 'Korhonen',
    });
    expect(fake.customerUpdates).toHaveLength(1);
  });

  it('reports every correction rejected when Shopify refuses them all, changing nothing', async () => {
    const { fake, rectify } = await shop([aino]);
    const result = await rectify([{ field: 'phone', value: '040 123' }]);
    expect(result).toMatchObject({
      outcome: 'COMPLETED',
      records: 0,
      changes: [{ field: 'phone', outcome: 'rejected' }],
    });
    expect(fake.customerUpdates).toEqual([]);
  });

  it('leaves an address or other correction to a person (unsupported), sending nothing for it', async () => {
    const { fake, rectify } = await shop([aino]);
    const result = await rectify([
      { field: 'address', value: 'Isokatu 14, 90100 Oulu' },
      { field: 'name', value: 'Aino' },
    ]);
    expect(result.changes).toEqual([
      { field: 'address', outcome: 'unsupported' },
      { field: 'name', outcome: 'corrected' },
    ]);
    // A single word is the first name and clears the last name.
    expect(fake.customers[0]).toMatchObject({
      firstName: 'Aino',
      lastName: '',
    });
  });

  it('answers NOT_FOUND for a subject the shop does not know, without updating anyone', async () => {
    const { fake, rectify } = await shop([matti]);
    const result = await rectify([{ field: 'name', value: 'Aino Korhonen' }]);
    expect(result.outcome).toBe('NOT_FOUND');
    expect(fake.customerUpdates).toEqual([]);
  });

  it('names the missing scope when the app may not write customers', async () => {
    const { rectify } = await shop(
      [aino],
      ['read_customers', 'read_orders', 'read_all_orders'],
    );
    const error = await rectify([
      { field: 'name', value: 'Aino Korhonen' },
    ]).then(
      () => undefined,
      (e: unknown) => e as Error,
    );
    expect(error).toBeInstanceOf(ProcessorRejectedError);
    expect(error?.message).toContain('write_customers');
    expect(error?.message).not.toMatch(/aino|korhonen/i);
  });

  it('splits a name at its last word and writes phone numbers as E.164', () => {
    expect(splitName('  Aino   Maria Korhonen ')).toEqual({
      firstName: 'Aino Maria',
      lastName: 'Korhonen',
    });
    expect(splitName('Aino')).toEqual({ firstName: 'Aino', lastName: null });
    expect(e164('+358 (40) 123-45.67')).toBe('+358401234567');
    expect(e164('00358 40 1234567')).toBe('+358401234567');
  });
});
