/**
 * The erasure of offboarded merchants as synthesized (domain/offboarding.ts): an hourly rule,
 * and a role that can delete and list what a merchant leaves behind but read no object, write
 * no object, scan no table and send no mail. The webhook worker may schedule an offboarding
 * and the console cancel one; nobody else touches the records.
 */
import { Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { ITEM_KINDS } from '#adapters/aws/table-layout.ts';
import {
  ATTACHMENT_KEY_PREFIX,
  INBOUND_KEY_PREFIX,
  WEBHOOK_KEY_PREFIX,
} from '#domain/inbound/inbound-keys.ts';
import { buildApp } from '#infra/app.ts';
import { ERASE_ACTIONS } from '#infra/table-grants.ts';
import { EXPORTS, FUNCTIONS, SCHEDULES } from '#infra/wiring.ts';

type Statement = {
  Sid?: string;
  Effect: string;
  Action: string | string[];
  Resource: unknown;
  Condition?: Record<string, Record<string, unknown>>;
};

let app: Template;
const list = <T>(v: T | T[] | undefined): T[] =>
  v === undefined ? [] : Array.isArray(v) ? v : [v];

beforeAll(() => {
  // No bundling: the roles and rules are what is read here.
  const built = buildApp({
    stage: 'test',
    mailFrom: 'privacy@shop.example',
    'aws:cdk:bundling-stacks': [],
  });
  built.app.synth();
  app = Template.fromStack(built.stateless);
});

function statementsOf(fn: string): Statement[] {
  return Object.entries(app.findResources('AWS::IAM::Policy'))
    .filter(([id]) => id.startsWith(`${fn}Role`))
    .flatMap(
      ([, p]) =>
        (p as { Properties: { PolicyDocument: { Statement: Statement[] } } })
          .Properties.PolicyDocument.Statement,
    );
}

const actionsOf = (statements: Statement[]) =>
  [...new Set(statements.flatMap((s) => list(s.Action)))].sort();
const text = (value: unknown) => JSON.stringify(value);

describe('the erasure of offboarded merchants', () => {
  it('runs hourly on its own rule', () => {
    const schedule = SCHEDULES.find((s) => s.fn === 'OffboardMerchants');
    expect(schedule?.everyMinutes).toBe(60);
    const rules = Object.entries(app.findResources('AWS::Events::Rule')).filter(
      ([id]) => id.startsWith('Offboarding'),
    );
    expect(rules).toHaveLength(1);
    const rule = rules[0]?.[1] as {
      Properties: { ScheduleExpression: string; Targets: unknown };
    };
    expect(rule.Properties.ScheduleExpression).toBe('rate(1 hour)');
    expect(text(rule.Properties.Targets)).toContain(
      'OffboardMerchantsFunction',
    );
  });

  it('may delete and list objects but read or write none', () => {
    const s3 = statementsOf('OffboardMerchants').filter((s) =>
      list(s.Action).some((a) => a.startsWith('s3:')),
    );
    expect(actionsOf(s3)).toEqual(['s3:DeleteObject', 's3:ListBucket']);
    const deletes = s3.filter((s) =>
      list(s.Action).includes('s3:DeleteObject'),
    );
    // The export bucket's request prefix and the inbound bucket's three prefixes, nothing wider.
    const resources = deletes.flatMap((s) => list(s.Resource).map(text));
    expect(resources.some((r) => r.includes(`/${EXPORTS.keyPrefix}*`))).toBe(
      true,
    );
    for (const prefix of [
      INBOUND_KEY_PREFIX,
      ATTACHMENT_KEY_PREFIX,
      WEBHOOK_KEY_PREFIX,
    ])
      expect(
        resources.some((r) => r.includes(`/${prefix}*`)),
        prefix,
      ).toBe(true);
    const allowed = [
      EXPORTS.keyPrefix,
      INBOUND_KEY_PREFIX,
      ATTACHMENT_KEY_PREFIX,
      WEBHOOK_KEY_PREFIX,
    ].map((p) => `/${p}*"`);
    for (const r of resources)
      expect(
        allowed.some((a) => r.includes(a)),
        r,
      ).toBe(true);
    // Listing only by prefix.
    for (const s of s3.filter((s) => list(s.Action).includes('s3:ListBucket')))
      expect(Object.keys(s.Condition?.StringLike ?? {})).toEqual(['s3:prefix']);
  });

  it('deletes table items by kind (deletes only on audit events), scans nothing, queries the two indexes', () => {
    const statements = statementsOf('OffboardMerchants');
    const dynamo = statements.filter((s) =>
      list(s.Action).some((a) => a.startsWith('dynamodb:')),
    );
    expect(actionsOf(dynamo)).not.toContain('dynamodb:Scan');
    const erase = dynamo.find((s) => s.Sid === 'TableErase');
    expect(list(erase?.Action).sort()).toEqual([...ERASE_ACTIONS].sort());
    const keys = list(
      erase?.Condition?.['ForAllValues:StringLike']?.[
        'dynamodb:LeadingKeys'
      ] as string[],
    );
    expect(keys).toContain(`${ITEM_KINDS.event[0]}*`);
    // The merchant's webhook deliveries (claims, and any body still kept).
    expect(keys).toContain(`${ITEM_KINDS.webhook[0]}*`);
    // It never erases an offboarding record (the evidence it keeps) or another kind it lacks.
    expect(keys).not.toContain(`${ITEM_KINDS.offboard[0]}*`);
    expect(keys).not.toContain(`${ITEM_KINDS.session[0]}*`);
    const write = dynamo.find((s) => s.Sid === 'TableWrite');
    expect(
      list(
        write?.Condition?.['ForAllValues:StringLike']?.[
          'dynamodb:LeadingKeys'
        ] as string[],
      ).sort(),
    ).toEqual(['OFFBOARD#*', 'STATS#*', 'SUBJ#*']);
    const indexes = dynamo
      .filter((s) => text(s.Resource).includes('/index/'))
      .map((s) => text(s.Resource));
    expect(indexes.some((r) => r.includes('/index/openByDue'))).toBe(true);
    expect(indexes.some((r) => r.includes('/index/byMerchant'))).toBe(true);
  });

  it('stops executions but starts none, and sends no mail, reads no secret', () => {
    const actions = actionsOf(statementsOf('OffboardMerchants'));
    expect(actions).toContain('states:StopExecution');
    expect(actions).not.toContain('states:StartExecution');
    expect(actions.filter((a) => /^(ses|secretsmanager|sts):/.test(a))).toEqual(
      [],
    );
  });

  it('lets only the webhook worker, the console and the erasure touch offboarding records', () => {
    const touching = Object.keys(FUNCTIONS).filter((fn) =>
      statementsOf(fn).some((s) =>
        list(
          s.Condition?.['ForAllValues:StringLike']?.[
            'dynamodb:LeadingKeys'
          ] as string[],
        ).includes('OFFBOARD#*'),
      ),
    );
    expect(touching.sort()).toEqual([
      'Console',
      'OffboardMerchants',
      'ProcessShopifyWebhook',
    ]);
  });
});
