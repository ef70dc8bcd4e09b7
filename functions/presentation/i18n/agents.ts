/**
 * Words of requests made on someone's behalf (domain/agents.ts), in the five languages: the
 * form's part for the agent, the lines the subject's confirmation email and acknowledgement add,
 * the agent's acknowledgement, the agent's authorisation upload page and the email that tells the
 * agent a request was closed because no authority was shown. Shoppers and agents are addressed as
 * the other shopper texts address them (du/sinä, Sie, vous). A relation is quoted after a colon,
 * so no language has to inflect it.
 */
import type { AgentRelation } from '#domain/agents.ts';
import { perLocale } from './lazy.ts';

type S = string;

export interface AgentMessages {
  /** Who the agent is to the person, as a label (lists, after a colon). */
  relations: Record<AgentRelation, S>;
  form: {
    legend: S;
    onBehalf: S;
    /** Under the box: whose details go where. */
    hint: S;
    name: S;
    email: S;
    relation: S;
    /** The first, empty choice of the relation list. */
    choose: S;
    /** What follows sending: the upload of the authorisation. */
    uploadNote: S;
    errors: {
      onBehalf: S;
      name: S;
      email: S;
      /** The agent gave the person's address as their own. */
      sameEmail: S;
      relation: S;
    };
  };
  /** The page after the form, for an agent. */
  submitted: {
    body: (merchant: S) => S;
    upload: S;
    uploadHint: S;
  };
  /** Lines the person's own confirmation email adds. */
  verification: {
    byAgent: (agent: S, address: S, relation: S) => S;
    confirmOnly: S;
  };
  /** The line the person's acknowledgement adds when the shop accepted the agent's authority. */
  acknowledgement: (agent: S, relation: S) => S;
  /** The merchant's decision email and page: who asked for the person, and how it was confirmed. */
  decision: {
    agent: S;
    agentIs: (agent: S, address: S, relation: S) => S;
    /** The identity row when the shop accepted the agent's authority instead of the person's link. */
    identityByAuthority: (date: S) => S;
  };
  /** The agent's acknowledgement. */
  agentEmail: {
    subject: (merchant: S, ref: S) => S;
    received: (merchant: S, right: S, relation: S) => S;
    whatNext: (merchant: S) => S;
    upload: (date: S) => S;
    uploadLink: S;
    answerGoesToPerson: S;
  };
  /** The agent's page that takes the authorisation. */
  page: {
    title: (ref: S) => S;
    heading: (merchant: S) => S;
    intro: (maxSize: S, maxFiles: number) => S;
    types: S;
    fileLabel: S;
    upload: S;
    formNote: S;
    limitReached: (maxFiles: number) => S;
    listHeading: S;
    none: S;
    notAccepted: (label: S) => S;
    remove: S;
    removeLabel: (name: S) => S;
    /** The request no longer needs it: confirmed by the person, accepted or closed. */
    done: S;
    /** After the list: that the shop sees the files and what it then does. */
    seenBy: (merchant: S) => S;
  };
  /** To the agent: closed because the authority was not shown. */
  declined: {
    subject: (merchant: S, ref: S) => S;
    body: (merchant: S, right: S) => S;
    reason: (merchant: S) => S;
    again: S;
  };
}

const en: AgentMessages = {
  relations: {
    'family-member': 'family member',
    'legal-guardian': 'parent or legal guardian',
    lawyer: 'lawyer',
    'privacy-service': 'privacy service (for example a data removal service)',
    other: 'other',
  },
  form: {
    legend: 'Asking for someone else?',
    onBehalf: 'I am asking on someone else’s behalf',
    hint: 'Then the email address and name above must be the person’s own: we send them a link to confirm the request, and the answer goes to them. Give your own details here.',
    name: 'Your own name',
    email: 'Your own email address',
    relation: 'Who you are to the person',
    choose: 'Choose…',
    uploadNote:
      'After you send the request, you can upload your authorisation (for example a power of attorney or a letter signed by the person).',
    errors: {
      onBehalf:
        'Tick “I am asking on someone else’s behalf”, or clear the fields about you.',
      name: 'Enter your name (at most 200 characters).',
      email: 'Enter your own email address, like name@example.com.',
      sameEmail:
        'Enter your own email address here; the person’s address goes in the email field above.',
      relation: 'Choose who you are to the person.',
    },
  },
  submitted: {
    body: (m) =>
      `We have emailed the person a link to confirm the request. ${m} acts on it once they confirm it, or once ${m} has checked your authorisation and accepts it. We have also sent you an email with this page’s upload link.`,
    upload: 'Upload your authorisation',
    uploadHint:
      'A power of attorney or a letter signed by the person, as a PDF or a photo.',
  },
  verification: {
    byAgent: (agent, address, relation) =>
      `This request was sent on your behalf by ${agent} (${address}), who describes themselves as your: ${relation}.`,
    confirmOnly:
      'Confirm it only if you asked them to act for you. The answer will come to you at this address, not to them.',
  },
  acknowledgement: (agent, relation) =>
    `The request was made on your behalf by ${agent} (${relation}); the shop has checked their authorisation. The answer comes to you at this address.`,
  decision: {
    agent: 'Made on their behalf by',
    agentIs: (agent, address, relation) => `${agent} (${address}), ${relation}`,
    identityByAuthority: (date) =>
      `not confirmed by the person: the shop accepted the agent’s authorisation on ${date}`,
  },
  agentEmail: {
    subject: (m, ref) =>
      `Your request to ${m} on someone else’s behalf [${ref}]`,
    received: (m, right, relation) =>
      `${m} has received the request you sent on another person’s behalf (${right}). You described yourself as the person’s: ${relation}.`,
    whatNext: (m) =>
      `We have emailed the person a link at their own address. The request goes ahead when they confirm it, or when ${m} has checked your authorisation and accepts it. Until then, nothing is done.`,
    upload: (date) =>
      `Upload your authorisation, for example a power of attorney or a letter signed by the person, as a PDF or a photo (the page works until ${date}):`,
    uploadLink: 'Upload your authorisation',
    answerGoesToPerson:
      'The answer goes to the person, at their own address, not to you: we send personal data only to the person it is about.',
  },
  page: {
    title: (ref) => `Authorisation for request ${ref}`,
    heading: (m) => `Your authorisation for ${m}`,
    intro: (size, n) =>
      `Upload the document that shows you may act for the person: for example a power of attorney, or a letter signed by them. One file at a time, up to ${size} a file, ${n} files in all.`,
    types:
      'Accepted: PDF and photos or scans (PNG, JPEG, GIF, WebP, HEIC). The type is read from the file’s content.',
    fileLabel: 'File to upload',
    upload: 'Upload',
    formNote:
      'If the upload is refused (for example, a file that is too large), go back to this page and choose another file. Reload the page if it has been open for more than an hour.',
    limitReached: (n) =>
      `${n} files have been uploaded, the most this page takes. Remove one to upload another.`,
    listHeading: 'Uploaded files',
    none: 'No files uploaded yet.',
    notAccepted: (label) => `${label}: not accepted, please remove it`,
    remove: 'Remove',
    removeLabel: (name) => `Remove ${name}`,
    done: 'This request no longer needs an authorisation: the person has confirmed it, the shop has decided on it, or it has closed. Nothing more can be uploaded.',
    seenBy: (m) =>
      `${m} sees the files listed here and decides whether they show that you may act for the person.`,
  },
  declined: {
    subject: (m, ref) =>
      `Your request to ${m} on someone else’s behalf was closed [${ref}]`,
    body: (m, right) =>
      `${m} has closed the request you sent on another person’s behalf (${right}) without acting on it: the person did not confirm it, and ${m} could not see from what you sent that you may act for them.`,
    reason: (m) => `${m}’s reason:`,
    again:
      'The person can make the request themselves at any time. You can also send it again with an authorisation signed by the person.',
  },
};

/** English here; the other languages in agents/, each loaded when first read (lazy.ts). */
export const AGENT_MESSAGES = /* @__PURE__ */ perLocale<AgentMessages>(
  'agents',
  en,
);
