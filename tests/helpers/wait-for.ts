/**
 * Polls `probe` until it returns a truthy value (or a promise of one) and resolves with that value.
 * Throws after `timeoutMs`, naming `message` and the last error the probe threw, if any.
 */
export type Truthy<T> = Exclude<T, false | 0 | 0n | '' | null | undefined>;

export async function waitFor<T>(
  probe: () => T | Promise<T>,
  {
    timeoutMs = 5_000,
    intervalMs = 10,
    message = 'condition',
  }: { timeoutMs?: number; intervalMs?: number; message?: string } = {},
): Promise<Truthy<T>> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  for (;;) {
    try {
      const value = await probe();
      if (value) return value as Truthy<T>;
      lastError = undefined;
    } catch (e) {
      lastError = e;
    }
    if (Date.now() >= deadline) {
      const why =
        lastError instanceof Error
          ? ` (last error: ${lastError.name}: ${lastError.message})`
          : '';
      throw new Error(
        `waitFor: ${message} not met within ${timeoutMs} ms${why}`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}
