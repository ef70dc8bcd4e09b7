/**
 * Local API Gateway HTTP API: turns node:http requests into payload-format-2.0 events for the
 * route's Lambda and maps its result back, following the HTTP API rules (dev and test only).
 */
import { randomBytes } from 'node:crypto';
import {
  createServer,
  type IncomingMessage,
  type ServerResponse,
} from 'node:http';
import type {
  APIGatewayProxyEventV2,
  APIGatewayProxyResultV2,
  APIGatewayProxyStructuredResultV2,
} from 'aws-lambda';
import { guardLoopbackHost } from './loopback-host.ts';

export interface LocalRoute {
  method: string;
  /** Route path like `/verify/{token}`: `{name}` matches one segment, others match exactly. */
  path: string;
  invoke: (event: APIGatewayProxyEventV2) => Promise<APIGatewayProxyResultV2>;
}

export interface ApiGatewayOptions {
  port?: number;
  host?: string;
  routes: readonly LocalRoute[];
  /** Requests with a larger body get 413 (API Gateway's limit is 10 MiB). */
  maxBodyBytes?: number;
  accountId?: string;
  apiId?: string;
  /** Receives one line per failed handler: route key and error name only. Default `console.error`. */
  log?: (line: string) => void;
}

export interface LocalApiGateway {
  url: string;
  close(): Promise<void>;
}

const TEXT_TYPE =
  /^(text\/|application\/([\w.+-]*\+)?(json|xml|javascript|x-www-form-urlencoded)\b)/i;
const MONTHS = [
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'May',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Oct',
  'Nov',
  'Dec',
];
const pad = (n: number) => String(n).padStart(2, '0');
/** `12/Mar/2020:19:03:58 +0000`, the requestContext.time format. */
const clf = (d: Date) =>
  `${pad(d.getUTCDate())}/${MONTHS[d.getUTCMonth()]}/${d.getUTCFullYear()}:${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())} +0000`;
const decode = (s: string) => {
  try {
    return decodeURIComponent(s.replace(/\+/g, ' '));
  } catch {
    return s;
  }
};
const decodeSegment = (s: string) => {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
};

interface CompiledRoute extends LocalRoute {
  routeKey: string;
  segments: string[];
}

/** Literal segments outrank `{param}` segments, left to right (API Gateway's "most specific route wins"). */
function compareSpecificity(a: CompiledRoute, b: CompiledRoute): number {
  for (let i = 0; i < Math.min(a.segments.length, b.segments.length); i++) {
    const pa = a.segments[i]?.startsWith('{') ? 1 : 0;
    const pb = b.segments[i]?.startsWith('{') ? 1 : 0;
    if (pa !== pb) return pa - pb;
  }
  return 0;
}

function match(
  route: CompiledRoute,
  parts: string[],
): Record<string, string> | undefined {
  if (route.segments.length !== parts.length) return undefined;
  const params: Record<string, string> = {};
  for (const [i, seg] of route.segments.entries()) {
    const part = parts[i] ?? '';
    if (seg.startsWith('{') && seg.endsWith('}')) {
      if (!part) return undefined;
      params[seg.slice(1, -1)] = decodeSegment(part);
    } else if (seg !== decodeSegment(part)) return undefined;
  }
  return params;
}

function buildEvent(
  req: IncomingMessage,
  route: CompiledRoute,
  params: Record<string, string>,
  body: Buffer,
  opts: Required<Pick<ApiGatewayOptions, 'accountId' | 'apiId'>>,
): APIGatewayProxyEventV2 {
  const url = req.url ?? '/';
  const q = url.indexOf('?');
  const rawPath = q < 0 ? url : url.slice(0, q);
  const rawQueryString = q < 0 ? '' : url.slice(q + 1);
  const headers: Record<string, string> = {};
  let cookies: string[] | undefined;
  for (let i = 0; i < req.rawHeaders.length; i += 2) {
    const name = (req.rawHeaders[i] ?? '').toLowerCase();
    const value = req.rawHeaders[i + 1] ?? '';
    if (name === 'cookie')
      cookies = [...(cookies ?? []), ...value.split(/;\s*/).filter(Boolean)];
    else headers[name] = name in headers ? `${headers[name]},${value}` : value;
  }
  const query: Record<string, string> = {};
  for (const pair of rawQueryString.split('&').filter(Boolean)) {
    const [k = '', v = ''] = pair.split(/=(.*)/s);
    const key = decode(k);
    query[key] = key in query ? `${query[key]},${decode(v)}` : decode(v);
  }
  const now = new Date();
  const host = headers.host ?? 'localhost';
  const text = body.length > 0 && TEXT_TYPE.test(headers['content-type'] ?? '');
  return {
    version: '2.0',
    routeKey: route.routeKey,
    rawPath,
    rawQueryString,
    ...(cookies && { cookies }),
    headers,
    ...(Object.keys(query).length > 0 && { queryStringParameters: query }),
    ...(Object.keys(params).length > 0 && { pathParameters: params }),
    requestContext: {
      accountId: opts.accountId,
      apiId: opts.apiId,
      domainName: host,
      domainPrefix: host.split('.')[0] ?? host,
      http: {
        method: req.method ?? 'GET',
        path: rawPath,
        protocol: `HTTP/${req.httpVersion}`,
        sourceIp: (req.socket.remoteAddress ?? '').replace(/^::ffff:/, ''),
        userAgent: headers['user-agent'] ?? '',
      },
      requestId: randomBytes(12).toString('base64'),
      routeKey: route.routeKey,
      stage: '$default',
      time: clf(now),
      timeEpoch: now.getTime(),
    },
    ...(body.length > 0 && {
      body: text ? body.toString('utf8') : body.toString('base64'),
    }),
    isBase64Encoded: body.length > 0 && !text,
  };
}

function sendResult(
  res: ServerResponse,
  result: APIGatewayProxyResultV2,
  head: boolean,
): void {
  const structured =
    typeof result === 'object' && result !== null && 'statusCode' in result;
  if (!structured) {
    // Payload 2.0 inference: anything without statusCode is a 200 JSON body.
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(head ? undefined : JSON.stringify(result ?? null));
    return;
  }
  const r = result as APIGatewayProxyStructuredResultV2 & {
    multiValueHeaders?: Record<string, (string | number | boolean)[]>;
  };
  if (
    !Number.isInteger(r.statusCode) ||
    (r.body !== undefined && typeof r.body !== 'string')
  )
    throw new TypeError('Malformed Lambda proxy response');
  for (const [k, v] of Object.entries(r.headers ?? {}))
    res.setHeader(k, String(v));
  for (const [k, v] of Object.entries(r.multiValueHeaders ?? {}))
    res.setHeader(k, v.map(String));
  if (r.cookies?.length) res.setHeader('set-cookie', r.cookies);
  const body =
    r.body === undefined
      ? undefined
      : Buffer.from(r.body, r.isBase64Encoded ? 'base64' : 'utf8');
  res.writeHead(r.statusCode ?? 200);
  res.end(head ? undefined : body);
}

/** Reads the body, or resolves undefined (and drains the rest) once it exceeds `limit` bytes. */
async function readBody(
  req: IncomingMessage,
  limit: number,
): Promise<Buffer | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > limit) {
      req.resume();
      return undefined;
    }
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

/** Starts the emulator on loopback. HEAD requests are served by the GET route, without a body. */
export async function startApiGateway(
  options: ApiGatewayOptions,
): Promise<LocalApiGateway> {
  const {
    port = 0,
    host = '127.0.0.1',
    maxBodyBytes = 10 * 1024 * 1024,
    log = console.error,
  } = options;
  const ids = {
    accountId: options.accountId ?? '123456789012',
    apiId: options.apiId ?? 'local',
  };
  const routes: CompiledRoute[] = options.routes
    .map((r) => ({
      ...r,
      method: r.method.toUpperCase(),
      routeKey: `${r.method.toUpperCase()} ${r.path}`,
      segments: r.path.split('/').slice(1),
    }))
    .sort(compareSpecificity);
  const json = (res: ServerResponse, status: number, message: string) => {
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ message }));
  };

  const server = createServer(async (req, res) => {
    res.setHeader('apigw-requestid', randomBytes(12).toString('base64'));
    const head = req.method === 'HEAD';
    const method = head ? 'GET' : req.method;
    const parts = (req.url ?? '/').split('?')[0]?.split('/').slice(1) ?? [];
    let found:
      | { route: CompiledRoute; params: Record<string, string> }
      | undefined;
    for (const route of routes) {
      const params = route.method === method ? match(route, parts) : undefined;
      if (params) {
        found = { route, params };
        break;
      }
    }
    if (!found) {
      req.resume();
      return json(res, 404, 'Not Found');
    }
    if (Number(req.headers['content-length'] ?? 0) > maxBodyBytes) {
      req.resume();
      return json(res, 413, 'Request Entity Too Large');
    }
    let body: Buffer | undefined;
    try {
      body = await readBody(req, maxBodyBytes);
    } catch {
      return; // the client went away mid-request
    }
    if (!body) return json(res, 413, 'Request Entity Too Large');
    const { route, params } = found;
    try {
      const result = await route.invoke(
        buildEvent(req, route, params, body, ids),
      );
      sendResult(res, result, head);
    } catch (e) {
      log(
        `[api-gateway] ${route.routeKey} failed: ${e instanceof Error ? e.name : typeof e}`,
      );
      if (!res.headersSent) json(res, 500, 'Internal Server Error');
      else res.end();
    }
  });
  await new Promise<void>((resolve, reject) =>
    server.once('error', reject).listen(port, host, resolve),
  );
  guardLoopbackHost(server);
  const address = server.address();
  return {
    url: `http://${host}:${typeof address === 'object' && address ? address.port : port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
