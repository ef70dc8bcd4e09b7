import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const tsxCli = createRequire(import.meta.url).resolve('tsx/cli');

function run(args: string[], stdin: string) {
  // process.execPath is the Node 24 that runs vitest, whatever `node` is on PATH.
  return spawnSync(process.execPath, [tsxCli, 'scripts/deadline.ts', ...args], {
    cwd: root,
    input: stdin,
    encoding: 'utf8',
    timeout: 20_000,
  });
}

describe('npm run deadline -- --jsonl', () => {
  it('answers every line in order, with an error line for a bad one', () => {
    // Prepare
    const examples = readFileSync(
      `${root}tests/fixtures/deadline-examples.jsonl`,
      'utf8',
    ).trimEnd();
    const [first, ...rest] = examples.split('\n');
    const input = [
      first,
      '',
      '{"id":"BAD1","regime":"GDPR-EU","controllerTz":"Europe/Helsinki","mode":"response","extension":false}',
      'this is not json',
      '   ',
      ...rest,
      '{"id":7,"regime":"CCPA","controllerTz":"America/Los_Angeles","receivedAt":"2027-01-04T10:00:00-08:00","mode":"ack","extension":false,"note":"ignored"}',
    ].join('\n');
    // Act
    const result = run(['--jsonl'], `${input}\n`);
    // Assess
    expect(result.status).toBe(0);
    const lines = result.stdout
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.map((l) => l.id)).toEqual([
      'G01',
      'BAD1',
      null,
      'G03',
      'G04',
      'G15',
      'G23',
      'G26',
      'U04',
      'C01',
      7,
    ]);
    expect(lines[0]).toEqual({
      id: 'G01',
      dueDate: '2027-04-05',
      dueAt: '2027-04-05T20:59:59.999Z',
      latestDueDate: '2027-04-05',
      extensionNoticeDue: '2027-04-05',
      flags: [],
    });
    expect(lines[1]).toEqual({ id: 'BAD1', error: 'receivedAt: required' });
    expect(lines[2].error).toMatch(/^invalid JSON/);
    expect(lines[7]).toMatchObject({
      id: 'G26',
      dueDate: '2027-04-28',
      latestDueDate: '2027-04-30',
      extensionNoticeDue: '2027-03-01',
      flags: ['EXT-BASE'],
    });
    expect(lines[9]).toMatchObject({
      id: 'C01',
      dueAt: '2027-02-18T07:59:59.999Z',
      flags: ['CCPA-COUNT'],
    });
    expect(lines[10]).toMatchObject({ id: 7, dueDate: '2027-01-18' });
  });

  it('prints help on --help and refuses unknown arguments', () => {
    const help = run(['--help'], '');
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/^Usage: npm run --silent deadline/);
    const wrong = run(['--csv'], '');
    expect(wrong.status).toBe(2);
    expect(wrong.stdout).toBe('');
  });
});
