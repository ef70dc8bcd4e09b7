/**
 * What a function may do in the single table, by kind of item, and the IAM statements that
 * allow exactly that. The CDK stack attaches these statements (constructs/dsr-function.ts) and
 * the local stack enforces the same ones on every DynamoDB call a handler makes
 * (local/table-iam.ts), so a function that touches an item kind it was not granted fails in
 * `npm test` as it would on AWS.
 *
 * Item kinds are told apart by `dynamodb:LeadingKeys` (the partition key), each kind having its
 * own prefix (functions/adapters/aws/table-layout.ts). AWS: "Using IAM policy conditions for
 * fine-grained access control" (DynamoDB Developer Guide): `dynamodb:LeadingKeys` is the
 * partition key value of the item(s) a request touches; `ForAllValues` requires every key of the
 * request to match, and a `Null: false` test makes a request without keys (a Scan) match nothing,
 * since `ForAllValues` on an empty set is true.
 */
import {
  ITEM_KINDS,
  type ItemKind,
} from '../functions/adapters/aws/table-layout.ts';

export type { ItemKind };

export interface TableAccess {
  /** GetItem, BatchGetItem, Query, ConditionCheckItem on these kinds. */
  read?: readonly ItemKind[];
  /** PutItem, UpdateItem, DeleteItem, BatchWriteItem on these kinds (never `event`). */
  write?: readonly ItemKind[];
  /**
   * PutItem (a conditional put, never an overwrite, in the adapter) and GetItem (the idempotency
   * claim) on audit events: the only write any role has on them.
   */
  append?: readonly 'event'[];
  /**
   * DeleteItem and BatchWriteItem on these kinds, audit events included: only a merchant's
   * offboarding, which erases everything of a merchant that left. IAM cannot tell a
   * BatchWriteItem's deletes from its puts, so the grant allows puts through it too; the
   * function's adapter sends deletes only (adapters/aws/dynamo-merchant-eraser.ts).
   */
  erase?: readonly ItemKind[];
  /** Query the `openByDue` index (scheduling attributes only: its projection holds no personal data). */
  schedule?: boolean;
  /**
   * Query the `bySubject` index: one person's requests at one merchant by their subject hash, with
   * type, status and dates only (the decision page's earlier requests).
   */
  subjects?: boolean;
  /**
   * Query the `byMerchant` index (a merchant's requests for the console's inbox: no email, name or
   * details in its projection).
   */
  inbox?: boolean;
}

export const READ_ACTIONS = [
  'dynamodb:GetItem',
  'dynamodb:BatchGetItem',
  'dynamodb:Query',
  'dynamodb:ConditionCheckItem',
] as const;
export const WRITE_ACTIONS = [
  'dynamodb:PutItem',
  'dynamodb:UpdateItem',
  'dynamodb:DeleteItem',
  'dynamodb:BatchWriteItem',
] as const;
export const ERASE_ACTIONS = [
  'dynamodb:DeleteItem',
  'dynamodb:BatchWriteItem',
] as const;
export const APPEND_ACTIONS = ['dynamodb:PutItem', 'dynamodb:GetItem'] as const;

/** One Allow statement: `actions` on the table (or on `index`) for items under `prefixes`. */
export interface TableStatement {
  sid: string;
  actions: readonly string[];
  /** Partition-key prefixes (`dynamodb:LeadingKeys` StringLike `<prefix>*`); none for an index. */
  prefixes: readonly string[];
  /** The index the statement is on, instead of the table. */
  index?: string;
}

const prefixesOf = (kinds: readonly ItemKind[]) =>
  [...new Set(kinds)].flatMap((kind) => ITEM_KINDS[kind]);

/** The statements of `access`; throws on a grant no function may have (writing audit events). */
export function tableStatements(
  access: TableAccess,
  indexName: string,
  subjectIndexName?: string,
  inboxIndexName?: string,
): TableStatement[] {
  if (access.write?.includes('event'))
    throw new Error(
      'Audit events are append-only: grant `append: ["event"]`, never `write`',
    );
  const statements: TableStatement[] = [];
  if (access.read?.length)
    statements.push({
      sid: 'TableRead',
      actions: READ_ACTIONS,
      prefixes: prefixesOf(access.read),
    });
  if (access.write?.length)
    statements.push({
      sid: 'TableWrite',
      actions: WRITE_ACTIONS,
      prefixes: prefixesOf(access.write),
    });
  if (access.erase?.length)
    statements.push({
      sid: 'TableErase',
      actions: ERASE_ACTIONS,
      prefixes: prefixesOf(access.erase),
    });
  if (access.append?.length)
    statements.push({
      sid: 'AuditAppend',
      actions: APPEND_ACTIONS,
      prefixes: prefixesOf(access.append),
    });
  if (access.schedule)
    statements.push({
      sid: 'ScheduleQuery',
      actions: ['dynamodb:Query'],
      prefixes: [],
      index: indexName,
    });
  if (access.subjects && subjectIndexName)
    statements.push({
      sid: 'SubjectQuery',
      actions: ['dynamodb:Query'],
      prefixes: [],
      index: subjectIndexName,
    });
  if (access.inbox) {
    if (!inboxIndexName) throw new Error('inbox: true needs the inbox index');
    statements.push({
      sid: 'InboxQuery',
      actions: ['dynamodb:Query'],
      prefixes: [],
      index: inboxIndexName,
    });
  }
  return statements;
}

/** The IAM condition of a statement with prefixes (see the module comment). */
export function leadingKeysCondition(prefixes: readonly string[]) {
  return {
    'ForAllValues:StringLike': {
      'dynamodb:LeadingKeys': prefixes.map((p) => `${p}*`),
    },
    Null: { 'dynamodb:LeadingKeys': 'false' },
  };
}

/**
 * Whether `statements` allow `action` on the items whose partition keys are `leadingKeys`
 * (on `index` when given), as IAM would evaluate the statements above.
 */
export function tableAllows(
  statements: readonly TableStatement[],
  action: string,
  leadingKeys: readonly string[],
  index?: string,
): boolean {
  return statements.some((st) => {
    if (!st.actions.includes(action)) return false;
    if (index !== undefined || st.index !== undefined)
      return st.index === index;
    return (
      leadingKeys.length > 0 &&
      leadingKeys.every((key) => st.prefixes.some((p) => key.startsWith(p)))
    );
  });
}
