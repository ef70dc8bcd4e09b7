/**
 * The merchant console's function as synthesized: its own secret (CONSOLE_SECRET, resolved from
 * Secrets Manager, only in its environment), the operators as member keys only, the one function
 * that may query the by-merchant index, and its routes.
 */
import { Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { memberKey } from '#domain/member-roles.ts';
import { buildApp } from '#infra/app.ts';
import { CONSOLE_PATHS, ENV, FUNCTIONS, TABLE } from '#infra/wiring.ts';

type Statement = { Action: string | string[]; Resource: unknown };
type Fn = {
  Properties: { Environment?: { Variables?: Record<string, unknown> } };
};

let app: Template;
const list = <T>(v: T | T[]): T[] => (Array.isArray(v) ? v : [v]);

beforeAll(() => {
  const built = buildApp({
    stage: 'test',
    operatorEmails: 'Ops@Host.example,dpo@host.example',
  });
  built.app.synth();
  app = Template.fromStack(built.stateless);
});

const functionsNamed = () =>
  Object.entries(app.findResources('AWS::Lambda::Function')) as [string, Fn][];

describe('the console function', () => {
  it('alone gets the console secret, resolved from its own Secrets Manager secret at deploy', () => {
    const secrets = app.findResources('AWS::SecretsManager::Secret');
    const consoleSecret = Object.keys(secrets).find((id) =>
      id.startsWith('ConsoleSecret'),
    );
    expect(consoleSecret).toBeDefined();
    for (const [id, fn] of functionsNamed()) {
      const value = fn.Properties.Environment?.Variables?.[ENV.consoleSecret];
      if (id.startsWith('ConsoleFunction'))
        expect(JSON.stringify(value)).toContain(consoleSecret);
      else expect(value, id).toBeUndefined();
    }
  });

  it('knows the operators by member key only, never by address', () => {
    const [, fn] =
      functionsNamed().find(([id]) => id.startsWith('ConsoleFunction')) ?? [];
    const keys = fn?.Properties.Environment?.Variables?.[ENV.consoleOperators];
    expect(keys).toBe(
      [memberKey('ops@host.example'), memberKey('dpo@host.example')].join(','),
    );
    expect(JSON.stringify(app.toJSON())).not.toMatch(/host\.example/i);
  });

  it('is the only function that may query the by-merchant index, besides the erasure of an offboarded merchant', () => {
    for (const [id, policy] of Object.entries(
      app.findResources('AWS::IAM::Policy'),
    )) {
      const statements = (
        policy as { Properties: { PolicyDocument: { Statement: Statement[] } } }
      ).Properties.PolicyDocument.Statement;
      const onIndex = statements.filter((s) =>
        JSON.stringify(s.Resource).includes(
          `/index/${TABLE.byMerchantIndex.name}`,
        ),
      );
      // OffboardMerchants lists the requests of the merchant it erases (keys only).
      expect(onIndex.length > 0, id).toBe(
        id.startsWith('ConsoleRole') || id.startsWith('OffboardMerchantsRole'),
      );
      for (const s of onIndex)
        expect(list(s.Action)).toEqual(['dynamodb:Query']);
    }
    expect(FUNCTIONS.Console.table.inbox).toBe(true);
  });

  it('serves every console route through the HTTP API', () => {
    const routes = Object.values(
      app.findResources('AWS::ApiGatewayV2::Route'),
    ).map(
      (r) => (r as { Properties: { RouteKey: string } }).Properties.RouteKey,
    );
    for (const { method, path } of CONSOLE_PATHS)
      expect(routes).toContain(`${method} ${path}`);
  });
});
