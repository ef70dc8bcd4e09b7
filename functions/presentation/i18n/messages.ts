/**
 * The shape of the shared message catalogue: the words both the emails and the pages use (dates,
 * the rights' names, corrections, legal holds, the request's row labels, the status link). The
 * emails' own words are in emails/, the pages' in pages/, each a family of its own (families.ts)
 * so a function loads only the words of what it renders. Every locale module is typed by its
 * family's interface, so a missing or misspelt key fails the type-check. Functions take
 * already-formatted values (names, dates, references); the templates decide on markup, the
 * catalogues only on words.
 */
import type { HoldReason } from '#domain/holds.ts';
import type { RequestType } from '#domain/request.ts';
import type { CorrectionField } from '#domain/schemas.ts';

type S = string;
export type Fmt<A extends unknown[] = [S]> = (...args: A) => string;

export interface Messages {
  /** BCP 47 tag for dates. */
  dateLocale: S;
  /** The language's own name, for the switcher. */
  languageName: S;
  /** Rectification, objection and restriction: the form's correction rows and the answers. */
  correction: {
    /** Label of each correctable kind of data. */
    fields: Record<CorrectionField, S>;
    legend: S;
    hint: S;
    what: Fmt<[n: number]>;
    value: Fmt<[n: number]>;
    error: S;
    /** A processor email's row label: the corrected value follows it. */
    correctTo: Fmt<[field: S]>;
    /** The decision page's row label. */
    label: S;
    /** The shopper's answer, per processor. */
    corrected: Fmt<[fields: S]>;
    rejected: Fmt<[fields: S]>;
    byShop: Fmt<[fields: S]>;
  };
  rights: Record<RequestType, { title: S; explain: S }>;
  common: {
    reference: Fmt;
    questions: Fmt<[contact: S, ref: S]>;
    theirReasons: S;
    nothingChanged: S;
  };
  /** What a legal hold keeps back from an erasure (Art. 12(4), 17(3)): emails, answers, the processor's page. */
  holds: {
    kept: Fmt<[what: S, why: S, basis: S, until: S]>;
    keptOpen: Fmt<[what: S, why: S, basis: S]>;
    holdReasons: Record<HoldReason, S>;
  };
  /** The request's row labels, on the decision page and in the email asking for a decision (the page's other words: pages/). */
  decision: {
    request: S;
    right: S;
    from: S;
    identity: S;
    due: S;
  };
  /** The link to the status page, on the page after confirming and under every email to the shopper (the status page's words: pages/). */
  status: {
    follow: S;
    followHint: S;
  };
}
