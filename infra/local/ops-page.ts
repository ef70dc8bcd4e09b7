/**
 * The local ops page: read-only HTML of the request list and one request's timeline, the same
 * use cases as `npm run ops -- list/show`. Local only (its own loopback port, never an API
 * route); shows what the merchant already sees, with the subject's email masked.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { opsPorts } from '#composition/aws/ops.ts';
import { REQUEST_STATUSES, type RequestStatus } from '#domain/request.ts';
import { opsListHtml, opsRequestHtml } from '#presentation/ops-pages.ts';
import { readConfig } from '#shared/config.ts';
import { listRequests } from '#use-cases/ops/list-requests.ts';
import { showRequest } from '#use-cases/ops/show-request.ts';

export async function startOpsPage(
  host: string,
  port: number,
): Promise<{ url: string; close(): Promise<void> }> {
  let ports: ReturnType<typeof opsPorts> | undefined;
  const server: Server = createServer(async (req, res) => {
    const send = (status: number, body: string) => {
      res.writeHead(status, {
        'content-type': 'text/html; charset=utf-8',
        'cache-control': 'no-store',
        'x-robots-tag': 'noindex',
      });
      res.end(body);
    };
    try {
      if (req.method !== 'GET') return send(405, 'Read-only');
      ports ??= opsPorts(readConfig());
      const url = new URL(req.url ?? '/', 'http://ops.local');
      const match = url.pathname.match(/^\/requests\/([0-9a-f-]{36})$/);
      if (match?.[1])
        return send(
          200,
          opsRequestHtml(await showRequest({ requestId: match[1] }, ports)),
        );
      if (url.pathname !== '/') return send(404, 'Not found');
      const status = url.searchParams.get('status') ?? undefined;
      const due = url.searchParams.get('due');
      const result = await listRequests(
        {
          status: REQUEST_STATUSES.includes(status as RequestStatus)
            ? (status as RequestStatus)
            : undefined,
          overdue: url.searchParams.has('overdue'),
          dueWithinDays: due ? Number(due) : undefined,
          sort: url.searchParams.get('sort') === 'urgent' ? 'urgent' : 'newest',
        },
        ports,
      );
      send(
        200,
        opsListHtml(result.requests, `${result.requests.length} requests`),
      );
    } catch (error) {
      const e = error as Error;
      send(e.name === 'RequestNotFoundError' ? 404 : 500, e.name);
    }
  });
  await new Promise<void>((done, fail) =>
    server.once('error', fail).listen(port, host, () => done()),
  );
  const url = `http://${host}:${(server.address() as AddressInfo).port}`;
  return {
    url,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
