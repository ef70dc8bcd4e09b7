/** Small statistics helpers (nearest-rank percentiles on a copy). */

export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return (
    sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))] ?? Number.NaN
  );
}

export const median = (values: readonly number[]) => percentile(values, 50);

export const sum = (values: readonly number[]) =>
  values.reduce((a, b) => a + b, 0);
