/**
 * The Powertools Tracer is opt-in: off (the default), importing every handler installs no async
 * hook (the X-Ray SDK's cls-hooked installs one as soon as it is imported, and it then runs on
 * every promise); on, the tracer is there. Each case imports the handlers in a fresh process.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = new URL('../../../', import.meta.url).pathname;
const HANDLERS = readdirSync(join(ROOT, 'functions/handlers'))
  .filter((f) => f.endsWith('.handler.ts'))
  .map((f) => pathToFileURL(join(ROOT, 'functions/handlers', f)).href);

function importHandlers(env: Record<string, string>) {
  const script = [
    "import hooks from 'node:async_hooks';",
    "import { syncBuiltinESMExports } from 'node:module';",
    'let created = 0;',
    'const createHook = hooks.createHook;',
    'hooks.createHook = (...args) => { created++; return createHook(...args); };',
    'syncBuiltinESMExports();',
    `for (const url of ${JSON.stringify(HANDLERS)}) await import(url);`,
    `const { tracing } = await import(${JSON.stringify(pathToFileURL(join(ROOT, 'functions/shared/tracing.ts')).href)});`,
    'process.stdout.write(JSON.stringify({ created, tracer: tracing !== undefined }));',
  ].join('\n');
  const run = spawnSync(
    process.execPath,
    ['--import', 'tsx', '--input-type=module', '-e', script],
    {
      cwd: ROOT,
      encoding: 'utf8',
      timeout: 120_000,
      env: {
        PATH: process.env.PATH,
        AWS_REGION: 'eu-north-1',
        TABLE_NAME: 't',
        EXPORT_BUCKET: 'b',
        STATE_MACHINE_ARN:
          'arn:aws:states:eu-north-1:123456789012:stateMachine:x',
        PUBLIC_BASE_URL: 'https://example.test',
        INBOUND_BUCKET: 'i',
        WEBHOOK_WORKER_FUNCTION: 'w',
        ...env,
      },
    },
  );
  if (run.status !== 0) throw new Error(run.stderr);
  return JSON.parse(run.stdout) as { created: number; tracer: boolean };
}

describe('the Powertools Tracer', () => {
  it('is off by default: importing every handler installs no async hook', () => {
    expect(HANDLERS.length).toBeGreaterThan(20);
    expect(importHandlers({})).toEqual({ created: 0, tracer: false });
  }, 120_000);

  it('is loaded, hooks and all, when DSR_TRACER=true', () => {
    const on = importHandlers({ DSR_TRACER: 'true' });
    expect(on.tracer).toBe(true);
    expect(on.created).toBeGreaterThan(0);
  }, 120_000);
});
