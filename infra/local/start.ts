/**
 * `npm start`: the whole system on this machine, no AWS account and no Docker.
 * Env: API_PORT (3000), MAIL_PORT (8005), OPS_PORT (8006), INBOUND_SMTP_PORT (2525, the privacy
 * inbox), DATA_DIR (.local-data), LOG_LEVEL (WARN),
 * OPERATOR_EMAILS (comma-separated: the console's deployment operators, who see every merchant),
 * SWEEP_INTERVAL_MS (the schedules' timer; default their own rates: the deadline sweep hourly,
 * the reconciler every 15 minutes; both also run once at start, so executions lost by a crash
 * or a restart are started again at once).
 * `npm start -- --reset` deletes the local data first (demo customers are seeded into a new table).
 */
import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { textIn } from '#domain/localized.ts';
import { approversOf } from '#domain/members.ts';
import { loadSeed } from '../seed/seed.ts';
import { startEmbeddedStack } from './embedded-stack.ts';
import {
  DEFAULT_DATA_DIR,
  removeStackFile,
  writeStackFile,
} from './stack-file.ts';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const port = (name: string, fallback: number) => {
  const value = Number(process.env[name] ?? fallback);
  if (!Number.isInteger(value) || value < 0 || value > 65535)
    throw new Error(`${name} must be a port number`);
  return value;
};

const started = performance.now();
const dataDir = resolve(repoRoot, process.env.DATA_DIR ?? DEFAULT_DATA_DIR);
if (process.argv.includes('--reset'))
  rmSync(dataDir, { recursive: true, force: true });

const stack = await startEmbeddedStack({
  apiPort: port('API_PORT', 3000),
  mailPort: port('MAIL_PORT', 8005),
  opsPort: port('OPS_PORT', 8006),
  smtpPort: port('INBOUND_SMTP_PORT', 2525),
  dataDir,
  // The table's work on a second core, beside the handlers and the engine (infra/local/dynalite.ts).
  dynamoThread: true,
  logLevel: process.env.LOG_LEVEL ?? 'WARN',
  scheduleEveryMs: Number(process.env.SWEEP_INTERVAL_MS ?? 0),
  operatorEmails: (process.env.OPERATOR_EMAILS ?? '')
    .split(',')
    .map((e) => e.trim())
    .filter(Boolean),
});
// Lets `npm run ops` attach to this running stack, whatever its DATA_DIR.
writeStackFile(repoRoot, dataDir, stack.environment);

const { merchant, customers } = loadSeed('lastu');
const lines = [
  '',
  'GDPR data-subject requests, running locally',
  '',
  `  Request form (merchant ${merchant.merchantId}):  ${stack.apiUrl}/m/${merchant.merchantId}`,
  `  Merchant console (sign in):      ${stack.apiUrl}/console/sign-in   (${merchant.members.map((m) => `${m.email}: ${m.role}`).join(', ')}; the link arrives in the mailbox)`,
  `  Mailbox (every email sent):      ${stack.mailUrl}/`,
  `  Privacy inbox (SMTP):            127.0.0.1:${stack.smtpPort}, mail to ${merchant.merchantId}@${stack.inboundDomain}`,
  `  Ops page (requests, timelines):  ${stack.opsUrl}/   (npm run ops -- --help)`,
  `  Step Functions endpoint:         ${stack.sfnUrl}`,
  `  Processor fakes:                 Shopify ${stack.fakes.baseUrls.shopify}, SendGrid ${stack.fakes.baseUrls.sendgrid}, Nosto ${stack.fakes.baseUrls.nosto}`,
  `  Data:                            ${dataDir}${stack.freshTable ? ' (new: demo customers seeded)' : ''}`,
  '',
  `  Demo customers of ${merchant.name}: ${customers.map((c) => c.email).join(', ')}`,
  `  Merchant approvals go to: ${approversOf(merchant).join(', ')} (read them in the mailbox, or in the console)`,
  `  Processors: ${merchant.processors.map((p) => `${textIn(p.name, 'en')} [${p.kind === 'email' ? `email to ${p.contactEmail}` : p.kind}]`).join('; ')}`,
  '',
  `ready in ${Math.round(performance.now() - started)} ms. Press Ctrl+C to stop.`,
  '',
];
process.stdout.write(lines.join('\n'));

let stopping = false;
const stop = async (signal: string) => {
  if (stopping) return;
  stopping = true;
  process.stdout.write(`\n${signal}: stopping…\n`);
  removeStackFile(repoRoot, dataDir);
  await stack.close();
  process.exit(0);
};
process.on('SIGINT', () => void stop('SIGINT'));
process.on('SIGTERM', () => void stop('SIGTERM'));
