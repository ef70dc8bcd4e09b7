/**
 * Least privilege, read from the synthesized roles: each function reaches only the item kinds
 * of the table it uses (dynamodb:LeadingKeys), nobody may change or delete an audit event,
 * processor credentials are readable one merchant at a time and only by the functions that call
 * processors (the jobs, and those cancelling a deferral, which withdraws a pending Shopify erasure), and
 * both KMS keys pass Control Tower's CT.KMS.PR.3.
 */
import { Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { ITEM_KINDS } from '#adapters/aws/table-layout.ts';
import { type BuiltApp, buildApp } from '#infra/app.ts';
import {
  APPEND_ACTIONS,
  ERASE_ACTIONS,
  leadingKeysCondition,
  READ_ACTIONS,
  type TableAccess,
  tableStatements,
  WRITE_ACTIONS,
} from '#infra/table-grants.ts';
import { FUNCTIONS, type FunctionName, TABLE } from '#infra/wiring.ts';
import { ENV } from '#shared/config.ts';

type Statement = {
  Sid?: string;
  Effect: string;
  Action: string | string[];
  Resource: unknown;
  Principal?: unknown;
  Condition?: Record<string, Record<string, unknown>>;
};
type Resource = {
  Type: string;
  // biome-ignore lint/suspicious/noExplicitAny: synthesized CloudFormation JSON is untyped
  Properties: Record<string, any>;
};

let built: BuiltApp;
let app: Template;
let data: Template;

const list = <T>(v: T | T[]): T[] => (Array.isArray(v) ? v : [v]);
const resourcesOf = (template: Template, type: string) =>
  Object.entries(template.findResources(type)) as [string, Resource][];

/** The statements of the role of function `name` (its default policy). */
const statementsOf = (name: string): Statement[] =>
  resourcesOf(app, 'AWS::IAM::Policy')
    .filter(([id]) => id.startsWith(`${name}Role`))
    .flatMap(([, p]) => p.Properties.PolicyDocument.Statement as Statement[]);

const dynamo = (st: Statement) =>
  list(st.Action).some((a) => a.startsWith('dynamodb:'));

beforeAll(() => {
  built = buildApp({
    stage: 'test',
    mailFrom: 'privacy@shop.example',
    'aws:cdk:bundling-stacks': [],
  });
  built.app.synth();
  app = Template.fromStack(built.stateless);
  data = Template.fromStack(built.data);
});

describe('the table, by item kind', () => {
  it('gives every function exactly its wiring.ts statements, each limited by LeadingKeys (or to the index)', () => {
    for (const [name, spec] of Object.entries(FUNCTIONS)) {
      const expected = tableStatements(
        spec.table ?? {},
        TABLE.openByDueIndex.name,
        TABLE.bySubjectIndex.name,
        TABLE.byMerchantIndex.name,
      );
      const actual = statementsOf(name).filter(dynamo);
      expect(actual.map((s) => s.Sid).sort(), name).toEqual(
        expected.map((s) => s.sid).sort(),
      );
      for (const want of expected) {
        const got = actual.find((s) => s.Sid === want.sid) as Statement;
        expect(list(got.Action).sort(), `${name} ${want.sid}`).toEqual(
          [...want.actions].sort(),
        );
        if (want.index) {
          expect(JSON.stringify(got.Resource), name).toContain(
            `/index/${want.index}`,
          );
          expect(list(got.Action), name).toEqual(['dynamodb:Query']);
        } else
          expect(got.Condition, `${name} ${want.sid}`).toEqual(
            leadingKeysCondition(want.prefixes),
          );
      }
    }
  });

  it('never grants Scan, and never a table statement without a LeadingKeys condition', () => {
    for (const name of Object.keys(FUNCTIONS))
      for (const st of statementsOf(name).filter(dynamo)) {
        expect(list(st.Action), name).not.toContain('dynamodb:Scan');
        if (JSON.stringify(st.Resource).includes('/index/')) continue;
        expect(
          st.Condition?.['ForAllValues:StringLike']?.['dynamodb:LeadingKeys'],
          name,
        ).toBeDefined();
        expect(st.Condition?.Null, name).toEqual({
          'dynamodb:LeadingKeys': 'false',
        });
      }
  });

  it('lets nobody update or delete an audit event but the erasure of an offboarded merchant (deletes only); only the appenders may put one', () => {
    const events = ITEM_KINDS.event.map((p) => `${p}*`);
    const appenders: string[] = [];
    const erasers: string[] = [];
    for (const name of Object.keys(FUNCTIONS))
      for (const st of statementsOf(name).filter(dynamo)) {
        const keys = list(
          st.Condition?.['ForAllValues:StringLike']?.[
            'dynamodb:LeadingKeys'
          ] as string[],
        );
        const onEvents = keys.some((k) => events.includes(k) || k === '*');
        if (!onEvents) continue;
        if (st.Sid === 'TableErase') {
          // A merchant that left: its requests' trails go with them (domain/offboarding.ts).
          expect([...list(st.Action)].sort(), name).toEqual(
            [...ERASE_ACTIONS].sort(),
          );
          erasers.push(name);
          continue;
        }
        for (const forbidden of [
          'dynamodb:UpdateItem',
          'dynamodb:DeleteItem',
          'dynamodb:BatchWriteItem',
        ])
          expect(list(st.Action), `${name} ${st.Sid}`).not.toContain(forbidden);
        if (list(st.Action).includes('dynamodb:PutItem')) {
          expect([...list(st.Action)].sort(), name).toEqual(
            [...APPEND_ACTIONS].sort(),
          );
          appenders.push(name);
        }
      }
    expect(appenders.sort()).toEqual(
      Object.entries(FUNCTIONS)
        .filter(([, f]) =>
          ((f.table as TableAccess | undefined)?.append ?? []).includes(
            'event',
          ),
        )
        .map(([n]) => n)
        .sort(),
    );
    expect(erasers).toEqual(['OffboardMerchants']);
  });

  it('keeps the merchants’ customer records away from every function but the job that runs the internal connector, the lift of a restriction (which unmarks them) and the erasure of an offboarded merchant', () => {
    const subject = ITEM_KINDS.subject.map((p) => `${p}*`);
    const readers = Object.keys(FUNCTIONS).filter((name) =>
      statementsOf(name)
        .filter(dynamo)
        .some((st) =>
          list(
            st.Condition?.['ForAllValues:StringLike']?.[
              'dynamodb:LeadingKeys'
            ] as string[],
          ).some((k) => subject.includes(k)),
        ),
    );
    expect(readers.sort()).toEqual([
      'LiftRestriction',
      'OffboardMerchants',
      'RunProcessorJob',
    ]);
  });

  it('lets the public form read merchants and nothing else', () => {
    const form = statementsOf('ShowRequestForm').filter(dynamo);
    expect(form).toHaveLength(1);
    expect(list(form[0]?.Action).sort()).toEqual([...READ_ACTIONS].sort());
    expect(form[0]?.Condition).toEqual(leadingKeysCondition(['MERCHANT#']));
    expect(
      statementsOf('SubmitRequest')
        .filter(dynamo)
        .flatMap((s) => list(s.Action)),
    ).not.toContain('dynamodb:Scan');
    expect(WRITE_ACTIONS).not.toContain('dynamodb:Scan');
  });
});

describe('processor credentials', () => {
  const readers = Object.entries(FUNCTIONS)
    .filter(([, f]) => (f.access as readonly string[]).includes('secrets:read'))
    .map(([name]) => name as FunctionName);

  it('gives no function role any Secrets Manager action, and no function an extension layer', () => {
    for (const name of Object.keys(FUNCTIONS))
      for (const st of statementsOf(name))
        for (const action of list(st.Action))
          expect(action, name).not.toMatch(/^secretsmanager:/);
    for (const [id, fn] of resourcesOf(app, 'AWS::Lambda::Function'))
      expect(fn.Properties.Layers, id).toBeUndefined();
  });

  it("reads secrets only through the credentials role, one merchant's per session", () => {
    const [[roleId, role]] = resourcesOf(app, 'AWS::IAM::Role').filter(([id]) =>
      id.startsWith('CredentialsRole'),
    ) as [[string, Resource]];
    // Trust: only the job functions' roles, only with the merchant tag and no other tag.
    const trust = role.Properties.AssumeRolePolicyDocument
      .Statement as Statement[];
    expect(trust).toHaveLength(1);
    expect(list(trust[0]?.Action).sort()).toEqual([
      'sts:AssumeRole',
      'sts:TagSession',
    ]);
    expect(trust[0]?.Condition).toEqual({
      StringLike: { 'aws:RequestTag/dsr-merchant': '?*' },
      'ForAllValues:StringEquals': { 'aws:TagKeys': ['dsr-merchant'] },
    });
    const principals = list(
      (trust[0] as { Principal: { AWS: { 'Fn::GetAtt': [string] }[] } })
        .Principal.AWS,
    ).map((p) => p['Fn::GetAtt'][0].replace(/Role.*$/, ''));
    expect(principals.sort()).toEqual([...readers].sort());
    // Permissions: one read action on dsr/<the session's merchant>/*.
    const [[, policy]] = resourcesOf(app, 'AWS::IAM::Policy').filter(([id]) =>
      id.startsWith('CredentialsRole'),
    ) as [[string, Resource]];
    expect(policy.Properties.PolicyDocument.Statement).toEqual([
      {
        Action: 'secretsmanager:GetSecretValue',
        Effect: 'Allow',
        Resource: {
          'Fn::Join': [
            '',
            [
              'arn:aws:secretsmanager:eu-north-1:',
              { Ref: 'AWS::AccountId' },
              // biome-ignore lint/suspicious/noTemplateCurlyInString: an IAM policy variable
              ':secret:dsr/${aws:PrincipalTag/dsr-merchant}/*',
            ],
          ],
        },
      },
    ]);
    // The readers may assume that role (tagged) and nothing else of STS.
    for (const name of readers) {
      const sts = statementsOf(name).filter((s) =>
        list(s.Action).some((a) => a.startsWith('sts:')),
      );
      expect(sts, name).toEqual([
        {
          Action: ['sts:AssumeRole', 'sts:TagSession'],
          Effect: 'Allow',
          Resource: { 'Fn::GetAtt': [roleId, 'Arn'] },
        },
      ]);
    }
  });
});

describe('withdrawing a pending Shopify erasure', () => {
  it('lets both ways of cancelling a deferral (its link, the console) assume the credentials role and read and write jobs', () => {
    const [[roleId, role]] = resourcesOf(app, 'AWS::IAM::Role').filter(([id]) =>
      id.startsWith('CredentialsRole'),
    ) as [[string, Resource]];
    const trusted = (
      role.Properties.AssumeRolePolicyDocument.Statement as Statement[]
    ).flatMap((st) =>
      list(
        (st as { Principal: { AWS: { 'Fn::GetAtt': [string] }[] } }).Principal
          .AWS,
      ).map((p) => p['Fn::GetAtt'][0].replace(/Role.*$/, '')),
    );
    for (const name of ['CancelDeferral', 'Console'] as const) {
      expect(trusted, name).toContain(name);
      expect(
        statementsOf(name).filter((s) =>
          list(s.Action).some((a) => a.startsWith('sts:')),
        ),
        name,
      ).toEqual([
        {
          Action: ['sts:AssumeRole', 'sts:TagSession'],
          Effect: 'Allow',
          Resource: { 'Fn::GetAtt': [roleId, 'Arn'] },
        },
      ]);
      // The function is told which role to assume (credentials.ts reads it inside Lambda).
      const fn = resourcesOf(app, 'AWS::Lambda::Function').find(
        ([id]) => id.startsWith(name) && !id.startsWith(`${name}Role`),
      )?.[1];
      expect(
        fn?.Properties.Environment?.Variables?.[ENV.credentialsRole],
        name,
      ).toEqual({ 'Fn::GetAtt': [roleId, 'Arn'] });
      const spec = FUNCTIONS[name].table as TableAccess;
      expect(spec.read, name).toContain('job');
      expect(spec.write, name).toContain('job');
    }
  });
});

describe('mail', () => {
  it('pins the sender and lets SES check the recipients’ identities in the sandbox', () => {
    for (const [name, spec] of Object.entries(FUNCTIONS)) {
      const ses = statementsOf(name).filter((s) =>
        list(s.Action).some((a) => a.startsWith('ses:')),
      );
      if (!(spec.access as readonly string[]).includes('mail:send')) {
        expect(ses, name).toEqual([]);
        continue;
      }
      // The identities (sender, sandbox recipients) and the configuration set every email uses.
      const arn = (resource: string) => ({
        'Fn::Join': [
          '',
          ['arn:aws:ses:eu-north-1:', { Ref: 'AWS::AccountId' }, resource],
        ],
      });
      expect(ses, name).toEqual([
        {
          Action: 'ses:SendEmail',
          Effect: 'Allow',
          Condition: {
            StringEquals: { 'ses:FromAddress': 'privacy@shop.example' },
          },
          Resource: expect.arrayContaining([
            arn(':identity/*'),
            arn(
              expect.stringMatching(/^:configuration-set\/dsr-[a-z0-9]+-mail$/),
            ),
          ]),
        },
      ]);
    }
  });
});

describe('KMS (CT.KMS.PR.3)', () => {
  it('lets grants on both keys be created only for AWS resources or by AWS services', () => {
    const keys = [
      ...resourcesOf(data, 'AWS::KMS::Key'),
      ...resourcesOf(app, 'AWS::KMS::Key'),
    ];
    expect(keys).toHaveLength(2);
    for (const [id, key] of keys)
      expect(key.Properties.KeyPolicy.Statement, id).toContainEqual({
        Sid: 'DenyGrantsExceptForAwsResources',
        Effect: 'Deny',
        Principal: { AWS: '*' },
        Action: 'kms:CreateGrant',
        Resource: '*',
        Condition: {
          BoolIfExists: {
            'kms:GrantIsForAWSResource': 'false',
            'aws:PrincipalIsAWSService': 'false',
          },
        },
      });
  });
});
