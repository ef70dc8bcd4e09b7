/**
 * The console's router: one handler per method and path, a `{name}` in a path matching one
 * segment (as in API Gateway's route keys). Written here rather than taken from
 * `@middy/http-router` (issue 18): its not-found error comes from `@middy/util`, which imports
 * `node:http` for its status texts, and that import loads Node's HTTP stack and undici at every
 * console cold start, about a third of its init, for an error the console never uses (its own
 * not-found answer is a page). The rules are `@middy/http-router` 7's: exact paths before
 * patterned ones, patterned ones in the order given, an optional trailing slash, parameters as
 * sent (not decoded), and API Gateway's own path parameters kept over the matched ones.
 */

/** The part of an HTTP API (payload 2.0) event the router reads and writes. */
export interface RoutedEvent {
  requestContext?: { http?: { method?: string; path?: string } };
  pathParameters?: Record<string, string | undefined>;
}

export interface Route<E, R> {
  method: string;
  /** Starts with `/`; `{name}` stands for one segment (a JavaScript identifier). */
  path: string;
  handler: (event: E) => Promise<R>;
}

const PARAMETER = /^\{([A-Za-z_$][\w$]*)\}$/;
const SPECIAL = /[.*+?^${}()|[\]\\]/g;

/** A patterned path as a regular expression with a named group per parameter. */
function pattern(path: string): RegExp {
  const source = path
    .split('/')
    .map((segment) => {
      const name = PARAMETER.exec(segment)?.[1];
      if (name) return `(?<${name}>[^/]+)`;
      if (/[{}]/.test(segment))
        throw new Error(`route path ${path}: a parameter is a whole segment`);
      return segment.replace(SPECIAL, '\\$&');
    })
    .join('/');
  return new RegExp(`^${source}/?$`);
}

/**
 * The handler that dispatches an event to its route, or answers with `notFound`. An event
 * without a method or a path is not an HTTP API event: an error, as a wiring mistake is.
 */
export function router<E extends RoutedEvent, R>(
  routes: readonly Route<E, R>[],
  notFound: (method: string, path: string) => Promise<R>,
): (event: E) => Promise<R> {
  const exact = new Map<string, Route<E, R>['handler']>();
  const patterned: {
    method: string;
    regex: RegExp;
    handler: Route<E, R>['handler'];
  }[] = [];
  for (const { method, path, handler } of routes) {
    if (!path.includes('{')) {
      for (const p of [path, `${path}/`])
        if (!exact.has(`${method} ${p}`)) exact.set(`${method} ${p}`, handler);
    } else patterned.push({ method, regex: pattern(path), handler });
  }
  return async (event) => {
    const method = event.requestContext?.http?.method;
    const path = event.requestContext?.http?.path;
    if (!method || !path)
      throw new Error('not an HTTP API event: no method or path');
    const direct = exact.get(`${method} ${path}`);
    if (direct) return direct(event);
    for (const route of patterned) {
      if (route.method !== method) continue;
      const match = route.regex.exec(path);
      if (!match) continue;
      event.pathParameters = { ...match.groups, ...event.pathParameters };
      return route.handler(event);
    }
    return notFound(method, path);
  };
}
