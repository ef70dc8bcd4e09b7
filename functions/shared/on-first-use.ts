/**
 * A module loaded on the first call that needs it, not at cold start (issue 18): a port's AWS SDK
 * client and adapter, the handlers of a console area. The function's bundle keeps it in a chunk
 * of its own, read when a path that uses it first runs (only if nothing the function imports
 * statically imports it too). The load runs once; a failed one is not kept, the next call tries
 * again.
 */
export function onFirstUse<T>(load: () => Promise<T>): () => Promise<T> {
  let loaded: Promise<T> | undefined;
  return () => {
    loaded ??= load().catch((error: unknown) => {
      loaded = undefined;
      throw error;
    });
    return loaded;
  };
}
