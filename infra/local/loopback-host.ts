/**
 * DNS rebinding guard of the local servers. A web page on any site can make its own host name
 * resolve to 127.0.0.1 and then read a loopback server as same-origin: the mailbox (every link
 * secret), the ops page, the API, the emulators. Its requests still carry the attacker's name in
 * `Host`, so each local server answers only requests addressed to loopback by name or address
 * and its own port (`127.0.0.1:3000`, `localhost:3000`, `[::1]:3000`), and 421 Misdirected Request
 * to anything else, before its handler sees the request.
 */
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

const LOOPBACK_NAMES = ['127.0.0.1', 'localhost', '[::1]'];

/**
 * True when `host` (a `Host` header) names this machine's loopback, or `boundTo` (the address
 * the server listens on, when it is not a loopback one), with `port`. Port 80 may be left out,
 * as browsers do.
 */
export function isLoopbackHost(
  host: string | undefined,
  port: number,
  boundTo?: string,
): boolean {
  if (!host) return false;
  const names = [...LOOPBACK_NAMES];
  if (boundTo && !['0.0.0.0', '::'].includes(boundTo))
    names.push(boundTo.includes(':') ? `[${boundTo}]` : boundTo);
  const given = host.trim().toLowerCase();
  return names.some(
    (name) => given === `${name}:${port}` || (port === 80 && given === name),
  );
}

/** The 421 answer to a request addressed to another host name. */
export function refuseHost(res: ServerResponse, port: number): void {
  res.writeHead(421, {
    'content-type': 'text/plain; charset=utf-8',
    'cache-control': 'no-store',
    connection: 'close',
  });
  res.end(
    `421 Misdirected Request: this local server answers only to 127.0.0.1:${port}, localhost:${port} or [::1]:${port}. A page on another site can reach it by rebinding its own name to this machine (DNS rebinding); nothing was read or changed.\n`,
  );
}

/**
 * Puts the guard in front of every `request` listener of a listening server (ours, or one an
 * emulator made: the SES mailbox, s3rver, dynalite). Call it once the server listens.
 * `alsoPorts`: loopback ports a request may name besides the server's own, for a server reached
 * through a front that keeps the `Host` it was sent (s3rver behind the S3 form front: SigV4
 * signs the host, so the front cannot rewrite it).
 */
export function guardLoopbackHost(
  server: Server,
  { alsoPorts = [] }: { alsoPorts?: readonly number[] } = {},
): void {
  const address = server.address() as AddressInfo | null;
  if (!address)
    throw new Error('guardLoopbackHost: the server is not listening');
  const listeners = server.listeners('request') as ((
    req: IncomingMessage,
    res: ServerResponse,
  ) => void)[];
  server.removeAllListeners('request');
  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    if (
      ![address.port, ...alsoPorts].some((port) =>
        isLoopbackHost(req.headers.host, port, address.address),
      )
    ) {
      req.resume();
      refuseHost(res, address.port);
      return;
    }
    for (const listener of listeners) listener.call(server, req, res);
  });
}
