import { stringify } from 'csv-stringify/sync';
import {
  csvFileName,
  csvHeader,
  csvRow,
  EXPORT_DOCUMENT_TAIL,
  EXPORT_SOURCE_TAIL,
  exportDocumentHead,
  exportSourceHead,
  type PackagedFile,
  PackageIndex,
  parseRecord,
  processorFilePath,
} from '#domain/export-package.ts';
import {
  objectTags,
  packageKey,
  reviewPackageKind,
  uploadPrefix,
} from '#domain/object-keys.ts';
import { keepsRecords, type LeftOut } from '#domain/package-parts.ts';
import type { ProcessorStatement } from '#domain/processor-answer.ts';
import {
  acceptedType,
  safeFileName,
  UPLOAD_LIMITS,
  uniqueNames,
} from '#domain/processor-uploads.ts';
import type { DsrRequest } from '#domain/request.ts';
import type { MerchantConfig, ProcessorConfig } from '#domain/schemas.ts';
import type { ArchiveEntry } from '#ports/export-store.ts';
import type { Ports } from '#ports/index.ts';
import type { UploadedFile } from '#ports/request-store.ts';
import { accessReportHtml } from '#presentation/access-report.ts';
import { shopperLocale } from '#presentation/emails.ts';
import {
  categoryWords,
  processorName,
  purposeWords,
} from '#presentation/register.ts';

/**
 * RFC 4180 line ends; `escape_formulas`: a value such as `=HYPERLINK(…)` must not run when the
 * shopper opens the file in a spreadsheet.
 */
const CSV_OPTIONS = {
  record_delimiter: 'windows',
  escape_formulas: true,
} as const;

/**
 * A processor, where its job left the records it found (an NDJSON part), if any, what it
 * answered (the report states it), and the files it handed over on its confirmation page (as
 * recorded on the job when it confirmed).
 */
export interface PackageSource {
  processor: ProcessorConfig;
  partKey?: string;
  statement: ProcessorStatement;
  /**
   * The files the processor handed over on its confirmation page that go into the package (the
   * job's `files`, less any the release review left out).
   */
  files?: UploadedFile[];
}

/**
 * Each source's recorded files as the package names them (`processors/<id>/<safe name>`, unique
 * per folder), and whether each is still stored: one listing of the processor's upload folder
 * (a file the bucket's lifecycle removed is said to be missing, never silently dropped).
 */
async function packagedFiles(
  requestId: string,
  sources: PackageSource[],
  ports: Pick<Ports, 'exports'>,
): Promise<Map<string, (PackagedFile & { key: string })[]>> {
  const out = new Map<string, (PackagedFile & { key: string })[]>();
  for (const { processor, files } of sources) {
    if (!files?.length) continue;
    const stored = new Set(
      (
        await ports.exports.list(
          uploadPrefix(requestId, processor.processorId),
          UPLOAD_LIMITS.listLimit,
        )
      ).map((o) => o.key),
    );
    const names = uniqueNames(
      files.map((f) => safeFileName(f.name, f.mediaType)),
    );
    out.set(
      processor.processorId,
      files.map((file, i) => ({
        key: file.key,
        ...(stored.has(file.key)
          ? {
              path: processorFilePath(
                processor.processorId,
                names[i] as string,
              ),
            }
          : { missing: true as const }),
        name: file.name,
        mediaType: file.mediaType,
        bytes: file.bytes,
      })),
    );
  }
  return out;
}

/**
 * Art. 15 / Art. 20: streams every processor's records into one zip in the export store
 * (a multipart upload on S3), holding one record in memory at a time whatever the total size.
 * 1. `data.json`: the whole document, each part read line by line (this pass learns the
 *    categories, their columns and the consent fields)
 * 2. `csv/<category>.csv`: re-reads only the parts that hold the category
 * 3. `processors/<id>/<file>`: the files processors handed over on their confirmation page,
 *    streamed from the store as they are (already-compressed formats are not deflated again)
 * 4. `report.html` (access only): the Art. 15(1)-(2) information in the shopper's language.
 * Portability gets the machine-readable files only (and the processors' files).
 */
export async function writeAccessPackage(
  request: DsrRequest,
  merchant: MerchantConfig,
  sources: PackageSource[],
  ports: Pick<Ports, 'exports' | 'clock'>,
  /**
   * What the release review left out (Art. 15(4)): those records are skipped, so neither
   * data.json nor the CSV files nor report.html's counts hold them, and report.html says what
   * was left out and why. The package is written again under the same key.
   */
  leftOut?: LeftOut,
): Promise<{ key: string; bytes: number; index: PackageIndex; files: number }> {
  const generatedAt = ports.clock.now().toISOString();
  const locale = shopperLocale(merchant, request);
  const index = new PackageIndex();
  const key = packageKey(request.requestId);
  let files = 0;
  const uploaded = await packagedFiles(request.requestId, sources, ports);
  const listedFiles = (processorId: string): PackagedFile[] | undefined =>
    uploaded.get(processorId)?.map(({ key: _key, ...file }) => file);

  async function* dataJson(): AsyncGenerator<string> {
    yield exportDocumentHead(request, merchant, generatedAt);
    let firstSource = true;
    for (const { processor, partKey } of sources) {
      const view = {
        processorId: processor.processorId,
        name: processorName(processor, locale),
        categories: categoryWords(processor, locale),
        purposes: purposeWords(processor, locale),
      };
      const listed = listedFiles(processor.processorId);
      const summary = index.source(processor, view.name, listed);
      yield exportSourceHead(view, firstSource, listed);
      firstSource = false;
      if (partKey) {
        let first = true;
        for await (const line of ports.exports.readLines(partKey)) {
          const record = parseRecord(line);
          if (!record) {
            index.invalidLines++;
            continue;
          }
          if (!keepsRecords(leftOut, processor.processorId, record.category))
            continue;
          index.add(summary, record);
          yield `${first ? '' : ','}${JSON.stringify(record)}`;
          first = false;
        }
      }
      yield EXPORT_SOURCE_TAIL;
    }
    yield EXPORT_DOCUMENT_TAIL;
  }

  async function* csv(category: string): AsyncGenerator<string> {
    const columns = index.columns.get(category) ?? [];
    const overflow = index.overflow.has(category);
    const holders = index.holders.get(category) ?? new Set<string>();
    // A BOM lets spreadsheet programs read the file as UTF-8 (ä, ö, å).
    yield `\uFEFF${stringify([csvHeader(columns, overflow)], CSV_OPTIONS)}`;
    for (const { processor, partKey } of sources) {
      if (!partKey || !holders.has(processor.processorId)) continue;
      // The first pass counted them: stop reading the part once the last one is written.
      let left =
        index.sources.find((x) => x.processorId === processor.processorId)
          ?.categories[category] ?? 0;
      if (left === 0) continue;
      for await (const line of ports.exports.readLines(partKey)) {
        const record = parseRecord(line);
        if (record?.category !== category) continue;
        yield stringify(
          [csvRow(processorName(processor, locale), record, columns, overflow)],
          CSV_OPTIONS,
        );
        if (--left === 0) break;
      }
    }
  }

  async function* entries(): AsyncGenerator<ArchiveEntry> {
    files++;
    yield { name: 'data.json', content: dataJson };
    // Pulled only once data.json has been read to its end: the index is complete.
    const names = new Set<string>();
    for (const category of index.categories()) {
      let name = csvFileName(category);
      for (let n = 2; names.has(name); n++)
        name = csvFileName(`${category}-${n}`);
      names.add(name);
      files++;
      yield { name, content: () => csv(category) };
    }
    for (const { processor } of sources) {
      for (const file of uploaded.get(processor.processorId) ?? []) {
        if (!file.path) continue;
        const body = await ports.exports.open(file.key);
        // Listed a moment ago: gone now only if removed meanwhile; a retry says it is missing.
        if (!body)
          throw new Error(
            `An uploaded file of ${processor.processorId} disappeared while the package was written`,
          );
        files++;
        yield {
          name: file.path,
          content: () => body,
          compress: acceptedType(file.mediaType)?.compress ?? true,
        };
      }
    }
    if (request.type === 'access') {
      files++;
      yield {
        name: 'report.html',
        content: async function* () {
          yield accessReportHtml(
            request,
            merchant,
            index,
            sources,
            locale,
            generatedAt,
            leftOut,
          );
        },
      };
    }
  }

  // A package the merchant reviews first is sent weeks later: it is kept as working material
  // until then (the delivered kind expires `exportRetentionDays` after it was written).
  const { bytes } = await ports.exports.putArchive(
    key,
    entries(),
    objectTags(
      merchant.releaseReview
        ? reviewPackageKind(request.type)
        : `${request.type}-package`,
      merchant.merchantId,
    ),
  );
  return { key, bytes, index, files };
}
