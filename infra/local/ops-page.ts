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
import { type ListFilter, listRequests } from '#use-cases/ops/list-requests.ts';
import { showRequest } from '#use-cases/ops/show-request.ts';
import { guardLoopbackHost } from './loopback-host.ts';

const SORTS = ['newest', 'urgent'] as const;
const PARAMETERS = ['status', 'due', 'overdue', 'sort'];

/**
 * The list page's query (`?status=FAILED&due=7&overdue&sort=urgent`), or what is wrong with it
 * (answered 400): the same filters as `npm run ops -- list`, checked the same way.
 */
export function listQuery(params: URLSearchParams): ListFilter | string {
  const unknown = [...params.keys()].find((k) => !PARAMETERS.includes(k));
  if (unknown !== undefined)
    return `Unknown parameter "${unknown}": use ${PARAMETERS.join(', ')}`;
  const status = params.get('status');
  if (status !== null && !REQUEST_STATUSES.includes(status as RequestStatus))
    return `status must be one of ${REQUEST_STATUSES.join(', ')}`;
  const due = params.get('due');
  if (due !== null && !/^\d{1,4}$/.test(due))
    return 'due must be a whole number of days (0–9999)';
  const sort = params.get('sort');
  if (sort !== null && !SORTS.includes(sort as (typeof SORTS)[number]))
    return `sort must be one of ${SORTS.join(', ')}`;
  return {
    status: (status ?? undefined) as RequestStatus | undefined,
    overdue: params.has('overdue'),
    dueWithinDays: due === null ? undefined : Number(due),
    sort: (sort ?? 'newest') as (typeof SORTS)[number],
  };
}

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
    const sendText = (status: number, body: string) => {
      res.writeHead(status, {
        'content-type': 'text/plain; charset=utf-8',
        'cache-control': 'no-store',
        'x-robots-tag': 'noindex',
      });
      res.end(`${body}\n`);
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
      const query = listQuery(url.searchParams);
      if (typeof query === 'string') return sendText(400, query);
      const result = await listRequests(query, ports);
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
  guardLoopbackHost(server);
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
