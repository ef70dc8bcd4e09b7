/**
 * Words of the processor's request email (and of the merchant's notes about a processor: its
 * confirmation for one that reports to the shop, its escalation), with those that come with
 * sending each processor only what concerns it (domain/processor-scope.ts). English here, the
 * other languages in processor-mail/, each read when first needed (lazy.ts): a processor is
 * written to in its own language, so a function's cold start holds none it was not asked for.
 * Processors are addressed formally; shop names are never inflected.
 *
 * A processor reads what the customer asked for in the words of the GDPR, never the shopper's
 * button label ("See my data"): `right` is the right's statutory name (Arts 15–21 headings in
 * the language's official text of the Regulation), for subjects and labels; `requested` is
 * what the customer asked for, as it follows "A customer has asked for" in that language's
 * `asked` (Finnish and Swedish quote it after "pyynnön" / "begäran", so it is the right's
 * name there too).
 */
import type { RequestType } from '#domain/request-kinds.ts';
import { perLocale } from './lazy.ts';
import type { Fmt } from './messages.ts';

type S = string;

export interface ProcessorMailMessages {
  /** Above the merchant's note for processors (quoted under it). */
  noteFrom: (merchant: string) => string;
  /** The right's statutory name: "right of access", "Recht auf Löschung", "droit d’accès". */
  right: Record<RequestType, string>;
  /** What the customer asked for: "access to their personal data". */
  requested: Record<RequestType, string>;
  /**
   * What to do on an objection to other processing than direct marketing (Art. 21(1)), in place
   * of the catalogue's direct-marketing instruction: stop the processing the note describes.
   */
  objectionOther: string;
  requestSubject: Fmt<[right: S, merchant: S, ref: S, due: S]>;
  reminderPrefix: S;
  intro: Fmt<[merchant: S, processor: S]>;
  asked: Fmt<[right: S, article: S]>;
  whatToDo: Record<
    | 'access'
    | 'portability'
    | 'erasure'
    | 'rectification'
    | 'objection'
    | 'restriction',
    S
  >;
  identifiers: S;
  email: S;
  name: S;
  order: S;
  due: S;
  confirmHere: S;
  confirmLink: S;
  dpa: S;
  /** To the merchant, for processors that report completion to the merchant (Nosto). */
  merchantSubject: Fmt<[processor: S, ref: S]>;
  merchantIntro: Fmt<[processor: S, right: S]>;
  merchantConfirm: S;
  escalationSubject: Fmt<[processor: S, ref: S]>;
  escalationBody: Fmt<[processor: S, right: S, due: S]>;
  escalationAction: S;
}

const en: ProcessorMailMessages = {
  noteFrom: (merchant) => `A note from ${merchant}:`,
  objectionOther:
    'The person has objected, on grounds relating to their particular situation, to processing of their data other than direct marketing, such as profiling (GDPR Art. 21(1)). We have accepted the objection. Please stop the processing described in our note below and confirm when it has stopped.',
  right: {
    access: 'right of access',
    portability: 'right to data portability',
    erasure: 'right to erasure',
    rectification: 'right to rectification',
    objection: 'right to object',
    restriction: 'right to restriction of processing',
  },
  requested: {
    access: 'access to their personal data',
    portability:
      'the personal data they provided, in a structured, machine-readable format',
    erasure: 'erasure of their personal data',
    rectification: 'rectification of their personal data',
    objection: 'the processing of their personal data to stop',
    restriction: 'restriction of the processing of their personal data',
  },
  requestSubject: (right, merchant, ref, due) =>
    `Data-subject request (${right}) from ${merchant}, ref. ${ref}: please act by ${due}`,
  reminderPrefix: 'Reminder: ',
  intro: (merchant, processor) =>
    `${merchant} is the controller of the personal data that ${processor} processes on its behalf.`,
  asked: (right, article) =>
    `A customer has asked for ${right} (${article}). Their identity has been verified and the request approved.`,
  whatToDo: {
    access:
      'Please upload a copy of all personal data you hold about this person on the page behind the link below, or tell us there that you hold none. Please do not send personal data by email.',
    portability:
      'Please upload the personal data this person gave you, in a machine-readable format (CSV, JSON or XLSX), on the page behind the link below, or tell us there that you hold none. Please do not send personal data by email.',
    erasure:
      'Please erase all personal data you hold about this person, unless the law requires you to keep it (then tell us what and until when).',
    rectification: 'Please correct the personal data as described below.',
    objection:
      'Please stop using this person’s data for direct marketing, including profiling for it (such as personalised recommendations), and suppress further marketing to them.',
    restriction:
      'Please restrict the processing of this person’s data (store only, no other use) until we tell you otherwise.',
  },
  identifiers: 'The data subject:',
  email: 'Email',
  name: 'Name',
  order: 'Order number',
  due: 'Deadline to act and confirm',
  confirmHere:
    'When it is done (or cannot be done), confirm with one click here:',
  confirmLink: 'Confirm what was done',
  dpa: 'Under our data processing agreement, you assist us in responding to data-subject requests (GDPR Art. 28(3)(e)).',
  merchantSubject: (processor, ref) =>
    `Confirm when ${processor} has finished, ref. ${ref}`,
  merchantIntro: (processor, right) =>
    `We forwarded a data-subject request (${right}) to ${processor}. ${processor} reports completion only by email to you. When its confirmation arrives, record it here:`,
  merchantConfirm: 'Record the processor’s answer',
  escalationSubject: (processor, ref) =>
    `${processor} has not confirmed, ref. ${ref}: action needed`,
  escalationBody: (processor, right, due) =>
    `${processor} has not confirmed the request (${right}), which was due by ${due}. Please contact them. When they have answered, record it here:`,
  escalationAction: 'Record the answer',
};

/** English at hand; each other language read from its module when first needed (lazy.ts). */
export const PROCESSOR_MAIL_MESSAGES =
  /* @__PURE__ */ perLocale<ProcessorMailMessages>('processor-mail', en);
