import type { AuditEventType } from '#domain/audit.ts';
import { RequestNotFoundError } from '#domain/errors.ts';
import {
  CHAIN_ALGORITHM,
  type ChainedEvent,
  canonicalJson,
  chainEvents,
  hashLink,
  verifyChain,
} from '#domain/evidence.ts';
import { maskEmail } from '#domain/ops.ts';
import {
  type ProcessorStatement,
  type StatementKind,
  statementOf,
} from '#domain/processor-answer.ts';
import { ARTICLE_OF, type DeadlineRecord } from '#domain/request.ts';
import {
  type AuthoritySetting,
  authorityName,
  authorityUrl,
  supervisoryAuthorityOf,
} from '#domain/supervisory-authorities.ts';
import {
  categoryWords,
  processorName,
  purposeWords,
} from '#presentation/register.ts';
import type { OpsPorts } from './ports.ts';

/** Who receives the email an event records. */
const MESSAGE_TO: Partial<Record<AuditEventType, 'subject' | 'merchant'>> = {
  VerificationEmailSent: 'subject',
  ResultSent: 'subject',
  DenialSent: 'subject',
  DeadlineExtended: 'subject',
  AcknowledgementSent: 'subject',
  SubjectNotified: 'subject',
  RestrictionLifted: 'subject',
  DecisionRequested: 'merchant',
  ReminderSent: 'merchant',
  DeadlineEscalated: 'merchant',
};

export interface EvidenceBundle {
  schema: 'dsr-evidence/1';
  generatedAt: string;
  request: {
    requestId: string;
    merchantId: string;
    type: string;
    article: string;
    status: string;
    receivedAt: string;
    completedAt?: string;
    /** When the personal data of the closed request is pseudonymised, and when it was. */
    retainUntil?: string;
    pseudonymisedAt?: string;
    /**
     * The subject, masked; `subjectRef` is the irreversible per-merchant key of their records
     * (gone once expired or pseudonymised; a pseudonymised request keeps `subjectHash` instead).
     */
    subject: {
      emailMasked: string;
      subjectRef?: string;
      subjectHash?: string;
      locale: string;
    };
  };
  controller: {
    merchantId: string;
    name?: string;
    legalName?: string;
    country?: string;
    regime?: string;
    supervisoryAuthority?: { name: string; url: string };
  };
  identityVerification: {
    method: 'email-link';
    verifiedAt?: string;
    events: number[];
  };
  decisions: {
    outcome: string;
    by: string;
    at: string;
    reason?: string;
    events: number[];
  }[];
  extension?: { by: string; at: string; reason: string };
  deadlines: DeadlineRecord[];
  disclosures: {
    processorId: string;
    name?: string;
    categories: string[];
    purposes: string[];
    job?: {
      state: string;
      startedAt: string;
      finishedAt?: string;
      dueAt?: string;
      records?: number;
      error?: string;
      /** What it answered (domain/processor-answer.ts), who answered, and their note. */
      answer: { kind: StatementKind; by?: string; at?: string };
      note?: string;
      kept?: { what: string; reason: string; basis: string; until?: string }[];
    };
    events: number[];
  }[];
  messages: {
    to: 'subject' | 'merchant';
    type: string;
    at: string;
    messageId: string;
    seq: number;
  }[];
  executions: {
    name: string;
    status: string;
    startedAt: string;
    stoppedAt?: string;
    error?: string;
  }[];
  auditChain: {
    algorithm: string;
    head: string;
    events: ChainedEvent[];
  };
  /** sha256 of the canonical JSON of this bundle without `bundleHash`. */
  bundleHash: string;
}

/**
 * The evidence an auditor or supervisory authority asks for (Art. 5(2) accountability, Art. 30,
 * processors' audit clauses): the request, identity verification, decisions with their actors,
 * each deadline computation, every disclosure to a processor with its answer, the messages sent
 * (ids only, never bodies), and the audit trail in a SHA-256 hash chain so tampering shows.
 * Personal data: the email masked, the subject by reference; decision reasons as the merchant wrote them.
 */
/** The answer part of a job's evidence: the statement, the note and what is kept. */
function answerOf(s: ProcessorStatement) {
  return {
    answer: {
      kind: s.kind,
      ...(s.by ? { by: s.by } : {}),
      ...(s.at ? { at: s.at } : {}),
    },
    ...(s.note ? { note: s.note } : {}),
    ...(s.holds.length
      ? {
          kept: s.holds.map((h) => ({
            what: h.what,
            reason: h.reason,
            basis: h.basis,
            ...(h.until ? { until: h.until } : {}),
          })),
        }
      : {}),
  };
}

export async function buildEvidence(
  input: { requestId: string },
  ports: Pick<
    OpsPorts,
    'requests' | 'audit' | 'merchants' | 'executions' | 'clock'
  >,
): Promise<EvidenceBundle> {
  const request = await ports.requests.get(input.requestId);
  if (!request) throw new RequestNotFoundError(input.requestId);
  const [events, jobs, merchant, executions] = await Promise.all([
    ports.audit.list(request.requestId),
    ports.requests.listJobs(request.requestId),
    ports.merchants.get(request.merchantId),
    ports.executions.forRequest(request.requestId, request.executionNumber),
  ]);
  const chain = chainEvents(events);
  const seqOf = (...types: AuditEventType[]) =>
    chain.filter((c) => types.includes(c.event.type)).map((c) => c.seq);
  const processorIds = [
    ...new Set([
      ...(merchant?.processors.map((p) => p.processorId) ?? []),
      ...jobs.map((j) => j.processorId),
    ]),
  ];
  const body: Omit<EvidenceBundle, 'bundleHash'> = {
    schema: 'dsr-evidence/1',
    generatedAt: ports.clock.now().toISOString(),
    request: {
      requestId: request.requestId,
      merchantId: request.merchantId,
      type: request.type,
      article: ARTICLE_OF[request.type],
      status: request.status,
      receivedAt: request.receivedAt,
      completedAt: request.completedAt,
      retainUntil: request.retainUntil,
      pseudonymisedAt: request.pseudonymisedAt,
      subject: {
        emailMasked: maskEmail(request.email),
        subjectRef: request.subjectRef,
        subjectHash: request.subjectHash,
        locale: request.locale,
      },
    },
    controller: {
      merchantId: request.merchantId,
      name: merchant?.name,
      legalName: merchant?.legalName,
      country: merchant?.country,
      regime: merchant?.regime,
      supervisoryAuthority: merchant ? authorityInEnglish(merchant) : undefined,
    },
    identityVerification: {
      method: 'email-link',
      verifiedAt: request.verifiedAt,
      events: seqOf(
        'VerificationEmailSent',
        'IdentityVerified',
        'RequestExpired',
      ),
    },
    decisions: request.decision
      ? [
          {
            outcome: request.decision.outcome,
            by: request.decision.by,
            at: request.decision.at,
            reason: request.decision.reason,
            events: seqOf(
              'DecisionRequested',
              'RequestApproved',
              'RequestDenied',
            ),
          },
        ]
      : [],
    extension: request.extension,
    deadlines: request.deadlines ?? [],
    disclosures: processorIds.map((processorId) => {
      const p = merchant?.processors.find((x) => x.processorId === processorId);
      const job = jobs.find((j) => j.processorId === processorId);
      return {
        processorId,
        // The auditor's bundle names the register in English (the ops language).
        name: p ? processorName(p, 'en') : undefined,
        categories: p ? categoryWords(p, 'en') : [],
        purposes: p ? purposeWords(p, 'en') : [],
        job: job && {
          state: job.state,
          startedAt: job.startedAt,
          finishedAt: job.finishedAt,
          dueAt: job.dueAt,
          records: job.records,
          error: job.error,
          ...answerOf(statementOf(job, request.type, request.objectionScope)),
        },
        events: chain
          .filter((c) => c.event.details?.processorId === processorId)
          .map((c) => c.seq),
      };
    }),
    messages: chain.flatMap((c) => {
      const to = MESSAGE_TO[c.event.type];
      const messageId = c.event.details?.messageId;
      return to && typeof messageId === 'string' && messageId
        ? [{ to, type: c.event.type, at: c.event.at, messageId, seq: c.seq }]
        : [];
    }),
    executions: executions.map((e) => ({
      name: e.name,
      status: e.status,
      startedAt: e.startedAt,
      stoppedAt: e.stoppedAt,
      error: e.error,
    })),
    auditChain: {
      algorithm: CHAIN_ALGORITHM,
      head: chain.at(-1)?.hash ?? '0'.repeat(64),
      events: chain,
    },
  };
  return { ...body, bundleHash: bundleHashOf(body) };
}

function bundleHashOf(body: Omit<EvidenceBundle, 'bundleHash'>): string {
  return hashLink('', JSON.parse(canonicalJson(body)));
}

/** Checks a bundle: the hash chain over the events, its head, and the hash over the whole bundle. */
export function verifyEvidence(
  bundle: EvidenceBundle,
):
  | { valid: true; events: number; head: string }
  | { valid: false; reason: string; brokenAt?: number } {
  const chain = verifyChain(bundle.auditChain.events, bundle.auditChain.head);
  if (!chain.valid)
    return {
      valid: false,
      reason: `audit chain broken at event ${chain.brokenAt}: ${chain.reason}`,
      brokenAt: chain.brokenAt,
    };
  const { bundleHash, ...body } = bundle;
  if (bundleHashOf(body) !== bundleHash)
    return { valid: false, reason: 'bundle hash does not match its content' };
  return {
    valid: true,
    events: bundle.auditChain.events.length,
    head: chain.head,
  };
}

/** The merchant's supervisory authority as the (English) evidence bundle names it. */
function authorityInEnglish(merchant: AuthoritySetting) {
  const authority = supervisoryAuthorityOf(merchant);
  return {
    name: authorityName(authority, 'en'),
    url: authorityUrl(authority, 'en'),
  };
}
