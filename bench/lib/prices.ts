/** The checked-in price table (bench/prices-eu-north-1.json) as numbers. */
import { readFileSync } from 'node:fs';

interface PriceFile {
  region: string;
  asOf: string;
  provenance: string;
  sources: Record<string, string>;
  prices: Record<string, Record<string, { usd: number; note: string }>>;
}

export function loadPrices() {
  const file = JSON.parse(
    readFileSync(new URL('../prices-eu-north-1.json', import.meta.url), 'utf8'),
  ) as PriceFile;
  const p = (service: string, item: string): number => {
    const price = file.prices[service]?.[item]?.usd;
    if (price === undefined) throw new Error(`no price ${service}.${item}`);
    return price;
  };
  return {
    region: file.region,
    asOf: file.asOf,
    provenance: file.provenance,
    sfnTransition: p('stepFunctions', 'standardPerStateTransition'),
    lambdaGbSecond: p('lambda', 'armPerGbSecond'),
    lambdaRequest: p('lambda', 'perRequest'),
    ddbWrite: p('dynamodb', 'perWriteRequestUnit'),
    ddbRead: p('dynamodb', 'perReadRequestUnit'),
    sesMessage: p('ses', 'perOutboundMessage'),
    s3Tier1: p('s3', 'perTier1Request'),
    s3Tier2: p('s3', 'perTier2Request'),
    kmsKeyMonth: p('kms', 'perKeyMonth'),
    kmsRequest: p('kms', 'perRequest'),
    httpApiRequest: p('apiGateway', 'httpApiPerRequest'),
  };
}

export type Prices = ReturnType<typeof loadPrices>;
