/**
 * In-process Lambda runtime for the local stack: resolves a function ARN (or bare name) through the
 * wiring table, imports the handler module lazily and calls `handler(event, context)` the way the
 * Lambda Node runtime does (JSON round trip in and out, a Context, the function's timeout).
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Context } from 'aws-lambda';
import type { FunctionSpec } from '../wiring.ts';
import { invocationScope } from './table-iam.ts';

type Handler = (event: unknown, context: Context) => unknown;

/** Per-function counters since start (or the last `resetStats`). Durations are wall-clock ms of the handler call. */
export interface FunctionStats {
  invocations: number;
  errors: number;
  timeouts: number;
  totalMs: number;
  avgMs: number;
  maxMs: number;
  /** Time the lazy `import()` of the handler module took, once. */
  importMs?: number;
}

export interface LocalInvoker<Name extends string = string> {
  /** Runs the function like `lambda:Invoke` (RequestResponse) and resolves with its JSON result. */
  invoke(functionArnOrName: string, payload: unknown): Promise<unknown>;
  /** `arn:aws:lambda:<region>:<account>:function:<name>`, for `substitutionsFor`. */
  functionArn(name: Name): string;
  stats(): Record<string, FunctionStats>;
  resetStats(): void;
  /**
   * Refuses new invocations (`Lambda.ServiceException`) and waits, at most `timeoutMs`, for the
   * running ones to end: the stack closes its emulators only after that, so no handler writes
   * to a closed table.
   */
  drain(timeoutMs: number): Promise<void>;
}

/**
 * An error as a Step Functions Task sees a failed Lambda: `name` is the `errorType`
 * (what `ErrorEquals` matches) and `message` is the AWS Cause JSON `{errorType, errorMessage, trace}`.
 */
export class LambdaFunctionError extends Error {
  constructor(
    errorType: string,
    readonly errorMessage: string,
    trace: string[] = [],
  ) {
    super(JSON.stringify({ errorType, errorMessage, trace }));
    this.name = errorType;
  }
}

const repoRootDefault = fileURLToPath(new URL('../../', import.meta.url));
const jsonRoundTrip = (value: unknown, fallback: unknown) => {
  const text = JSON.stringify(value);
  return text === undefined ? fallback : JSON.parse(text);
};

/**
 * Creates the invoker. Timeouts reject with `Sandbox.Timedout` (what Lambda reports today for a
 * function that runs past its timeout); the handler itself keeps running in the background.
 * Unknown functions reject with `Lambda.ResourceNotFoundException`.
 */
export function createLocalInvoker<
  F extends Record<string, FunctionSpec>,
>(options: {
  region: string;
  accountId: string;
  functions: F;
  /** Where `entry` paths are resolved from; defaults to the repository root. */
  repoRoot?: string;
}): LocalInvoker<Extract<keyof F, string>> {
  const { region, accountId, functions, repoRoot = repoRootDefault } = options;
  const prefix = `arn:aws:lambda:${region}:${accountId}:function:`;
  const modules = new Map<string, Promise<Handler>>();
  let counters: Record<string, FunctionStats> = {};
  const running = new Set<Promise<unknown>>();
  let draining = false;

  const load = (name: string, spec: FunctionSpec): Promise<Handler> => {
    let loaded = modules.get(name);
    if (!loaded) {
      const started = performance.now();
      loaded = import(pathToFileURL(resolve(repoRoot, spec.entry)).href).then(
        (mod: { handler?: unknown }) => {
          if (typeof mod.handler !== 'function')
            throw new Error(`${spec.entry} does not export a handler function`);
          statsFor(name).importMs = performance.now() - started;
          return mod.handler as Handler;
        },
      );
      loaded.catch(() => modules.delete(name)); // retry the import next time
      modules.set(name, loaded);
    }
    return loaded;
  };
  const statsFor = (name: string): FunctionStats =>
    (counters[name] ??= {
      invocations: 0,
      errors: 0,
      timeouts: 0,
      totalMs: 0,
      avgMs: 0,
      maxMs: 0,
    });

  const resolveName = (ref: string): string => {
    // Accepts a bare name, a full ARN, or a qualified ARN (`:$LATEST`, an alias): the qualifier is ignored.
    const name = ref.startsWith(prefix)
      ? ref.slice(prefix.length).split(':')[0]
      : ref;
    if (name && Object.hasOwn(functions, name)) return name;
    throw new LambdaFunctionError(
      'Lambda.ResourceNotFoundException',
      `Function not found: ${ref}`,
    );
  };

  return {
    functionArn: (name) => `${prefix}${name}`,
    stats: () =>
      Object.fromEntries(
        Object.entries(counters).map(([n, s]) => [
          n,
          { ...s, avgMs: s.invocations ? s.totalMs / s.invocations : 0 },
        ]),
      ),
    resetStats: () => {
      counters = {};
    },
    async drain(timeoutMs) {
      draining = true;
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([
        Promise.allSettled([...running]),
        new Promise((done) => {
          timer = setTimeout(done, timeoutMs);
        }),
      ]);
      clearTimeout(timer);
    },
    invoke(ref, payload) {
      if (draining)
        return Promise.reject(
          new LambdaFunctionError(
            'Lambda.ServiceException',
            'The local stack is shutting down',
          ),
        );
      // From the first moment (the handler module may still be loading) until it settles.
      const invocation = invokeNow(ref, payload);
      running.add(invocation);
      const done = () => running.delete(invocation);
      invocation.then(done, done);
      return invocation;
    },
  };

  /** One invocation, as `lambda:Invoke` runs it. */
  async function invokeNow(ref: string, payload: unknown): Promise<unknown> {
    const name = resolveName(ref);
    const spec = functions[name] as FunctionSpec;
    const handler = await load(name, spec);
    const awsRequestId = randomUUID();
    const timeoutMs = spec.timeoutSeconds * 1000;
    const deadline = Date.now() + timeoutMs;
    const day = new Date().toISOString().slice(0, 10).replaceAll('-', '/');
    const unsupported = () => {
      throw new Error(
        'Callback-style context methods are not supported (Node 24 runtime)',
      );
    };
    const context: Context = {
      callbackWaitsForEmptyEventLoop: true,
      functionName: name,
      functionVersion: '$LATEST',
      invokedFunctionArn: ref.startsWith('arn:') ? ref : `${prefix}${name}`,
      memoryLimitInMB: String(spec.memoryMb),
      awsRequestId,
      logGroupName: `/aws/lambda/${name}`,
      logStreamName: `${day}/[$LATEST]${randomBytes(16).toString('hex')}`,
      getRemainingTimeInMillis: () => Math.max(0, deadline - Date.now()),
      done: unsupported,
      fail: unsupported,
      succeed: unsupported,
    };
    const stats = statsFor(name);
    const started = performance.now();
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        stats.timeouts++;
        const seconds = spec.timeoutSeconds.toFixed(2);
        reject(
          new LambdaFunctionError(
            'Sandbox.Timedout',
            `RequestId: ${awsRequestId} Error: Task timed out after ${seconds} seconds`,
          ),
        );
      }, timeoutMs);
    });
    try {
      // The function's name travels with the invocation: local IAM checks its table calls.
      const run = invocationScope.run({ fn: name }, () =>
        Promise.resolve().then(() =>
          handler(jsonRoundTrip(payload, {}), context),
        ),
      );

      return jsonRoundTrip(await Promise.race([run, timedOut]), null);
    } catch (e) {
      stats.errors++;
      if (e instanceof LambdaFunctionError) throw e;
      const err = e instanceof Error ? e : new Error(String(e));
      throw new LambdaFunctionError(
        err.name,
        err.message,
        err.stack
          ?.split('\n')
          .slice(1)
          .map((l) => l.trim()) ?? [],
      );
    } finally {
      clearTimeout(timer);
      const ms = performance.now() - started;
      stats.invocations++;
      stats.totalMs += ms;
      stats.maxMs = Math.max(stats.maxMs, ms);
    }
  }
}
