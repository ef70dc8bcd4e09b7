/** Schemas for what crosses a trust boundary: the public form, merchant configuration, task inputs. */
import * as z from 'zod';
import { isValidTimeZone } from './deadline.ts';
import { REGIME_IDS } from './deadlines/regime-ids.ts';
import { REQUEST_TYPES } from './request.ts';

export const SUPPORTED_LOCALES = ['en', 'fi', 'sv', 'de', 'fr'] as const;
export type Locale = (typeof SUPPORTED_LOCALES)[number];

/** True if `value` has no C0 control character or DEL; `allow` lists ones a field may keep. */
const noControlChars = (value: string, allow = '') =>
  ![...value].some((c) => {
    const code = c.charCodeAt(0);
    return (code < 0x20 || code === 0x7f) && !allow.includes(c);
  });
const freeText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `must be at most ${max} characters`)
    .refine((v) => noControlChars(v, '\t\n\r'), 'contains control characters');

const HexColor = z
  .string()
  .regex(/^#[0-9a-fA-F]{6}$/, 'must be a colour like #1d4ed8');
const Origin = z
  .string()
  .regex(
    /^https:\/\/[a-z0-9.-]+(:\d{1,5})?$/,
    'must be an https origin such as https://shop.example',
  );

export const MerchantId = z
  .string()
  .regex(
    /^[a-z0-9][a-z0-9-]{1,62}$/,
    'must be a merchant id (lower-case letters, digits, hyphens)',
  );

export const Email = z
  .string()
  .trim()
  .max(254, 'must be at most 254 characters')
  .refine(noControlChars, 'must not contain control characters')
  .pipe(z.email('must be a valid email address'))
  .transform((v) => v.toLowerCase());

/** `POST /requests` body. Unknown fields are ignored. */
export const SubmitRequestInput = z.object({
  merchant: MerchantId,
  type: z.enum(REQUEST_TYPES, `must be one of ${REQUEST_TYPES.join(', ')}`),
  email: Email,
  name: freeText(200)
    .refine(noControlChars, 'must not contain control characters')
    .optional(),
  orderNumber: freeText(64)
    .refine(noControlChars, 'must not contain control characters')
    .optional(),
  details: freeText(4000).optional(),
  locale: z.enum(SUPPORTED_LOCALES).optional(),
});
export type SubmitRequestInput = z.infer<typeof SubmitRequestInput>;

export const ProcessorConfig = z.object({
  processorId: z.string().regex(/^[a-z0-9][a-z0-9-]{1,62}$/),
  /** Connector implementation. The spine ships `internal-dynamodb` (the merchant's own data in our table). */
  kind: z.enum(['internal-dynamodb']),
  name: z.string().min(1),
  categories: z.array(z.string()).default([]),
  purposes: z.array(z.string()).default([]),
  /** Days before the request's deadline by which this processor must have answered. */
  leadTimeDays: z.number().int().min(0).max(20).default(5),
});
export type ProcessorConfig = z.infer<typeof ProcessorConfig>;

export const MerchantConfig = z.object({
  merchantId: MerchantId,
  name: z.string().min(1),
  legalName: z.string().optional(),
  approverEmails: z.array(z.email()).min(1),
  privacyContact: z.email(),
  timezone: z.string().refine(isValidTimeZone, 'must be an IANA time zone'),
  /** Country (or subdivision, e.g. `GB-ENG`, `US-CA`) whose public holidays the deadline skips. */
  country: z
    .string()
    .regex(
      /^[A-Z]{2}(-[A-Z0-9]{1,3})?$/,
      'must be an ISO 3166 code such as FI or US-CA',
    ),
  /** Legal regime of the deadline engine (functions/domain/deadlines). */
  regime: z.enum(REGIME_IDS),
  locale: z.enum(SUPPORTED_LOCALES),
  privacyPolicyUrl: z.url({ protocol: /^https$/ }).optional(),
  supervisoryAuthority: z.object({
    name: z.string(),
    url: z.url({ protocol: /^https$/ }),
  }),
  processors: z.array(ProcessorConfig).min(1),
  /** An unverified request expires (and its personal data is deleted) after this many days. */
  unverifiedExpiryDays: z.number().int().min(1).max(30).default(7),
  /** How the shopper-facing pages and emails look; all optional, our defaults otherwise. */
  branding: z
    .object({
      /** Shown above the page heading and in emails; served over HTTPS. */
      logoUrl: z.url({ protocol: /^https$/ }).optional(),
      /** Buttons, links and the top border. Ignored where white text on it would fail WCAG AA. */
      primaryColor: HexColor.optional(),
      /** Page background. Ignored unless our text colour stays readable on it. */
      backgroundColor: HexColor.optional(),
    })
    .optional(),
  /**
   * Web origins (scheme://host[:port]) of the merchant's own site: may frame the form
   * (CSP frame-ancestors) and read the answer of a cross-origin `POST /requests` (CORS).
   */
  embedOrigins: z.array(Origin).max(10).optional(),
});
export type MerchantConfig = z.infer<typeof MerchantConfig>;

export const RequestRef = z.object({ requestId: z.uuid() });

/** Input of the task that emails the merchant and waits (Step Functions task token). */
export const RequestDecisionInput = RequestRef.extend({
  taskToken: z.string().min(1).max(2048),
  /** 1 for the first decision email, then one more per unanswered week. */
  attempt: z.number().int().min(1).max(100).default(1),
});

/** Input of the steps that act on the merchant's decision: the link that resumed the workflow. */
export const DecisionStepInput = RequestRef.extend({
  /** Hash of the decision link; null when an operator retry resumes without one. */
  decisionLink: z
    .string()
    .regex(/^[0-9a-f]{64}$/)
    .nullable()
    .optional(),
});

/** One processor job, as fanned out by the Map state. */
export const ProcessorJobInput = RequestRef.extend({
  processorId: z.string().min(1),
});

/** What a processor job returns: small, reference-only, safe for execution state. */
export const ProcessorJobResult = z.object({
  processorId: z.string(),
  outcome: z.enum(['COMPLETED', 'NOT_FOUND', 'SKIPPED', 'FAILED']),
  records: z.number().int().nonnegative(),
  partKey: z.string().optional(),
  error: z.string().optional(),
});
export type ProcessorJobResult = z.infer<typeof ProcessorJobResult>;

export const CompleteRequestInput = RequestRef.extend({
  jobs: z.array(ProcessorJobResult),
});

export const FailRequestInput = RequestRef.extend({
  phase: z.string().min(1),
  error: z
    .object({ Error: z.string().optional(), Cause: z.string().optional() })
    .optional(),
});

/** Turn a zod error into `{ field: message }` for the 400 answer. */
export function fieldErrors(error: z.ZodError): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.join('.') || '_';
    out[key] ??= issue.message;
  }
  return out;
}
