/**
 * The small HTTP server every fake processor is built on (loopback only): routes, a log of the
 * calls it received (tests assert on them), and a queue of injected faults that the next
 * matching calls answer with instead of the contract's answer.
 */
import {
  createServer,
  type IncomingMessage,
  type ServerResponse,
} from 'node:http';
import type { AddressInfo } from 'node:net';
import { guardLoopbackHost } from '../loopback-host.ts';

export interface FakeRequest {
  method: string;
  /** Path without the query string. */
  path: string;
  query: URLSearchParams;
  headers: IncomingMessage['headers'];
  /** Raw body bytes (signatures are computed over these). */
  raw: Buffer;
  /** Parsed JSON body, or undefined when the body is empty or not JSON. */
  body: unknown;
  params: Record<string, string>;
  /**
   * When the call arrived (wall-clock ms), before any injected fault or delay: which caller made
   * it is a matter of when it was sent, while a `slow` fault can put its effect seconds later.
   */
  receivedAt: number;
}

export interface FakeResponse {
  status: number;
  headers?: Record<string, string>;
  /** A string or Buffer is sent as is; anything else as JSON. */
  body?: unknown;
  /** Delay before answering, ms (slow processor). */
  delayMs?: number;
}

export type Fault =
  | {
      kind: 'status';
      status: number;
      headers?: Record<string, string>;
      body?: unknown;
    }
  | { kind: 'malformed' }
  | { kind: 'hang' }
  | { kind: 'slow'; delayMs: number };

type Handler = (req: FakeRequest) => FakeResponse | Promise<FakeResponse>;

interface Route {
  method: string;
  pattern: RegExp;
  keys: string[];
  handler: Handler;
}

export class FakeServer {
  readonly calls: FakeRequest[] = [];
  private readonly routes: Route[] = [];
  private readonly faults: { match: RegExp; fault: Fault }[] = [];
  private readonly server = createServer((req, res) => {
    void this.handle(req, res);
  });
  private readonly hanging = new Set<ServerResponse>();
  private chaosRate = 0;
  private chaosFaults: Fault[] = [];
  private random: () => number = Math.random;
  /** Faults answered so far (queued and random), by kind (`status:503`, `malformed`, …). */
  readonly injected: Record<string, number> = {};
  baseUrl = '';

  constructor(readonly name: string) {}

  /** `path` may hold `:param` segments; a param matches one segment (URL-decoded). */
  route(method: string, path: string, handler: Handler): this {
    const keys: string[] = [];
    const pattern = new RegExp(
      `^${path.replace(/:([A-Za-z_]+)/g, (_, k: string) => {
        keys.push(k);
        return '([^/]+)';
      })}$`,
    );
    this.routes.push({ method, pattern, keys, handler });
    return this;
  }

  /** The next `times` calls whose `METHOD path` matches `match` get `fault` instead. */
  inject(match: RegExp, fault: Fault, times = 1): void {
    for (let i = 0; i < times; i++) this.faults.push({ match, fault });
  }

  clearFaults(): void {
    this.faults.length = 0;
    this.chaosRate = 0;
  }

  /**
   * From now on, answer a `rate` share (0–1) of all calls with one of `faults`, picked at
   * random: the fault suite's failing processor. `random` makes a run repeatable.
   */
  chaos(rate: number, faults: Fault[], random: () => number = Math.random) {
    this.chaosRate = rate;
    this.chaosFaults = faults;
    this.random = random;
  }

  private nextFault(key: string): Fault | undefined {
    const i = this.faults.findIndex((f) => f.match.test(key));
    if (i >= 0) return this.faults.splice(i, 1)[0]?.fault;
    if (this.chaosRate > 0 && this.random() < this.chaosRate)
      return this.chaosFaults[
        Math.floor(this.random() * this.chaosFaults.length)
      ];
    return undefined;
  }

  callsTo(method: string, pathMatch: RegExp): FakeRequest[] {
    return this.calls.filter(
      (c) => c.method === method && pathMatch.test(c.path),
    );
  }

  async start(port = 0): Promise<string> {
    await new Promise<void>((resolve) =>
      this.server.listen(port, '127.0.0.1', resolve),
    );
    guardLoopbackHost(this.server);
    const { port: actual } = this.server.address() as AddressInfo;
    this.baseUrl = `http://127.0.0.1:${actual}`;
    return this.baseUrl;
  }

  async stop(): Promise<void> {
    for (const res of this.hanging) res.destroy();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private async handle(req: IncomingMessage, res: ServerResponse) {
    const receivedAt = Date.now();
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const raw = Buffer.concat(chunks);
    const url = new URL(req.url ?? '/', 'http://fake');
    let body: unknown;
    try {
      body = raw.length ? JSON.parse(raw.toString('utf8')) : undefined;
    } catch {
      body = undefined;
    }
    const request: FakeRequest = {
      method: req.method ?? 'GET',
      path: url.pathname,
      query: url.searchParams,
      headers: req.headers,
      raw,
      body,
      params: {},
      receivedAt,
    };
    this.calls.push(request);
    const key = `${request.method} ${request.path}`;
    const fault = this.nextFault(key);
    if (fault) {
      const kind =
        fault.kind === 'status' ? `status:${fault.status}` : fault.kind;
      this.injected[kind] = (this.injected[kind] ?? 0) + 1;
      if (fault.kind === 'hang') {
        this.hanging.add(res);
        return;
      }
      if (fault.kind === 'malformed')
        return send(res, { status: 200, body: '{"trunc' });
      if (fault.kind === 'status')
        return send(res, {
          status: fault.status,
          headers: fault.headers,
          body: fault.body ?? { error: 'injected' },
        });
      await new Promise((r) => setTimeout(r, fault.delayMs));
    }
    for (const route of this.routes) {
      if (route.method !== request.method) continue;
      const m = route.pattern.exec(request.path);
      if (!m) continue;
      route.keys.forEach((k, j) => {
        request.params[k] = decodeURIComponent(m[j + 1] ?? '');
      });
      try {
        const out = await route.handler(request);
        if (out.delayMs) await new Promise((r) => setTimeout(r, out.delayMs));
        return send(res, out);
      } catch (error) {
        return send(res, {
          status: 500,
          body: { error: (error as Error).message },
        });
      }
    }
    send(res, {
      status: 404,
      body: { error: `${this.name}: no route ${key}` },
    });
  }
}

function send(res: ServerResponse, out: FakeResponse) {
  const headers = { ...out.headers };
  let payload: string | Buffer = '';
  if (typeof out.body === 'string' || Buffer.isBuffer(out.body))
    payload = out.body;
  else if (out.body !== undefined) {
    payload = JSON.stringify(out.body);
    headers['content-type'] ??= 'application/json';
  }
  res.writeHead(out.status, headers);
  res.end(payload);
}
