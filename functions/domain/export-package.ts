/**
 * The access (Art. 15) and portability (Art. 20) package: what goes in it and how each file is
 * shaped. Pure: the use case streams records through these functions one at a time.
 *
 * - `data.json`: one document, schema `dsr-export/2` (docs/EXPORT-FORMAT.md), written as a stream.
 * - `csv/<category>.csv`: one table per data category, a column per field (nested fields
 *   flattened to `a.b[0].c`), so a spreadsheet opens it as is.
 * - `report.html` (access only): the Art. 15(1)-(2) information in the shopper's language.
 */
import type { DsrRequest } from './request.ts';
import type { MerchantConfig, ProcessorConfig } from './schemas.ts';

export const EXPORT_SCHEMA = 'dsr-export/2';

/** One record a processor holds about the subject. */
export interface ExportRecord {
  category: string;
  id: string;
  data: Record<string, unknown>;
}

/** Columns of a category's CSV beyond this go, as JSON, into one `other_fields` column. */
export const MAX_CSV_FIELDS = 200;

/** What the package says about one source: counted while its records stream past. */
export interface SourceSummary {
  processorId: string;
  name: string;
  records: number;
  /** Records per category. */
  categories: Record<string, number>;
  /** Files the processor handed over on its confirmation page (none: absent). */
  files?: PackagedFile[];
}

/**
 * A processor's uploaded file as the package holds it: at `path` in the zip, or, when the stored
 * object is gone (removed by the bucket's lifecycle before the package was built), `missing`.
 */
export interface PackagedFile {
  /** `processors/<processor id>/<safe name>`; absent when the file is missing. */
  path?: string;
  /** The name it was uploaded with. */
  name: string;
  mediaType: string;
  bytes: number;
  missing?: true;
}

/**
 * What the first pass over the records learnt, used by the files written after it: the
 * categories, their columns, which sources hold each, and consent-related fields.
 */
export class PackageIndex {
  readonly sources: SourceSummary[] = [];
  readonly columns = new Map<string, string[]>();
  readonly overflow = new Set<string>();
  readonly holders = new Map<string, Set<string>>();
  readonly consent: ConsentEntry[] = [];
  private readonly known = new Map<string, Set<string>>();
  invalidLines = 0;

  /** A source of the package; `name`: the processor's name in the reader's language. */
  source(
    processor: Pick<ProcessorConfig, 'processorId'>,
    name: string,
    files?: PackagedFile[],
  ): SourceSummary {
    const summary: SourceSummary = {
      processorId: processor.processorId,
      name,
      records: 0,
      categories: {},
      ...(files?.length ? { files } : {}),
    };
    this.sources.push(summary);
    return summary;
  }

  /** Counts the record, learns its columns and keeps any consent fields it carries. */
  add(summary: SourceSummary, record: ExportRecord): void {
    summary.records++;
    summary.categories[record.category] =
      (summary.categories[record.category] ?? 0) + 1;
    let holders = this.holders.get(record.category);
    if (!holders) {
      holders = new Set();
      this.holders.set(record.category, holders);
    }
    holders.add(summary.processorId);
    let columns = this.columns.get(record.category);
    let known = this.known.get(record.category);
    if (!columns || !known) {
      columns = [];
      known = new Set();
      this.columns.set(record.category, columns);
      this.known.set(record.category, known);
    }
    for (const [field, value] of flatten(record.data)) {
      if (!known.has(field)) {
        if (columns.length < MAX_CSV_FIELDS) {
          columns.push(field);
          known.add(field);
        } else this.overflow.add(record.category);
      }
      if (
        this.consent.length < MAX_CONSENT_ENTRIES &&
        CONSENT_FIELD.test(field) &&
        value !== ''
      )
        this.consent.push({
          source: summary.name,
          category: record.category,
          recordId: record.id,
          field,
          value,
        });
    }
  }

  /** Categories in a stable order (alphabetical). */
  categories(): string[] {
    return [...this.columns.keys()].sort();
  }

  total(): number {
    return this.sources.reduce((n, s) => n + s.records, 0);
  }
}

/** A consent-related field found in a processor's records (sign-up, opt-in, withdrawal). */
export interface ConsentEntry {
  source: string;
  category: string;
  recordId: string;
  field: string;
  value: string;
}

/** Consent fields the report lists (a bound: the report is read by a person). */
const MAX_CONSENT_ENTRIES = 500;

/** Field names that record consent or its withdrawal in the processors' data. */
const CONSENT_FIELD =
  /consent|opt_?in|opt_?out|optin|subscri|suppress|unsubscrib|marketing_?state|timestamp_(signup|opt)/i;

/** Parses one NDJSON line of a part; undefined for a line that is not a record. */
export function parseRecord(line: string): ExportRecord | undefined {
  try {
    const value = JSON.parse(line) as Partial<ExportRecord>;
    if (
      !value ||
      typeof value !== 'object' ||
      typeof value.category !== 'string' ||
      typeof value.id !== 'string' ||
      !value.data ||
      typeof value.data !== 'object' ||
      Array.isArray(value.data)
    )
      return undefined;
    return { category: value.category, id: value.id, data: value.data };
  } catch {
    return undefined;
  }
}

/** The opening of `data.json` up to the first source (the rest is streamed). */
export function exportDocumentHead(
  request: DsrRequest,
  merchant: MerchantConfig,
  generatedAt: string,
): string {
  const head = {
    schema: EXPORT_SCHEMA,
    requestId: request.requestId,
    requestType: request.type,
    generatedAt,
    controller: {
      merchantId: merchant.merchantId,
      name: merchant.legalName ?? merchant.name,
      ...(merchant.businessId ? { businessId: merchant.businessId } : {}),
      ...(merchant.address ? { address: merchant.address } : {}),
      privacyContact: merchant.privacyContact,
      ...(merchant.dpo ? { dpo: merchant.dpo } : {}),
    },
    subject: { email: request.email },
  };
  // `{…,"sources":[` : the head without its closing brace, then the array opens.
  return `${JSON.stringify(head).slice(0, -1)},"sources":[`;
}

/** A source as `data.json` names it: the register's words in the shopper's language. */
export interface ExportSourceView {
  processorId: string;
  name: string;
  categories: string[];
  purposes: string[];
}

/** A source's opening inside `sources`, up to its first record (with its files, if any). */
export function exportSourceHead(
  view: ExportSourceView,
  first: boolean,
  files?: PackagedFile[],
): string {
  const source = {
    processorId: view.processorId,
    name: view.name,
    categories: view.categories,
    purposes: view.purposes,
    ...(files?.length ? { files } : {}),
  };
  return `${first ? '' : ','}${JSON.stringify(source).slice(0, -1)},"records":[`;
}

export const EXPORT_SOURCE_TAIL = ']}';
export const EXPORT_DOCUMENT_TAIL = ']}\n';

/** Where a processor's uploaded files go in the zip. */
export const processorFilePath = (processorId: string, name: string) =>
  `processors/${processorId}/${name}`;

/** A category's CSV file name: lower-case letters, digits and dashes only. */
export function csvFileName(category: string): string {
  const safe = category
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return `csv/${safe || 'records'}.csv`;
}

/** The header row of a category's CSV. */
export function csvHeader(columns: string[], overflow: boolean): string[] {
  return [
    'source',
    'record_id',
    ...columns,
    ...(overflow ? ['other_fields'] : []),
  ];
}

/** One record as a row of its category's CSV (fields past the columns go to `other_fields`). */
export function csvRow(
  source: string,
  record: ExportRecord,
  columns: string[],
  overflow: boolean,
): string[] {
  const values = new Map(flatten(record.data));
  const row = [source, record.id, ...columns.map((c) => values.get(c) ?? '')];
  if (overflow) {
    const listed = new Set(columns);
    const rest = Object.fromEntries(
      [...values].filter(([field]) => !listed.has(field)),
    );
    row.push(Object.keys(rest).length ? JSON.stringify(rest) : '');
  }
  return row;
}

/** Flattens nested data to `[path, text]` pairs: `address.city`, `items[0].sku`. */
export function flatten(value: unknown, prefix = ''): [string, string][] {
  if (value === null || value === undefined) return [[prefix || 'value', '']];
  if (Array.isArray(value))
    return value.length
      ? value.flatMap((v, i) => flatten(v, `${prefix}[${i}]`))
      : [[prefix || 'value', '']];
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>);
    return entries.length
      ? entries.flatMap(([k, v]) => flatten(v, prefix ? `${prefix}.${k}` : k))
      : [[prefix || 'value', '']];
  }
  return [[prefix || 'value', String(value)]];
}
