/**
 * The local S3 front's form uploads, checked as S3 documents them (infra/local/s3-form-front.ts),
 * with the forms our own S3ExportStore signs (createPresignedPost), on s3rver in a temporary folder.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import S3rver from '@20minutes/s3rver';
import { GetObjectCommand, NoSuchKey, S3Client } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { S3ExportStore } from '#adapters/aws/s3-export-store.ts';
import {
  checkForm,
  expandFilename,
  parseTagging,
  policySignature,
  type S3FormFront,
  startS3FormFront,
} from '#infra/local/s3-form-front.ts';
import type { UploadForm } from '#ports/export-store.ts';

const BUCKET = 'front-test';
const REGION = 'eu-north-1';
const CREDENTIALS = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' };
const PREFIX = 'requests/r1/parts/judge-me/files/u1/';
const REDIRECT = 'https://dsr.test/processor/secret';

let clock = new Date();
let front: S3FormFront;
let server: S3rver;
let dir: string;
let s3: S3Client;
let store: S3ExportStore;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'dsr-front-'));
  server = new S3rver({
    address: '127.0.0.1',
    port: 0,
    silent: true,
    directory: dir,
    configureBuckets: [{ name: BUCKET, configs: [] }],
  });
  const { port } = await server.run();
  front = await startS3FormFront({
    host: '127.0.0.1',
    backend: `http://127.0.0.1:${port}`,
    region: REGION,
    credentials: CREDENTIALS,
    now: () => clock,
  });
  s3 = new S3Client({
    endpoint: front.url,
    region: REGION,
    forcePathStyle: true,
    credentials: CREDENTIALS,
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
  });
  store = new S3ExportStore(s3, BUCKET);
});

afterAll(async () => {
  s3?.destroy();
  await front?.close();
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

const sign = (maxBytes = 1000, expiresInSeconds = 3600) =>
  store.presignUpload({
    keyPrefix: PREFIX,
    maxBytes,
    expiresInSeconds,
    redirectUrl: REDIRECT,
    tags: { 'dsr-kind': 'processor-upload', 'dsr-merchant': 'lastu' },
  });

/** Posts the form as a browser does: hidden fields in order, then the file, then the button. */
async function post(
  form: UploadForm,
  file: { name: string; body: Uint8Array | string },
  change: {
    fields?: Record<string, string>;
    extra?: Record<string, string>;
    after?: Record<string, string>;
  } = {},
) {
  const body = new FormData();
  for (const [name, value] of Object.entries({
    ...form.fields,
    ...change.fields,
  }))
    body.append(name, value);
  for (const [name, value] of Object.entries(change.extra ?? {}))
    body.append(name, value);
  body.append('file', new Blob([file.body]), file.name);
  for (const [name, value] of Object.entries(change.after ?? {}))
    body.append(name, value);
  const res = await fetch(form.url, {
    method: 'POST',
    body,
    redirect: 'manual',
  });
  return {
    status: res.status,
    location: res.headers.get('location'),
    text: await res.text(),
  };
}

async function stored(key: string): Promise<string | undefined> {
  try {
    const out = await s3.send(
      new GetObjectCommand({ Bucket: BUCKET, Key: key }),
    );
    return await out.Body?.transformToString();
  } catch (error) {
    if (error instanceof NoSuchKey) return undefined;
    throw error;
  }
}

describe('policySignature', () => {
  it("reproduces AWS's published SigV4 POST example signature", () => {
    // sigv4-post-example: credentials AKIAIOSFODNN7EXAMPLE, 20151229, us-east-1, the CRLF policy.
    const policy =
      'eyAiZXhwaXJhdGlvbiI6ICIyMDE1LTEyLTMwVDEyOjAwOjAwLjAwMFoiLA0KICAiY29uZGl0aW9ucyI6IFsNCiAgICB7ImJ1Y2tldCI6ICJzaWd2NGV4YW1wbGVidWNrZXQifSwNCiAgICBbInN0YXJ0cy13aXRoIiwgIiRrZXkiLCAidXNlci91c2VyMS8iXSwNCiAgICB7ImFjbCI6ICJwdWJsaWMtcmVhZCJ9LA0KICAgIHsic3VjY2Vzc19hY3Rpb25fcmVkaXJlY3QiOiAiaHR0cDovL3NpZ3Y0ZXhhbXBsZWJ1Y2tldC5zMy5hbWF6b25hd3MuY29tL3N1Y2Nlc3NmdWxfdXBsb2FkLmh0bWwifSwNCiAgICBbInN0YXJ0cy13aXRoIiwgIiRDb250ZW50LVR5cGUiLCAiaW1hZ2UvIl0sDQogICAgeyJ4LWFtei1tZXRhLXV1aWQiOiAiMTQzNjUxMjM2NTEyNzQifSwNCiAgICB7IngtYW16LXNlcnZlci1zaWRlLWVuY3J5cHRpb24iOiAiQUVTMjU2In0sDQogICAgWyJzdGFydHMtd2l0aCIsICIkeC1hbXotbWV0YS10YWciLCAiIl0sDQoNCiAgICB7IngtYW16LWNyZWRlbnRpYWwiOiAiQUtJQUlPU0ZPRE5ON0VYQU1QTEUvMjAxNTEyMjkvdXMtZWFzdC0xL3MzL2F3czRfcmVxdWVzdCJ9LA0KICAgIHsieC1hbXotYWxnb3JpdGhtIjogIkFXUzQtSE1BQy1TSEEyNTYifSwNCiAgICB7IngtYW16LWRhdGUiOiAiMjAxNTEyMjlUMDAwMDAwWiIgfQ0KICBdDQp9';
    expect(
      policySignature(
        policy,
        'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
        '20151229',
        'us-east-1',
      ),
    ).toBe('8afdbf4008c03f22c2cd3cdb72e4afbb1f6a588f3255ac628749a66d7f09699e');
  });
});

describe('expandFilename and parseTagging', () => {
  it('keeps only the text after the last slash or backslash of the name', () => {
    // biome-ignore lint/suspicious/noTemplateCurlyInString: S3's ${filename} form variable, literally
    expect(expandFilename('p/${filename}', 'C:\\Users\\x\\reviews.csv')).toBe(
      'p/reviews.csv',
    );
    // biome-ignore lint/suspicious/noTemplateCurlyInString: S3's ${filename} form variable, literally
    expect(expandFilename('p/${filename}', 'a/b/photo.jpg')).toBe(
      'p/photo.jpg',
    );
    // biome-ignore lint/suspicious/noTemplateCurlyInString: S3's ${filename} form variable, literally
    expect(expandFilename('p/${filename}', '')).toBe('p/');
  });

  it('reads a Tagging document and refuses anything else', () => {
    expect(
      parseTagging(
        '<Tagging><TagSet><Tag><Key>a</Key><Value>1</Value></Tag><Tag><Key>b&amp;c</Key><Value>x</Value></Tag></TagSet></Tagging>',
      ),
    ).toEqual({ a: '1', 'b&c': 'x' });
    expect(() => parseTagging('not-xml')).toThrow(/not well-formed/);
  });
});

describe('checkForm', () => {
  it('refuses a form without a signature as anonymous', () => {
    expect(() =>
      checkForm(new Map([['key', 'k']]), BUCKET, {
        credentials: CREDENTIALS,
        region: REGION,
        now: new Date(),
      }),
    ).toThrow('Access Denied');
  });
});

describe('S3 form front', () => {
  it('stores a signed upload under the prefix with the browser file name and its tags, and redirects with bucket, key and etag', async () => {
    // Prepare
    const form = await sign();
    expect(form.url).toBe(`${front.url}/${BUCKET}`);
    const policy = JSON.parse(
      Buffer.from(form.fields.Policy ?? '', 'base64').toString(),
    ) as { conditions: unknown[] };
    expect(policy.conditions).toContainEqual(['starts-with', '$key', PREFIX]);
    expect(policy.conditions).toContainEqual(['content-length-range', 1, 1000]);
    // Act
    const res = await post(form, {
      name: 'C:\\exports\\reviews ä.csv',
      body: 'a,b\r\n1,2\r\n',
    });
    // Assess
    expect(res.status).toBe(303);
    const location = new URL(res.location ?? '');
    expect(location.origin + location.pathname).toBe(REDIRECT);
    const key = `${PREFIX}reviews ä.csv`;
    expect(location.searchParams.get('bucket')).toBe(BUCKET);
    expect(location.searchParams.get('key')).toBe(key);
    expect(location.searchParams.get('etag')).toMatch(/^"[0-9a-f]{32}"$/);
    expect(await stored(key)).toBe('a,b\r\n1,2\r\n');
    expect(front.tagsOf(BUCKET, key)).toEqual({
      'dsr-kind': 'processor-upload',
      'dsr-merchant': 'lastu',
    });
  });

  it('accepts exactly the largest size and refuses one byte more or an empty file, storing nothing', async () => {
    const form = await sign(10);
    expect(
      (await post(form, { name: 'ten.bin', body: '0123456789' })).status,
    ).toBe(303);
    const large = await post(form, { name: 'eleven.bin', body: '0123456789A' });
    expect(large.status).toBe(400);
    expect(large.text).toContain('<Code>EntityTooLarge</Code>');
    expect(large.text).toContain('<ProposedSize>11</ProposedSize>');
    expect(large.text).toContain('<MaxSizeAllowed>10</MaxSizeAllowed>');
    expect(await stored(`${PREFIX}eleven.bin`)).toBeUndefined();
    const empty = await post(form, { name: 'empty.bin', body: '' });
    expect(empty.status).toBe(400);
    expect(empty.text).toContain('<Code>EntityTooSmall</Code>');
    expect(await stored(`${PREFIX}empty.bin`)).toBeUndefined();
  });

  it('refuses a form after its expiration', async () => {
    const form = await sign(1000, 60);
    clock = new Date(Date.now() + 61_000);
    try {
      const res = await post(form, { name: 'late.csv', body: 'a' });
      expect(res.status).toBe(403);
      expect(res.text).toContain(
        'Invalid according to Policy: Policy expired.',
      );
      expect(await stored(`${PREFIX}late.csv`)).toBeUndefined();
    } finally {
      clock = new Date();
    }
  });

  it('refuses a key outside the prefix, another redirect, other tags, a changed policy and an uncovered field', async () => {
    const form = await sign();
    const outside = await post(
      form,
      { name: 'x.csv', body: 'a' },
      // biome-ignore lint/suspicious/noTemplateCurlyInString: S3's ${filename} form variable, literally
      { fields: { key: 'requests/r2/parts/judge-me/files/u1/${filename}' } },
    );
    expect(outside.status).toBe(403);
    expect(outside.text).toContain(
      'Policy Condition failed: ["starts-with","$key"',
    );
    expect(
      await stored('requests/r2/parts/judge-me/files/u1/x.csv'),
    ).toBeUndefined();

    const redirect = await post(
      form,
      { name: 'x.csv', body: 'a' },
      { fields: { success_action_redirect: 'https://evil.test/' } },
    );
    expect(redirect.status).toBe(403);
    expect(redirect.text).toContain('Policy Condition failed');

    const tags = await post(
      form,
      { name: 'x.csv', body: 'a' },
      { fields: { tagging: '<Tagging><TagSet></TagSet></Tagging>' } },
    );
    expect(tags.status).toBe(403);

    const policy = JSON.parse(
      Buffer.from(form.fields.Policy ?? '', 'base64').toString(),
    ) as { conditions: unknown[] };
    policy.conditions = policy.conditions.map((c) =>
      Array.isArray(c) && c[0] === 'content-length-range'
        ? ['content-length-range', 1, 10 ** 10]
        : c,
    );
    const tampered = await post(
      form,
      { name: 'x.csv', body: 'a' },
      {
        fields: {
          Policy: Buffer.from(JSON.stringify(policy)).toString('base64'),
        },
      },
    );
    expect(tampered.status).toBe(403);
    expect(tampered.text).toContain('<Code>SignatureDoesNotMatch</Code>');

    const extra = await post(
      form,
      { name: 'x.csv', body: 'a' },
      { extra: { 'x-amz-meta-owner': 'someone' } },
    );
    expect(extra.status).toBe(403);
    expect(extra.text).toContain('Extra input fields: x-amz-meta-owner');
    expect(await stored(`${PREFIX}x.csv`)).toBeUndefined();
  });

  it('ignores fields after the file, as S3 does', async () => {
    const form = await sign();
    const { key, ...rest } = form.fields;
    const res = await post(
      { url: form.url, fields: rest },
      { name: 'x.csv', body: 'a' },
      { after: { key: key ?? '' } },
    );
    expect(res.status).toBe(400);
    expect(res.text).toContain("Bucket POST must contain a field named 'key'");
  });

  it('forwards every other request to the emulator (put, get, list, delete through the SDK)', async () => {
    await store.put('requests/r9/x.json', '{"a":1}', 'application/json');
    expect(await store.getText('requests/r9/x.json')).toBe('{"a":1}');
    expect((await store.list('requests/r9/', 10)).map((o) => o.key)).toEqual([
      'requests/r9/x.json',
    ]);
    await store.delete('requests/r9/x.json');
    expect(await store.getText('requests/r9/x.json')).toBeUndefined();
  });

  it('checks the signature of a bucket listing itself (s3rver would check it against the wrong path)', async () => {
    const wrong = new S3Client({
      endpoint: front.url,
      region: REGION,
      forcePathStyle: true,
      credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'not-the-secret' },
    });
    try {
      await expect(
        new S3ExportStore(wrong, BUCKET).list('requests/', 10),
      ).rejects.toThrow(/signature/i);
    } finally {
      wrong.destroy();
    }
  });
});
