/**
 * Art. 15 / Art. 20 export: one structured JSON document and a flat CSV of the same records.
 * The JSON schema is versioned (`schema`) so readers can rely on its shape.
 */
import { stringify } from 'csv-stringify/sync';
import type { DsrRequest } from './request.ts';
import type { MerchantConfig, ProcessorConfig } from './schemas.ts';

export const EXPORT_SCHEMA = 'dsr-export/1';

export interface ExportRecord {
  category: string;
  id: string;
  data: Record<string, unknown>;
}

export interface ProcessorPart {
  processor: ProcessorConfig;
  records: ExportRecord[];
}

export interface ExportDocument {
  schema: typeof EXPORT_SCHEMA;
  requestId: string;
  requestType: DsrRequest['type'];
  generatedAt: string;
  controller: { merchantId: string; name: string; privacyContact: string };
  subject: { email: string };
  sources: {
    processorId: string;
    name: string;
    categories: string[];
    purposes: string[];
    records: ExportRecord[];
  }[];
}

export function buildExportDocument(
  request: DsrRequest,
  merchant: MerchantConfig,
  parts: ProcessorPart[],
  generatedAt: string,
): ExportDocument {
  return {
    schema: EXPORT_SCHEMA,
    requestId: request.requestId,
    requestType: request.type,
    generatedAt,
    controller: {
      merchantId: merchant.merchantId,
      name: merchant.name,
      privacyContact: merchant.privacyContact,
    },
    subject: { email: request.email },
    sources: parts.map(({ processor, records }) => ({
      processorId: processor.processorId,
      name: processor.name,
      categories: processor.categories,
      purposes: processor.purposes,
      records,
    })),
  };
}

/** One row per field: source, category, record id, field path, value. Nested values are flattened. */
export function exportCsv(doc: ExportDocument): string {
  const rows: string[][] = [];
  for (const source of doc.sources) {
    for (const record of source.records) {
      for (const [field, value] of flatten(record.data)) {
        rows.push([source.name, record.category, record.id, field, value]);
      }
    }
  }
  return stringify(rows, {
    header: true,
    columns: ['source', 'category', 'record_id', 'field', 'value'],
  });
}

function flatten(value: unknown, prefix = ''): [string, string][] {
  if (value === null || value === undefined) return [[prefix, '']];
  if (Array.isArray(value))
    return value.flatMap((v, i) => flatten(v, `${prefix}[${i}]`));
  if (typeof value === 'object') {
    return Object.entries(value as Record<string, unknown>).flatMap(([k, v]) =>
      flatten(v, prefix ? `${prefix}.${k}` : k),
    );
  }
  return [[prefix, String(value)]];
}
