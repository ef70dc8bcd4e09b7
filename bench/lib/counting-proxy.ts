/**
 * A loopback HTTP proxy placed between the handlers' SDK clients and an emulator, so a benchmark
 * can see every request and response (count them, size them, read DynamoDB's ConsumedCapacity)
 * without changing product code. Bodies are buffered: meant for small request/response payloads.
 * Headers pass through untouched (the Host header too, so SigV4 signatures still verify at s3rver).
 */
import {
  createServer,
  request as httpRequest,
  type IncomingHttpHeaders,
} from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Exchange {
  method: string;
  url: string;
  requestHeaders: IncomingHttpHeaders;
  requestBody: Buffer;
  status: number;
  responseBody: Buffer;
}

export interface CountingProxy {
  url: string;
  close(): Promise<void>;
}

export async function startCountingProxy(options: {
  target: string;
  /** May replace the request body before it is forwarded (content-length is recomputed). */
  rewrite?: (
    method: string,
    headers: IncomingHttpHeaders,
    body: Buffer,
  ) => Buffer;
  onExchange: (exchange: Exchange) => void;
}): Promise<CountingProxy> {
  const target = new URL(options.target);
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const original = Buffer.concat(chunks);
      const body = options.rewrite
        ? options.rewrite(req.method ?? 'GET', req.headers, original)
        : original;
      const headers = { ...req.headers };
      if (body !== original) headers['content-length'] = String(body.length);
      const upstream = httpRequest(
        {
          host: target.hostname,
          port: target.port,
          method: req.method,
          path: req.url,
          headers,
        },
        (up) => {
          const out: Buffer[] = [];
          up.on('data', (c: Buffer) => out.push(c));
          up.on('end', () => {
            const responseBody = Buffer.concat(out);
            options.onExchange({
              method: req.method ?? 'GET',
              url: req.url ?? '/',
              requestHeaders: req.headers,
              requestBody: body,
              status: up.statusCode ?? 0,
              responseBody,
            });
            res.writeHead(up.statusCode ?? 502, up.headers);
            res.end(responseBody);
          });
        },
      );
      upstream.on('error', () => {
        res.writeHead(502);
        res.end();
      });
      upstream.end(body);
    });
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
