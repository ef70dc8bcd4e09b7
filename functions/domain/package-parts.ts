/**
 * The parts of an access package the merchant's release review can leave out (Art. 15(4): the
 * copy must not adversely affect the rights and freedoms of others; EDPB Guidelines 01/2022 §6.2:
 * leave out the affected information, not the whole answer): one processor's records of one
 * category, or one file a processor uploaded. What is left out, and why, is told to the shopper
 * (a partial refusal, Art. 12(4)). No personal data here: processor ids, category names, counts
 * and file positions; a file's name stays on the job record and is shown only to the merchant.
 */

/** A part of the package as the review page offers it. */
export type PackagePart =
  | { kind: 'records'; processorId: string; category: string; records: number }
  | { kind: 'file'; processorId: string; index: number };

/** The parts the merchant left out and the one reason the shopper is told for them. */
export interface LeftOut {
  parts: PackagePart[];
  reason: string;
}

/** The review form's checkbox of a part is named `leaveOut:` + {@link partValue}. */
export const LEAVE_OUT_FIELD = 'leaveOut:';

/** The value a part's checkbox posts: `records:<processor>:<category>` or `file:<processor>:<n>`. */
export function partValue(part: PackagePart): string {
  return part.kind === 'records'
    ? `records:${part.processorId}:${part.category}`
    : `file:${part.processorId}:${part.index}`;
}

/**
 * Every part of a built package: the categories counted when it was written (the request's
 * `packageContents`) and each processor's uploaded files, in the package's order.
 */
export function packageParts(
  contents: readonly {
    processorId: string;
    categories: Record<string, number>;
  }[],
  files: readonly { processorId: string; count: number }[],
): PackagePart[] {
  const parts: PackagePart[] = [];
  for (const source of contents)
    for (const category of Object.keys(source.categories).sort())
      parts.push({
        kind: 'records',
        processorId: source.processorId,
        category,
        records: source.categories[category] ?? 0,
      });
  for (const { processorId, count } of files)
    for (let index = 0; index < count; index++)
      parts.push({ kind: 'file', processorId, index });
  return parts;
}

/**
 * The offered parts the posted values name, in the offered order. A value that names no offered
 * part makes the whole post invalid (`undefined`): a stale page or a forged value is refused,
 * never read as "leave out less".
 */
export function chosenParts(
  offered: readonly PackagePart[],
  posted: readonly string[],
): PackagePart[] | undefined {
  const byValue = new Map(offered.map((p) => [partValue(p), p]));
  if (posted.some((v) => !byValue.has(v))) return undefined;
  const wanted = new Set(posted);
  return offered.filter((p) => wanted.has(partValue(p)));
}

/** Whether a record of `category` from `processorId` stays in the package. */
export function keepsRecords(
  leftOut: LeftOut | undefined,
  processorId: string,
  category: string,
): boolean {
  return !leftOut?.parts.some(
    (p) =>
      p.kind === 'records' &&
      p.processorId === processorId &&
      p.category === category,
  );
}

/** Whether the `index`-th uploaded file of `processorId` stays in the package. */
export function keepsFile(
  leftOut: LeftOut | undefined,
  processorId: string,
  index: number,
): boolean {
  return !leftOut?.parts.some(
    (p) =>
      p.kind === 'file' && p.processorId === processorId && p.index === index,
  );
}

/**
 * What was left out, per processor, as the shopper is told it: the categories with their
 * record counts, and how many files (never their names: a name may be what had to go). The one
 * source of that sentence for the result email and report.html.
 */
export interface LeftOutSummary {
  processorId: string;
  categories: { category: string; records: number }[];
  files: number;
}

export function leftOutSummary(leftOut: LeftOut): LeftOutSummary[] {
  const out = new Map<string, LeftOutSummary>();
  const of = (processorId: string) => {
    let entry = out.get(processorId);
    if (!entry) {
      entry = { processorId, categories: [], files: 0 };
      out.set(processorId, entry);
    }
    return entry;
  };
  for (const part of leftOut.parts) {
    const entry = of(part.processorId);
    if (part.kind === 'records')
      entry.categories.push({ category: part.category, records: part.records });
    else entry.files++;
  }
  return [...out.values()];
}
