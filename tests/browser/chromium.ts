/**
 * Which Chromium the browser tests drive. In order:
 * 1. `CHROMIUM_PATH`, when set: that binary (or `CHROMIUM_PATH=npm`: the npm-supplied one below);
 * 2. Debian's `/usr/bin/chromium`, when installed (CI's image, most developers' machines);
 * 3. the headless Chromium that the `@sparticuz/chromium` devDependency ships inside its npm
 *    tarball (x64 Linux): brotli-packed, unpacked once into `node_modules/.cache/` with the
 *    libraries it needs beyond glibc (NSS, NSPR, expat) and a font, so `npm ci && npm test` works
 *    on a machine with neither. Nothing is downloaded at test time (no `playwright install`).
 */
import { createReadStream, createWriteStream, existsSync } from 'node:fs';
import { mkdir, mkdtemp, rename, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { fileURLToPath } from 'node:url';
import { createBrotliDecompress } from 'node:zlib';
import { extract } from 'tar-fs';

export const SYSTEM_CHROMIUM = '/usr/bin/chromium';
const CACHE = fileURLToPath(
  new URL('../../node_modules/.cache/dsr-chromium/', import.meta.url),
);

export interface ChromiumBinary {
  path: string;
  /** Where it came from: `CHROMIUM_PATH`, Debian's package, or the npm package. */
  source: 'CHROMIUM_PATH' | 'system' | 'npm';
  /** Environment the binary needs (the npm one: its libraries and fonts). */
  env: Record<string, string>;
}

/** Resolves the binary as described above; unpacks the npm one on first use. */
export async function resolveChromium(
  options: {
    env?: NodeJS.ProcessEnv;
    systemPath?: string;
    cacheDir?: string;
  } = {},
): Promise<ChromiumBinary> {
  const {
    env = process.env,
    systemPath = SYSTEM_CHROMIUM,
    cacheDir = CACHE,
  } = options;
  const chosen = env.CHROMIUM_PATH;
  if (chosen && chosen !== 'npm') {
    if (!existsSync(chosen))
      throw new Error(`CHROMIUM_PATH=${chosen}: no such file`);
    return { path: chosen, source: 'CHROMIUM_PATH', env: {} };
  }
  if (!chosen && existsSync(systemPath))
    return { path: systemPath, source: 'system', env: {} };
  return npmChromium(cacheDir);
}

/** The version of `@sparticuz/chromium` installed, and the folder of its packed files. */
function packaged(): { version: string; bin: string } {
  const require = createRequire(import.meta.url);
  // The package exports only its entry point (build/index.js); `bin/` sits beside `build/`.
  const entry = require.resolve('@sparticuz/chromium');
  const root = join(entry, '..', '..');
  const { version } = require(join(root, 'package.json')) as {
    version: string;
  };
  return { version, bin: join(root, 'bin') };
}

async function npmChromium(cacheDir: string): Promise<ChromiumBinary> {
  if (process.platform !== 'linux' || process.arch !== 'x64')
    throw new Error(
      `No Chromium for the browser tests: ${SYSTEM_CHROMIUM} is missing and @sparticuz/chromium ships x64 Linux only (this is ${process.platform}/${process.arch}). Install Chromium (apt-get install -y chromium) or set CHROMIUM_PATH.`,
    );
  const { version, bin } = packaged();
  const dir = join(cacheDir, `${version}-${process.arch}`);
  if (!existsSync(join(dir, 'chromium'))) await unpack(bin, cacheDir, dir);
  return {
    path: join(dir, 'chromium'),
    source: 'npm',
    env: {
      // Built for Amazon Linux: these are the libraries beyond glibc it needs (NSS, NSPR, expat).
      LD_LIBRARY_PATH: [join(dir, 'lib'), process.env.LD_LIBRARY_PATH]
        .filter(Boolean)
        .join(':'),
      FONTCONFIG_PATH: join(dir, 'fonts'),
    },
  };
}

/**
 * Unpacks into a fresh folder, then renames it into place: a second test process unpacking at
 * the same time loses the rename and uses the winner's, so nobody runs a half-written binary.
 */
async function unpack(bin: string, cacheDir: string, dir: string) {
  await mkdir(cacheDir, { recursive: true });
  const staging = await mkdtemp(join(cacheDir, 'unpacking-'));
  try {
    await pipeline(
      createReadStream(join(bin, 'chromium.br')),
      createBrotliDecompress(),
      createWriteStream(join(staging, 'chromium'), { mode: 0o755 }),
    );
    // lib/ (NSS, NSPR, expat); fonts.conf and fonts/ (Open Sans).
    for (const [archive, into] of [
      ['al2023.tar.br', staging],
      ['fonts.tar.br', join(staging, 'fonts')],
    ] as const)
      await pipeline(
        createReadStream(join(bin, archive)),
        createBrotliDecompress(),
        extract(into),
      );
    // The package's fonts.conf names Lambda's folders; this one names ours.
    await writeFile(
      join(staging, 'fonts', 'fonts.conf'),
      `<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig>\n  <dir>${join(dir, 'fonts', 'fonts')}</dir>\n  <dir>/usr/share/fonts</dir>\n  <cachedir>${join(dir, 'fonts', 'cache')}</cachedir>\n</fontconfig>\n`,
    );
    await rename(staging, dir).catch(async (error: NodeJS.ErrnoException) => {
      if (!existsSync(join(dir, 'chromium'))) throw error;
    });
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}
