/**
 * Keys of the objects a request writes to the export bucket. Everything lives under one prefix,
 * to which the IAM grants of the app stack are scoped (infra/wiring.ts re-exports it).
 */
export const EXPORT_KEY_PREFIX = 'requests/';

const base = (requestId: string) => `${EXPORT_KEY_PREFIX}${requestId}`;

/** One processor's records for an access export. */
export const partKey = (requestId: string, processorId: string) =>
  `${base(requestId)}/parts/${processorId}.json`;

/** The assembled access export. */
export const exportKeys = (requestId: string) => ({
  json: `${base(requestId)}/export/data.json`,
  csv: `${base(requestId)}/export/data.csv`,
});

/** The erasure report kept as evidence. */
export const erasureReportKey = (requestId: string) =>
  `${base(requestId)}/erasure-report.json`;
