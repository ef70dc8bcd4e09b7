/** The ops CLI commands: argument parsing and output only; the logic is in functions/use-cases/ops. */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import {
  CERTIFICATE_SCHEMA,
  type ErasureCertificate,
  verifyCertificate,
} from '#domain/erasure-certificate.ts';
import {
  REQUEST_STATUSES,
  REQUEST_TYPES,
  type RequestStatus,
  type RequestType,
} from '#domain/request.ts';
import { evidenceHtml } from '#presentation/ops-pages.ts';
import { processorName } from '#presentation/register.ts';
import { cancelRequest } from '#use-cases/ops/cancel-request.ts';
import {
  buildEvidence,
  type EvidenceBundle,
  verifyEvidence,
} from '#use-cases/ops/evidence.ts';
import { listRequests } from '#use-cases/ops/list-requests.ts';
import type { OpsPorts } from '#use-cases/ops/ports.ts';
import {
  listMerchants,
  listProcessors,
  removeProcessor,
  upsertProcessor,
} from '#use-cases/ops/registry.ts';
import { retryRequest } from '#use-cases/ops/retry-request.ts';
import { showRequest } from '#use-cases/ops/show-request.ts';
import { renderList, renderShow, styleFor, table } from './render.ts';

export const USAGE = `usage: npm run ops -- <command> [options] [--aws] [--json]

  list [--merchant M] [--status S] [--type T] [--due-within N] [--overdue]
       [--sort newest|urgent] [--limit N]        requests, newest (or most urgent) first
  show <requestId>                               request, deadlines, jobs, timeline
  retry <requestId>                              resume a failed or stuck request (audited)
  cancel <requestId> --reason "…"                stop it for good: CANCELLED (audited)
  evidence <requestId> [--out DIR]               auditor bundle: JSON + HTML, hash-chained
  verify <bundle.json | certificate.json>        check a bundle's hash chain, or an
                                                 erasure certificate's SHA-256
  processors <merchantId> [--set FILE.json | --remove ID]
                                                 the merchant's processor registry; --set
                                                 adds or replaces one entry (no credentials:
                                                 credentialsRef names the secret)
  merchants                                      merchants
  sweep [--at ISO]                               run the deadline sweep once

Target: the running \`npm start\` stack, found whatever its DATA_DIR (--data-dir DIR or DATA_DIR
picks one), or AWS with --aws (TABLE_NAME, STATE_MACHINE_ARN, PUBLIC_BASE_URL, MAIL_FROM from the
stack outputs). Colour only at a terminal; --json for scripts.`;

export interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
  tty: boolean;
}

export class UsageError extends Error {}

const OPTIONS = {
  aws: { type: 'boolean' },
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  merchant: { type: 'string' },
  status: { type: 'string' },
  type: { type: 'string' },
  'due-within': { type: 'string' },
  overdue: { type: 'boolean' },
  sort: { type: 'string' },
  limit: { type: 'string' },
  reason: { type: 'string' },
  out: { type: 'string' },
  at: { type: 'string' },
  set: { type: 'string' },
  remove: { type: 'string' },
  'data-dir': { type: 'string' },
} as const;

export function parse(argv: string[]) {
  try {
    return parseArgs({ args: argv, allowPositionals: true, options: OPTIONS });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

const oneOf = <T extends string>(
  name: string,
  value: string | undefined,
  allowed: readonly T[],
): T | undefined => {
  if (value === undefined) return undefined;
  if (!allowed.includes(value as T))
    throw new UsageError(`--${name} must be one of ${allowed.join(', ')}`);
  return value as T;
};
const count = (name: string, value: string | undefined) => {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isFinite(n) || n < 0)
    throw new UsageError(`--${name} must be a non-negative number`);
  return n;
};

/** Runs one command against `ports`; returns the exit code. */
export async function runCommand(
  argv: string[],
  ports: OpsPorts,
  io: Io,
  extra: { sweep?: (at: Date) => Promise<unknown> } = {},
): Promise<number> {
  const { positionals, values } = parse(argv);
  const [command, arg] = positionals;
  const style = styleFor(io.tty);
  const json = (v: unknown) => io.out(`${JSON.stringify(v, null, 2)}\n`);
  const need = (what: string) => {
    if (!arg) throw new UsageError(`${command} needs ${what}`);
    return arg;
  };
  switch (command) {
    case 'list': {
      const result = await listRequests(
        {
          merchantId: values.merchant,
          status: oneOf<RequestStatus>(
            'status',
            values.status,
            REQUEST_STATUSES,
          ),
          type: oneOf<RequestType>('type', values.type, REQUEST_TYPES),
          dueWithinDays: count('due-within', values['due-within']),
          overdue: values.overdue,
          sort: oneOf('sort', values.sort, ['newest', 'urgent'] as const),
          limit: count('limit', values.limit),
        },
        ports,
      );
      if (values.json) json(result);
      else
        io.out(
          `${renderList(
            result.requests,
            style,
            `${result.requests.length} shown; read from the ${result.source === 'index' ? 'open-requests index' : 'table (bounded scan)'}${result.truncated ? ', scan limit reached: narrow the filters' : ''}`,
          )}\n`,
        );
      return 0;
    }
    case 'show': {
      const view = await showRequest(
        { requestId: need('a request id') },
        ports,
      );
      if (values.json) json(view);
      else io.out(`${renderShow(view, style)}\n`);
      return 0;
    }
    case 'retry': {
      const result = await retryRequest(
        { requestId: need('a request id') },
        ports,
      );
      if (values.json) json(result);
      else
        io.out(
          `${style.green(result.mode === 'redrive' ? 'Redriven' : 'Restarted')}: execution ${result.execution}${result.resumeAt ? ` resumes at ${result.resumeAt}` : ''} (request ${result.fromStatus} → ${result.toStatus}). Follow it with: npm run ops -- show ${need('')}\n`,
        );
      return 0;
    }
    case 'cancel': {
      if (!values.reason) throw new UsageError('cancel needs --reason "…"');
      const result = await cancelRequest(
        { requestId: need('a request id'), reason: values.reason },
        ports,
      );
      if (values.json) json(result);
      else
        io.out(
          `Cancelled${result.stopped.length ? `; stopped ${result.stopped.join(', ')}` : ''}.\n`,
        );
      return 0;
    }
    case 'evidence': {
      const requestId = need('a request id');
      if (io.tty && !values.json) io.err(style.dim('Collecting evidence…\n'));
      const bundle = await buildEvidence({ requestId }, ports);
      if (values.json) {
        json(bundle);
        return 0;
      }
      const dir = resolve(values.out ?? '.');
      const base = join(dir, `evidence-${requestId}`);
      const jsonText = `${JSON.stringify(bundle, null, 2)}\n`;
      const htmlText = evidenceHtml(bundle);
      writeFileSync(`${base}.json`, jsonText);
      writeFileSync(`${base}.html`, htmlText);
      io.out(
        `${base}.json (${jsonText.length} bytes, ${bundle.auditChain.events.length} events, head ${bundle.auditChain.head.slice(0, 16)}…)\n${base}.html (${htmlText.length} bytes)\n`,
      );
      return 0;
    }
    case 'verify': {
      const document = JSON.parse(
        readFileSync(need('a bundle or certificate file'), 'utf8'),
      ) as EvidenceBundle | ErasureCertificate;
      if ('schema' in document && document.schema === CERTIFICATE_SCHEMA) {
        const valid = verifyCertificate(document);
        if (values.json) json({ valid, sha256: document.sha256 });
        else
          io.out(
            valid
              ? `${style.green('valid')}: erasure certificate ${document.requestId} round ${document.round}, sha256 ${document.sha256}\n`
              : `${style.red('INVALID')}: the certificate does not match its sha256\n`,
          );
        return valid ? 0 : 1;
      }
      const bundle = document as EvidenceBundle;
      const result = verifyEvidence(bundle);
      if (values.json) json(result);
      else
        io.out(
          result.valid
            ? `${style.green('valid')}: ${result.events} events, chain head ${result.head}\n`
            : `${style.red('INVALID')}: ${result.reason}\n`,
        );
      return result.valid ? 0 : 1;
    }
    case 'processors': {
      const merchantId = need('a merchant id');
      if (values.set) {
        const entry = JSON.parse(readFileSync(resolve(values.set), 'utf8'));
        const { processor, replaced } = await upsertProcessor(
          { merchantId, processor: entry },
          ports,
        );
        io.out(
          `${replaced ? 'replaced' : 'added'} ${processor.processorId} (${processor.kind}) for ${merchantId}\n`,
        );
        return 0;
      }
      if (values.remove) {
        await removeProcessor(
          { merchantId, processorId: values.remove },
          ports,
        );
        io.out(`removed ${values.remove} from ${merchantId}\n`);
        return 0;
      }
      const processors = await listProcessors({ merchantId }, ports);
      if (values.json) json(processors);
      else
        io.out(
          `${table(
            [
              'PROCESSOR',
              'KIND',
              'LEAD DAYS',
              'NAME',
              'CONTACT',
              'CREDENTIALS',
            ],
            processors.map((p) => [
              p.processorId,
              p.kind,
              String(p.leadTimeDays),
              processorName(p, 'en'),
              p.contactEmail ?? '',
              p.credentialsRef ?? '',
            ]),
            style,
          )}\n`,
        );
      return 0;
    }
    case 'merchants': {
      const merchants = await listMerchants(ports);
      if (values.json) json(merchants);
      else
        io.out(
          `${table(
            [
              'MERCHANT',
              'NAME',
              'COUNTRY',
              'REGIME',
              'PROCESSORS',
              'APPROVERS',
            ],
            merchants.map((m) => [
              m.merchantId,
              m.name,
              m.country,
              m.regime,
              String(m.processors),
              String(m.approvers),
            ]),
            style,
          )}\n`,
        );
      return 0;
    }
    case 'sweep': {
      if (!extra.sweep) throw new UsageError('sweep is not available here');
      const at = values.at ? new Date(values.at) : new Date();
      if (Number.isNaN(at.getTime()))
        throw new UsageError(`--at must be an ISO instant, got "${values.at}"`);
      json(await extra.sweep(at));
      return 0;
    }
    default:
      throw new UsageError(
        command ? `unknown command "${command}"` : 'no command',
      );
  }
}
