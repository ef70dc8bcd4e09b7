import { DynamoMerchantEraser } from '#adapters/aws/dynamo-merchant-eraser.ts';
import type { ObjectEraser } from '#ports/offboarding.ts';
import { type Config, ENV } from '#shared/config.ts';
import { onFirstUse } from '#shared/on-first-use.ts';
import { documentClient } from './offboarding.ts';
import { sfnExecutionsOnFirstUse } from './sfn-on-first-use.ts';

function required(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`Missing environment variable ${name}`);
  return value;
}

/**
 * What the erasure of offboarded merchants deletes with: the table, both buckets, executions.
 * The S3 and Step Functions clients load when a shop is first erased: most scheduled runs find
 * none due and read only the table. Apart from offboarding.ts, which the webhook worker and the
 * console import for the records: a function that only reads them never meets these imports
 * (esbuild would then merge the executions' SFN code into its own SFN chunk).
 */
export function offboardingErasure(config: Config) {
  if (!config.stateMachineArn)
    throw new Error(`Missing environment variable ${ENV.stateMachineArn}`);
  const inboundBucket = required(ENV.inboundBucket);
  const s3 = onFirstUse(() =>
    import('./s3-erasers.ts').then((m) =>
      m.s3ObjectErasers(config.exportBucket, inboundBucket),
    ),
  );
  const eraser = (
    bucket: 'exportObjects' | 'inboundObjects',
  ): ObjectEraser => ({
    erasePrefix: async (prefix) => (await s3())[bucket].erasePrefix(prefix),
    eraseKeys: async (keys) => (await s3())[bucket].eraseKeys(keys),
  });
  return {
    data: new DynamoMerchantEraser(documentClient(), config.tableName),
    exportObjects: eraser('exportObjects'),
    inboundObjects: eraser('inboundObjects'),
    ...sfnExecutionsOnFirstUse(config.stateMachineArn),
  };
}
