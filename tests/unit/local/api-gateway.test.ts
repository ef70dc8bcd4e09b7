import { request } from 'node:http';
import type {
  APIGatewayProxyEventV2,
  APIGatewayProxyResultV2,
} from 'aws-lambda';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type LocalApiGateway,
  startApiGateway,
} from '../../../infra/local/api-gateway.ts';

describe('startApiGateway', () => {
  let api: LocalApiGateway;
  const events: APIGatewayProxyEventV2[] = [];
  const logged: string[] = [];
  const respond =
    (result: APIGatewayProxyResultV2) =>
    async (event: APIGatewayProxyEventV2) => {
      events.push(event);
      return result;
    };

  beforeAll(async () => {
    api = await startApiGateway({
      maxBodyBytes: 1024,
      log: (line) => logged.push(line),
      routes: [
        {
          method: 'POST',
          path: '/verify/{token}',
          invoke: respond({
            statusCode: 303,
            headers: { location: '/done' },
            cookies: ['a=1', 'b=2'],
          }),
        },
        {
          method: 'GET',
          path: '/verify/{token}',
          invoke: respond({
            statusCode: 200,
            headers: { 'content-type': 'text/html' },
            body: '<p>ok</p>',
          }),
        },
        {
          method: 'GET',
          path: '/verify/static',
          invoke: respond({ statusCode: 200, body: 'literal' }),
        },
        {
          method: 'GET',
          path: '/inferred',
          invoke: respond({
            hello: 'world',
          } as unknown as APIGatewayProxyResultV2),
        },
        {
          method: 'GET',
          path: '/binary',
          invoke: respond({
            statusCode: 200,
            isBase64Encoded: true,
            body: Buffer.from([1, 2, 3]).toString('base64'),
          }),
        },
        {
          method: 'GET',
          path: '/boom',
          invoke: async () => {
            throw Object.assign(new Error('secret@example.com leaked'), {
              name: 'ConfigError',
            });
          },
        },
      ],
    });
  });
  afterAll(() => api.close());

  it('builds a payload 2.0 event', async () => {
    events.length = 0;
    const res = await fetch(`${api.url}/verify/ab%2Bc%3D?x=1&x=2&y=h%C3%A9`, {
      method: 'POST',
      redirect: 'manual',
      headers: {
        'Content-Type': 'application/x-www-form-urlencoded',
        'X-Custom': 'v',
        Cookie: 'sid=1; theme=dark',
      },
      body: 'email=a%40b.example&type=access',
    });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/done');
    expect(res.headers.getSetCookie()).toEqual(['a=1', 'b=2']);
    const event = events[0];
    expect(event).toMatchObject({
      version: '2.0',
      routeKey: 'POST /verify/{token}',
      rawPath: '/verify/ab%2Bc%3D',
      rawQueryString: 'x=1&x=2&y=h%C3%A9',
      cookies: ['sid=1', 'theme=dark'],
      pathParameters: { token: 'ab+c=' },
      queryStringParameters: { x: '1,2', y: 'hé' },
      body: 'email=a%40b.example&type=access',
      isBase64Encoded: false,
      requestContext: {
        accountId: '123456789012',
        apiId: 'local',
        routeKey: 'POST /verify/{token}',
        stage: '$default',
        http: {
          method: 'POST',
          path: '/verify/ab%2Bc%3D',
          protocol: 'HTTP/1.1',
          sourceIp: '127.0.0.1',
        },
      },
    });
    expect(event?.headers).toMatchObject({
      'content-type': 'application/x-www-form-urlencoded',
      'x-custom': 'v',
    });
    expect(event?.headers.cookie).toBeUndefined();
    expect(event?.requestContext.time).toMatch(
      /^\d{2}\/\w{3}\/\d{4}:\d{2}:\d{2}:\d{2} \+0000$/,
    );
    expect(typeof event?.requestContext.timeEpoch).toBe('number');
  });

  it('base64-encodes binary bodies and leaves out absent parts', async () => {
    events.length = 0;
    await fetch(`${api.url}/verify/t`, {
      method: 'POST',
      headers: { 'content-type': 'application/octet-stream' },
      body: new Uint8Array([0, 255]),
    });
    expect(events[0]).toMatchObject({ body: 'AP8=', isBase64Encoded: true });
    await fetch(`${api.url}/verify/t`, { method: 'POST' });
    expect(events[1]?.body).toBeUndefined();
    expect(events[1]?.queryStringParameters).toBeUndefined();
  });

  it('prefers literal routes and serves HEAD from GET without a body', async () => {
    expect(await (await fetch(`${api.url}/verify/static`)).text()).toBe(
      'literal',
    );
    const html = await fetch(`${api.url}/verify/xyz`);
    expect([
      html.status,
      html.headers.get('content-type'),
      await html.text(),
    ]).toEqual([200, 'text/html', '<p>ok</p>']);
    const head = await fetch(`${api.url}/verify/xyz`, { method: 'HEAD' });
    expect([head.status, await head.text()]).toEqual([200, '']);
  });

  it('infers 200 JSON and decodes base64 bodies', async () => {
    const inferred = await fetch(`${api.url}/inferred`);
    expect([
      inferred.status,
      inferred.headers.get('content-type'),
      await inferred.json(),
    ]).toEqual([200, 'application/json', { hello: 'world' }]);
    const binary = await fetch(`${api.url}/binary`);
    expect([...new Uint8Array(await binary.arrayBuffer())]).toEqual([1, 2, 3]);
  });

  it('answers 404, 413 and 500 like API Gateway, without leaking the error', async () => {
    const missing = await fetch(`${api.url}/nope`);
    expect([missing.status, await missing.json()]).toEqual([
      404,
      { message: 'Not Found' },
    ]);
    const wrongMethod = await fetch(`${api.url}/inferred`, {
      method: 'DELETE',
    });
    expect(wrongMethod.status).toBe(404);
    const big = await fetch(`${api.url}/verify/t`, {
      method: 'POST',
      body: 'x'.repeat(2048),
    });
    expect(big.status).toBe(413);
    const chunked = await new Promise((resolve, reject) => {
      const req = request(`${api.url}/verify/t`, { method: 'POST' }, (res) =>
        resolve(res.statusCode),
      );
      req.on('error', reject);
      for (let i = 0; i < 4; i++) req.write('x'.repeat(512)); // no content-length: counted while streaming
      req.end();
    });
    expect(chunked).toBe(413);
    const boom = await fetch(`${api.url}/boom`);
    const text = await boom.text();
    expect([boom.status, JSON.parse(text)]).toEqual([
      500,
      { message: 'Internal Server Error' },
    ]);
    expect(text + logged.join('\n')).not.toContain('secret@example.com');
    expect(logged).toEqual(['[api-gateway] GET /boom failed: ConfigError']);
  });
});
