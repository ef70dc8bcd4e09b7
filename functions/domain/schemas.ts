/**
 * Schemas for what crosses a trust boundary: the public form, merchant configuration, task inputs.
 * zod builds a schema's objects when it is declared, so the form's and the tasks' inputs are
 * each built by an arrow function called at once and annotated `@__PURE__`: esbuild leaves such a
 * declaration out of a bundle that never reads it, and a function does not build, at every cold
 * start, the inputs of other functions (tests/infra/lazy-init.test.ts).
 */

import { AGENT_RELATIONS, agentProblems } from './agents.ts';
import { isValidTimeZone } from './deadline.ts';
import { REGIME_IDS } from './deadlines/regime-ids.ts';
import { SUPPORTED_LOCALES } from './locales.ts';
import { MEMBER_ROLES, type MemberRole, roleAllows } from './member-roles.ts';
import {
  DATA_CATEGORIES,
  PROCESSING_PURPOSES,
  TRANSFER_BASES,
  transferProblem,
} from './processing-register.ts';
import { requestTypeProblems } from './request-input-rules.ts';
import { OBJECTION_SCOPES, REQUEST_TYPES } from './request-kinds.ts';
import { REQUEST_RETENTION_DAYS } from './retention.ts';
import {
  DEFAULT_FINANCIAL_YEAR_END,
  retentionSettingsProblem,
} from './retention-rules.ts';
import {
  type ConfiguredAuthority as ConfiguredAuthorityShape,
  chooseAuthority,
} from './supervisory-authority-choice.ts';
import * as z from './zod.ts';

export { type Locale, SUPPORTED_LOCALES } from './locales.ts';

/**
 * Characters no free text may hold, the one definition for every field a person types (the form,
 * decision, extension and withholding reasons, processor notes, deferral cancellations, operator
 * reasons, merchant configuration): C0 controls and DEL (header and log injection), C1 controls
 * (U+0080–U+009F), the Unicode line and paragraph separators (U+2028, U+2029: line breaks a
 * single-line field must not smuggle), and the explicit bidirectional formatting characters,
 * embeddings and overrides U+202A–U+202E and isolates U+2066–U+2069, which reorder what a reader
 * sees (a name whose U+202E makes "gpj.exe" read "exe.jpg", an order number that reads
 * backwards in the merchant's and processors' emails). The implicit marks U+200E, U+200F and
 * U+061C stay allowed: right-to-left names need them and they cannot reverse a run of letters.
 * Multi-line fields keep tab, line feed and carriage return.
 */
const BIDI_AND_SEPARATORS = '\\u2028\\u2029\\u202A-\\u202E\\u2066-\\u2069';
const UNSAFE_SINGLE_LINE = new RegExp(
  `[\\u0000-\\u001F\\u007F-\\u009F${BIDI_AND_SEPARATORS}]`,
  'u',
);
// Tab (U+0009), line feed (U+000A) and carriage return (U+000D) left out.
const UNSAFE_MULTI_LINE = new RegExp(
  `[\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\u007F-\\u009F${BIDI_AND_SEPARATORS}]`,
  'u',
);

/** How a free-text field is read: one line (names, numbers, settings) or several (notes). */
export interface TextShape {
  multiline?: boolean;
}

const unsafeIn = ({ multiline = false }: TextShape) =>
  multiline ? UNSAFE_MULTI_LINE : UNSAFE_SINGLE_LINE;

/** True if `value` holds none of the characters free text may not hold (see above). */
export const noControlChars = (value: string, shape: TextShape = {}) =>
  !unsafeIn(shape).test(value);

/**
 * `value` without the characters free text may not hold: for the link pages' reasons and notes
 * (a person at the merchant or processor typed them; what they can see of it is kept) and the
 * operator's reasons. The public form refuses them instead ({@link freeText}).
 */
export function withoutControlChars(
  value: string,
  shape: TextShape = {},
): string {
  return value.replace(new RegExp(unsafeIn(shape).source, 'gu'), '');
}

/**
 * A posted reason or note of a link page (a multi-line text area), trimmed and without unsafe
 * characters; '' when absent or not text. Its length and presence are checked by the caller.
 */
export function reasonText(value: unknown): string {
  return typeof value === 'string'
    ? withoutControlChars(value, { multiline: true }).trim()
    : '';
}

export const CONTROL_CHARS_MESSAGE =
  'must not contain control characters or text-direction overrides';

/** Trimmed free text of at most `max` characters, refused (400) if it holds an unsafe character. */
export const freeText = (max: number, shape: TextShape = {}) =>
  z.string().check(
    z.trim(),
    z.maxLength(max, `must be at most ${max} characters`),
    z.refine((v) => noControlChars(v, shape), CONTROL_CHARS_MESSAGE),
  );

/** A single-line string of merchant configuration (names, purposes, settings). */
const ConfigText = z
  .string()
  .check(z.refine((v) => noControlChars(v), CONTROL_CHARS_MESSAGE));

const HexColor = z
  .string()
  .check(z.regex(/^#[0-9a-fA-F]{6}$/, 'must be a colour like #1d4ed8'));
const Origin = z
  .string()
  .check(
    z.regex(
      /^https:\/\/[a-z0-9.-]+(:\d{1,5})?$/,
      'must be an https origin such as https://shop.example',
    ),
  );

export const MerchantId = z
  .string()
  .check(
    z.regex(
      /^[a-z0-9][a-z0-9-]{1,62}$/,
      'must be a merchant id (lower-case letters, digits, hyphens)',
    ),
  );

export const Email = z.pipe(
  z.pipe(
    z.string().check(
      z.trim(),
      z.maxLength(254, 'must be at most 254 characters'),
      z.refine((v) => noControlChars(v), CONTROL_CHARS_MESSAGE),
    ),
    z.email('must be a valid email address'),
  ),
  z.transform((v) => v.toLowerCase()),
);

/** What a shopper may ask to be corrected (Art. 16). `other`: described in the value. */
export const CORRECTION_FIELDS = [
  'name',
  'email',
  'phone',
  'address',
  'other',
] as const;
export type CorrectionField = (typeof CORRECTION_FIELDS)[number];
export const MAX_CORRECTIONS = 5;
/** Rows of the HTML form's correction group (`correction<n>Field`, `correction<n>Value`). */
export const FORM_CORRECTION_ROWS = 3;

/**
 * One correction the shopper states: which data, and what it should be. Personal data: kept on
 * the request record only, never in execution state, logs or errors.
 */
export const Correction = /* @__PURE__ */ (() =>
  z
    .object({
      field: z.enum(
        CORRECTION_FIELDS,
        `must be one of ${CORRECTION_FIELDS.join(', ')}`,
      ),
      // An address may take several lines.
      value: z.pipe(
        freeText(500, { multiline: true }),
        z.string().check(z.minLength(1, 'is required')),
      ),
    })
    .check(
      z.superRefine((c, ctx) => {
        if (c.field === 'email' && !z.email().safeParse(c.value).success)
          ctx.addIssue({
            code: 'custom',
            path: ['value'],
            message: 'must be a valid email address',
          });
      }),
    ))();
export type Correction = z.infer<typeof Correction>;

/**
 * The HTML form posts corrections as flat fields (`correction1Field`, `correction1Value`, …):
 * folded into `corrections` (rows without a value are skipped). A body that already has
 * `corrections` (JSON) is left as it is.
 */
export function withFormCorrections(body: unknown): unknown {
  if (typeof body !== 'object' || body === null || Array.isArray(body))
    return body;
  const b = body as Record<string, unknown>;
  if (b.corrections !== undefined) return body;
  const rows: { field: unknown; value: unknown }[] = [];
  for (let i = 1; i <= MAX_CORRECTIONS; i++) {
    const value = b[`correction${i}Value`];
    if (typeof value !== 'string' || value.trim() === '') continue;
    rows.push({ field: b[`correction${i}Field`], value });
  }
  return rows.length > 0 ? { ...b, corrections: rows } : body;
}

/**
 * Someone asking on the subject's behalf (domain/agents.ts): their name, their own address and
 * who they are to the subject. `onBehalf` is the form's "I am asking on someone else's behalf"
 * box: agent fields filled in without it are refused (the form never guesses who is asking).
 */
export const AgentInput = /* @__PURE__ */ (() =>
  z.object({
    name: z.pipe(
      freeText(200),
      z.string().check(z.minLength(1, 'is required')),
    ),
    email: Email,
    relation: z.enum(
      AGENT_RELATIONS,
      `must be one of ${AGENT_RELATIONS.join(', ')}`,
    ),
    onBehalf: z
      .optional(z.boolean())
      .check(
        z.refine(
          (v) => v !== false,
          "tick the box to ask on someone else's behalf, or clear the agent's fields",
        ),
      ),
  }))();
export type AgentInput = z.infer<typeof AgentInput>;

/**
 * `POST /requests` body. Unknown fields are ignored. A rectification states what is wrong: at
 * least one structured correction (applied by the connectors that can) or, failing that, free
 * text in `details` (for the merchant only: processors never receive the shopper's own words,
 * domain/processor-scope.ts). Corrections
 * sent with another request type are refused: the request would otherwise be filed as what the
 * type says (an access request, say) while the shopper asked for a correction.
 */
export const SubmitRequestInput = /* @__PURE__ */ (() =>
  z
    .object({
      merchant: MerchantId,
      type: z.enum(REQUEST_TYPES, `must be one of ${REQUEST_TYPES.join(', ')}`),
      email: Email,
      name: z.optional(freeText(200)),
      orderNumber: z.optional(freeText(64)),
      details: z.optional(freeText(4000, { multiline: true })),
      corrections: z.optional(
        z
          .array(Correction)
          .check(
            z.maxLength(
              MAX_CORRECTIONS,
              `must be at most ${MAX_CORRECTIONS} corrections`,
            ),
          ),
      ),
      locale: z.optional(z.enum(SUPPORTED_LOCALES)),
      /**
       * An objection: to direct marketing (Art. 21(2)-(3)) or to other processing, profiling
       * included (Art. 21(1)). Required with `objection`; ignored with any other type (the form's
       * radios cannot be cleared once chosen, and it says nothing about another request).
       */
      objectionScope: z.optional(
        z.enum(
          OBJECTION_SCOPES,
          `must be one of ${OBJECTION_SCOPES.join(', ')}`,
        ),
      ),
      /** Asked on the subject's behalf (domain/agents.ts); `email` stays the subject's. */
      agent: z.optional(AgentInput),
    })
    .check(
      z.superRefine((input, ctx) => {
        agentProblems(input, (path, message) =>
          ctx.addIssue({ code: 'custom', path, message }),
        );
        requestTypeProblems(input, 'shopper', (path, message) =>
          ctx.addIssue({ code: 'custom', path, message }),
        );
      }),
    ))();
export type SubmitRequestInput = z.infer<typeof SubmitRequestInput>;

export const PROCESSOR_KINDS = [
  'internal-dynamodb',
  'shopify',
  'sendgrid',
  'nosto',
  'klaviyo',
  'mailchimp',
  'opendsr',
  'email',
] as const;

/** An ISO 3166 country or subdivision code such as `FI`, `DE-BY` or `US-CA`. */
const CountryCode = z
  .string()
  .check(
    z.regex(
      /^[A-Z]{2}(-[A-Z0-9]{1,3})?$/,
      'must be an ISO 3166 code such as FI or US-CA',
    ),
  );

const HttpsUrl = z.url({ protocol: /^https$/ });
/** A merchant's own supervisory authority: see MerchantConfig `supervisoryAuthority`. */
const ConfiguredAuthority = z.object({
  name: z.union([
    z.pipe(ConfigText, z.string().check(z.minLength(1), z.maxLength(200))),
    z.partialRecord(
      z.enum(SUPPORTED_LOCALES),
      z.pipe(ConfigText, z.string().check(z.minLength(1), z.maxLength(200))),
    ),
  ]),
  url: z.union([
    HttpsUrl,
    z.partialRecord(z.enum(SUPPORTED_LOCALES), HttpsUrl),
  ]),
}) satisfies z.ZodMiniType<ConfiguredAuthorityShape>;

/**
 * Most processors one merchant may register. Every processor is one iteration of the workflow's
 * dispatch Map (at most 21 history events with every retry) and one result in its state: 100
 * keep an execution far inside Step Functions' 25,000 events and 256 KiB of state
 * (statemachines/README.md, "Limits").
 */
export const MAX_PROCESSORS = 100;

/**
 * Text a shopper reads, configured by the merchant (domain/localized.ts): one text for every
 * language (a proper name, a statute) or a text in each supported language, none left out.
 */
const localizedText = (max: number) => {
  const text = z.pipe(
    ConfigText,
    z.string().check(z.minLength(1), z.maxLength(max)),
  );
  return z.union(
    [
      text,
      z.strictObject({ en: text, fi: text, sv: text, de: text, fr: text }),
    ],
    {
      error: `must be one text for every language, or an object with a text in each of ${SUPPORTED_LOCALES.join(', ')}`,
    },
  );
};
const PerLanguageText = z.strictObject({
  en: z.pipe(ConfigText, z.string().check(z.minLength(1), z.maxLength(200))),
  fi: z.pipe(ConfigText, z.string().check(z.minLength(1), z.maxLength(200))),
  sv: z.pipe(ConfigText, z.string().check(z.minLength(1), z.maxLength(200))),
  de: z.pipe(ConfigText, z.string().check(z.minLength(1), z.maxLength(200))),
  fr: z.pipe(ConfigText, z.string().check(z.minLength(1), z.maxLength(200))),
});
/** A register entry: a code the catalogues translate, or the merchant's words in every language. */
const coded = <T extends readonly [string, ...string[]]>(
  codes: T,
  what: string,
) =>
  z.union([z.enum(codes), PerLanguageText], {
    error: `must be a ${what} code (${codes.join(', ')}) or an object with a text in each of ${SUPPORTED_LOCALES.join(', ')}`,
  });

const Transfer = z
  .object({
    /** ISO 3166-1 alpha-2 of the destination. */
    country: z
      .string()
      .check(z.regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 code such as US')),
    basis: z.enum(TRANSFER_BASES),
  })
  .check(
    z.superRefine((t, ctx) => {
      const problem = transferProblem(t);
      if (problem)
        ctx.addIssue({ code: 'custom', path: ['basis'], message: problem });
    }),
  );

/**
 * One entry of a merchant's processor registry: who holds the shopper's data, what and why (the
 * access report and the Art. 19 notice need it), and how to reach them. Everything a shopper
 * reads is a code or text in every language (docs/PROCESSORS.md, "The registry entry").
 */
export const ProcessorConfig = z.object({
  processorId: z.string().check(z.regex(/^[a-z0-9][a-z0-9-]{1,62}$/)),
  /** Connector implementation (functions/adapters/connectors). `email`: a person at the processor, by email. */
  kind: z.enum(PROCESSOR_KINDS),
  name: localizedText(200),
  /** What data it holds (Art. 15(1)(b)): codes (domain/processing-register.ts) or text per language. */
  categories: z._default(z.array(coded(DATA_CATEGORIES, 'data category')), []),
  /** Why (Art. 15(1)(a)); the direct-marketing purposes decide who hears of an objection. */
  purposes: z._default(z.array(coded(PROCESSING_PURPOSES, 'purpose')), []),
  /** How long the processor keeps the data, in words (access report, Art. 15(1)(d)). */
  retention: z.optional(localizedText(500)),
  /**
   * Where the data is processed, and each transfer outside the EEA with its basis: an adequacy
   * decision (Art. 45) or appropriate safeguards (Art. 46); none inside the EEA.
   */
  location: z.optional(
    z.object({
      region: localizedText(200),
      transfers: z._default(z.array(Transfer).check(z.maxLength(20)), []),
      /** Replaced by `transfers` (a free-text basis could not tell Art. 45 from Art. 46). */
      transferBasis: z.optional(
        z.never({
          error:
            'is replaced by transfers: [{ country, basis: adequacy | sccs | bcrs }]',
        }),
      ),
    }),
  ),
  /**
   * The processor profiles the shopper (Art. 4(4)): what it does, in every language, and
   * whether for direct marketing (then the shopper may object at any time and it stops,
   * Art. 21(2)–(3)); the access report states it.
   */
  profiling: z.optional(
    z.object({
      description: localizedText(500),
      directMarketing: z.boolean(),
    }),
  ),
  /** Privacy contact: email processors get the request here; others are named in reports. */
  contactEmail: z.optional(z.email()),
  /** Language of emails to this processor (Posti: fi). */
  locale: z._default(z.enum(SUPPORTED_LOCALES), 'en'),
  /** Days before the request's deadline by which this processor must have answered. */
  leadTimeDays: z._default(z.number().check(z.int(), z.gte(0), z.lte(20)), 5),
  /**
   * Name of the secret holding the connector's credentials: a Secrets Manager secret on AWS,
   * `DSR_SECRET_<NAME>` (JSON) locally. Never the credentials themselves.
   */
  credentialsRef: z.optional(
    z.string().check(z.regex(/^[A-Za-z0-9/_+=.@-]{1,200}$/)),
  ),
  /** Non-secret connector settings: base URL, shop domain, API version, list ids… */
  settings: z._default(
    z.record(z.string(), z.union([ConfigText, z.number(), z.boolean()])),
    {},
  ),
  /**
   * Installed as a Shopify app: Shopify's own erasure sends it `customers/redact` (Judge.me, Nosto).
   * The Shopify job records that cascade.
   */
  shopifyApp: z._default(z.boolean(), false),
});
export type ProcessorConfig = z.infer<typeof ProcessorConfig>;

/** One person of the merchant's console and their role (domain/member-roles.ts). */
export const Member = z.object({
  email: Email,
  role: z.enum(MEMBER_ROLES, `must be one of ${MEMBER_ROLES.join(', ')}`),
});
export type Member = z.infer<typeof Member>;

/** Most people one merchant's console lists. */
export const MAX_MEMBERS = 100;

const MerchantFields = z.object({
  merchantId: MerchantId,
  name: z.pipe(ConfigText, z.string().check(z.minLength(1))),
  /** The controller's registered name (`Lastu Oy`), as every document names it; default `name`. */
  legalName: z.optional(
    z.pipe(ConfigText, z.string().check(z.minLength(1), z.maxLength(200))),
  ),
  /** The controller's business ID in its register (Finland: Y-tunnus, checked). */
  businessId: z.optional(
    z.pipe(ConfigText, z.string().check(z.minLength(1), z.maxLength(40))),
  ),
  /** The controller's postal address; the country is written in the reader's language. */
  address: z.optional(
    z.object({
      street: z.pipe(
        ConfigText,
        z.string().check(z.minLength(1), z.maxLength(200)),
      ),
      postalCode: z.pipe(
        ConfigText,
        z.string().check(z.minLength(1), z.maxLength(20)),
      ),
      locality: z.pipe(
        ConfigText,
        z.string().check(z.minLength(1), z.maxLength(100)),
      ),
      country: z
        .string()
        .check(z.regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 code such as FI')),
    }),
  ),
  /** The data protection officer (Art. 37–39), where the merchant has one; named in every document. */
  dpo: z.optional(
    z.object({
      name: z.optional(
        z.pipe(ConfigText, z.string().check(z.minLength(1), z.maxLength(200))),
      ),
      email: z.email(),
    }),
  ),
  /**
   * Automated decision-making with legal or similarly significant effects (Art. 22(1), (4)), as
   * the merchant declares it: `{ used: false }`, or what it decides, the logic and what it means
   * for the shopper, in every language (Art. 15(1)(h)). Undeclared: the report says so.
   */
  automatedDecisions: z.optional(
    z.discriminatedUnion('used', [
      z.object({ used: z.literal(false) }),
      z.object({
        used: z.literal(true),
        logic: localizedText(1000),
        consequences: localizedText(1000),
      }),
    ]),
  ),
  /**
   * The people of the merchant's console (sign-in by emailed link, no passwords) and their
   * roles; approvers and admins also get the decision and release-review emails.
   */
  members: z._default(z.array(Member).check(z.maxLength(MAX_MEMBERS)), []),
  /**
   * Deprecated: the configuration before `members`. Each address becomes a member with the
   * role `approver` (unless `members` lists it), and the parsed configuration no longer has
   * the field; storing it again writes `members` only.
   */
  approverEmails: z.optional(z.array(Email)),
  privacyContact: z.email(),
  timezone: z
    .string()
    .check(z.refine(isValidTimeZone, 'must be an IANA time zone')),
  /** Country (or subdivision, e.g. `GB-ENG`, `US-CA`) whose public holidays the deadline skips. */
  country: CountryCode,
  /** Legal regime of the deadline engine (functions/domain/deadlines). */
  regime: z.enum(REGIME_IDS),
  /**
   * The last day of the merchant's financial year (`MM-DD`): bookkeeping retention of order
   * records counts from it (domain/retention-rules.ts).
   */
  financialYearEnd: z._default(z.string(), DEFAULT_FINANCIAL_YEAR_END),
  locale: z.enum(SUPPORTED_LOCALES),
  privacyPolicyUrl: z.optional(z.url({ protocol: /^https$/ })),
  /**
   * Where the merchant is established for data protection: the country, or for Germany the Land
   * (`DE-BY`), whose supervisory authority every message names (domain/supervisory-authorities.ts).
   * Default: `country`. Give it when the holiday calendar's country is not the establishment's,
   * or `country` is `DE` without its Land.
   */
  supervisoryAuthorityCountry: z.optional(CountryCode),
  /**
   * Only for a merchant outside the EEA, the UK and Switzerland: its authority by name and https
   * URL, one for every language or per language. Ignored where the table has the merchant's
   * authority (configurations written before the table carried the English name here; a URL on a
   * table authority's site selects that authority).
   */
  supervisoryAuthority: z.optional(ConfiguredAuthority),
  /** At most {@link MAX_PROCESSORS}: each one adds history events to an execution (statemachines/README.md). */
  processors: z
    .array(ProcessorConfig)
    .check(z.minLength(1), z.maxLength(MAX_PROCESSORS)),
  /** Legal holds the connectors apply before erasing (Art. 17(3)). */
  holdPolicy: z._default(
    z.object({
      /** Orders younger than this are kept (chargebacks, returns); Shopify's own window is 180 days. */
      orderHoldDays: z._default(
        z.number().check(z.int(), z.gte(0), z.lte(365)),
        180,
      ),
      /**
       * Years order records are kept for bookkeeping. Usually unset: the country's rule applies
       * (domain/retention-rules.ts: years, from when, statute). Set it to follow a longer
       * obligation (never shorter than the rule), or where the country has no rule on file
       * (then required; 0 keeps nothing).
       */
      accountingRetentionYears: z.optional(
        z.number().check(z.int(), z.gte(0), z.lte(12)),
      ),
    }),
    { orderHoldDays: 180 },
  ),
  /** An unverified request expires (and its personal data is deleted) after this many days. */
  unverifiedExpiryDays: z._default(
    z.number().check(z.int(), z.gte(1), z.lte(30)),
    7,
  ),
  /**
   * A closed request (completed, denied, cancelled) keeps the shopper's personal data this many
   * days after closing, then the deadline sweep pseudonymises it (Art. 5(1)(e)). Default 1095
   * (3 years, the Finnish general limitation period), 30–3650: the reasons are in domain/retention.ts.
   */
  requestRetentionDays: z._default(
    z
      .number()
      .check(
        z.int(),
        z.gte(REQUEST_RETENTION_DAYS.min),
        z.lte(REQUEST_RETENTION_DAYS.max),
      ),
    REQUEST_RETENTION_DAYS.default,
  ),
  /** How the shopper-facing pages and emails look; all optional, our defaults otherwise. */
  branding: z.optional(
    z.object({
      /** Shown above the page heading and in emails; served over HTTPS. */
      logoUrl: z.optional(z.url({ protocol: /^https$/ })),
      /** Buttons, links and the top border. Ignored where white text on it would fail WCAG AA. */
      primaryColor: z.optional(HexColor),
      /** Page background. Ignored unless our text colour stays readable on it. */
      backgroundColor: z.optional(HexColor),
    }),
  ),
  /**
   * Web origins (scheme://host[:port]) of the merchant's own site: may frame the form
   * (CSP frame-ancestors) and read the answer of a cross-origin `POST /requests` (CORS).
   */
  embedOrigins: z.optional(z.array(Origin).check(z.maxLength(10))),
  /**
   * Access packages wait for a person at the merchant to release them (Art. 15(4): the rights of
   * others); the shopper's link goes out on release. Off: packages go out as soon as they are built.
   */
  releaseReview: z._default(z.boolean(), false),
  /**
   * Request types the merchant approves by policy: the workflow goes on without a decision email.
   * `objection` is the natural entry: an objection to direct marketing must always be honoured
   * (Art. 21(3)), so there is nothing to decide. It covers only those: an objection to other
   * processing (Art. 21(1), profiling included) is weighed by the merchant, who sees the shopper's
   * words (domain/objections.ts `approvedByPolicy`).
   */
  autoApprove: z._default(z.array(z.enum(REQUEST_TYPES)), []),
});

/**
 * A merchant's configuration; its supervisory authority must resolve (see the fields above) and
 * its bookkeeping settings must fit its country's rule (domain/retention-rules.ts).
 */
export const MerchantConfig = z.pipe(
  MerchantFields.check(
    z.superRefine((merchant, ctx) => {
      const members = withDeprecatedApprovers(merchant);
      const seen = new Set<string>();
      for (const [i, member] of merchant.members.entries()) {
        if (seen.has(member.email))
          ctx.addIssue({
            code: 'custom',
            path: ['members', i, 'email'],
            message: 'is listed twice',
          });
        seen.add(member.email);
      }
      if (members.length > MAX_MEMBERS)
        ctx.addIssue({
          code: 'custom',
          path: ['members'],
          message: `must list at most ${MAX_MEMBERS} people`,
        });
      if (!members.some((m) => roleAllows(m.role, 'act')))
        ctx.addIssue({
          code: 'custom',
          path: ['members'],
          message:
            'must name at least one approver or admin: someone has to decide the requests',
        });
      // The authority's key only: the table's names load with the texts that name it.
      const resolved = chooseAuthority(merchant);
      if ('problem' in resolved) {
        ctx.addIssue({
          code: 'custom',
          path: [resolved.path],
          message: resolved.problem,
        });
      }
      if (
        merchant.businessId &&
        merchant.country.startsWith('FI') &&
        !isFinnishBusinessId(merchant.businessId)
      )
        ctx.addIssue({
          code: 'custom',
          path: ['businessId'],
          message:
            'must be a Finnish business ID (Y-tunnus) such as 1234567-1, with its check digit',
        });
      const problem = retentionSettingsProblem(merchant);
      if (problem)
        ctx.addIssue({
          code: 'custom',
          path: problem[0].split('.'),
          message: problem[1],
        });
    }),
  ),
  z.transform(({ approverEmails: _deprecated, ...merchant }) => ({
    ...merchant,
    members: withDeprecatedApprovers({
      members: merchant.members,
      approverEmails: _deprecated,
    }),
  })),
);
export type MerchantConfig = z.infer<typeof MerchantConfig>;

/** `members`, then each deprecated `approverEmails` address not listed there as an approver. */
function withDeprecatedApprovers(merchant: {
  members: readonly Member[];
  approverEmails?: readonly string[];
}): Member[] {
  const listed = new Set(merchant.members.map((m) => m.email));
  const added = [...new Set(merchant.approverEmails ?? [])]
    .filter((email) => !listed.has(email))
    .map((email) => ({ email, role: 'approver' as MemberRole }));
  return [...merchant.members, ...added];
}

/**
 * A Finnish business ID (Y-tunnus, `1234567-1`): seven digits, a hyphen and the check digit
 * (weights 7, 9, 10, 5, 8, 4, 2; remainder mod 11: 0 → 0, 1 → invalid, r → 11 − r).
 */
export function isFinnishBusinessId(value: string): boolean {
  const m = /^(\d{7})-(\d)$/.exec(value);
  if (!m?.[1]) return false;
  const weights = [7, 9, 10, 5, 8, 4, 2];
  const sum = [...m[1]].reduce(
    (acc, d, i) => acc + Number(d) * (weights[i] ?? 0),
    0,
  );
  const r = sum % 11;
  if (r === 1) return false;
  return Number(m[2]) === (r === 0 ? 0 : 11 - r);
}

export const RequestRef = /* @__PURE__ */ (() =>
  z.object({ requestId: z.uuid() }))();

/**
 * The fields of a task that emails the merchant and waits: its Step Functions task token, and the
 * attempt (1 for the first email, then one more per unanswered week). Built inside each pure
 * declaration that uses them.
 */
const waitingTaskFields = () => ({
  taskToken: z.string().check(z.minLength(1), z.maxLength(2048)),
  attempt: z._default(z.number().check(z.int(), z.gte(1), z.lte(100)), 1),
});

/** Input of the task that emails the merchant and waits (Step Functions task token). */
export const RequestDecisionInput = /* @__PURE__ */ (() =>
  z.extend(RequestRef, waitingTaskFields()))();

/** Input of the steps that act on the merchant's decision: the link that resumed the workflow. */
export const DecisionStepInput = /* @__PURE__ */ (() =>
  z.extend(RequestRef, {
    /** Hash of the decision link; null when an operator retry resumes without one. */
    decisionLink: z.optional(
      z.nullable(z.string().check(z.regex(/^[0-9a-f]{64}$/))),
    ),
  }))();

/** One processor job, as fanned out by the Map state. */
export const ProcessorJobInput = /* @__PURE__ */ (() =>
  z.extend(RequestRef, {
    processorId: z.string().check(z.minLength(1)),
    /** 1 for the first run; each re-run after a legal hold ends adds one. */
    round: z._default(z.number().check(z.int(), z.gte(1), z.lte(50)), 1),
    /** The end of the Wait this round follows: hold checks act as of at least this instant. */
    notBefore: z.optional(z.nullable(z.iso.datetime())),
  }))();

/**
 * How a processor job ended (or that it still waits: `PENDING`). `DECLINED`: the person who
 * confirms answered that it could not be done, with their reason; `UNANSWERED`: the merchant
 * closed the job without the processor's answer. Both are answers the result states, not
 * failures: only `FAILED` (an API refused, retries or checks ran out) stops the request.
 * `NOT_CONCERNED`: recorded at planning for a processor the request does not concern
 * (domain/processor-scope.ts); it never runs, so the workflow never carries it.
 * What each outcome means to a reader: domain/processor-answer.ts.
 */
export const JOB_OUTCOMES = [
  'COMPLETED',
  'NOT_FOUND',
  'PARTIAL',
  'PENDING',
  'SKIPPED',
  'FAILED',
  'DECLINED',
  'UNANSWERED',
  'NOT_CONCERNED',
] as const;

/**
 * What became of one correction at one processor: applied, refused by the processor (e.g. an
 * invalid phone number), or not something this processor's API can change (left to the shop).
 */
export const CHANGE_OUTCOMES = [
  'corrected',
  'rejected',
  'unsupported',
] as const;
export type ChangeOutcome = (typeof CHANGE_OUTCOMES)[number];

/** What a processor job returns: small, reference-only, safe for execution state. */
export const ProcessorJobResult = /* @__PURE__ */ (() =>
  z.object({
    processorId: z.string(),
    outcome: z.enum(JOB_OUTCOMES),
    records: z.number().check(z.int(), z.nonnegative()),
    partKey: z.optional(z.string()),
    error: z.optional(z.string()),
    /** PARTIAL: the day the last deferrable hold ends (the job re-runs then). */
    holdUntil: z.optional(z.string()),
    /** The job went to a person at the processor by email (confirmed by a signed link). */
    byEmail: z.optional(z.boolean()),
    /** Rectification: what happened to each stated correction (field names only, never values). */
    changes: z.optional(
      z
        .array(
          z.object({
            field: z.enum(CORRECTION_FIELDS),
            outcome: z.enum(CHANGE_OUTCOMES),
          }),
        )
        .check(z.maxLength(MAX_CORRECTIONS)),
    ),
  }))();
export type ProcessorJobResult = z.infer<typeof ProcessorJobResult>;

/** Input of the check of a round's unanswered jobs (polls, reminders, escalations, giving up). */
export const CheckProcessorJobsInput = /* @__PURE__ */ (() =>
  z.extend(RequestRef, {
    round: z.number().check(z.int(), z.gte(1), z.lte(50)),
    /** 1 for the round's first check in this execution, then one more per check. */
    attempt: z.number().check(z.int(), z.gte(1), z.lte(10_000)),
    /** What the dispatch answered per job: a FAILED one that the store does not show is recorded. */
    jobs: z.array(ProcessorJobResult).check(z.maxLength(MAX_PROCESSORS)),
    /** When the execution started: a check never plans a wait past its age limit. */
    executionStartedAt: z.iso.datetime({ offset: true }),
  }))();

/** Input of the wait for a round's processors (task token; one per round, not per job). */
export const AwaitProcessorJobsInput = /* @__PURE__ */ (() =>
  z.extend(RequestRef, {
    round: z.number().check(z.int(), z.gte(1), z.lte(50)),
    taskToken: z.string().check(z.minLength(1), z.maxLength(2048)),
    attempt: z.number().check(z.int(), z.gte(1), z.lte(10_000)),
  }))();

/** Input of the step that goes on in a new execution (statemachines/README.md). */
export const ContinueExecutionInput = /* @__PURE__ */ (() =>
  z.extend(RequestRef, {
    merchantId: MerchantId,
    type: z.enum(REQUEST_TYPES),
    resumeAt: z.enum(['checks', 'deferral']),
    round: z.number().check(z.int(), z.gte(1), z.lte(50)),
    /** `$$.Execution.Name`: the next execution's number is one more than this one's. */
    execution: z.string().check(z.minLength(1), z.maxLength(80)),
    /** `$$.StateMachine.Id`: the machine to start (read from the context: no cycle in the stack). */
    stateMachineArn: z
      .string()
      .check(
        z.regex(
          /^arn:aws[a-z-]*:states:[a-z0-9-]+:\d{12}:stateMachine:[A-Za-z0-9_-]{1,80}$/,
        ),
      ),
  }))();

/** Input of the step after a Wait for legal holds to end. */
export const PlanDeferredJobsInput = /* @__PURE__ */ (() =>
  z.extend(RequestRef, {
    /** When the Wait ended (on AWS never later than the clock). */
    wakeAt: z.iso.datetime(),
    round: z.number().check(z.int(), z.gte(1), z.lte(50)),
  }))();

export const CompleteRequestInput = /* @__PURE__ */ (() =>
  z.extend(RequestRef, {
    jobs: z.array(ProcessorJobResult),
    /** Which round of jobs ended (a deferred erasure's re-run is round 2 or later). */
    round: z.optional(z.number().check(z.int(), z.gte(1), z.lte(50))),
    /** Set by the release step: hash of the review link that resumed the workflow. */
    releaseLink: z.optional(
      z.nullable(z.string().check(z.regex(/^[0-9a-f]{64}$/))),
    ),
  }))();

/** The release-review task: park the token with a link and email the merchant. */
export const RequestReleaseInput = /* @__PURE__ */ (() =>
  z.extend(RequestRef, waitingTaskFields()))();

export const FailRequestInput = /* @__PURE__ */ (() =>
  z.extend(RequestRef, {
    phase: z.string().check(z.minLength(1)),
    error: z.optional(
      z.object({
        Error: z.optional(z.string()),
        Cause: z.optional(z.string()),
      }),
    ),
  }))();

/** Turn a zod error into `{ field: message }` for the 400 answer. */
export function fieldErrors(error: z.core.$ZodError): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.join('.') || '_';
    out[key] ??= issue.message;
  }
  return out;
}
