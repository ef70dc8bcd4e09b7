import { describe, expect, it } from 'vitest';
import { type RoutedEvent, router } from '#handlers/console/router.ts';

const event = (
  method: string,
  path: string,
  extra: Partial<RoutedEvent> = {},
) => ({
  requestContext: { http: { method, path } },
  ...extra,
});

/** A router whose handlers answer their name and the parameters they were given. */
const dispatch = router<RoutedEvent, string>(
  [
    {
      method: 'GET',
      path: '/console/requests/{requestId}',
      handler: async (e) => `request ${e.pathParameters?.requestId}`,
    },
    {
      method: 'GET',
      path: '/console/requests/new',
      handler: async () => 'new',
    },
    {
      method: 'POST',
      path: '/console/requests/{requestId}/{action}',
      handler: async (e) =>
        `action ${e.pathParameters?.requestId} ${e.pathParameters?.action}`,
    },
    {
      method: 'GET',
      path: '/console/requests/{requestId}/{n}',
      handler: async () => 'second pattern',
    },
    {
      method: 'GET',
      path: '/console/requests/{requestId}/attachments',
      handler: async () => 'never: an earlier pattern takes it',
    },
    { method: 'GET', path: '/console', handler: async () => 'home' },
  ],
  async (method, path) => `404 ${method} ${path}`,
);

describe("the console's router", () => {
  it('takes an exact path before a pattern that also matches it, whatever their order', async () => {
    expect(await dispatch(event('GET', '/console/requests/new'))).toBe('new');
    expect(await dispatch(event('GET', '/console/requests/r-1'))).toBe(
      'request r-1',
    );
  });

  it('matches one segment per parameter, with an optional trailing slash', async () => {
    expect(await dispatch(event('POST', '/console/requests/r-1/approve'))).toBe(
      'action r-1 approve',
    );
    expect(
      await dispatch(event('POST', '/console/requests/r-1/approve/')),
    ).toBe('action r-1 approve');
    expect(await dispatch(event('GET', '/console/'))).toBe('home');
    expect(await dispatch(event('GET', '/console/requests/r-1/a/b'))).toBe(
      '404 GET /console/requests/r-1/a/b',
    );
    expect(await dispatch(event('GET', '/console/requests//'))).toBe(
      '404 GET /console/requests//',
    );
  });

  it('tries patterns in the order given', async () => {
    expect(
      await dispatch(event('GET', '/console/requests/r-1/attachments')),
    ).toBe('second pattern');
  });

  it('answers not found for another method or path', async () => {
    expect(await dispatch(event('DELETE', '/console/requests/r-1'))).toBe(
      '404 DELETE /console/requests/r-1',
    );
    expect(await dispatch(event('GET', '/consoles'))).toBe('404 GET /consoles');
  });

  it('passes parameters as sent and keeps the ones API Gateway set', async () => {
    const e = event('GET', '/console/requests/a%2Fb', {
      pathParameters: { proxy: 'x', requestId: 'gw' },
    });
    expect(await dispatch(e)).toBe('request gw');
    expect(e.pathParameters).toEqual({ proxy: 'x', requestId: 'gw' });
    const plain = event('GET', '/console/requests/a%2Fb');
    expect(await dispatch(plain)).toBe('request a%2Fb');
  });

  it('refuses an event without a method or path, and a parameter that is not a whole segment', async () => {
    await expect(dispatch({})).rejects.toThrow('not an HTTP API event');
    expect(() =>
      router(
        [{ method: 'GET', path: '/a/x{id}', handler: async () => '' }],
        async () => '',
      ),
    ).toThrow('a parameter is a whole segment');
  });
});
