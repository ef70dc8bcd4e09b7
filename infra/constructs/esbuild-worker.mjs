/**
 * The worker thread of esbuild-sync.ts: runs esbuild's asynchronous `build` (the only one that
 * takes plugins), and rolldown's re-chunking of its output (rechunk.mjs, asynchronous only), for
 * a caller that must wait synchronously, CDK's local bundling. Each request comes on the port
 * with a shared flag; the answer (output files and metafile, the re-chunked files, or the error)
 * is posted back before the flag is raised, so the caller finds it when it wakes.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { build } from 'esbuild';
import { rechunk } from './rechunk.mjs';
import { bundlePlugins } from './sdk-schema-keys.mjs';

const { port } = workerData;

/** @param {{ options?: import('esbuild').BuildOptions, rechunk?: Parameters<typeof rechunk>[0] }} request */
async function answer(request) {
  if (request.rechunk) return rechunk(request.rechunk);
  const result = await build({
    ...request.options,
    plugins: bundlePlugins(),
    write: false,
    metafile: true,
  });
  return {
    outputFiles: result.outputFiles.map(({ path, contents }) => ({
      path,
      contents,
    })),
    metafile: result.metafile,
  };
}

port.on('message', async ({ flag, ...request }) => {
  try {
    port.postMessage(await answer(request));
  } catch (error) {
    port.postMessage({
      error:
        error instanceof Error ? (error.stack ?? error.message) : String(error),
    });
  }
  Atomics.store(flag, 0, 1);
  Atomics.notify(flag, 0);
});
parentPort?.unref();
