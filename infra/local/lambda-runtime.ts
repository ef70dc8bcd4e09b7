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
   * Resolves once no handler is running (or after `maxMs`): a stack closing its database waits
   * for handlers still writing (a handler past its timeout keeps running, as in a real sandbox).
   */
  settled(maxMs?: number): Promise<void>;
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
  /** Handler runs in progress, timed out or not. */
  const running = new Set<Promise<unknown>>();

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
    async settled(maxMs = 15_000) {
      const until = Date.now() + maxMs;
      while (running.size > 0 && Date.now() < until) {
        let timer: NodeJS.Timeout | undefined;
        await Promise.race([
          Promise.allSettled([...running]),
          new Promise((done) => {
            timer = setTimeout(done, Math.max(0, until - Date.now()));
          }),
        ]);
        clearTimeout(timer);
      }
    },
    async invoke(ref, payload) {
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
        running.add(run);
        run.then(
          () => running.delete(run),
          () => running.delete(run),
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
    },
  };
}
