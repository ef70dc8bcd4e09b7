import { memoryPorts } from '#adapters/memory/memory-ports.ts';
import { subjectRef } from '#domain/links.ts';
import { loadSeed } from '#infra/seed/seed.ts';

/** Memory ports with the `lastu` merchant and its demo customers seeded. */
export async function seededMemoryPorts(
  start?: Date,
  { allProcessors = false } = {},
) {
  const ports = memoryPorts(start);
  const loaded = loadSeed('lastu');
  // Spine tests use the built-in processor alone; connectors have their own tests.
  const seed = allProcessors
    ? loaded
    : {
        ...loaded,
        merchant: {
          ...loaded.merchant,
          processors: loaded.merchant.processors.filter(
            (p) => p.processorId === 'lastu-store',
          ),
        },
      };
  await ports.merchants.put(seed.merchant);
  for (const c of seed.customers)
    await ports.subjectData.put(
      'lastu',
      subjectRef('lastu', c.email),
      c.records,
    );
  return { ports, seed };
}

/** The secret at the end of an emailed link of the given kind, from the last email that has one. */
export function linkFrom(
  text: string,
  kind:
    | 'verify'
    | 'decide'
    | 'download'
    | 'processor'
    | 'deferral'
    | 'release'
    | 'lift'
    | 'status',
): string {
  const matches = [
    ...text.matchAll(
      new RegExp(`https?://[^\\s"<>]+/${kind}/([A-Za-z0-9_-]+)`, 'g'),
    ),
  ];
  const last = matches.at(-1);
  if (!last?.[1]) throw new Error(`no ${kind} link in the text`);
  return last[1];
}
