/**
 * The grants of the processors' uploads (issue 15), as synthesized: the confirmation page signs
 * the browser's upload form with its own role, so S3 authorizes the upload against that role
 * (PutObject, PutObjectTagging for the form's `tagging`, GenerateDataKey for the bucket's SSE-KMS
 * default); everything is limited to `requests/*` + `/parts/*` + `/files/*`, listing by `s3:prefix`.
 * The agents' authorisation page (issue 20) has the same shape under `requests/*` + `/authority/*`,
 * reads the table and writes nothing there; the console takes and downloads the same files.
 */
import { Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '#infra/app.ts';
import { ENV, EXPORTS, FUNCTIONS, ROUTES } from '#infra/wiring.ts';

type Statement = {
  Effect: string;
  Action: string | string[];
  Resource: unknown;
  Condition?: Record<string, Record<string, unknown>>;
};

let app: Template;
const list = <T>(v: T | T[]): T[] => (Array.isArray(v) ? v : [v]);

beforeAll(() => {
  const built = buildApp({ stage: 'test' });
  built.app.synth();
  app = Template.fromStack(built.stateless);
});

/** Every statement of the function's role policies. */
function statementsOf(fn: keyof typeof FUNCTIONS): Statement[] {
  return Object.entries(app.findResources('AWS::IAM::Policy'))
    .filter(([id]) => id.startsWith(`${fn}Role`))
    .flatMap(
      ([, p]) =>
        (p as { Properties: { PolicyDocument: { Statement: Statement[] } } })
          .Properties.PolicyDocument.Statement,
    );
}

/** A resource as a string, with the imported bucket ARN written `BUCKET`. */
const resource = (value: unknown) =>
  JSON.stringify(value).replace(/\{"Fn::ImportValue":"[^"]+"\}/g, '"BUCKET"');

const granting = (statements: Statement[], action: string) =>
  statements.filter((s) => list(s.Action).includes(action));

describe('the upload grants', () => {
  it('let the confirmation page sign uploads, read, list and remove only under the upload folders', () => {
    const statements = statementsOf('ConfirmProcessorJob');
    const objects = granting(statements, 's3:PutObject');
    expect(objects).toHaveLength(1);
    expect(list(objects[0]?.Action).sort()).toEqual([
      's3:DeleteObject',
      's3:GetObject',
      's3:PutObject',
      's3:PutObjectTagging',
    ]);
    expect(resource(objects[0]?.Resource)).toBe(
      JSON.stringify({ 'Fn::Join': ['', ['BUCKET', `/${EXPORTS.uploads}`]] }),
    );
    expect(EXPORTS.uploads).toBe('requests/*/parts/*/files/*');
    const listing = granting(statements, 's3:ListBucket');
    expect(listing).toHaveLength(1);
    expect(resource(listing[0]?.Resource)).toBe('"BUCKET"');
    expect(listing[0]?.Condition).toEqual({
      StringLike: { 's3:prefix': [EXPORTS.uploads] },
    });
    const kms = granting(statements, 'kms:GenerateDataKey').filter(
      (s) =>
        JSON.stringify(s.Condition).includes('s3.') &&
        list(s.Action).includes('kms:Decrypt'),
    );
    expect(kms).toHaveLength(1);
  });

  it('let Complete Request list the request prefix (a part or file the lifecycle removed reads as missing) and read them, never write or delete them', () => {
    const statements = statementsOf('CompleteRequest');
    const listing = granting(statements, 's3:ListBucket');
    expect(listing).toHaveLength(1);
    // `requests/*` holds the upload folders (requests/*/parts/*/files/*) and the parts.
    expect(listing[0]?.Condition).toEqual({
      StringLike: { 's3:prefix': [`${EXPORTS.keyPrefix}*`] },
    });
    expect(granting(statements, 's3:DeleteObject')).toEqual([]);
    expect(
      granting(statements, 's3:GetObject').map((s) => resource(s.Resource)),
    ).toEqual([
      JSON.stringify({ 'Fn::Join': ['', ['BUCKET', '/requests/*']] }),
    ]);
  });

  it('give no other function s3:DeleteObject or s3:ListBucket on the export bucket', () => {
    for (const fn of Object.keys(FUNCTIONS) as (keyof typeof FUNCTIONS)[]) {
      // The console's answer page takes a processor's files as the confirmation page does.
      if (
        fn === 'ConfirmProcessorJob' ||
        // An agent's authorisation page: below.
        fn === 'UploadAuthority' ||
        fn === 'CompleteRequest' ||
        fn === 'Console'
      )
        continue;
      // The inbound bucket's grants are tested in tests/infra/inbound.test.ts.
      const statements = statementsOf(fn).filter(
        (st) => !JSON.stringify(st.Resource).includes('InboundBucketArn'),
      );
      expect(granting(statements, 's3:DeleteObject'), fn).toEqual([]);
      expect(granting(statements, 's3:ListBucket'), fn).toEqual([]);
    }
  });

  it('give the confirmation page the bucket name', () => {
    const [fn] = Object.entries(
      app.findResources('AWS::Lambda::Function'),
    ).filter(([id]) => id.startsWith('ConfirmProcessorJobFunction'));
    const resource = fn?.[1] as
      | { Properties: { Environment: { Variables: Record<string, unknown> } } }
      | undefined;
    expect(
      Object.keys(resource?.Properties.Environment.Variables ?? {}),
    ).toContain(ENV.exportBucket);
  });
});

describe('the authorisation grants', () => {
  it('let the agent’s page sign uploads, read, list and remove only under the authority folders', () => {
    expect(EXPORTS.authority).toBe('requests/*/authority/*');
    for (const fn of ['UploadAuthority', 'Console'] as const) {
      const statements = statementsOf(fn);
      const objects = granting(statements, 's3:DeleteObject');
      // CDK may merge statements of equal actions: the scope is one of its resources.
      const scoped = objects.filter((s) =>
        list(s.Resource).some(
          (r) =>
            resource(r) ===
            JSON.stringify({
              'Fn::Join': ['', ['BUCKET', `/${EXPORTS.authority}`]],
            }),
        ),
      );
      expect(scoped, fn).toHaveLength(1);
      expect(list(scoped[0]?.Action).sort()).toEqual([
        's3:DeleteObject',
        's3:GetObject',
        's3:PutObject',
        's3:PutObjectTagging',
      ]);
      const listing = granting(statements, 's3:ListBucket').filter((s) =>
        JSON.stringify(s.Condition).includes('/authority/'),
      );
      expect(listing, fn).toHaveLength(1);
      expect(list(listing[0]?.Condition?.StringLike?.['s3:prefix'])).toContain(
        EXPORTS.authority,
      );
    }
  });

  it('give the agent’s page nothing else: no other object, no table write, no mail, no workflow', () => {
    const statements = statementsOf('UploadAuthority');
    const s3 = statements.filter((s) =>
      list(s.Action).some((a) => a.startsWith('s3:')),
    );
    for (const s of s3)
      expect(
        resource(s.Resource).includes('/authority/') ||
          JSON.stringify(s.Condition).includes('/authority/'),
      ).toBe(true);
    const actions = statements.flatMap((s) => list(s.Action));
    for (const forbidden of [
      'dynamodb:PutItem',
      'dynamodb:UpdateItem',
      'dynamodb:DeleteItem',
      'ses:SendEmail',
      'states:StartExecution',
      'states:SendTaskSuccess',
    ])
      expect(actions).not.toContain(forbidden);
  });

  it('route GET and POST of /authority/{token} to it, throttled as a link', () => {
    expect(
      ROUTES.filter((r) => r.path === '/authority/{token}').map((r) => [
        r.method,
        r.fn,
      ]),
    ).toEqual([
      ['GET', 'UploadAuthority'],
      ['POST', 'UploadAuthority'],
    ]);
    const [fn] = Object.entries(
      app.findResources('AWS::Lambda::Function'),
    ).filter(([id]) => id.startsWith('UploadAuthorityFunction'));
    const props = fn?.[1] as
      | { Properties: { Environment: { Variables: Record<string, unknown> } } }
      | undefined;
    expect(
      Object.keys(props?.Properties.Environment.Variables ?? {}),
    ).toContain(ENV.exportBucket);
  });
});
