/**
 * The S3 endpoint of the local stack: forwards every request to @20minutes/s3rver, except browser
 * form uploads (`POST /<bucket>`, multipart/form-data), which it checks as S3 does before storing
 * the file. s3rver's own POST Object ignores the policy, its signature, `${filename}`, `tagging`
 * and the size range, so a local upload would otherwise prove nothing about what AWS accepts.
 *
 * What is checked, after AWS's documentation:
 * - POST Object / browser-based uploads (SigV4):
 *   https://docs.aws.amazon.com/AmazonS3/latest/API/sigv4-UsingHTTPPOST.html,
 *   https://docs.aws.amazon.com/AmazonS3/latest/API/sigv4-HTTPPOSTForms.html,
 *   https://docs.aws.amazon.com/AmazonS3/latest/API/RESTObjectPOST.html
 *   — the `file` field comes last and fields after it are ignored; field names are case-insensitive;
 *   `${filename}` in any field is replaced by the uploaded file's name, only the text after its
 *   last `/` or `\`; `tagging` is an XML `<Tagging><TagSet>` document; on success with
 *   `success_action_redirect` the answer is 303 to that URL with `bucket`, `key` and `etag`
 *   appended, otherwise `success_action_status` (200, 201 with a PostResponse, or 204); the form
 *   fields before the file may not exceed 20 KB.
 * - The POST policy: https://docs.aws.amazon.com/AmazonS3/latest/API/sigv4-HTTPPOSTConstructPolicy.html
 *   — `expiration` (ISO 8601 UTC) and `conditions`; exact matches (`{"f": "v"}`, `["eq", "$f", "v"]`),
 *   `["starts-with", "$f", "prefix"]` and `["content-length-range", min, max]` (inclusive); every
 *   form field except `x-amz-signature`, `file`, `policy` and `x-ignore-*` must be named by a
 *   condition; conditions match the expanded fields (after `${filename}`).
 * - The signature: https://docs.aws.amazon.com/AmazonS3/latest/API/sigv4-authentication-HTTPPOST.html
 *   — hex HMAC-SHA256 of the base64 policy as received, with the SigV4 signing key of the
 *   credential's date, region and service `s3`.
 * Answers use the codes S3 is observed to send: 403 AccessDenied "Invalid according to Policy: …"
 * for an expired policy, a failed condition or an uncovered field; 400 EntityTooLarge /
 * EntityTooSmall for the size; 403 SignatureDoesNotMatch; 400 InvalidPolicyDocument,
 * InvalidArgument, MalformedPOSTRequest, MalformedXML, MaxPostPreDataLengthExceededError.
 * Not emulated: SigV2, anonymous (public-bucket) uploads, checksums, ACLs, storage classes.
 *
 * One more repair: s3rver checks a bucket-level request (ListObjectsV2 `GET /<bucket>/?list-type=2`,
 * DeleteObjects `POST /<bucket>/?delete`)
 * against the path without its trailing slash, while the SDK signs the path with it, so every
 * listing would fail with SignatureDoesNotMatch. The front checks those signatures itself (the
 * SDK's own SigV4 signer over the signed headers, at the request's date) and forwards them
 * unsigned, which s3rver serves.
 *
 * The file is spooled to a temporary file while it is counted (memory stays flat whatever its
 * size) and then stored in s3rver with a PutObject. s3rver keeps no tags, so the tags of each
 * stored object are kept here ({@link S3FormFront.tagsOf}).
 */
import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import {
  createServer,
  type IncomingMessage,
  request,
  type Server,
  type ServerResponse,
} from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { SignatureV4 } from '@smithy/signature-v4';
import busboy from 'busboy';
import { XMLParser } from 'fast-xml-parser';

/** S3: "The form data and boundaries (excluding the contents of the file) cannot exceed 20KB." */
const MAX_PRE_DATA_BYTES = 20 * 1024;

export interface S3FormFrontOptions {
  host: string;
  /** 0 picks a free port. */
  port?: number;
  /** The S3 emulator everything is forwarded to, e.g. `http://127.0.0.1:4569`. */
  backend: string;
  region: string;
  /** The one key pair the emulator knows (signatures are checked against it). */
  credentials: { accessKeyId: string; secretAccessKey: string };
  /** The clock the policy's expiration is compared with. */
  now?: () => Date;
}

export interface S3FormFront {
  url: string;
  port: number;
  /** The listening server (the local stack guards it against DNS rebinding). */
  server: Server;
  /** The tags a form upload stored with the object, if any. */
  tagsOf(bucket: string, key: string): Record<string, string> | undefined;
  close(): Promise<void>;
}

/** An S3 error answer. */
export class S3FormError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly extra: Record<string, string | number> = {},
  ) {
    super(message);
    this.name = 'S3FormError';
  }
}

/** The SigV4 signing key (AWS4 + secret → date → region → service → aws4_request). */
export function signingKey(
  secret: string,
  date: string,
  region: string,
  service: string,
): Buffer {
  const hmac = (key: string | Buffer, data: string) =>
    createHmac('sha256', key).update(data, 'utf8').digest();
  return hmac(
    hmac(hmac(hmac(`AWS4${secret}`, date), region), service),
    'aws4_request',
  );
}

/** A POST policy's signature: hex HMAC-SHA256 of the base64 policy text. */
export function policySignature(
  policyBase64: string,
  secret: string,
  date: string,
  region: string,
): string {
  return createHmac('sha256', signingKey(secret, date, region, 's3'))
    .update(policyBase64, 'utf8')
    .digest('hex');
}

/** The form fields S3 read (names lower-cased; values with `${filename}` expanded). */
export type FormFields = Map<string, string>;

interface Policy {
  expiration: Date;
  conditions: Condition[];
  /** For messages: each condition as written. */
  raw: unknown[];
}

type Condition =
  | { kind: 'eq' | 'starts-with'; field: string; value: string; raw: unknown }
  | { kind: 'range'; min: number; max: number; raw: unknown };

const policyError = (message: string) =>
  new S3FormError(400, 'InvalidPolicyDocument', `Invalid Policy: ${message}`);

/** Parses the decoded policy document; throws InvalidPolicyDocument as S3 does. */
export function parsePolicy(json: string): Policy {
  let doc: unknown;
  try {
    doc = JSON.parse(json);
  } catch {
    throw policyError('Invalid JSON.');
  }
  if (!doc || typeof doc !== 'object' || Array.isArray(doc))
    throw policyError('Invalid JSON.');
  const { expiration, conditions } = doc as Record<string, unknown>;
  if (
    typeof expiration !== 'string' ||
    !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/.test(expiration) ||
    Number.isNaN(Date.parse(expiration))
  )
    throw policyError(`Invalid 'expiration' value: '${String(expiration)}'`);
  if (!Array.isArray(conditions))
    throw policyError("Policy missing 'conditions'.");
  const parsed = conditions.map((raw): Condition => {
    if (raw && typeof raw === 'object' && !Array.isArray(raw)) {
      const entries = Object.entries(raw);
      if (entries.length !== 1)
        throw policyError(
          'Invalid Simple-Condition: Simple-Conditions must have exactly one property specified.',
        );
      const [field, value] = entries[0] as [string, unknown];
      if (typeof value !== 'string')
        throw policyError('Invalid Simple-Condition: value must be a string.');
      return { kind: 'eq', field: field.toLowerCase(), value, raw };
    }
    if (!Array.isArray(raw) || raw.length !== 3)
      throw policyError('Invalid Condition.');
    const op = String(raw[0]).toLowerCase();
    if (op === 'content-length-range') {
      const [min, max] = [Number(raw[1]), Number(raw[2])];
      if (!Number.isInteger(min) || !Number.isInteger(max))
        throw new S3FormError(
          403,
          'AccessDenied',
          `Invalid according to Policy: Policy Condition failed: ${JSON.stringify(raw)}`,
        );
      return { kind: 'range', min, max, raw };
    }
    if (op !== 'eq' && op !== 'starts-with')
      throw policyError(`Invalid Condition: unknown operation ${op}.`);
    const [, name, value] = raw as [unknown, unknown, unknown];
    if (typeof name !== 'string' || typeof value !== 'string')
      throw policyError('Invalid Condition: values must be strings.');
    return {
      kind: op,
      // Without its `$` the condition names no field and fails (as S3 answers it).
      field: name.startsWith('$') ? name.slice(1).toLowerCase() : `\0${name}`,
      value,
      raw,
    };
  });
  return {
    expiration: new Date(expiration),
    conditions: parsed,
    raw: conditions,
  };
}

/**
 * Checks the fields read before the file against the signature and the policy (everything but
 * the size, which is known once the file has been read). Returns the size range.
 */
export function checkForm(
  fields: FormFields,
  bucket: string,
  options: Pick<S3FormFrontOptions, 'credentials' | 'region'> & { now: Date },
): { min: number; max: number } {
  const need = (name: string) => {
    const value = fields.get(name);
    if (value === undefined)
      throw new S3FormError(
        400,
        'InvalidArgument',
        `Bucket POST must contain a field named '${name}'.  If it is specified, please check the order of the fields.`,
        { ArgumentName: name, ArgumentValue: '' },
      );
    return value;
  };
  if (!fields.has('policy') && !fields.has('x-amz-signature'))
    // Anonymous: only a publicly writable bucket would take it.
    throw new S3FormError(403, 'AccessDenied', 'Access Denied');
  const algorithm = need('x-amz-algorithm');
  const credential = need('x-amz-credential');
  const amzDate = need('x-amz-date');
  const signature = need('x-amz-signature');
  const policyText = need('policy');
  need('key');
  if (algorithm !== 'AWS4-HMAC-SHA256')
    throw new S3FormError(
      400,
      'InvalidArgument',
      'Only AWS4-HMAC-SHA256 is supported',
    );
  const [accessKeyId, date, region, service, terminal] = credential.split('/');
  if (accessKeyId !== options.credentials.accessKeyId)
    throw new S3FormError(
      403,
      'InvalidAccessKeyId',
      'The AWS Access Key Id you provided does not exist in our records.',
    );
  if (
    !date ||
    !amzDate.startsWith(date) ||
    region !== options.region ||
    service !== 's3' ||
    terminal !== 'aws4_request'
  )
    throw new S3FormError(
      400,
      'AuthorizationQueryParametersError',
      `Error parsing the X-Amz-Credential parameter; the region '${region}' is wrong; expecting '${options.region}'`,
    );
  const expected = Buffer.from(
    policySignature(
      policyText,
      options.credentials.secretAccessKey,
      date,
      options.region,
    ),
  );
  const given = Buffer.from(signature);
  if (given.length !== expected.length || !timingSafeEqual(given, expected))
    throw new S3FormError(
      403,
      'SignatureDoesNotMatch',
      'The request signature we calculated does not match the signature you provided. Check your key and signing method.',
    );
  const policy = parsePolicy(
    Buffer.from(policyText, 'base64').toString('utf8'),
  );
  if (policy.expiration.getTime() <= options.now.getTime())
    throw new S3FormError(
      403,
      'AccessDenied',
      'Invalid according to Policy: Policy expired.',
    );
  // `bucket` is a policy element compared with the URL's bucket (and a field, when one is sent).
  const values = new Map(fields);
  if (!values.has('bucket')) values.set('bucket', bucket);
  else if (values.get('bucket') !== bucket)
    throw new S3FormError(
      403,
      'AccessDenied',
      'Invalid according to Policy: Policy Condition failed: ["eq", "$bucket", …]',
    );
  let range: { min: number; max: number } | undefined;
  const covered = new Set<string>();
  for (const condition of policy.conditions) {
    if (condition.kind === 'range') {
      range = { min: condition.min, max: condition.max };
      continue;
    }
    covered.add(condition.field);
    const value = values.get(condition.field);
    const ok =
      value !== undefined &&
      (condition.kind === 'eq'
        ? value === condition.value
        : value.startsWith(condition.value));
    if (!ok)
      throw new S3FormError(
        403,
        'AccessDenied',
        `Invalid according to Policy: Policy Condition failed: ${JSON.stringify(
          Array.isArray(condition.raw)
            ? condition.raw
            : ['eq', `$${condition.field}`, condition.value],
        )}`,
      );
  }
  for (const name of fields.keys()) {
    if (
      name === 'x-amz-signature' ||
      name === 'policy' ||
      name === 'file' ||
      name.startsWith('x-ignore-') ||
      covered.has(name)
    )
      continue;
    throw new S3FormError(
      403,
      'AccessDenied',
      `Invalid according to Policy: Extra input fields: ${name}`,
    );
  }
  return range ?? { min: 0, max: 5 * 1024 ** 3 };
}

/** `${filename}` in a field's value, as S3 expands it: the name after its last `/` or `\`. */
export function expandFilename(value: string, filename: string): string {
  const base = filename.split(/[/\\]/).at(-1) ?? '';
  // biome-ignore lint/suspicious/noTemplateCurlyInString: S3's ${filename} form variable, literally
  return value.replaceAll('${filename}', base);
}

/** The `tagging` field's XML as tags; MalformedXML when it is not a Tagging document. */
export function parseTagging(xml: string): Record<string, string> {
  let doc: unknown;
  try {
    doc = new XMLParser({
      isArray: (name) => name === 'Tag',
      parseTagValue: false,
    }).parse(xml, true);
  } catch {
    doc = undefined;
  }
  const tagging = (doc as { Tagging?: { TagSet?: { Tag?: unknown[] } } })
    ?.Tagging;
  if (!tagging)
    throw new S3FormError(
      400,
      'MalformedXML',
      'The XML you provided was not well-formed or did not validate against our published schema',
    );
  const tags: Record<string, string> = {};
  for (const tag of tagging.TagSet?.Tag ?? []) {
    const { Key, Value } = tag as { Key?: unknown; Value?: unknown };
    if (Key === undefined) continue;
    tags[String(Key)] = Value === undefined ? '' : String(Value);
  }
  return tags;
}

const xmlEscape = (text: string) =>
  text.replace(
    /[&<>]/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;' })[c] as string,
  );

/** node:crypto behind the SDK's checksum interface (plain and keyed SHA-256). */
type SourceData = string | ArrayBuffer | ArrayBufferView;
const bytesOf = (data: SourceData): Uint8Array | string =>
  typeof data === 'string'
    ? data
    : ArrayBuffer.isView(data)
      ? new Uint8Array(data.buffer, data.byteOffset, data.byteLength)
      : new Uint8Array(data);

class Sha256 {
  private hash;
  constructor(private readonly secret?: SourceData) {
    this.hash = this.fresh();
  }
  private fresh() {
    return this.secret === undefined
      ? createHash('sha256')
      : createHmac('sha256', bytesOf(this.secret));
  }
  update(data: SourceData): void {
    this.hash.update(bytesOf(data));
  }
  async digest(): Promise<Uint8Array> {
    return new Uint8Array(this.hash.digest());
  }
  reset(): void {
    this.hash = this.fresh();
  }
}

/**
 * Checks a header-signed (SigV4) request by signing its signed headers again with the one key
 * pair at the request's date. @returns whether the signatures match.
 */
export async function headerSignatureMatches(
  req: Pick<IncomingMessage, 'method' | 'url' | 'headers'>,
  options: Pick<S3FormFrontOptions, 'credentials' | 'region'>,
): Promise<boolean> {
  const auth = String(req.headers.authorization ?? '');
  const match =
    /^AWS4-HMAC-SHA256 Credential=([^/]+)\/(\d{8})\/([^/]+)\/s3\/aws4_request, ?SignedHeaders=([^,]+), ?Signature=([0-9a-f]{64})$/.exec(
      auth,
    );
  if (!match) return false;
  const [, accessKeyId, , region, signedHeaders, signature] =
    match as unknown as string[];
  const amzDate = String(req.headers['x-amz-date'] ?? '');
  if (
    accessKeyId !== options.credentials.accessKeyId ||
    region !== options.region ||
    !/^\d{8}T\d{6}Z$/.test(amzDate)
  )
    return false;
  const url = new URL(req.url ?? '/', 'http://front');
  const headers: Record<string, string> = {};
  for (const name of (signedHeaders as string).split(';'))
    headers[name] = String(req.headers[name] ?? '');
  const signer = new SignatureV4({
    credentials: options.credentials,
    region: options.region,
    service: 's3',
    sha256: Sha256,
    uriEscapePath: false,
    applyChecksum: false,
  });
  const signingDate = new Date(
    `${amzDate.slice(0, 4)}-${amzDate.slice(4, 6)}-${amzDate.slice(6, 8)}T${amzDate.slice(9, 11)}:${amzDate.slice(11, 13)}:${amzDate.slice(13, 15)}Z`,
  );
  const signed = await signer.sign(
    {
      method: req.method ?? 'GET',
      protocol: 'http:',
      hostname: headers.host ?? '',
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      headers,
    },
    {
      signingDate,
      unsignableHeaders: new Set(),
      signableHeaders: new Set(Object.keys(headers)),
    },
  );
  const again = /Signature=([0-9a-f]{64})/.exec(
    String(signed.headers.authorization ?? signed.headers.Authorization ?? ''),
  )?.[1];
  return again === signature;
}

function sendError(res: ServerResponse, error: S3FormError): void {
  const extra = Object.entries(error.extra)
    .map(([k, v]) => `<${k}>${xmlEscape(String(v))}</${k}>`)
    .join('');
  res.writeHead(error.status, { 'content-type': 'application/xml' });
  res.end(
    `<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>${error.code}</Code><Message>${xmlEscape(error.message)}</Message>${extra}</Error>`,
  );
}

/** `POST /<bucket>` with no query: a form upload (path-style, as the SDK addresses loopback). */
function formBucket(req: IncomingMessage): string | undefined {
  if (req.method !== 'POST') return undefined;
  if (!/^multipart\/form-data/i.test(req.headers['content-type'] ?? ''))
    return undefined;
  const match = /^\/([^/?]+)\/?$/.exec(req.url ?? '');
  return match ? decodeURIComponent(match[1] as string) : undefined;
}

export async function startS3FormFront(
  options: S3FormFrontOptions,
): Promise<S3FormFront> {
  const backend = new URL(options.backend);
  const s3 = new S3Client({
    endpoint: options.backend,
    region: options.region,
    forcePathStyle: true,
    credentials: options.credentials,
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
  });
  const tags = new Map<string, Record<string, string>>();
  const spool = await mkdtemp(join(tmpdir(), 'dsr-s3-form-'));
  let uploads = 0;

  /** Everything else goes to the emulator as it came (the Host header too: SigV4 signs it). */
  async function forward(
    req: IncomingMessage,
    res: ServerResponse,
  ): Promise<void> {
    let headers = req.headers;
    if (
      (req.method === 'GET' ||
        req.method === 'HEAD' ||
        // DeleteObjects (`POST /<bucket>/?delete`) is bucket-level too.
        (req.method === 'POST' && /\?delete(=|&|$)/.test(req.url ?? ''))) &&
      /^\/[^/?]+\/(\?|$)/.test(req.url ?? '') &&
      headers.authorization
    ) {
      // A bucket-level request: s3rver would check it against the wrong path (see above).
      if (!(await headerSignatureMatches(req, options))) {
        sendError(
          res,
          new S3FormError(
            403,
            'SignatureDoesNotMatch',
            'The request signature we calculated does not match the signature you provided. Check your key and signing method.',
          ),
        );
        return;
      }
      const { authorization: _a, ...rest } = headers;
      headers = rest;
    }
    const upstream = request(
      {
        host: backend.hostname,
        port: backend.port,
        method: req.method,
        path: req.url,
        headers,
      },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    upstream.on('error', () => {
      if (!res.headersSent) res.writeHead(502);
      res.end();
    });
    req.pipe(upstream);
  }

  async function upload(
    req: IncomingMessage,
    res: ServerResponse,
    bucket: string,
  ): Promise<void> {
    const fields: FormFields = new Map();
    let preData = 0;
    let failure: S3FormError | undefined;
    let stored:
      | {
          key: string;
          path: string;
          bytes: number;
          range: { min: number; max: number };
          tags?: Record<string, string>;
          contentType: string;
        }
      | undefined;
    const parser = busboy({
      headers: req.headers,
      defParamCharset: 'utf8',
      limits: { fieldSize: MAX_PRE_DATA_BYTES + 1 },
    });
    const files: Promise<void>[] = [];
    let fileSeen = false;
    parser.on('field', (name, value) => {
      // Fields after the file are ignored, as S3 does.
      if (fileSeen || failure) return;
      preData += Buffer.byteLength(name) + Buffer.byteLength(value);
      if (preData > MAX_PRE_DATA_BYTES) {
        failure = new S3FormError(
          400,
          'MaxPostPreDataLengthExceededError',
          'Your POST request fields preceding the upload file were too large.',
        );
        return;
      }
      const lower = name.toLowerCase();
      const before = fields.get(lower);
      fields.set(lower, before === undefined ? value : `${before},${value}`);
    });
    parser.on('file', (name, stream, info) => {
      if (fileSeen || failure || name.toLowerCase() !== 'file') {
        if (!failure && !fileSeen && name.toLowerCase() !== 'file')
          failure = new S3FormError(
            400,
            'IncorrectNumberOfFilesInPostRequest',
            'POST requires exactly one file upload per request.',
          );
        stream.resume();
        return;
      }
      fileSeen = true;
      files.push(
        (async () => {
          let range: { min: number; max: number };
          let objectTags: Record<string, string> | undefined;
          const expanded: FormFields = new Map(
            [...fields].map(([k, v]) => [
              k,
              expandFilename(v, info.filename ?? ''),
            ]),
          );
          try {
            range = checkForm(expanded, bucket, {
              ...options,
              now: (options.now ?? (() => new Date()))(),
            });
            const tagging = expanded.get('tagging');
            if (tagging !== undefined) objectTags = parseTagging(tagging);
          } catch (error) {
            failure =
              error instanceof S3FormError
                ? error
                : new S3FormError(400, 'InvalidRequest', String(error));
            stream.resume();
            return;
          }
          const path = join(spool, `${++uploads}`);
          let bytes = 0;
          const out = createWriteStream(path);
          for await (const chunk of stream as AsyncIterable<Buffer>) {
            bytes += chunk.length;
            // Past the limit: count on (S3 reports the proposed size) but keep nothing more.
            if (bytes <= range.max && !out.write(chunk))
              await new Promise<void>((resolve) =>
                out.once('drain', () => resolve()),
              );
          }
          await new Promise<void>((resolve, reject) =>
            out.end((error?: Error | null) =>
              error ? reject(error) : resolve(),
            ),
          );
          stored = {
            key: expanded.get('key') as string,
            path,
            bytes,
            range,
            tags: objectTags,
            contentType: expanded.get('content-type') ?? 'binary/octet-stream',
          };
        })(),
      );
    });
    const finished = new Promise<void>((resolve, reject) => {
      parser.once('close', resolve);
      parser.once('error', reject);
    });
    req.pipe(parser);
    try {
      await finished;
      await Promise.all(files);
    } catch {
      failure ??= new S3FormError(
        400,
        'MalformedPOSTRequest',
        'The body of your POST request is not well-formed multipart/form-data.',
      );
    }
    try {
      if (failure) throw failure;
      if (!stored) {
        if (!fields.has('key'))
          throw new S3FormError(
            400,
            'InvalidArgument',
            "Bucket POST must contain a field named 'key'.  If it is specified, please check the order of the fields.",
            { ArgumentName: 'key', ArgumentValue: '' },
          );
        throw new S3FormError(
          400,
          'IncorrectNumberOfFilesInPostRequest',
          'POST requires exactly one file upload per request.',
        );
      }
      const { key, bytes, range } = stored;
      if (bytes > range.max)
        throw new S3FormError(
          400,
          'EntityTooLarge',
          'Your proposed upload exceeds the maximum allowed size',
          { ProposedSize: bytes, MaxSizeAllowed: range.max },
        );
      if (bytes < range.min)
        throw new S3FormError(
          400,
          'EntityTooSmall',
          'Your proposed upload is smaller than the minimum allowed size',
          { ProposedSize: bytes, MinSizeAllowed: range.min },
        );
      const put = await s3.send(
        new PutObjectCommand({
          Bucket: bucket,
          Key: key,
          Body: createReadStream(stored.path),
          ContentLength: bytes,
          ContentType: stored.contentType,
        }),
      );
      const objectKey = `${bucket}/${key}`;
      if (stored.tags) tags.set(objectKey, stored.tags);
      else tags.delete(objectKey);
      const etag = put.ETag ?? '';
      const redirect = fields.get('success_action_redirect');
      let target: URL | undefined;
      try {
        target = redirect ? new URL(redirect) : undefined;
      } catch {
        target = undefined;
      }
      if (target) {
        target.searchParams.append('bucket', bucket);
        target.searchParams.append('key', key);
        target.searchParams.append('etag', etag);
        res.writeHead(303, { location: target.toString(), etag });
        res.end();
        return;
      }
      const status = fields.get('success_action_status');
      if (status === '201') {
        res.writeHead(201, { 'content-type': 'application/xml', etag });
        res.end(
          `<?xml version="1.0" encoding="UTF-8"?>\n<PostResponse><Location>${xmlEscape(`${options.backend}/${bucket}/${encodeURIComponent(key)}`)}</Location><Bucket>${xmlEscape(bucket)}</Bucket><Key>${xmlEscape(key)}</Key><ETag>${xmlEscape(etag)}</ETag></PostResponse>`,
        );
        return;
      }
      res.writeHead(status === '200' ? 200 : 204, { etag });
      res.end();
    } catch (error) {
      sendError(
        res,
        error instanceof S3FormError
          ? error
          : new S3FormError(
              500,
              'InternalError',
              'We encountered an internal error.',
            ),
      );
    } finally {
      if (stored) await rm(stored.path, { force: true });
    }
  }

  const server: Server = createServer((req, res) => {
    const bucket = formBucket(req);
    if (bucket === undefined) void forward(req, res);
    else void upload(req, res, bucket);
  });
  await new Promise<void>((resolve) =>
    server.listen(options.port ?? 0, options.host, resolve),
  );
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${options.host}:${port}`,
    port,
    server,
    tagsOf: (bucket, key) => {
      const found = tags.get(`${bucket}/${key}`);
      return found ? { ...found } : undefined;
    },
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      s3.destroy();
      await rm(spool, { recursive: true, force: true });
    },
  };
}
