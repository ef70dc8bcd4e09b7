/** The local servers' DNS rebinding guard and the ops page's query check. */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { startDynalite } from '#infra/local/dynalite.ts';
import {
  guardLoopbackHost,
  isLoopbackHost,
} from '#infra/local/loopback-host.ts';
import { listQuery } from '#infra/local/ops-page.ts';
import { getWithHost } from '../../helpers/raw-http.ts';

describe('isLoopbackHost', () => {
  it('accepts loopback by address or name, with the server’s own port', () => {
    for (const host of [
      '127.0.0.1:8005',
      'localhost:8005',
      'LOCALHOST:8005',
      '[::1]:8005',
    ])
      expect(isLoopbackHost(host, 8005), host).toBe(true);
    expect(isLoopbackHost('localhost', 80)).toBe(true);
  });

  it('refuses other names (a rebound attacker domain), other ports and no Host', () => {
    for (const host of [
      'rebind.attacker.example:8005',
      'localhost.attacker.example:8005',
      '127.0.0.1.nip.io:8005',
      '127.0.0.1:8006',
      'localhost',
      '',
      undefined,
    ])
      expect(isLoopbackHost(host, 8005), String(host)).toBe(false);
  });

  it('also accepts the address a server was explicitly bound to', () => {
    expect(isLoopbackHost('192.0.2.10:3000', 3000, '192.0.2.10')).toBe(true);
    expect(isLoopbackHost('192.0.2.10:3000', 3000, '0.0.0.0')).toBe(false);
  });
});

describe('guardLoopbackHost', () => {
  it('answers 421 before the handler sees a request for another host', async () => {
    let handled = 0;
    const server = createServer((_req, res) => {
      handled += 1;
      res.end('secret');
    });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    guardLoopbackHost(server);
    const { port } = server.address() as AddressInfo;
    const url = `http://127.0.0.1:${port}/store`;
    try {
      const rebound = await getWithHost(url, `rebind.attacker.example:${port}`);
      expect(rebound.status).toBe(421);
      expect(rebound.body).not.toContain('secret');
      expect(handled).toBe(0);
      const own = await getWithHost(url, `localhost:${port}`);
      expect(own).toEqual({ status: 200, body: 'secret' });
    } finally {
      server.close();
    }
  });
});

describe('guardLoopbackHost behind a front', () => {
  it("also takes the front's loopback port (s3rver behind the S3 form front), and still no other host", async () => {
    const server = createServer((_req, res) => res.end('ok'));
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    guardLoopbackHost(server, { alsoPorts: [4569] });
    const { port } = server.address() as AddressInfo;
    const url = `http://127.0.0.1:${port}/`;
    try {
      expect((await getWithHost(url, '127.0.0.1:4569')).status).toBe(200);
      expect((await getWithHost(url, `localhost:${port}`)).status).toBe(200);
      expect(
        (await getWithHost(url, 'rebind.attacker.example:4569')).status,
      ).toBe(421);
      expect((await getWithHost(url, '127.0.0.1:4570')).status).toBe(421);
    } finally {
      server.close();
    }
  });
});

describe('dynalite on its own thread', () => {
  it('has the same guard (the worker runs plain JavaScript of its own)', async () => {
    const ddb = await startDynalite({ host: '127.0.0.1', thread: true });
    try {
      const url = `http://127.0.0.1:${ddb.port}/`;
      expect(
        (await getWithHost(url, `rebind.attacker.example:${ddb.port}`)).status,
      ).toBe(421);
      expect((await getWithHost(url, `localhost:${ddb.port}`)).status).not.toBe(
        421,
      );
    } finally {
      await ddb.close();
    }
  });
});

describe('the ops page query', () => {
  const parse = (q: string) => listQuery(new URLSearchParams(q));

  it('reads the filters the page links to', () => {
    expect(parse('')).toEqual({
      status: undefined,
      overdue: false,
      dueWithinDays: undefined,
      sort: 'newest',
    });
    expect(parse('status=FAILED&due=7&overdue=1&sort=urgent')).toEqual({
      status: 'FAILED',
      overdue: true,
      dueWithinDays: 7,
      sort: 'urgent',
    });
  });

  it('says what is wrong with anything else', () => {
    expect(parse('due=abc')).toMatch(/due must be a whole number/);
    expect(parse('due=-1')).toMatch(/due must be/);
    expect(parse('due=1e3')).toMatch(/due must be/);
    expect(parse('status=NOPE')).toMatch(/status must be one of/);
    expect(parse('sort=oldest')).toMatch(/sort must be one of/);
    expect(parse('limit=5')).toMatch(/Unknown parameter "limit"/);
  });
});
