/**
 * The build's rewrite of the AWS SDK's schema modules (infra/constructs/sdk-schema-keys.mjs):
 * the rewritten modules export the same shapes, and a function keeps only the shapes of the
 * commands it sends.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { afterAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '#infra/constructs/dsr-function.ts';
import { bundleFunction } from '#infra/constructs/lambda-bundle.ts';
import {
  literalSchemaKeys,
  SDK_SCHEMAS_FILTER,
  sdkSchemaKeysPlugin,
} from '#infra/constructs/sdk-schema-keys.mjs';
import { initOutputs } from '../helpers/init-outputs.ts';

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});
const tempDir = (prefix: string) => {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  dirs.push(dir);
  return dir;
};

const require = createRequire(join(REPO_ROOT, 'package.json'));

/** The clients the functions deploy, and the nested clients their credentials may use. */
const DEPLOYED_CLIENTS = [
  '@aws-sdk/client-dynamodb',
  '@aws-sdk/client-s3',
  '@aws-sdk/client-sesv2',
  '@aws-sdk/client-sfn',
  '@aws-sdk/client-lambda',
];

/** Every schema module of a package (its clients' and nested clients'). */
function schemaModules(pkg: string): string[] {
  const root = join(dirname(require.resolve(`${pkg}/package.json`)), 'dist-es');
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (SDK_SCHEMAS_FILTER.test(path)) found.push(path);
    }
  };
  walk(root);
  return found;
}

const MODULES = [
  ...DEPLOYED_CLIENTS.flatMap(schemaModules),
  ...schemaModules('@aws-sdk/nested-clients'),
];

/** The module's exports as text: thunks by their source, registries by their entries. */
function describeExports(value: unknown): string {
  const seen = new Set<unknown>();
  return JSON.stringify(value, (_key, v: unknown) => {
    if (typeof v === 'function') return `fn:${String(v)}`;
    if (v instanceof Map) return { map: [...v.entries()] };
    if (v && typeof v === 'object') {
      if (seen.has(v) && !Array.isArray(v)) return '[seen]';
      seen.add(v);
    }
    return v;
  });
}

async function importBuilt(file: string, rewrite: boolean): Promise<string> {
  const out = join(tempDir('dsr-sdk-schemas-'), 'out.mjs');
  await build({
    stdin: {
      contents: `export * from ${JSON.stringify(file)};`,
      resolveDir: REPO_ROOT,
      loader: 'js',
    },
    bundle: true,
    format: 'esm',
    platform: 'node',
    outfile: out,
    logLevel: 'silent',
    plugins: rewrite ? [sdkSchemaKeysPlugin()] : [],
  });
  return describeExports(await import(pathToFileURL(out).href));
}

describe('the SDK schema modules, with their keys written as literals', () => {
  it('finds the schema module of every deployed client', () => {
    for (const client of DEPLOYED_CLIENTS)
      expect(MODULES.some((m) => m.includes(`${client}/`))).toBe(true);
  });

  it('leaves no computed key of a known constant in any of them', () => {
    for (const file of MODULES) {
      const rewritten = literalSchemaKeys(readFileSync(file, 'utf8'));
      expect(rewritten, file).not.toMatch(/\[_[A-Za-z0-9_]+\]:/);
    }
  });

  it.each(MODULES.map((m) => [m.replace(/^.*node_modules[\\/]/, ''), m]))(
    '%s exports the same shapes as before',
    async (_name, file) => {
      const before = await importBuilt(file, false);
      const after = await importBuilt(file, true);
      expect(before.length).toBeGreaterThan(100);
      expect(after).toBe(before);
    },
  );

  it('keeps a key whose constant is not a string literal of the module', () => {
    const source = 'const _a = "x";\nexport var A = { [_a]: 1, [_b]: 2 };\n';
    expect(literalSchemaKeys(source)).toBe(
      'const _a = "x";\nexport var A = { "x": 1, [_b]: 2 };\n',
    );
  });
});

describe('a function built with the rewrite', () => {
  it('loads the shapes of the commands it sends and not the rest of its service', () => {
    const out = tempDir('dsr-sdk-schemas-fn-');
    const { outputs } = bundleFunction(
      REPO_ROOT,
      'functions/handlers/receive-inbound-mail.handler.ts',
      out,
    );
    const code = [...initOutputs(outputs)]
      .map((o) => readFileSync(join(out, o.replace(/^.*\//, '')), 'utf8'))
      .join('\n');
    // The mailbox reads the message (GetObject) and answers by SES (SendEmail).
    expect(code).toContain('GetObjectRequest');
    expect(code).toContain('SendEmailRequest');
    // Shapes of operations it never calls, all in the schema modules before the rewrite.
    expect(code).not.toContain('PutBucketAnalyticsConfigurationRequest');
    expect(code).not.toContain('CreateEmailTemplateRequest');
    const s3Schemas = Object.values(outputs)
      .flatMap((o) => Object.entries(o.inputs))
      .find(([path]) => path.includes('client-s3/dist-es/schemas/schemas_0'));
    expect(s3Schemas?.[1].bytesInOutput).toBeLessThan(20_000);
  });
});
