/**
 * `npm run seed -- <merchantId> [--demo-customers]` writes a merchant's configuration from
 * `infra/seed/<merchantId>.merchant.json` into the table named by TABLE_NAME (AWS credentials and
 * region from the usual SDK settings). Demo customers are only written when asked for.
 */
import { dynamoPorts } from '#composition/aws/dynamo.ts';
import { seedMerchant } from './seed.ts';

const merchantId = process.argv.slice(2).find((a) => !a.startsWith('--'));
const tableName = process.env.TABLE_NAME;
if (!merchantId || !tableName) {
  process.stderr.write(
    'usage: TABLE_NAME=<table> npm run seed -- <merchantId> [--demo-customers]\n',
  );
  process.exit(2);
}
const ports = dynamoPorts({
  tableName,
  exportBucket: '',
  stateMachineArn: '',
  publicBaseUrl: 'unused',
  mailFrom: 'unused',
});
const { merchant, customers } = await seedMerchant(merchantId, ports, {
  customers: process.argv.includes('--demo-customers'),
});
process.stdout.write(
  `seeded ${merchant.merchantId} (${merchant.processors.length} processor(s))${process.argv.includes('--demo-customers') ? ` and ${customers.length} demo customers` : ''}\n`,
);
