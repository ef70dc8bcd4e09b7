/**
 * The fault-injection suite's rule for a processor effect seen twice
 * (tests/integration/fault-injection.test.ts). A call that takes no idempotency key, accepted
 * just before the SIGKILL and not yet recorded as done, is made again by the restarted stack:
 * at least once, allowed. Such a repeat is exactly two calls, one by each process.
 *
 * Which process made a call is read from when the call ARRIVED at the fake (`receivedAt`,
 * stamped before any injected fault): the killed process sends nothing once it is gone, and the
 * restarted one nothing before it is spawned, so `respawnedAt` (taken after the kill completed,
 * before the new process is spawned) parts them. The time the fake recorded the effect does not:
 * a `slow` fault records it up to its delay later, which is after the new stack is up when the
 * restart is quicker than the delay (a clean-clone CI run: a redact that reached Nosto at the
 * kill, recorded 1.5 s later, and its repeat 14.3 s after the kill were both counted as the
 * restarted stack's).
 */

export interface EffectRepeats {
  /** Repeats not explained by the kill, named with when each call arrived, in seconds from the kill. */
  bugs: string[];
  /** Keys repeated once across the kill (one call by each process). */
  straddling: string[];
}

export function effectRepeats<T>(
  items: readonly T[],
  keyOf: (x: T) => string,
  window: {
    /** When each call arrived; without it, every repeat is a bug. */
    receivedAtOf?: (x: T) => number;
    /** When the kill was sent (only for naming the repeats). */
    killedAt: number;
    /** After the killed process was gone, before the new one was spawned. */
    respawnedAt: number;
  },
): EffectRepeats {
  const { receivedAtOf, killedAt, respawnedAt } = window;
  const groups = new Map<string, T[]>();
  for (const x of items)
    groups.set(keyOf(x), [...(groups.get(keyOf(x)) ?? []), x]);
  const repeated = [...groups].filter(([, xs]) => xs.length > 1);
  const acrossKill = ([, xs]: [string, T[]]) => {
    if (!receivedAtOf || xs.length !== 2) return false;
    const at = xs.map(receivedAtOf);
    return Math.min(...at) < respawnedAt && Math.max(...at) >= respawnedAt;
  };
  const when = ([key, xs]: [string, T[]]) =>
    receivedAtOf
      ? `${key} at ${xs.map((x) => `${((receivedAtOf(x) - killedAt) / 1000).toFixed(1)} s`).join(', ')}`
      : `${key} ×${xs.length}`;
  return {
    bugs: repeated.filter((g) => !acrossKill(g)).map(when),
    straddling: repeated.filter(acrossKill).map(([key]) => key),
  };
}
