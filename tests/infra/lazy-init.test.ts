/**
 * What a function's cold start loads (issue 18): the entry and the chunks it imports statically.
 * Code a function needs only on a rare path (for a link, its POST: the GET only shows a page) is
 * behind `import()`, and esbuild keeps it in a chunk of its own only while nothing the function
 * imports statically imports it too: one stray static import would put it back into every cold
 * start without failing anything else. Built as every function is
 * (infra/constructs/lambda-bundle.ts), from its entry in wiring.ts.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import type { Metafile } from 'esbuild';
import { afterAll, describe, expect, it } from 'vitest';
import { allAuthorities } from '#domain/supervisory-authorities.ts';
import { REPO_ROOT } from '#infra/constructs/dsr-function.ts';
import { bundleFunction } from '#infra/constructs/lambda-bundle.ts';
import { FUNCTIONS, type FunctionName } from '#infra/wiring.ts';
import { DEPLOY_TIME_ENV, initLoad } from '../../scripts/lambda-bundles.ts';
import { initOutputs } from '../helpers/init-outputs.ts';

const out = mkdtempSync(join(tmpdir(), 'dsr-lazy-init-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

/**
 * The source modules in the entry and its static chunks, those in any of its files, and the
 * Node built-ins the entry and its static chunks import statically.
 */
function modules(fn: FunctionName): {
  init: string[];
  all: string[];
  builtins: string[];
  /** The code of the entry and its static chunks. */
  code: string;
  /** Bytes of the entry and its static chunks that come from the inputs `fragment` names. */
  initBytes: (fragment: string) => number;
  files: string[];
} {
  const meta: Metafile = bundleFunction(
    REPO_ROOT,
    FUNCTIONS[fn].entry,
    join(out, fn),
  );
  const outputs = meta.outputs;
  const seen = initOutputs(outputs);
  const inputsOf = (files: Iterable<string>) => [
    ...new Set(
      [...files].flatMap((o) => Object.keys(outputs[o]?.inputs ?? {})),
    ),
  ];
  const builtins = [...seen].flatMap((o) =>
    (outputs[o]?.imports ?? [])
      .filter((i) => i.external && i.kind === 'import-statement')
      .map((i) => i.path),
  );
  return {
    init: inputsOf(seen),
    all: inputsOf(Object.keys(outputs)),
    builtins: [...new Set(builtins)].sort(),
    code: [...seen]
      .map((o) => readFileSync(join(out, fn, basename(o)), 'utf8'))
      .join('\n'),
    initBytes: (fragment) =>
      [...seen]
        .flatMap((o) => Object.entries(outputs[o]?.inputs ?? {}))
        .filter(([input]) => input.includes(fragment))
        .reduce((sum, [, { bytesInOutput }]) => sum + bytesInOutput, 0),
    files: Object.keys(outputs),
  };
}

/** Per function: modules (path fragments) its bundle holds but its cold start must not load. */
const RARE: Partial<Record<FunctionName, string[]>> = {
  // Pages read the table: S3 for a file, SFN for an action, CSV for a report's download. A cold
  // start is mostly a member signed out since the last visit: sent to sign in before any page.
  Console: [
    'functions/handlers/console/request-routes.ts',
    'functions/presentation/console/request-page.ts',
    'functions/presentation/console/inbox-page.ts',
    'node_modules/@aws-sdk/client-s3/',
    'node_modules/@aws-sdk/client-sfn/',
    'node_modules/@aws-sdk/client-sesv2/',
    'node_modules/csv-stringify/',
    'functions/handlers/console/action-routes.ts',
    'functions/handlers/console/file-routes.ts',
    'functions/handlers/console/admin-routes.ts',
    'functions/use-cases/console/actions.ts',
    'functions/presentation/console/settings-page.ts',
    // The emails an action sends (the request's page only reads), and their words.
    'functions/presentation/emails.ts',
    'functions/presentation/i18n/emails/en.ts',
    // The request page's words it shares with the public pages (the decision's, the form's).
    'functions/presentation/i18n/pages/en.ts',
  ],
  // The hourly run mostly finds no shop due.
  OffboardMerchants: [
    'node_modules/@aws-sdk/client-s3/',
    'node_modules/@aws-sdk/client-sfn/',
  ],
  // Erasures and the other completions never write a package.
  CompleteRequest: [
    'node_modules/@aws-sdk/client-s3/',
    'node_modules/csv-stringify/',
    'functions/use-cases/access-package.ts',
  ],
  // It resumes its own task only when the merchant's policy approves.
  RequestDecision: ['node_modules/@aws-sdk/client-sfn/'],
  // It resumes itself only when the round's last job answered meanwhile.
  AwaitProcessorJobs: ['node_modules/@aws-sdk/client-sfn/'],
  // Links: the GET shows a page; the POST starts or resumes the workflow.
  VerifyIdentity: ['node_modules/@aws-sdk/client-sfn/'],
  DecideRequest: [
    'node_modules/@aws-sdk/client-sfn/',
    'node_modules/@aws-sdk/client-sesv2/',
    'functions/use-cases/decide-request.ts',
    'functions/presentation/emails.ts',
  ],
  // The POST cancels: the withdrawal at a processor, the shopper's notice naming the authority.
  CancelDeferral: [
    'functions/use-cases/cancel-deferral.ts',
    'functions/use-cases/withdraw-erasure.ts',
    'functions/adapters/connectors/internal-dynamodb.ts',
    'functions/presentation/i18n/notices.ts',
    'functions/domain/supervisory-authority-table.ts',
  ],
  ReviewRelease: ['node_modules/@aws-sdk/client-sfn/'],
  ConfirmProcessorJob: ['node_modules/@aws-sdk/client-sfn/'],
  // A customer's request is the usual delivery; `shop/redact` comes once in a shop's life (48 hours
  // after it uninstalled the app): its scheduling, email, offboarding records and sent-mail log.
  ProcessShopifyWebhook: [
    'functions/use-cases/offboarding/schedule.ts',
    'functions/presentation/offboarding.ts',
    'functions/presentation/i18n/offboarding.ts',
    'functions/adapters/aws/dynamo-offboarding.ts',
    'functions/adapters/aws/dynamo-sent-mail.ts',
    // A body an old front kept in S3 is read only while a deployment updates from then.
    'functions/adapters/aws/s3-legacy-webhook-bodies.ts',
    'node_modules/@aws-sdk/client-s3/',
  ],
  // The POST lifts: the shopper's notice naming the authority, the processors' emails.
  LiftRestriction: [
    'functions/use-cases/lift-restriction.ts',
    'functions/presentation/notice-emails.ts',
    'functions/domain/supervisory-authority-table.ts',
  ],
  // Most callbacks report progress or a job that is not the round's last: nothing to resume.
  OpenDsrCallback: ['node_modules/@aws-sdk/client-sfn/'],
  // Most checks poll or find nobody to chase yet: one reminder and one escalation per job.
  CheckProcessorJobs: [
    'functions/use-cases/ask-for-confirmation.ts',
    'functions/presentation/emails.ts',
    'functions/presentation/i18n/en.ts',
    'functions/presentation/i18n/processor-mail.ts',
  ],
  // Most runs find every open request's execution running: restarts, stalls (flagged once, by
  // email) and a closing step's lost aftermath are rare.
  ReconcileRequests: [
    'functions/use-cases/aftermath.ts',
    'functions/use-cases/verify-identity.ts',
    'functions/presentation/emails.ts',
    'functions/presentation/i18n/en.ts',
    'functions/presentation/i18n/emails/en.ts',
    'functions/domain/supervisory-authority-table.ts',
  ],
  // Most of SES's events are deliveries; a bounce, reject or complaint tells the merchant.
  RecordMailEvent: [
    'functions/presentation/inbound-emails.ts',
    'functions/presentation/i18n/inbound.ts',
    'functions/presentation/i18n/en.ts',
  ],
  // Hourly: a reminder per stage per request, so most runs send none.
  SweepDeadlines: [
    'functions/presentation/emails.ts',
    'functions/presentation/i18n/en.ts',
    'functions/presentation/i18n/emails/en.ts',
  ],
};

/**
 * Per function: modules its bundle must not hold at all. A static import chain that pulls in code
 * the function never calls costs every cold start and shows in no test of its behaviour.
 */
const NEVER: Partial<Record<FunctionName, string[]>> = {
  // It records a processor's answer: it sends no email.
  OpenDsrCallback: ['functions/presentation/emails.ts'],
  // A verified delivery's body is kept in the table, on its claim (dynamo-webhook-inbox.ts):
  // the front never touches S3 and claims the delivery without the request store.
  ShopifyWebhook: [
    'node_modules/@aws-sdk/client-s3/',
    'functions/adapters/aws/dynamo-request-store.ts',
  ],
};

/**
 * The link functions: what became of the request, on a used or expired link's page
 * (use-cases/link-aftermath.ts, handlers/gone-link.ts), loads with the first such page; a link's
 * first request is mostly its GET while the link is fresh.
 */
const LINK_FUNCTIONS: FunctionName[] = [
  'VerifyIdentity',
  'DecideRequest',
  'ShowRequestStatus',
  'AnswerInformation',
  'ReviewRelease',
  'DownloadExport',
  'ConfirmProcessorJob',
  'CancelDeferral',
  'LiftRestriction',
];

describe("a function's cold start", () => {
  it.each(LINK_FUNCTIONS)(
    "%s loads a used link's aftermath only when its page is shown",
    (fn) => {
      const { init, all } = modules(fn);
      const aftermath = 'functions/use-cases/link-aftermath.ts';
      expect(all.some((m) => m.includes(aftermath))).toBe(true);
      expect(init.filter((m) => m.includes(aftermath))).toEqual([]);
    },
  );

  it.each(Object.entries(RARE) as [FunctionName, string[]][])(
    '%s loads its rare paths only when one runs',
    (fn, rare) => {
      const { init, all } = modules(fn);
      const found = (list: string[], fragment: string) =>
        list.some((m) => m.includes(fragment));
      // In the bundle (the path still works), not in what a cold start loads.
      expect(rare.filter((m) => !found(all, m))).toEqual([]);
      expect(rare.filter((m) => found(init, m))).toEqual([]);
    },
  );

  // Modules a function never calls, kept off its cold start: the table's ports the webhook's
  // functions do not use (they take theirs from composition/aws/webhooks.ts and webhook-worker.ts, not dynamo.ts), and
  // the upload texts that presentation/emails.ts imports for one email the worker never sends.
  it.each([
    [
      'ShopifyWebhook',
      ['dynamo-sent-mail.ts', 'dynamo-offboarding.ts'].map(
        (m) => `functions/adapters/aws/${m}`,
      ),
    ],
    ['ProcessShopifyWebhook', ['functions/presentation/i18n/uploads.ts']],
  ] as const)("%s's cold start loads no module it never calls", (fn, more) => {
    const { init } = modules(fn);
    const unused = [
      'functions/adapters/aws/dynamo-link-store.ts',
      'functions/adapters/aws/dynamo-subject-data.ts',
      ...more,
    ];
    expect(unused.filter((m) => init.some((i) => i.includes(m)))).toEqual([]);
  });

  // domain/schemas.ts declares the form's and the tasks' inputs pure, and the Shopify webhook's
  // domain its payloads: each function builds at cold start only those it reads (zod builds a
  // schema's objects where it is declared).
  it.each([
    ['ShopifyWebhook', []],
    ['ProcessShopifyWebhook', ['shopify']],
    ['ContinueExecution', ['continue']],
    ['SubmitRequest', ['agent']],
  ] as const)(
    "%s's cold start builds only the inputs it reads",
    (fn, reads) => {
      const marks = {
        // ContinueExecutionInput's state machine ARN, AgentInput's message, the payload of
        // Shopify's customers/redact.
        continue: 'stateMachine:[A-Za-z0-9_-]{1,80}$',
        agent: "tick the box to ask on someone else's behalf",
        shopify: 'orders_to_redact:',
      };
      const { code } = modules(fn);
      const built = Object.entries(marks)
        .filter(([, mark]) => code.includes(mark))
        .map(([input]) => input);
      expect(built).toEqual(reads);
    },
  );

  // Deferring what the usual first request needs only moves its cost past the measurement: a
  // customer's request, the worker's usual delivery, computes the request's deadline.
  it("ProcessShopifyWebhook's cold start holds the deadline engine every customer's request uses", () => {
    const { init } = modules('ProcessShopifyWebhook');
    expect(
      [
        'functions/domain/request-deadline.ts',
        'functions/domain/deadlines/calculate.ts',
      ].filter((m) => !init.some((i) => i.includes(m))),
    ).toEqual([]);
  });

  // Every completion names the merchant's supervisory authority (the shopper's right to complain),
  // but only that one: the table is a file per authority beside the chunks, and the first request
  // reads its merchant's (domain/supervisory-authority-table.ts). The cold start holds the loader,
  // none of the 47 entries (~20 KB when they were code).
  it("CompleteRequest's cold start holds no authority's entry, and its bundle every authority's file", () => {
    const { init, initBytes, code } = modules('CompleteRequest');
    const loader = 'functions/domain/supervisory-authority-table.ts';
    expect(init).toContain(loader);
    expect(initBytes(loader)).toBeLessThan(1000);
    const authorities = allAuthorities();
    expect(
      authorities
        .flatMap((a) => [a.native.text, a.names.fi.text, a.names.fr.text])
        .filter((name) => code.includes(name)),
    ).toEqual([]);
    expect(
      readdirSync(join(out, 'CompleteRequest', 'authority-data')).sort(),
    ).toEqual(authorities.map((a) => `${a.code}.json`).sort());
  });

  // The merchant's notice of a request by email or from Shopify admin is in the merchant's
  // language: English is in the module, each other language a file of its own that a container
  // reads the first time a notice in it is rendered (presentation/i18n/lazy.ts), so a cold start
  // never holds the three languages its merchant does not read.
  it.each(['ReceiveInboundMail', 'ProcessShopifyWebhook'] as const)(
    "%s's cold start holds the inbound notice's English and none of its other languages",
    (fn) => {
      const { init, all, files } = modules(fn);
      const others = ['fi', 'sv', 'de', 'fr'].map(
        (l) => `functions/presentation/i18n/inbound/${l}.ts`,
      );
      expect(init.some((m) => m.endsWith('presentation/i18n/inbound.ts'))).toBe(
        true,
      );
      expect(others.filter((m) => !all.includes(m))).toEqual([]);
      expect(others.filter((m) => init.includes(m))).toEqual([]);
      expect(
        files
          .map((f) => basename(f))
          .filter((f) => /^i18n-inbound-\w+\.mjs$/.test(f))
          .sort(),
      ).toEqual(['de', 'fi', 'fr', 'sv'].map((l) => `i18n-inbound-${l}.mjs`));
    },
  );

  // The emails' words, the pages' and a processor's mail are catalogue families of their own
  // (presentation/i18n/emails/, pages/, processor-mail.ts; what emails and pages both say is in
  // the shared one): a function that only sends email loads none of the pages' words at cold
  // start, one that only renders pages none of the emails', the processor job only its mail's, in
  // English; each other language is a file of its own in the bundle, read when first asked for.
  it.each([
    ['DenyRequest', ['emails'], ['pages', 'processor-mail']],
    ['CompleteRequest', ['emails'], ['pages']],
    ['ReceiveInboundMail', ['emails'], ['pages', 'processor-mail']],
    ['RunProcessorJob', ['processor-mail'], ['emails', 'pages']],
    ['ShowRequestForm', ['pages'], ['emails', 'processor-mail']],
    ['VerifyIdentity', ['pages'], ['emails', 'processor-mail']],
    ['DecideRequest', ['pages'], ['emails', 'processor-mail']],
  ] as const)(
    "%s's cold start holds the words of %j in English and none of %j",
    (fn, uses, never) => {
      const { init, files } = modules(fn);
      const i18n = 'functions/presentation/i18n';
      const english = {
        emails: `${i18n}/emails/en.ts`,
        pages: `${i18n}/pages/en.ts`,
        'processor-mail': `${i18n}/processor-mail.ts`,
      };
      const others = ['de', 'fi', 'fr', 'sv'];
      expect(init).toContain(`${i18n}/en.ts`);
      for (const family of uses) {
        expect(init).toContain(english[family]);
        expect(
          others
            .map((l) => `${i18n}/${family}/${l}.ts`)
            .filter((m) => init.includes(m)),
        ).toEqual([]);
        expect(
          files
            .map((f) => basename(f))
            .filter((f) => new RegExp(`^i18n-${family}-\\w+\\.mjs$`).test(f))
            .sort(),
        ).toEqual(others.map((l) => `i18n-${family}-${l}.mjs`));
      }
      for (const family of never)
        expect(
          init.filter(
            (m) => m === english[family] || m.startsWith(`${i18n}/${family}/`),
          ),
        ).toEqual([]);
    },
  );

  // Every authentic Shopify delivery is verified with the shop's secret: the front awaits its
  // STS and Secrets Manager clients at init (they sit behind import() for the connector jobs), so
  // its cold start, measured by running the bundle, counts what its first request needs.
  it("ShopifyWebhook's cold start loads the clients that read the shop's secret", () => {
    const meta = bundleFunction(
      REPO_ROOT,
      FUNCTIONS.ShopifyWebhook.entry,
      join(out, 'ShopifyWebhook-run'),
    );
    const { files } = initLoad(join(out, 'ShopifyWebhook-run', 'index.mjs'), {
      env: { ...DEPLOY_TIME_ENV },
    });
    const loaded = new Set(files.map((f) => basename(f.file)));
    const inputsLoaded = Object.entries(meta.outputs)
      .filter(([o]) => loaded.has(basename(o)))
      .flatMap(([, o]) => Object.keys(o.inputs));
    for (const client of ['client-sts', 'client-secrets-manager'])
      expect(inputsLoaded.some((i) => i.includes(`@aws-sdk/${client}/`))).toBe(
        true,
      );
    // Nor S3, statically or awaited: the body goes to the table with its claim.
    expect(
      inputsLoaded.filter((i) => i.includes('@aws-sdk/client-s3/')),
    ).toEqual([]);
  });

  it.each(Object.entries(NEVER) as [FunctionName, string[]][])(
    '%s bundles no code it never calls',
    (fn, never) => {
      const { all } = modules(fn);
      expect(never.filter((m) => all.some((a) => a.includes(m)))).toEqual([]);
    },
  );

  // postal-mime decodes HTML entities only when a message's HTML becomes its text (an HTML-only
  // message); the usual message is plain text. The build reads the table from a file of its own
  // on the first lookup (infra/constructs/html-entities-file.mjs).
  it("ReceiveInboundMail's reads postal-mime's HTML entity table only when a message's HTML becomes text", () => {
    const { initBytes, files } = modules('ReceiveInboundMail');
    expect(
      initBytes('node_modules/postal-mime/dist/esm/text-format.js'),
    ).toBeGreaterThan(0);
    // The table's module is a few hundred bytes that read the file (45 KB as a literal).
    expect(
      initBytes('node_modules/postal-mime/dist/esm/html-entities.js'),
    ).toBeLessThan(1000);
    expect(
      files.filter((f) => /\/html-entities-\w+\.json$/.test(f)),
    ).toHaveLength(1);
  });

  it("Console's does not import node:http (Node's HTTP stack and undici; the SDK's clients load it with their first call)", () => {
    expect(modules('Console').builtins).not.toContain('node:http');
  });
});
