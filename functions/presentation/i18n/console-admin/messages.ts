/**
 * The words of the console's reports, its record of processing activities (Art. 30(1)) and its
 * settings pages (one module per language beside this one). The statuses, types and channels
 * come from the console's own catalogue (../console), the registry's words from ../register.ts.
 */
import type { Outcome } from '#domain/console-reports.ts';
import type { MemberRole } from '#domain/member-roles.ts';

type S = string;
type Fmt<A extends unknown[] = [S]> = (...args: A) => string;

/** The columns of the request register (CSV), in order. */
export type RegisterColumn =
  | 'reference'
  | 'received'
  | 'channel'
  | 'type'
  | 'email'
  | 'name'
  | 'status'
  | 'outcome'
  | 'closedAs'
  | 'denialGround'
  | 'due'
  | 'answered'
  | 'onTime'
  | 'daysToClose';

/** The columns of the record of processing activities (HTML and CSV), in order. */
export type RecordColumn =
  | 'recipient'
  | 'purposes'
  | 'categories'
  | 'subjects'
  | 'retention'
  | 'location'
  | 'transfers'
  | 'contact';

/** The notices the settings page shows after a change. */
export type SettingsNotice =
  | 'generalSaved'
  | 'membersSaved'
  | 'processorsSaved'
  | 'unchanged';

export interface AdminMessages {
  /** The entry form's question on an objection (staff words; the public form asks the shopper). */
  objection: {
    legend: S;
    hint: S;
    scopes: Record<'direct-marketing' | 'other', S>;
    error: S;
  };
  nav: { reports: S; settings: S };
  outcome: Record<Outcome, S>;
  reports: {
    title: S;
    heading: Fmt<[shop: S]>;
    window: Fmt<[months: number]>;
    summary: S;
    received: S;
    answered: S;
    onTime: S;
    onTimeRate: S;
    onTimeExplain: S;
    median: S;
    days: Fmt<[days: number]>;
    none: S;
    byMonth: S;
    month: S;
    total: S;
    byType: S;
    byChannel: S;
    byOutcome: S;
    count: S;
    /** The legend of the register's choice. */
    contents: S;
    overdue: S;
    overdueNone: S;
    overdueColumns: { reference: S; type: S; received: S; due: S; late: S };
    exports: S;
    register: S;
    registerHint: S;
    withEmails: S;
    withoutEmails: S;
    download: S;
    record: S;
    recordHint: S;
    recordHtml: S;
    recordCsv: S;
  };
  register: {
    columns: Record<RegisterColumn, S>;
    pseudonymised: S;
    yes: S;
    no: S;
  };
  record: {
    title: S;
    heading: Fmt<[shop: S]>;
    intro: S;
    controller: S;
    activities: S;
    columns: Record<RecordColumn, S>;
    subjects: S;
    noTransfers: S;
    notStated: S;
    security: S;
    securityText: S;
    generated: Fmt<[date: S]>;
    csv: S;
    back: S;
  };
  settings: {
    title: S;
    heading: Fmt<[shop: S]>;
    notice: Record<SettingsNotice, Fmt<[detail: S]>>;
    errorSummary: S;
    /** A refused field: its label, then the schema's own words (English, marked so). */
    invalid: Fmt<[label: S]>;
    general: S;
    language: S;
    languageHint: S;
    authority: S;
    authorityHint: Fmt<[country: S]>;
    retention: S;
    retentionHint: S;
    releaseReview: S;
    releaseReviewHint: S;
    autoApprove: S;
    autoApproveHint: S;
    branding: S;
    logoUrl: S;
    primaryColor: S;
    backgroundColor: S;
    colorHint: S;
    save: S;
    members: S;
    membersHint: S;
    memberColumns: { email: S; role: S; change: S };
    roleOf: Fmt<[email: S]>;
    changeRole: S;
    remove: S;
    removeMember: Fmt<[email: S]>;
    addMember: S;
    email: S;
    role: S;
    add: S;
    roleHelp: Record<MemberRole, S>;
    processors: S;
    processorsHint: S;
    processorColumns: { name: S; kind: S; contact: S; credentials: S; edit: S };
    edit: Fmt<[name: S]>;
    addProcessor: S;
    noCredentials: S;
    trail: S;
    trailNone: S;
    trailColumns: { when: S; who: S; what: S };
    trailWhat: {
      general: Fmt<[fields: S]>;
      members: Record<'add' | 'role' | 'remove', Fmt<[who: S, role: S]>>;
      processors: Record<'add' | 'edit' | 'remove', Fmt<[id: S]>>;
      register: Fmt<[withEmails: boolean, rows: number]>;
    };
    field: Record<
      | 'locale'
      | 'supervisoryAuthorityCountry'
      | 'requestRetentionDays'
      | 'releaseReview'
      | 'autoApprove'
      | 'branding',
      S
    >;
  };
  processor: {
    titleNew: S;
    titleEdit: Fmt<[name: S]>;
    back: S;
    id: S;
    idHint: S;
    kind: S;
    kindHint: S;
    kinds: Record<
      | 'internal-dynamodb'
      | 'shopify'
      | 'sendgrid'
      | 'nosto'
      | 'klaviyo'
      | 'mailchimp'
      | 'opendsr'
      | 'email',
      S
    >;
    name: S;
    localizedHint: S;
    inLanguage: Fmt<[language: S]>;
    contactEmail: S;
    contactHint: S;
    locale: S;
    leadTime: S;
    leadTimeHint: S;
    categories: S;
    purposes: S;
    ownWords: Fmt<[words: S]>;
    retention: S;
    region: S;
    transfers: S;
    transfersHint: S;
    transferCountry: Fmt<[n: number]>;
    transferBasis: Fmt<[n: number]>;
    noBasis: S;
    basis: Record<'adequacy' | 'sccs' | 'bcrs', S>;
    credentialsRef: S;
    credentialsHint: S;
    settings: S;
    settingsHint: S;
    save: S;
    removeHeading: S;
    removeHint: S;
    remove: S;
  };
}
