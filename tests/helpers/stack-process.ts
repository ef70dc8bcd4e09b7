import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { EmbeddedStackOptions } from '#infra/local/embedded-stack.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
// The loader, not the tsx CLI: the CLI runs the script in a grandchild that a SIGKILL of the
// child would leave running.
const TSX_LOADER = new URL(
  '../../node_modules/tsx/dist/loader.mjs',
  import.meta.url,
).href;

/** What the child reports once its stack is up. */
export interface StackInfo {
  apiUrl: string;
  mailUrl: string;
  sfnUrl: string;
  tableName: string;
  stateMachineArn: string;
  environment: Record<string, string>;
}

export interface StackProcess {
  info: StackInfo;
  /** SIGKILL: nothing is drained or closed, like a crash. Resolves once the process is gone. */
  kill(): Promise<void>;
  /** SIGTERM: the stack closes in order. */
  stop(): Promise<void>;
  /** Resolves when the process is gone, however it ended (e.g. it killed itself). */
  exited: Promise<void>;
  /** What the child wrote to stderr (for a failing test's message). */
  stderr(): string;
  /** The last of what the child wrote to stdout (the handlers' log lines). */
  stdout(): string;
}

/** Starts the embedded stack in a child process (tests/helpers/stack-child.ts). */
export async function startStackProcess(
  options: EmbeddedStackOptions,
  {
    timeoutMs = 30_000,
    env = {},
  }: { timeoutMs?: number; env?: Record<string, string> } = {},
): Promise<StackProcess> {
  const child: ChildProcess = spawn(
    process.execPath,
    ['--import', TSX_LOADER, 'tests/helpers/stack-child.ts'],
    {
      cwd: ROOT,
      env: {
        ...process.env,
        ...env,
        STACK_CHILD_OPTIONS: JSON.stringify(options),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let err = '';
  let log = '';
  child.stdout?.on('data', (d: Buffer) => {
    log = (log + d.toString('utf8')).slice(-200_000);
  });
  child.stderr?.on('data', (d: Buffer) => {
    err = (err + d.toString('utf8')).slice(-20_000);
  });
  const exited = new Promise<void>((resolve) =>
    child.once('exit', () => resolve()),
  );
  const info = await new Promise<StackInfo>((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`stack child not ready in ${timeoutMs} ms: ${err}`));
    }, timeoutMs);
    child.stdout?.on('data', (d: Buffer) => {
      out += d.toString('utf8');
      const line = out.split('\n').find((l) => l.startsWith('READY '));
      if (!line) return;
      clearTimeout(timer);
      resolve(JSON.parse(line.slice('READY '.length)) as StackInfo);
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`stack child exited (${code}) before ready: ${err}`));
    });
  });
  const end = async (signal: NodeJS.Signals) => {
    if (child.exitCode === null && child.signalCode === null)
      child.kill(signal);
    await exited;
  };
  return {
    info,
    kill: () => end('SIGKILL'),
    exited,
    stop: () => end('SIGTERM'),
    stderr: () => err,
    stdout: () => log,
  };
}
