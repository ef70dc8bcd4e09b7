import { Annotations, type IAspect, Stack, Tokenization } from 'aws-cdk-lib';
import { CfnTable } from 'aws-cdk-lib/aws-dynamodb';
import { CfnFunction } from 'aws-cdk-lib/aws-lambda';
import { CfnLogGroup } from 'aws-cdk-lib/aws-logs';
import { CfnStateMachine } from 'aws-cdk-lib/aws-stepfunctions';
import type { IConstruct } from 'constructs';

/** Words that make an environment variable name look like it carries personal data. */
const PII_WORDS = new Set([
  'EMAIL',
  'PHONE',
  'MOBILE',
  'ADDRESS',
  'STREET',
  'BIRTHDATE',
  'DOB',
  'SSN',
  'IBAN',
  'PASSPORT',
  'FIRSTNAME',
  'LASTNAME',
  'SURNAME',
  'FULLNAME',
]);
/** `<THING>_NAME` where THING is an AWS resource or a service is a resource name, not a person's. */
const RESOURCE_WORDS = new Set([
  'TABLE',
  'BUCKET',
  'SERVICE',
  'FUNCTION',
  'QUEUE',
  'TOPIC',
  'STACK',
  'GROUP',
  'STREAM',
  'INDEX',
  'HOST',
  'DOMAIN',
  'STAGE',
  'APP',
  'ROLE',
  'KEY',
  'PARAMETER',
  'SECRET',
  'METRIC',
  'NAMESPACE',
  'EVENT',
]);

/** An environment variable name that looks like personal data (`SUBJECT_EMAIL`, `USER_NAME`). */
export function looksLikePersonalData(name: string): boolean {
  const words = name
    .toUpperCase()
    .split(/[^A-Z0-9]+/)
    .filter(Boolean);
  return words.some((word, i) =>
    word === 'NAME'
      ? !RESOURCE_WORDS.has(words[i - 1] ?? '')
      : PII_WORDS.has(word),
  );
}

/**
 * Synth-time errors for configuration that would leak personal data or keep it unprotected.
 * It reports, it never patches: the fix belongs in the construct that made the resource.
 */
export class GdprGuardrails implements IAspect {
  visit(node: IConstruct): void {
    const error = (message: string) =>
      Annotations.of(node).addError(`[GDPR] ${message}`);
    const resolve = (value: unknown): unknown =>
      Tokenization.isResolvable(value) ? Stack.of(node).resolve(value) : value;

    if (node instanceof CfnStateMachine) {
      const logging = resolve(node.loggingConfiguration) as
        | { includeExecutionData?: unknown }
        | undefined;
      if (resolve(logging?.includeExecutionData) === true) {
        error(
          'state machine logs execution data (includeExecutionData: true); inputs and outputs would reach CloudWatch Logs',
        );
      }
    }
    if (node instanceof CfnLogGroup && node.retentionInDays === undefined) {
      error('log group without retention keeps logs forever');
    }
    if (node instanceof CfnLogGroup && node.kmsKeyId === undefined) {
      error('log group not encrypted with a customer-managed KMS key');
    }
    if (node instanceof CfnTable) {
      const pitr = resolve(node.pointInTimeRecoverySpecification) as
        | { pointInTimeRecoveryEnabled?: unknown }
        | undefined;
      if (resolve(pitr?.pointInTimeRecoveryEnabled) !== true)
        error('table without point-in-time recovery');
      const sse = resolve(node.sseSpecification) as
        | { sseEnabled?: unknown; sseType?: unknown; kmsMasterKeyId?: unknown }
        | undefined;
      if (
        resolve(sse?.sseEnabled) !== true ||
        resolve(sse?.sseType) !== 'KMS' ||
        sse?.kmsMasterKeyId === undefined
      ) {
        error('table not encrypted with a customer-managed KMS key');
      }
    }
    if (node instanceof CfnFunction) {
      const environment = resolve(node.environment) as
        | { variables?: Record<string, unknown> }
        | undefined;
      for (const name of Object.keys(environment?.variables ?? {})) {
        if (looksLikePersonalData(name)) {
          error(
            `function environment variable ${name} looks like personal data; pass references, never data`,
          );
        }
      }
    }
  }
}
