/**
 * The grants of an agent's authorisation upload (issue 20, requirement 3), as synthesized: the
 * agent's page signs the browser's upload form with its own role (S3 authorizes the upload against
 * it), lists, reads and removes, all limited to `requests/*` + `/authority/*`; it reads the table
 * and writes nothing there; the console takes and downloads the same files under the same scope.
 */
import { Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '#infra/app.ts';
import { ENV, EXPORTS, type FUNCTIONS, ROUTES } from '#infra/wiring.ts';

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

function statementsOf(fn: keyof typeof FUNCTIONS): Statement[] {
  return Object.entries(app.findResources('AWS::IAM::Policy'))
    .filter(([id]) => id.startsWith(`${fn}Role`))
    .flatMap(
      ([, p]) =>
        (p as { Properties: { PolicyDocument: { Statement: Statement[] } } })
          .Properties.PolicyDocument.Statement,
    );
}

const resource = (value: unknown) =>
  JSON.stringify(value).replace(/\{"Fn::ImportValue":"[^"]+"\}/g, '"BUCKET"');

const granting = (statements: Statement[], action: string) =>
  statements.filter((s) => list(s.Action).includes(action));

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
