/**
 * The worker thread of esbuild-sync.ts: runs esbuild's asynchronous `build` (the only one that
 * takes plugins) for a caller that must wait synchronously, CDK's local bundling. Each request
 * comes on the port with a shared flag; the answer (output files and metafile, or the error) is
 * posted back before the flag is raised, so the caller finds it when it wakes.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { build } from 'esbuild';
import { bundlePlugins } from './sdk-schema-keys.mjs';

const { port } = workerData;

port.on('message', async ({ options, flag }) => {
  try {
    const result = await build({
      ...options,
      plugins: bundlePlugins(),
      write: false,
      metafile: true,
    });
    port.postMessage({
      outputFiles: result.outputFiles.map(({ path, contents }) => ({
        path,
        contents,
      })),
      metafile: result.metafile,
    });
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
