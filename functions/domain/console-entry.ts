/**
 * A request a member enters for the shop (`POST /console/requests`): one that arrived by email,
 * post, phone or in person. The legal clock starts on the day the shop received it (Art. 12(3)),
 * which may be before the day it is entered, never after today.
 */

import { type AgentRelation, agentProblems, withFormAgent } from './agents.ts';
import { endOfLocalDay, localDate } from './deadlines/calendar.ts';
import { ValidationError } from './errors.ts';
import { requestTypeProblems } from './request-input-rules.ts';
import {
  OBJECTION_SCOPES,
  type ObjectionScope,
  REQUEST_TYPES,
  type RequestChannel,
  STAFF_CHANNELS,
} from './request-kinds.ts';
import {
  AgentInput,
  Correction,
  Email,
  fieldErrors,
  freeText,
  MAX_CORRECTIONS,
  MerchantId,
  withFormCorrections,
} from './schemas.ts';
import * as z from './zod.ts';

/** The GDPR applies from this day: no request can have been received under it before. */
export const GDPR_APPLIES_FROM = '2018-05-25';

/** Clock skew tolerated for a receipt time given to the second (JSON clients). */
const SKEW_MS = 5 * 60_000;

const Flag = z.pipe(
  z.union([z.boolean(), z.enum(['on', 'true', '1', 'false', '0', ''])]),
  z.transform((v) => v === true || v === 'on' || v === 'true' || v === '1'),
);

/** The posted fields, before the receipt day is checked against the merchant's calendar. */
export const StaffRequestInput = z
  .object({
    merchant: z.optional(MerchantId),
    type: z.enum(REQUEST_TYPES, `must be one of ${REQUEST_TYPES.join(', ')}`),
    email: Email,
    name: z.optional(freeText(200)),
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
    channel: z.enum(
      STAFF_CHANNELS,
      `must be one of ${STAFF_CHANNELS.join(', ')}`,
    ),
    receivedAt: z
      .string()
      .check(
        z.trim(),
        z.regex(
          /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2}))?$/,
          'must be a date (YYYY-MM-DD) or a date and time with its offset',
        ),
      ),
    identityConfirmed: z.optional(Flag),
    identityNote: z.optional(freeText(1000, { multiline: true })),
    /** An objection: to direct marketing or to another use (as the public form asks, schemas.ts). */
    objectionScope: z.optional(
      z.enum(OBJECTION_SCOPES, `must be one of ${OBJECTION_SCOPES.join(', ')}`),
    ),
    /** Made on the person's behalf (domain/agents.ts); `email` stays the person's. */
    agent: z.optional(AgentInput),
  })
  .check(
    z.superRefine((input, ctx) => {
      agentProblems(input, (path, message) =>
        ctx.addIssue({ code: 'custom', path, message }),
      );
      requestTypeProblems(input, 'staff', (path, message) =>
        ctx.addIssue({ code: 'custom', path, message }),
      );
      if (input.identityConfirmed && !input.identityNote)
        ctx.addIssue({
          code: 'custom',
          path: ['identityNote'],
          message: 'say how the identity was checked',
        });
      if (!input.identityConfirmed && input.identityNote)
        ctx.addIssue({
          code: 'custom',
          path: ['identityNote'],
          message: 'goes only with identityConfirmed',
        });
    }),
  );
export type StaffRequestInput = z.infer<typeof StaffRequestInput>;

/** A staff-entered request's fields, validated, with the instant the clock starts at. */
export interface StaffRequest {
  merchant?: string;
  type: StaffRequestInput['type'];
  email: string;
  name?: string;
  details?: string;
  corrections?: StaffRequestInput['corrections'];
  channel: Exclude<RequestChannel, 'web'>;
  /** The receipt as an instant: a date alone is taken as noon of that day in the shop's zone. */
  receivedAt: string;
  identityConfirmed: boolean;
  identityNote?: string;
  objectionScope?: ObjectionScope;
  agent?: { name: string; email: string; relation: AgentRelation };
}

/**
 * Validates a staff entry (JSON or the console's form, whose correction rows are folded in as
 * the public form's are). `timeZone`: the merchant's, where the receipt day is a calendar day;
 * `now`: a receipt later than today there (or than now, given to the second) is refused.
 */
export function parseStaffRequest(
  body: unknown,
  resolveTimeZone: (merchantId: string | undefined) => string,
  now: Date,
): StaffRequest {
  const parsed = StaffRequestInput.safeParse(
    withFormAgent(withFormCorrections(body)),
  );
  if (!parsed.success)
    throw new ValidationError(
      'The request has invalid fields',
      fieldErrors(parsed.error),
    );
  const input = parsed.data;
  const timeZone = resolveTimeZone(input.merchant);
  const receivedAt = receiptInstant(input.receivedAt, timeZone, now);
  return {
    ...(input.merchant ? { merchant: input.merchant } : {}),
    type: input.type,
    email: input.email,
    ...(input.name ? { name: input.name } : {}),
    ...(input.details ? { details: input.details } : {}),
    ...(input.corrections?.length ? { corrections: input.corrections } : {}),
    channel: input.channel,
    receivedAt,
    identityConfirmed: input.identityConfirmed ?? false,
    ...(input.identityNote ? { identityNote: input.identityNote } : {}),
    ...(input.type === 'objection' && input.objectionScope
      ? { objectionScope: input.objectionScope }
      : {}),
    ...(input.agent
      ? {
          agent: {
            name: input.agent.name,
            email: input.agent.email,
            relation: input.agent.relation,
          },
        }
      : {}),
  };
}

/** The receipt as an instant, refused when it is not a real day, in the future, or pre-GDPR. */
function receiptInstant(given: string, timeZone: string, now: Date): string {
  const refuse = (why: string) =>
    new ValidationError('The day received is not valid', { receivedAt: why });
  const day = given.slice(0, 10);
  const date = new Date(`${day}T00:00:00Z`);
  if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== day)
    throw refuse('must be a real date');
  let instant: Date;
  if (given.length === 10) {
    if (day > localDate(now, timeZone))
      throw refuse('must not be in the future');
    // Noon of that day in the shop's zone: the day, whatever the zone's offset or DST.
    instant = new Date(
      endOfLocalDay(day, timeZone).getTime() - 12 * 3600_000 + 1,
    );
  } else {
    instant = new Date(given);
    if (Number.isNaN(instant.getTime())) throw refuse('must be a real time');
    if (instant.getTime() > now.getTime() + SKEW_MS)
      throw refuse('must not be in the future');
  }
  if (localDate(instant, timeZone) < GDPR_APPLIES_FROM)
    throw refuse(`must not be before ${GDPR_APPLIES_FROM}`);
  return instant.toISOString();
}
