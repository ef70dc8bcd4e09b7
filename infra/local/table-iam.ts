/**
 * IAM for the table, locally. dynalite and DynamoDB Local check no permissions, so a handler that
 * touches an item kind its function was not granted would pass every local test and fail on AWS.
 * Here each DynamoDB call a handler makes inside an invocation (the Lambda runtime runs it in
 * {@link invocationScope}) is checked against the statements CDK attaches to that function's role
 * (infra/table-grants.ts, from the `table` entry of wiring.ts), and refused with
 * `AccessDeniedException` as DynamoDB would. Calls outside an invocation (seeding, test setup,
 * the ops CLI) are not checked, like an administrator's.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import {
  BatchGetCommand,
  BatchWriteCommand,
  DeleteCommand,
  DynamoDBDocumentClient,
  GetCommand,
  PutCommand,
  QueryCommand,
  ScanCommand,
  UpdateCommand,
} from '@aws-sdk/lib-dynamodb';
import { ITEM_KINDS } from '../../functions/adapters/aws/table-layout.ts';
import {
  type TableStatement,
  tableAllows,
  tableStatements,
} from '../table-grants.ts';
import { type FunctionSpec, TABLE } from '../wiring.ts';

/** The function whose invocation is running (set by the local Lambda runtime). */
export const invocationScope = new AsyncLocalStorage<{ fn: string }>();

type Item = Record<string, unknown>;
interface Call {
  action: string;
  leadingKeys: string[];
  index?: string;
}

/** The partition key values the query's key condition names (`pk = :v` or `gsi1pk = :v`). */
function queryKeys(input: Item): string[] {
  const condition = String(input.KeyConditionExpression ?? '');
  const values = (input.ExpressionAttributeValues ?? {}) as Item;
  const names = (input.ExpressionAttributeNames ?? {}) as Item;
  const key = input.IndexName ? TABLE.openByDueIndex.partitionKey : 'pk';
  for (const [, name, placeholder] of condition.matchAll(
    /([#\w]+)\s*=\s*(:\w+)/g,
  )) {
    const attribute = name?.startsWith('#') ? names[name] : name;
    if (attribute === key) return [String(values[placeholder as string])];
  }
  return [];
}

/** The IAM action and leading keys of a Document client command, as DynamoDB authorizes it. */
function callOf(command: unknown): Call | undefined {
  const input = (command as { input: Item }).input;
  const pk = (item: unknown) => String((item as Item | undefined)?.pk ?? '');
  if (command instanceof GetCommand)
    return { action: 'dynamodb:GetItem', leadingKeys: [pk(input.Key)] };
  if (command instanceof PutCommand)
    return { action: 'dynamodb:PutItem', leadingKeys: [pk(input.Item)] };
  if (command instanceof UpdateCommand)
    return { action: 'dynamodb:UpdateItem', leadingKeys: [pk(input.Key)] };
  if (command instanceof DeleteCommand)
    return { action: 'dynamodb:DeleteItem', leadingKeys: [pk(input.Key)] };
  if (command instanceof QueryCommand)
    return {
      action: 'dynamodb:Query',
      leadingKeys: input.IndexName ? [] : queryKeys(input),
      index: input.IndexName as string | undefined,
    };
  if (command instanceof ScanCommand)
    return { action: 'dynamodb:Scan', leadingKeys: [] };
  if (command instanceof BatchWriteCommand)
    return {
      action: 'dynamodb:BatchWriteItem',
      leadingKeys: Object.values(
        input.RequestItems as Record<string, Item[]>,
      ).flatMap((requests) =>
        requests.map((r) =>
          pk(
            (r.PutRequest as Item | undefined)?.Item ??
              (r.DeleteRequest as Item | undefined)?.Key,
          ),
        ),
      ),
    };
  if (command instanceof BatchGetCommand)
    return {
      action: 'dynamodb:BatchGetItem',
      leadingKeys: Object.values(
        input.RequestItems as Record<string, { Keys: Item[] }>,
      ).flatMap((r) => r.Keys.map(pk)),
    };
  return undefined;
}

/** What DynamoDB answers a call no statement allows. */
export class AccessDeniedException extends Error {
  readonly $metadata = { httpStatusCode: 400 };
  readonly $fault = 'client';
  constructor(fn: string, call: Call) {
    super(
      `User: arn:aws:sts::000000000000:assumed-role/${fn}-Role/${fn} is not authorized to perform: ${call.action} on resource: table${call.index ? `/index/${call.index}` : ''} (leading keys ${call.leadingKeys.join(', ') || 'none'}) because no identity-based policy allows the ${call.action} action`,
    );
    this.name = 'AccessDeniedException';
  }
}

const explained = new Set<string>();

/**
 * Says once on stderr, for the developer, which grant a refused call lacks (the handler itself
 * logs only the error's name, as on AWS).
 */
function explain(fn: string, call: Call): void {
  const kinds = call.index
    ? call.index === TABLE.bySubjectIndex.name
      ? 'subjects: true'
      : call.index === TABLE.byMerchantIndex.name
        ? 'inbox: true'
        : 'schedule: true'
    : call.leadingKeys
        .map((k) => kindOf(k) ?? `an unknown kind (${k.split('#')[0]}#)`)
        .join(', ');
  const line = `local IAM: ${fn} may not ${call.action} on ${kinds}: add it to ${fn}'s table entry in infra/wiring.ts if the handler needs it`;
  if (explained.has(line)) return;
  explained.add(line);
  process.stderr.write(`${line}\n`);
}

/** The item kind a partition key belongs to (its prefix). */
function kindOf(key: string): string | undefined {
  return Object.entries(ITEM_KINDS).find(([, prefixes]) =>
    prefixes.some((p) => key.startsWith(p)),
  )?.[0];
}

export interface TableIamOptions {
  /** Told of every checked call (tests and the docs' grant table use it). */
  observe?: (fn: string, call: Call, allowed: boolean) => void;
}

let installed:
  | { grants: Map<string, TableStatement[]>; options: TableIamOptions }
  | undefined;

/**
 * Checks the table calls of every invocation against the functions' grants from now on. Once per
 * process; a second call replaces the grants (the latest stack wins).
 */
export function enforceTableGrants(
  functions: Record<string, FunctionSpec>,
  options: TableIamOptions = {},
): void {
  const grants = new Map(
    Object.entries(functions).map(([name, spec]) => [
      name,
      tableStatements(
        spec.table ?? {},
        TABLE.openByDueIndex.name,
        TABLE.bySubjectIndex.name,
        TABLE.byMerchantIndex.name,
      ),
    ]),
  );
  if (installed) {
    installed = { grants, options };
    return;
  }
  installed = { grants, options };
  const send = DynamoDBDocumentClient.prototype.send;
  DynamoDBDocumentClient.prototype.send = function (
    this: DynamoDBDocumentClient,
    command: unknown,
    ...rest: unknown[]
  ) {
    const scope = invocationScope.getStore();
    const call = scope && installed ? callOf(command) : undefined;
    if (scope && installed && call) {
      const statements = installed.grants.get(scope.fn) ?? [];
      const allowed = tableAllows(
        statements,
        call.action,
        call.leadingKeys,
        call.index,
      );
      installed.options.observe?.(scope.fn, call, allowed);
      if (!allowed) {
        explain(scope.fn, call);
        return Promise.reject(new AccessDeniedException(scope.fn, call));
      }
    }
    return (send as (...a: unknown[]) => unknown).call(this, command, ...rest);
  } as typeof send;
}
