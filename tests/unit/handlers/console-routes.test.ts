import { describe, expect, it } from 'vitest';
import { CONSOLE_ROUTES } from '#handlers/console/routes.ts';
import { CONSOLE_PATHS, ROUTES } from '#infra/wiring.ts';

describe('the console router', () => {
  it('serves exactly the routes wiring.ts gives API Gateway, each with the Console function', () => {
    const key = (r: { method: string; path: string }) =>
      `${r.method} ${r.path}`;
    expect(CONSOLE_ROUTES.map(key).sort()).toEqual(
      CONSOLE_PATHS.map(key).sort(),
    );
    for (const path of CONSOLE_PATHS)
      expect(ROUTES).toContainEqual({ ...path, fn: 'Console' });
  });

  it('lets only the sign-in pages and the way in be reached without a session', () => {
    expect(
      CONSOLE_ROUTES.filter((r) => r.access === 'public').map(
        (r) => `${r.method} ${r.path}`,
      ),
    ).toEqual([
      'GET /console',
      'GET /console/sign-in',
      'POST /console/sign-in',
      'GET /console/sign-in/{token}',
      'POST /console/sign-in/{token}',
    ]);
  });
});
