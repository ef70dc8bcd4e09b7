/**
 * A merchant's settings as the console changes them: each form (or JSON call) becomes a whole
 * new configuration, checked by the same schema as the seed (schemas.ts `MerchantConfig`), so
 * nothing the seed would refuse can be stored from the console. Pure: the use case
 * (use-cases/console/settings.ts) loads, stores and audits.
 *
 * Forms post every field of their section; a checkbox is followed by a hidden `off` of the same
 * name (the body keeps a name's first value, so a ticked box wins). A JSON call may post only the
 * fields it changes.
 */
import { ValidationError } from './errors.ts';
import { SUPPORTED_LOCALES } from './locales.ts';
import { MEMBER_ROLES, type MemberRole } from './member-roles.ts';
import {
  DATA_CATEGORIES,
  PROCESSING_PURPOSES,
  TRANSFER_BASES,
} from './processing-register.ts';
import { REQUEST_TYPES } from './request-kinds.ts';
import {
  Email,
  MerchantConfig,
  PROCESSOR_KINDS,
  type ProcessorConfig,
} from './schemas.ts';

/** What a settings change is about; also the last segment of its POST path. */
export const SETTINGS_SECTIONS = ['general', 'members', 'processors'] as const;
export type SettingsSection = (typeof SETTINGS_SECTIONS)[number];

/** A configuration to store, and what changed (field names and ids: the trail's details). */
export interface SettingsChange {
  config: MerchantConfig;
  details: Record<string, string>;
}

/** The rows of a processor form's transfers (`transfer<n>Country`, `transfer<n>Basis`). */
export const TRANSFER_ROWS = 3;

const text = (v: unknown) => (typeof v === 'string' ? v.trim() : undefined);
const ticked = (v: unknown) => v === true || v === 'on' || v === 'true';
/** A form's checkbox (or a JSON boolean); undefined when the body does not say. */
const box = (v: unknown) =>
  v === undefined ? undefined : typeof v === 'boolean' ? v : ticked(v);

/**
 * The zod issues of a refused configuration as form fields: the path after the section's own
 * prefix (`processors.3.` for the processor being edited, `members.2.` for a member), dotted.
 */
function refused(
  candidate: unknown,
  prefix: readonly (string | number)[] = [],
): MerchantConfig {
  const parsed = MerchantConfig.safeParse(candidate);
  if (parsed.success) return parsed.data;
  const fields: Record<string, string> = {};
  for (const issue of parsed.error.issues) {
    const path = issue.path.map(String);
    const own =
      path.length > prefix.length &&
      prefix.every((p, i) => path[i] === String(p));
    const field = (own ? path.slice(prefix.length) : path).join('.') || '_';
    fields[field] ??= issue.message;
  }
  throw new ValidationError('Check the settings', fields);
}

/** The fields of the general section whose values changed, by name. */
function changedFields(before: object, after: object, names: string[]) {
  const b = before as Record<string, unknown>;
  const a = after as Record<string, unknown>;
  return names.filter((n) => JSON.stringify(b[n]) !== JSON.stringify(a[n]));
}

const GENERAL_FIELDS = [
  'locale',
  'supervisoryAuthorityCountry',
  'requestRetentionDays',
  'releaseReview',
  'autoApprove',
  'branding',
];

/**
 * The general section: language, the supervisory authority's country, how long closed requests
 * keep personal data, release review, the approval policy per request type, branding.
 */
export function generalChange(
  merchant: MerchantConfig,
  body: Record<string, unknown>,
): SettingsChange {
  const next: Record<string, unknown> = { ...merchant };
  const locale = text(body.locale);
  if (locale !== undefined) next.locale = locale;
  const authority = text(body.supervisoryAuthorityCountry);
  if (authority !== undefined) {
    if (authority === '') delete next.supervisoryAuthorityCountry;
    else next.supervisoryAuthorityCountry = authority.toUpperCase();
  }
  const retention =
    text(body.requestRetentionDays) ?? body.requestRetentionDays;
  if (retention !== undefined)
    next.requestRetentionDays =
      typeof retention === 'string' && /^\d{1,5}$/.test(retention)
        ? Number(retention)
        : retention;
  const review = box(body.releaseReview);
  if (review !== undefined) next.releaseReview = review;
  if (Array.isArray(body.autoApprove)) next.autoApprove = body.autoApprove;
  else if (REQUEST_TYPES.some((t) => body[`autoApprove.${t}`] !== undefined))
    next.autoApprove = REQUEST_TYPES.filter((t) =>
      ticked(body[`autoApprove.${t}`]),
    );
  const branding: Record<string, unknown> = { ...merchant.branding };
  for (const key of ['logoUrl', 'primaryColor', 'backgroundColor'] as const) {
    const value = text(body[key]);
    if (value === undefined) continue;
    if (value === '') delete branding[key];
    else branding[key] = value;
  }
  next.branding = Object.keys(branding).length > 0 ? branding : undefined;
  if (next.branding === undefined) delete next.branding;
  const config = refused(next);
  const changed = changedFields(merchant, config, GENERAL_FIELDS);
  return {
    config,
    details: { section: 'general', changed: changed.join(',') },
  };
}

/** What a members form does: add a person, change one's role, remove one. */
export const MEMBER_OPS = ['add', 'role', 'remove'] as const;

/**
 * The members section. The trail gets the person's member key (the caller turns the address
 * into it), never the address.
 */
export function membersChange(
  merchant: MerchantConfig,
  body: Record<string, unknown>,
): SettingsChange & { email: string; role?: MemberRole } {
  const op = MEMBER_OPS.find((o) => o === body.op);
  if (!op)
    throw new ValidationError('Choose what to do', {
      op: `must be one of ${MEMBER_OPS.join(', ')}`,
    });
  const email = Email.safeParse(body.email);
  if (!email.success)
    throw new ValidationError('Check the address', {
      email: email.error.issues[0]?.message ?? 'must be a valid email address',
    });
  const role = MEMBER_ROLES.find((r) => r === body.role);
  if (op !== 'remove' && !role)
    throw new ValidationError('Choose a role', {
      role: `must be one of ${MEMBER_ROLES.join(', ')}`,
    });
  const at = merchant.members.findIndex((m) => m.email === email.data);
  if (op === 'add' && at >= 0)
    throw new ValidationError('Already a member', {
      email: 'is already a member: change the role instead',
    });
  if (op !== 'add' && at < 0)
    throw new ValidationError('Not a member', { email: 'is not a member' });
  const members =
    op === 'add'
      ? [...merchant.members, { email: email.data, role: role as MemberRole }]
      : op === 'role'
        ? merchant.members.map((m, i) =>
            i === at ? { ...m, role: role as MemberRole } : m,
          )
        : merchant.members.filter((_, i) => i !== at);
  const config = refused({ ...merchant, members }, ['members']);
  return {
    config,
    email: email.data,
    ...(role ? { role } : {}),
    details: { section: 'members', op, ...(role ? { role } : {}) },
  };
}

/** What a processors form does. */
export const PROCESSOR_OPS = ['add', 'edit', 'remove'] as const;
export type ProcessorOp = (typeof PROCESSOR_OPS)[number];

/**
 * A credential reference that looks like a credential: known key prefixes, or a long run of
 * key-like characters with no path in it. The registry names secrets, never holds them.
 */
export function looksLikeCredential(value: string): boolean {
  return (
    /^(sk_|pk_|rk_|SG\.|shpat_|shpss_|shpca_|xox[abp]-|ghp_|AKIA|eyJ)/.test(
      value,
    ) ||
    (value.length >= 32 && /^[A-Za-z0-9_+=-]+$/.test(value))
  );
}

/** A setting's name that would hold a secret (settings are not secret: they are shown). */
const SECRET_SETTING = /(secret|password|passwd|token|api[-_]?key|private)/i;

/** `key = value` lines of the form's settings box: strings, numbers and booleans as typed. */
export function settingsFromLines(
  lines: string,
): Record<string, string | number | boolean> {
  const out: Record<string, string | number | boolean> = {};
  for (const line of lines.split(/\r?\n/)) {
    if (line.trim() === '') continue;
    const eq = line.indexOf('=');
    if (eq <= 0)
      throw new ValidationError('Check the connector settings', {
        settings: 'write one setting a line, as name = value',
      });
    const key = line.slice(0, eq).trim();
    const raw = line.slice(eq + 1).trim();
    out[key] =
      raw === 'true'
        ? true
        : raw === 'false'
          ? false
          : /^-?\d+(\.\d+)?$/.test(raw)
            ? Number(raw)
            : raw;
  }
  return out;
}

/** A localized field of the form (`<name>.<locale>`): one text for all, or every language. */
function localizedFrom(
  body: Record<string, unknown>,
  name: string,
  fields: Record<string, string>,
): string | Record<string, string> | undefined {
  const given = SUPPORTED_LOCALES.map((l) => text(body[`${name}.${l}`]) ?? '');
  if (given.every((g) => g === '')) return undefined;
  const [first, ...others] = given;
  if (others.every((o) => o === '')) return first || undefined;
  SUPPORTED_LOCALES.forEach((l, i) => {
    if (given[i] === '')
      fields[`${name}.${l}`] =
        'write it in every language, or only in the first one (then every language reads it)';
  });
  return Object.fromEntries(
    SUPPORTED_LOCALES.map((l, i) => [l, given[i] ?? '']),
  );
}

/**
 * The processor a form describes, from the one it edits (what the form does not show is kept:
 * the merchant's own words for a category or purpose, profiling, a Shopify app's flag).
 */
export function processorFromForm(
  body: Record<string, unknown>,
  before: ProcessorConfig | undefined,
): Record<string, unknown> {
  const fields: Record<string, string> = {};
  const name = localizedFrom(body, 'name', fields);
  const retention = localizedFrom(body, 'retention', fields);
  const region = localizedFrom(body, 'region', fields);
  if (Object.keys(fields).length > 0)
    throw new ValidationError('Check the processor', fields);
  const own = <T>(list: readonly (string | T)[] | undefined) =>
    (list ?? []).filter((x) => typeof x !== 'string');
  const transfers = Array.from({ length: TRANSFER_ROWS }, (_, i) => ({
    country: text(body[`transfer${i + 1}Country`])?.toUpperCase() ?? '',
    basis: text(body[`transfer${i + 1}Basis`]) ?? '',
  })).filter((t) => t.country !== '' || t.basis !== '');
  const settings = settingsFromLines(text(body.settings) ?? '');
  const next: Record<string, unknown> = {
    ...before,
    processorId: before?.processorId ?? text(body.processorId),
    kind: before?.kind ?? text(body.kind),
    name,
    categories: [
      ...DATA_CATEGORIES.filter((c) => ticked(body[`category.${c}`])),
      ...own(before?.categories),
    ],
    purposes: [
      ...PROCESSING_PURPOSES.filter((p) => ticked(body[`purpose.${p}`])),
      ...own(before?.purposes),
    ],
    retention,
    location: region ? { region, transfers } : undefined,
    contactEmail: text(body.contactEmail) || undefined,
    locale: text(body.locale) || 'en',
    leadTimeDays: /^\d{1,3}$/.test(text(body.leadTimeDays) ?? '')
      ? Number(text(body.leadTimeDays))
      : text(body.leadTimeDays),
    credentialsRef: text(body.credentialsRef) || undefined,
    settings,
  };
  if (!region && transfers.length > 0)
    throw new ValidationError('Check the processor', {
      'location.region': 'say where the data is processed before its transfers',
    });
  for (const key of Object.keys(next))
    if (next[key] === undefined) delete next[key];
  return next;
}

/** Refuses credentials where a reference belongs (the reference, and the settings' names). */
function credentialsProblem(
  processor: Record<string, unknown>,
): Record<string, string> {
  const fields: Record<string, string> = {};
  const ref = processor.credentialsRef;
  if (typeof ref === 'string' && looksLikeCredential(ref))
    fields.credentialsRef =
      'looks like a credential: name the secret that holds it (for example dsr/lastu/shopify), never the credential itself';
  const settings = processor.settings;
  if (settings && typeof settings === 'object')
    for (const key of Object.keys(settings))
      if (SECRET_SETTING.test(key))
        fields.settings = `"${key}" would hold a secret: keep it in the secret named by the credentials reference`;
  return fields;
}

/**
 * The processors section: add one, edit one (its id and kind stay), remove one. `body.processor`
 * (JSON) is the whole entry; a form posts its fields ({@link processorFromForm}).
 */
export function processorsChange(
  merchant: MerchantConfig,
  body: Record<string, unknown>,
): SettingsChange & { op: ProcessorOp; processorId: string } {
  const op = PROCESSOR_OPS.find((o) => o === body.op);
  if (!op)
    throw new ValidationError('Choose what to do', {
      op: `must be one of ${PROCESSOR_OPS.join(', ')}`,
    });
  const id =
    text(body.processorId) ??
    (typeof body.processor === 'object' && body.processor
      ? text((body.processor as Record<string, unknown>).processorId)
      : undefined) ??
    '';
  const at = merchant.processors.findIndex((p) => p.processorId === id);
  if (op !== 'add' && at < 0)
    throw new ValidationError('No such processor', {
      processorId: 'is not in the registry',
    });
  if (op === 'add' && at >= 0)
    throw new ValidationError('Already in the registry', {
      processorId: 'is taken: choose another id',
    });
  const details = { section: 'processors', op, processorId: id };
  if (op === 'remove') {
    const processors = merchant.processors.filter((_, i) => i !== at);
    return {
      op,
      processorId: id,
      details,
      config: refused({ ...merchant, processors }, ['processors']),
    };
  }
  const before = op === 'edit' ? merchant.processors[at] : undefined;
  const entry =
    typeof body.processor === 'object' && body.processor !== null
      ? {
          ...(body.processor as Record<string, unknown>),
          ...(before
            ? { processorId: before.processorId, kind: before.kind }
            : {}),
        }
      : processorFromForm(body, before);
  if (op === 'add' && !PROCESSOR_KINDS.some((k) => k === entry.kind))
    throw new ValidationError('Choose the kind', {
      kind: `must be one of ${PROCESSOR_KINDS.join(', ')}`,
    });
  const problems = credentialsProblem(entry);
  if (Object.keys(problems).length > 0)
    throw new ValidationError('Credentials are named, never stored', problems);
  const processors =
    op === 'add'
      ? [...merchant.processors, entry]
      : merchant.processors.map((p, i) => (i === at ? entry : p));
  const index = op === 'add' ? merchant.processors.length : at;
  return {
    op,
    processorId: id,
    details,
    config: refused({ ...merchant, processors }, ['processors', index]),
  };
}

/** The transfer bases a form offers (re-exported for the page). */
export { TRANSFER_BASES };
