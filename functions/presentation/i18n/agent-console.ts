import type { AgentAction, AgentSkip } from '#domain/agents.ts';
import { perLocale } from './lazy.ts';

type S = string;

export interface AgentConsoleMessages {
  section: {
    heading: S;
    intro: S;
    agent: S;
    relation: S;
    files: S;
    noFiles: S;
    download: (name: S) => S;
    notAccepted: S;
    addFile: S;
    accepted: (who: S, date: S, files: number) => S;
  };
  accept: {
    heading: S;
    hint: S;
    check: S;
    submit: S;
    errors: { checked: S; none: S; notAccepted: S };
  };
  decline: {
    heading: S;
    hint: S;
    reason: S;
    reasonHint: S;
    submit: S;
    errors: { required: S; tooLong: S };
  };
  /** The page that takes an authorisation received by post or email. */
  upload: {
    title: (ref: S) => S;
    heading: S;
    intro: S;
    back: S;
    closed: S;
  };
  /** The entry form. */
  entry: {
    legend: S;
    onBehalf: S;
    hint: S;
    name: S;
    email: S;
    relation: S;
  };
  /** The identity line of the request page when the authority was accepted. */
  identityAccepted: (who: S, date: S) => S;
  inbox: {
    heading: S;
    intro: S;
    group: (who: S, waiting: number, total: number) => S;
    show: S;
    filtered: (who: S) => S;
    all: S;
    batchLegend: S;
    batchHint: S;
    actions: Record<AgentAction, S>;
    reason: S;
    confirm: S;
    submit: S;
    problem: S;
    resultHeading: (action: S) => S;
    outcomes: Record<'done' | AgentSkip, S>;
  };
}

const en: AgentConsoleMessages = {
  section: {
    heading: 'Asked on the person’s behalf',
    intro:
      'Someone else made this request for the person. The person confirms it by their own link, or you accept the agent’s authority after checking the authorisation. The answer always goes to the person’s address, never to the agent.',
    agent: 'Agent',
    relation: 'Relation, as the agent gave it',
    files: 'Authorisation',
    noFiles:
      'No authorisation uploaded yet. The agent was emailed a link to upload it.',
    download: (name) => `Download ${name}`,
    notAccepted: 'not a PDF or a picture',
    addFile: 'Add an authorisation received by post or email',
    accepted: (who, date, n) =>
      `Authority accepted by ${who} on ${date}, on ${n} ${n === 1 ? 'file' : 'files'}.`,
  },
  accept: {
    heading: 'Accept the agent’s authority',
    hint: 'If the authorisation names this person and lets the agent make this request, accept it: the request goes ahead without the person’s own confirmation.',
    check:
      'I have opened the authorisation: it names this person and lets the agent make this request',
    submit: 'Accept the authority',
    errors: {
      checked: 'Tick to say that you checked the authorisation.',
      none: 'There is no authorisation to accept: none has been uploaded.',
      notAccepted:
        'A file is not a PDF or a picture; it cannot be the authorisation.',
    },
  },
  decline: {
    heading: 'Close: authority not shown',
    hint: 'Closes the request without acting on it and emails the agent your reason. The person can still ask themselves.',
    reason: 'Reason (sent to the agent)',
    reasonHint: 'For example: the letter is not signed by the person.',
    submit: 'Close the request',
    errors: {
      required: 'Say why the authority is not shown.',
      tooLong: 'The reason must be at most 1000 characters.',
    },
  },
  upload: {
    title: (ref) => `Authorisation for ${ref}`,
    heading: 'Add an authorisation',
    intro:
      'Upload an authorisation the shop received by post or email (a scan or photo of the letter, or the PDF). It is kept with the request and shown with the agent’s own files.',
    back: 'Back to the request',
    closed:
      'The request no longer waits for an authorisation; nothing more can be added.',
  },
  entry: {
    legend: 'Made on someone else’s behalf?',
    onBehalf: 'The request was made by someone on the person’s behalf',
    hint: 'Then the email address above is the person’s own: the link and the answer go there. The agent gets an acknowledgement with a link to upload the authorisation.',
    name: 'Agent’s name',
    email: 'Agent’s email address',
    relation: 'Who the agent is to the person',
  },
  identityAccepted: (who, date) =>
    `Agent’s authority accepted by ${who} on ${date}`,
  inbox: {
    heading: 'Requests from agents',
    intro:
      'Requests made on people’s behalf, grouped by removal service or by agent. Open a group to act on its requests together.',
    group: (who, waiting, total) =>
      `${who}: ${total} ${total === 1 ? 'request' : 'requests'}, ${waiting} waiting for confirmation`,
    show: 'Show these requests',
    filtered: (who) => `Showing the requests from ${who}.`,
    all: 'Show all requests',
    batchLegend: 'Act on the ticked requests from this agent',
    batchHint:
      'Tick the requests first: none is ticked for you. Each request is acted on separately and the result is shown for each.',
    actions: {
      remind: 'Email each person their confirmation link again',
      accept:
        'Accept the agent’s authority for each (I checked each one’s authorisation)',
      decline: 'Close each: authority not shown (the agent is told the reason)',
    },
    reason: 'Reason, if you close them (sent to the agent)',
    confirm: 'I confirm: do this for every request I ticked',
    submit: 'Apply to the ticked requests',
    problem:
      'Nothing was done: choose an action, tick at least one request, confirm, and give a reason when closing.',
    resultHeading: (action) => `Result: ${action}`,
    outcomes: {
      done: 'done',
      notWaiting: 'left as it was: it no longer waits for confirmation',
      notAgent: 'left as it was: not made by an agent',
      noAuthority: 'left as it was: no authorisation uploaded',
      notAccepted: 'left as it was: a file is not a PDF or a picture',
      typePending: 'left as it was: confirm its type first',
    },
  },
};

/** English here; the other languages in agent-console/, each loaded when first read (lazy.ts). */
export const AGENT_CONSOLE_MESSAGES =
  /* @__PURE__ */ perLocale<AgentConsoleMessages>('agent-console', en);
