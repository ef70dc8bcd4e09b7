/** How `npm run ops` finds the stack `npm start` runs, whatever its DATA_DIR. */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  findStack,
  removeStackFile,
  STACK_POINTER,
  StackNotFoundError,
  writeStackFile,
} from '#infra/local/stack-file.ts';

let repo: string;
beforeEach(() => {
  repo = mkdtempSync(join(tmpdir(), 'dsr-repo-'));
});
afterEach(() => rmSync(repo, { recursive: true, force: true }));

const folder = (name: string) => {
  const dir = join(repo, name);
  mkdirSync(dir, { recursive: true });
  return dir;
};
const ENV = {
  AWS_ENDPOINT_URL_DYNAMODB: 'http://127.0.0.1:1',
  TABLE_NAME: 't',
};
/** The id of a process that has ended. */
const deadPid = () => spawnSync(process.execPath, ['-e', '']).pid;

describe('findStack', () => {
  it('finds a running stack started with another DATA_DIR without being told', () => {
    const elsewhere = folder('elsewhere/data');
    writeStackFile(repo, elsewhere, ENV);
    expect(findStack(repo)).toEqual({ dataDir: elsewhere, environment: ENV });
  });

  it('takes the folder it is told (--data-dir or DATA_DIR), relative to the repository', () => {
    writeStackFile(repo, folder('one'), { ...ENV, TABLE_NAME: 'one' });
    writeStackFile(repo, folder('two'), { ...ENV, TABLE_NAME: 'two' });
    expect(findStack(repo, 'one').environment.TABLE_NAME).toBe('one');
    expect(findStack(repo).environment.TABLE_NAME).toBe('two');
  });

  it('falls back to .local-data, and says how to point it elsewhere when nothing runs', () => {
    writeStackFile(repo, folder('.local-data'), ENV);
    rmSync(join(repo, STACK_POINTER));
    expect(findStack(repo).environment).toEqual(ENV);
    rmSync(join(repo, '.local-data'), { recursive: true });
    expect(() => findStack(repo)).toThrow(StackNotFoundError);
    expect(() => findStack(repo)).toThrow(/--data-dir <dir>/);
    expect(() => findStack(repo, 'nowhere')).toThrow(
      /No local stack is running with its data in .*nowhere/,
    );
  });

  it('ignores a stack file left by a process that ended (a crashed npm start)', () => {
    writeStackFile(repo, folder('crashed'), ENV, deadPid());
    expect(() => findStack(repo)).toThrow(/No local stack is running/);
    expect(() => findStack(repo, 'crashed')).toThrow(/no longer running/);
  });

  it('removes its files on stop, leaving a pointer another stack wrote since', () => {
    const first = folder('first');
    const second = folder('second');
    writeStackFile(repo, first, ENV);
    writeStackFile(repo, second, ENV, process.pid + 1_000_000);
    removeStackFile(repo, first);
    expect(existsSync(join(first, 'stack.json'))).toBe(false);
    expect(existsSync(join(repo, STACK_POINTER))).toBe(true);
    removeStackFile(repo, second, process.pid + 1_000_000);
    expect(existsSync(join(repo, STACK_POINTER))).toBe(false);
  });
});
