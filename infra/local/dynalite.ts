/**
 * dynalite (DynamoDB) for the embedded stack, in this thread or on a worker thread of its own.
 * On its own thread, the table's work (HTTP parsing, expression evaluation, LevelDB) runs beside
 * the handlers instead of between them, on a second core when there is one. Either way it is
 * the same server on a loopback port, and it dies with the process (a SIGKILL of the stack
 * takes it along, as it takes the in-thread one).
 */
import type { Server } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { Worker } from 'node:worker_threads';
import dynalite from 'dynalite';
import { guardLoopbackHost } from './loopback-host.ts';

export interface LocalDynamo {
  port: number;
  /** Closes the server and its store (LevelDB is closed before this resolves). */
  close(): Promise<void>;
}

const OPTIONS = { createTableMs: 0, deleteTableMs: 0, updateTableMs: 0 };

/** CommonJS, evaluated by the worker: plain JavaScript whatever loader runs the stack. */
const WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const dynalite = require(workerData.module);
const server = dynalite({ ...workerData.options, path: workerData.path });
server.once('error', (error) => parentPort.postMessage({ error: String(error) }));
server.listen(0, workerData.host, () => {
  // guardLoopbackHost of ./loopback-host.ts, in plain JavaScript: 421 unless Host is loopback.
  const port = server.address().port;
  const allowed = ['127.0.0.1', 'localhost', '[::1]'].map((name) => name + ':' + port);
  const listeners = server.listeners('request');
  server.removeAllListeners('request');
  server.on('request', (req, res) => {
    if (!allowed.includes(String(req.headers.host).toLowerCase())) {
      req.resume();
      res.writeHead(421, { 'content-type': 'text/plain', connection: 'close' });
      return res.end('421 Misdirected Request: loopback only (DNS rebinding guard)\\n');
    }
    for (const listener of listeners) listener.call(server, req, res);
  });
  parentPort.postMessage({ port });
});
parentPort.once('message', () => {
  server.closeAllConnections?.();
  server.close((error) => parentPort.postMessage({ closed: true, error: error && String(error) }));
});
`;

export async function startDynalite({
  path,
  host,
  thread = false,
}: {
  /** LevelDB folder; omitted: in memory. */
  path?: string;
  host: string;
  /** Run it on a worker thread. */
  thread?: boolean;
}): Promise<LocalDynamo> {
  if (!thread) {
    const server: Server = dynalite({ ...OPTIONS, path });
    const port = await new Promise<number>((done, fail) => {
      server.once('error', fail);
      server.listen(0, host, () => {
        guardLoopbackHost(server);
        done((server.address() as AddressInfo).port);
      });
    });
    return {
      port,
      close: () =>
        new Promise<void>((done) => {
          server.closeAllConnections?.();
          server.close(() => done());
        }),
    };
  }
  const worker = new Worker(WORKER, {
    eval: true,
    workerData: {
      module: createRequire(import.meta.url).resolve('dynalite'),
      options: OPTIONS,
      path,
      host,
    },
    // The stack's loader flags (tsx) are not needed by plain JavaScript.
    execArgv: [],
  });
  const port = await new Promise<number>((done, fail) => {
    worker.once('message', (m: { port?: number; error?: string }) =>
      m.port ? done(m.port) : fail(new Error(`dynalite: ${m.error}`)),
    );
    worker.once('error', fail);
    worker.once('exit', (code) =>
      fail(new Error(`dynalite thread exited (${code}) before listening`)),
    );
  });
  worker.on('error', (error) =>
    process.stderr.write(`[dynalite] thread failed: ${error.name}\n`),
  );
  return {
    port,
    close: async () => {
      const closed = new Promise<void>((done) => {
        worker.once('message', () => done());
        worker.once('exit', () => done());
      });
      worker.postMessage('close');
      await closed;
      await worker.terminate();
    },
  };
}
