/**
 * `npm run preflight -- --local` and `npm run smoke -- --local` against a running local stack,
 * through the same scripts and checks as `--aws` (only the target's answers differ); and the
 * local stack's IAM for the table, which refuses a handler an item kind its function was not
 * granted, as DynamoDB would.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dynamoPorts } from '#composition/aws/dynamo.ts';
import {
  type EmbeddedStack,
  STACK_FILE,
  startEmbeddedStack,
} from '#infra/local/embedded-stack.ts';
import { invocationScope } from '#infra/local/table-iam.ts';
import { readConfig } from '#shared/config.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const dataDir = mkdtempSync(join(tmpdir(), 'dsr-deploy-checks-'));
let stack: EmbeddedStack;

beforeAll(async () => {
  stack = await startEmbeddedStack({ fastTimers: true, dataDir });
  // What `npm start` writes for the tools that attach to it (infra/local/stack-file.ts), here
  // without the pointer at the repository's root: the scripts are told DATA_DIR.
  writeFileSync(
    join(dataDir, STACK_FILE),
    JSON.stringify({
      pid: process.pid,
      dataDir,
      environment: stack.environment,
    }),
  );
});
afterAll(async () => {
  await stack?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

/**
 * Runs `npm run <script> -- --local` as a person would (tsx, from the repository root), without
 * blocking this process: the stack it checks runs here.
 */
function run(
  script: 'preflight' | 'smoke',
): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((done) => {
    execFile(
      process.execPath,
      [
        join(ROOT, 'node_modules/tsx/dist/cli.mjs'),
        `scripts/${script}.ts`,
        '--local',
      ],
      {
        cwd: ROOT,
        env: { PATH: process.env.PATH, DATA_DIR: dataDir },
        encoding: 'utf8',
        timeout: 60_000,
      },
      (error, stdout, stderr) =>
        done({
          code: error ? Number(error.code ?? 1) : 0,
          stdout,
          stderr,
        }),
    );
  });
}

describe('npm run preflight -- --local', () => {
  it('checks what a deploy needs against the running stack, and passes', async () => {
    const { code, stdout, stderr } = await run('preflight');
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const lines = stdout.split('\n');
    expect(lines[0]).toBe('Preflight (local stack)');
    for (const expected of [
      /ok +credentials +account 000000000000 as local stack at http:\/\/127\.0\.0\.1:\d+/,
      /skip +cdk bootstrap +not needed by the local stack/,
      /ok +ses identity +privacy-requests@dsr\.localhost: the local SES emulator accepts any sender/,
      /ok +secret lastu\/shopify +dsr\/lastu\/shopify exists/,
      /ok +secret lastu\/sendgrid +dsr\/lastu\/sendgrid exists/,
      /ok +secret lastu\/nosto +dsr\/lastu\/nosto exists/,
    ])
      expect(stdout).toMatch(expected);
    expect(stdout).toContain('All checks passed.');
  });
});

describe('npm run smoke -- --local', () => {
  it('exercises every public route, runs a synthetic request to its end, and passes', async () => {
    const { code, stdout, stderr } = await run('smoke');
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout.split('\n')[0]).toBe('Smoke test (local stack)');
    for (const expected of [
      /ok +GET \/m\/\{merchantId\} +200, security headers present/,
      /ok +POST \/requests +400, security headers present/,
      /ok +OPTIONS \/requests +204, security headers present/,
      /ok +GET \/download\/\{token\} +403, security headers present/,
      /ok +POST \/callbacks\/opendsr\/\{requestId\}\/\{processorId\} +404, security headers present/,
      /ok +synthetic request +ran to FAILED\/RequestFailed through the failure path/,
      /skip +alarm subscribers +no alarm topic locally/,
    ])
      expect(stdout).toMatch(expected);
    expect(stdout).toContain('All checks passed.');
  });
});

describe('local IAM for the table', () => {
  const ports = () => dynamoPorts(readConfig());

  it('lets a function use the item kinds its wiring.ts entry grants', async () => {
    const merchant = await invocationScope.run({ fn: 'ShowRequestForm' }, () =>
      ports().merchants.get('lastu'),
    );
    expect(merchant?.merchantId).toBe('lastu');
  });

  it('refuses the public form the audit trail, the requests and the customers, as DynamoDB would', async () => {
    const reads: (() => Promise<unknown>)[] = [
      () => ports().audit.list('00000000-0000-4000-8000-000000000001'),
      () => ports().requests.get('00000000-0000-4000-8000-000000000001'),
      () => ports().subjectData.find('lastu', 'ref'),
    ];
    for (const read of reads)
      await expect(
        invocationScope.run({ fn: 'ShowRequestForm' }, read),
      ).rejects.toMatchObject({
        name: 'AccessDeniedException',
        message: expect.stringContaining('is not authorized to perform'),
      });
  });

  it('refuses the download link any write but its own link and the audit append', async () => {
    await expect(
      invocationScope.run({ fn: 'DownloadExport' }, () =>
        ports().requests.update('00000000-0000-4000-8000-000000000001', {
          updatedAt: new Date().toISOString(),
        }),
      ),
    ).rejects.toMatchObject({ name: 'AccessDeniedException' });
  });
});
