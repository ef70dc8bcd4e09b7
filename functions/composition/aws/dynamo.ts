import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { DynamoAuditLog } from '#adapters/aws/dynamo-audit-log.ts';
import { DynamoLinkStore } from '#adapters/aws/dynamo-link-store.ts';
import { DynamoMerchantDirectory } from '#adapters/aws/dynamo-merchant-directory.ts';
import { DynamoRequestStore } from '#adapters/aws/dynamo-request-store.ts';
import { DynamoSentMailLog } from '#adapters/aws/dynamo-sent-mail.ts';
import { DynamoSubjectDataStore } from '#adapters/aws/dynamo-subject-data.ts';
import type { Config } from '#shared/config.ts';
import { traced } from '#shared/tracing.ts';

/** The table-backed ports. Endpoints come from the SDK's own settings (`AWS_ENDPOINT_URL_DYNAMODB` locally). */
export function dynamoPorts(config: Config) {
  const doc = DynamoDBDocumentClient.from(traced(new DynamoDBClient({})), {
    marshallOptions: { removeUndefinedValues: true },
  });
  return {
    requests: new DynamoRequestStore(doc, config.tableName),
    audit: new DynamoAuditLog(doc, config.tableName),
    links: new DynamoLinkStore(doc, config.tableName),
    sentMail: new DynamoSentMailLog(doc, config.tableName),
    merchants: new DynamoMerchantDirectory(doc, config.tableName),
    subjectData: new DynamoSubjectDataStore(doc, config.tableName),
  };
}
