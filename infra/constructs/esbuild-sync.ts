/**
 * esbuild with the functions' plugins (bundlePlugins in sdk-schema-keys.mjs), synchronously. CDK's local bundling (`tryBundle`) must
 * return the asset before it returns, and esbuild's `buildSync` takes no plugins, so the build
 * runs in one long-lived worker thread (esbuild-worker.mjs) while this thread waits on a shared
 * flag. The worker is unreferenced: it never keeps the process alive.
 */
import {
  MessageChannel,
  type MessagePort,
  receiveMessageOnPort,
  Worker,
} from 'node:worker_threads';
import type { BuildOptions, Metafile } from 'esbuild';

export interface SyncBuildResult {
  outputFiles: { path: string; contents: Uint8Array }[];
  metafile: Metafile;
}

/** A build taking longer than this is stuck (33 functions build in seconds). */
const TIMEOUT_MS = 5 * 60_000;

let channel: { worker: Worker; port: MessagePort } | undefined;

function worker(): { worker: Worker; port: MessagePort } {
  if (channel) return channel;
  const { port1, port2 } = new MessageChannel();
  const started = new Worker(new URL('./esbuild-worker.mjs', import.meta.url), {
    workerData: { port: port2 },
    transferList: [port2],
  });
  started.unref();
  port1.unref();
  started.on('exit', () => {
    channel = undefined;
  });
  channel = { worker: started, port: port1 };
  return channel;
}

/**
 * `build(options)` with the plugins of esbuild-worker.mjs, its output in memory
 * (`write: false`) and its metafile. `options` must be cloneable (no plugins, no functions).
 */
export function buildWithPluginsSync(options: BuildOptions): SyncBuildResult {
  const { port } = worker();
  const flag = new Int32Array(new SharedArrayBuffer(4));
  port.postMessage({ options, flag });
  if (Atomics.wait(flag, 0, 0, TIMEOUT_MS) === 'timed-out')
    throw new Error(`esbuild did not finish within ${TIMEOUT_MS / 1000} s`);
  const answer = receiveMessageOnPort(port)?.message as
    | (SyncBuildResult & { error?: undefined })
    | { error: string }
    | undefined;
  if (!answer) throw new Error('the esbuild worker gave no answer');
  if (answer.error !== undefined) throw new Error(answer.error);
  return answer as SyncBuildResult;
}
