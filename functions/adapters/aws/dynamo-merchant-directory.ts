import {
  type DynamoDBDocumentClient,
  GetCommand,
  PutCommand,
} from '@aws-sdk/lib-dynamodb';
import { MerchantConfig } from '#domain/schemas.ts';
import type { MerchantDirectory } from '#ports/merchant-directory.ts';
import { keys, strip } from './dynamo-keys.ts';

/** {@link MerchantDirectory}: merchant configuration items, validated on the way in and out. */
export class DynamoMerchantDirectory implements MerchantDirectory {
  constructor(
    private readonly doc: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async get(merchantId: string): Promise<MerchantConfig | undefined> {
    const out = await this.doc.send(
      new GetCommand({
        TableName: this.tableName,
        Key: keys.merchant(merchantId),
      }),
    );
    const item = strip(out.Item);
    return item ? MerchantConfig.parse(item) : undefined;
  }

  async put(config: MerchantConfig): Promise<void> {
    const valid = MerchantConfig.parse(config);
    await this.doc.send(
      new PutCommand({
        TableName: this.tableName,
        Item: { ...keys.merchant(valid.merchantId), ...valid },
      }),
    );
  }
}
