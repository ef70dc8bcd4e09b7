/**
 * How `npm run ops` finds the stack `npm start` runs. `npm start` writes `stack.json` into its
 * data folder (the emulators' endpoints and names, and its process id), and a pointer to that
 * folder at the repository's root (`.local-stack.json`, git-ignored), so a stack started with
 * any `DATA_DIR` is found while it runs. The ops CLI looks, in order, at the folder it is told
 * (`--data-dir` or `DATA_DIR`), the pointer, and the default `.local-data`.
 */
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { STACK_FILE } from './constants.ts';

/** The pointer file, at the repository's root. */
export const STACK_POINTER = '.local-stack.json';
export const DEFAULT_DATA_DIR = '.local-data';

interface StackRecord {
  pid: number;
  dataDir: string;
  environment: Record<string, string>;
}

/** A local stack could not be found or is not running: the message says what to do. */
export class StackNotFoundError extends Error {}

/** Written by `npm start` once the stack is up. */
export function writeStackFile(
  repoRoot: string,
  dataDir: string,
  environment: Record<string, string>,
  pid = process.pid,
): void {
  const record: StackRecord = { pid, dataDir, environment };
  writeFileSync(join(dataDir, STACK_FILE), JSON.stringify(record, null, 2));
  writeFileSync(
    join(repoRoot, STACK_POINTER),
    JSON.stringify({ pid, dataDir }, null, 2),
  );
}

/** Removed by `npm start` when it stops (the pointer only if it still names this process). */
export function removeStackFile(
  repoRoot: string,
  dataDir: string,
  pid = process.pid,
): void {
  rmSync(join(dataDir, STACK_FILE), { force: true });
  const pointer = readJson<{ pid?: number }>(join(repoRoot, STACK_POINTER));
  if (pointer?.pid === pid)
    rmSync(join(repoRoot, STACK_POINTER), { force: true });
}

/**
 * The environment of the running local stack. `dataDir`: the folder named by `--data-dir` or
 * `DATA_DIR` (relative to the repository), if any.
 */
export function findStack(
  repoRoot: string,
  dataDir?: string,
): { dataDir: string; environment: Record<string, string> } {
  const told = dataDir ? resolve(repoRoot, dataDir) : undefined;
  const pointer = readJson<{ pid?: number; dataDir?: string }>(
    join(repoRoot, STACK_POINTER),
  );
  const pointed =
    pointer?.dataDir && running(pointer.pid) ? pointer.dataDir : undefined;
  const folder = told ?? pointed ?? resolve(repoRoot, DEFAULT_DATA_DIR);
  const record = readJson<StackRecord>(join(folder, STACK_FILE));
  const how = told
    ? `No local stack is running with its data in ${folder}`
    : `No local stack is running (none announced in ${STACK_POINTER}, none in ${DEFAULT_DATA_DIR})`;
  const hint =
    'Start it with `npm start`; for a stack started with DATA_DIR=<dir>, pass --data-dir <dir> (or the same DATA_DIR), or --aws for the deployed stack.';
  if (!record?.environment) throw new StackNotFoundError(`${how}. ${hint}`);
  if (!running(record.pid))
    throw new StackNotFoundError(
      `The local stack that wrote ${join(folder, STACK_FILE)} (process ${record.pid}) is no longer running. ${hint}`,
    );
  return { dataDir: folder, environment: record.environment };
}

function readJson<T>(file: string): T | undefined {
  if (!existsSync(file)) return undefined;
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as T;
  } catch {
    return undefined;
  }
}

/** True if a process with this id exists (signal 0 tests without sending anything). */
function running(pid: number | undefined): boolean {
  if (!Number.isInteger(pid) || (pid ?? 0) <= 0) return false;
  try {
    process.kill(pid as number, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
