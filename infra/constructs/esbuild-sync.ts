/**
 * esbuild with the functions' plugins (bundlePlugins in sdk-schema-keys.mjs), and the re-chunking
 * of its output (rechunk.mjs), synchronously. CDK's local bundling (`tryBundle`) must return the
 * asset before it returns, and esbuild's `buildSync` takes no plugins (rolldown has no synchronous
 * build at all), so both run in one long-lived worker thread (esbuild-worker.mjs) while this thread waits on a shared
 * flag. The worker is unreferenced: it never keeps the process alive.
 */
import {
  MessageChannel,
  type MessagePort,
  receiveMessageOnPort,
  Worker,
} from 'node:worker_threads';
import type { BuildOptions, Metafile } from 'esbuild';
import type { rechunk } from './rechunk.mjs';

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

/** Sends one request to the worker and waits for its answer. */
function ask<T>(request: object, what: string): T {
  const { port } = worker();
  const flag = new Int32Array(new SharedArrayBuffer(4));
  port.postMessage({ ...request, flag });
  if (Atomics.wait(flag, 0, 0, TIMEOUT_MS) === 'timed-out')
    throw new Error(`${what} did not finish within ${TIMEOUT_MS / 1000} s`);
  const answer = receiveMessageOnPort(port)?.message as
    | (T & { error?: undefined })
    | { error: string }
    | undefined;
  if (!answer) throw new Error('the esbuild worker gave no answer');
  if (answer.error !== undefined) throw new Error(answer.error);
  return answer as T;
}

/**
 * `build(options)` with the plugins of esbuild-worker.mjs, its output in memory
 * (`write: false`) and its metafile. `options` must be cloneable (no plugins, no functions).
 */
export function buildWithPluginsSync(options: BuildOptions): SyncBuildResult {
  return ask<SyncBuildResult>({ options }, 'esbuild');
}

/** rechunk.mjs's `rechunk`, synchronously (in the same worker). */
export function rechunkSync(
  input: Parameters<typeof rechunk>[0],
): Awaited<ReturnType<typeof rechunk>> {
  return ask({ rechunk: input }, 'rolldown');
}
