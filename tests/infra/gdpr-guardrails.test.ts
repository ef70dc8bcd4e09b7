import { App, Aspects, Stack } from 'aws-cdk-lib';
import { Annotations, Match } from 'aws-cdk-lib/assertions';
import { AttributeType, Table } from 'aws-cdk-lib/aws-dynamodb';
import {
  Code,
  Function as LambdaFunction,
  Runtime,
} from 'aws-cdk-lib/aws-lambda';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import {
  DefinitionBody,
  LogLevel,
  Pass,
  StateMachine,
} from 'aws-cdk-lib/aws-stepfunctions';
import { describe, expect, it } from 'vitest';
import {
  GdprGuardrails,
  looksLikePersonalData,
} from '#infra/aspects/gdpr-guardrails.ts';

/** A stack that gets everything wrong on purpose (no bundling: inline code). */
function badStack(): Stack {
  const app = new App();
  const stack = new Stack(app, 'Bad');
  const logs = new LogGroup(stack, 'ForeverLogs', {
    retention: RetentionDays.INFINITE,
  });
  new StateMachine(stack, 'Leaky', {
    definitionBody: DefinitionBody.fromChainable(new Pass(stack, 'Nothing')),
    logs: {
      destination: logs,
      level: LogLevel.ALL,
      includeExecutionData: true,
    },
  });
  new Table(stack, 'Plain', {
    partitionKey: { name: 'pk', type: AttributeType.STRING },
  });
  new LambdaFunction(stack, 'Fn', {
    runtime: Runtime.NODEJS_24_X,
    handler: 'index.handler',
    code: Code.fromInline('export const handler = async () => {};'),
    environment: { TABLE_NAME: 'x', SUBJECT_EMAIL: 'someone@example.com' },
  });
  Aspects.of(stack).add(new GdprGuardrails());
  return stack;
}

describe('GdprGuardrails', () => {
  const errors = Annotations.fromStack(badStack())
    .findError('*', Match.stringLikeRegexp('^\\[GDPR\\]'))
    .map((e) => `${e.id} ${String(e.entry.data)}`);

  it.each([
    ['/Bad/Leaky/Resource', /includeExecutionData/],
    ['/Bad/ForeverLogs/Resource', /retention/],
    ['/Bad/ForeverLogs/Resource', /customer-managed KMS key/],
    ['/Bad/Plain/Resource', /point-in-time recovery/],
    ['/Bad/Plain/Resource', /customer-managed KMS key/],
    ['/Bad/Fn/Resource', /SUBJECT_EMAIL/],
  ])('reports %s: %s', (path, message) => {
    expect(
      errors.some((e) => e.startsWith(`${path} `) && message.test(e)),
      errors.join('\n'),
    ).toBe(true);
  });

  it('does not flag resource names as personal data', () => {
    expect(errors.some((e) => e.includes('TABLE_NAME'))).toBe(false);
    for (const name of [
      'TABLE_NAME',
      'POWERTOOLS_SERVICE_NAME',
      'EXPORT_BUCKET',
      'MAIL_FROM',
      'PUBLIC_BASE_URL',
    ]) {
      expect(looksLikePersonalData(name), name).toBe(false);
    }
    for (const name of [
      'EMAIL',
      'SUBJECT_EMAIL',
      'PHONE_NUMBER',
      'NAME',
      'CUSTOMER_NAME',
      'HOME_ADDRESS',
    ]) {
      expect(looksLikePersonalData(name), name).toBe(true);
    }
  });
});
