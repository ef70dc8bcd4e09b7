/**
 * DynamoDB request units, measured at the wire: a counting proxy in front of dynalite adds
 * `ReturnConsumedCapacity: INDEXES` to every call that accepts it and sums the
 * `ConsumedCapacity` dynalite returns (dynalite sizes items like DynamoDB: 1 WRU per KB written,
 * 1 RRU per 4 KB read strongly, half that eventually consistent).
 *
 * Two things dynalite does not report, added by model (see `notes`):
 * - a write that fails its condition still costs DynamoDB write units: 1 WRU counted each;
 * - writes to the sparse `openByDue` GSI: +1 WRU for a put of an indexed request item or an
 *   update of a request item (projected status/reminders change while it is indexed), +2 when the
 *   update sets or removes the index keys (old entry deleted, new one written).
 */
import type { IncomingHttpHeaders } from 'node:http';
import type { Exchange } from './counting-proxy.ts';

const READS = new Set([
  'GetItem',
  'Query',
  'Scan',
  'BatchGetItem',
  'TransactGetItems',
]);
const WRITES = new Set([
  'PutItem',
  'UpdateItem',
  'DeleteItem',
  'BatchWriteItem',
  'TransactWriteItems',
]);
const operation = (headers: IncomingHttpHeaders) =>
  String(headers['x-amz-target'] ?? '').split('.')[1] ?? '';

type Capacity = { CapacityUnits?: number };

export class DynamoCapacityMeter {
  calls: Record<string, number> = {};
  readUnits = 0;
  writeUnits = 0;
  /** Modelled: conditional-check failures and GSI maintenance. */
  modelledWriteUnits = 0;

  reset(): void {
    this.calls = {};
    this.readUnits = 0;
    this.writeUnits = 0;
    this.modelledWriteUnits = 0;
  }

  /** Request rewrite for the proxy: ask for capacity on every read and write. */
  readonly rewrite = (
    _m: string,
    headers: IncomingHttpHeaders,
    body: Buffer,
  ): Buffer => {
    const op = operation(headers);
    if (!READS.has(op) && !WRITES.has(op)) return body;
    const input = JSON.parse(body.toString('utf8')) as Record<string, unknown>;
    input.ReturnConsumedCapacity = 'INDEXES';
    return Buffer.from(JSON.stringify(input));
  };

  readonly record = (x: Exchange): void => {
    const op = operation(x.requestHeaders);
    if (!op) return;
    this.calls[op] = (this.calls[op] ?? 0) + 1;
    if (!READS.has(op) && !WRITES.has(op)) return;
    const input = JSON.parse(x.requestBody.toString('utf8')) as Record<
      string,
      unknown
    >;
    const output = JSON.parse(x.responseBody.toString('utf8') || '{}') as {
      ConsumedCapacity?: Capacity | Capacity[];
      __type?: string;
    };
    const consumed = [output.ConsumedCapacity ?? []]
      .flat()
      .reduce((s, c) => s + (c.CapacityUnits ?? 0), 0);
    if (READS.has(op)) this.readUnits += consumed;
    else this.writeUnits += consumed;
    if (!WRITES.has(op)) return;
    if (x.status !== 200) {
      if (String(output.__type).includes('ConditionalCheckFailed'))
        this.modelledWriteUnits += 1;
      return;
    }
    this.modelledWriteUnits += indexWrites(op, input);
  };
}

function indexWrites(op: string, input: Record<string, unknown>): number {
  const text = JSON.stringify(input);
  const isRequestItem =
    /"pk":\{"S":"REQ#[^"]*"\},"sk":\{"S":"#META"\}|"sk":\{"S":"#META"\},"pk":\{"S":"REQ#/.test(
      text,
    );
  if (op === 'PutItem')
    return (input.Item as Record<string, unknown> | undefined)?.gsi1pk ? 1 : 0;
  if (op === 'UpdateItem' && isRequestItem)
    return /gsi1pk|gsi1sk/.test(String(input.UpdateExpression)) ? 2 : 1;
  if (op === 'DeleteItem' && isRequestItem) return 1;
  return 0;
}
