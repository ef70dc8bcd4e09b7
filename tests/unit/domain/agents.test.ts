/**
 * Requests made on someone's behalf (domain/agents.ts): what the form and the console accept of
 * an agent and why the rest is refused, how requests are grouped by agent and removal service,
 * and what pseudonymisation keeps of the agent.
 */
import { describe, expect, it } from 'vitest';
import {
  agentGroupKey,
  agentService,
  groupByAgent,
  isAgentGroupKey,
  withFormAgent,
} from '#domain/agents.ts';
import { parseStaffRequest } from '#domain/console-entry.ts';
import { ValidationError } from '#domain/errors.ts';
import { pseudonymisation, SUBJECT_FIELDS } from '#domain/pseudonymisation.ts';
import type { DsrRequest } from '#domain/request.ts';
import { fieldErrors, SubmitRequestInput } from '#domain/schemas.ts';

const form = (fields: Record<string, string>) =>
  SubmitRequestInput.safeParse(
    withFormAgent({ merchant: 'lastu', type: 'erasure', ...fields }),
  );
const errorsOf = (fields: Record<string, string>) => {
  const parsed = form(fields);
  return parsed.success ? {} : fieldErrors(parsed.error);
};

describe('an agent on the public form', () => {
  it('is taken with the box ticked, a name, their own address and a relation of the list', () => {
    const parsed = form({
      email: 'Aino@Example.org',
      onBehalf: 'yes',
      agentName: ' Ville Virtanen ',
      agentEmail: 'Ville@Example.org',
      agentRelation: 'legal-guardian',
    });
    expect(parsed.success).toBe(true);
    expect(parsed.data?.email).toBe('aino@example.org');
    expect(parsed.data?.agent).toEqual({
      name: 'Ville Virtanen',
      email: 'ville@example.org',
      relation: 'legal-guardian',
      onBehalf: true,
    });
  });

  it('is absent when the box is unticked and no agent field is filled', () => {
    const parsed = form({ email: 'aino@example.org', agentRelation: '' });
    expect(parsed.success).toBe(true);
    expect(parsed.data?.agent).toBeUndefined();
  });

  it('refuses each missing or wrong field by name, never guessing who asks', () => {
    expect(
      errorsOf({ email: 'aino@example.org', onBehalf: 'yes' }),
    ).toMatchObject({
      'agent.name': 'is required',
      'agent.email': expect.any(String),
      'agent.relation': expect.stringContaining('must be one of'),
    });
    // Agent fields without the box: refused, not dropped and not taken as an agent's.
    expect(
      errorsOf({
        email: 'aino@example.org',
        agentName: 'Ville',
        agentEmail: 'ville@example.org',
        agentRelation: 'lawyer',
      }),
    ).toEqual({ 'agent.onBehalf': expect.stringContaining('tick the box') });
    // The person's own address given as the agent's (in another case).
    expect(
      errorsOf({
        email: 'aino@example.org',
        onBehalf: 'yes',
        agentName: 'Ville',
        agentEmail: 'AINO@example.org',
        agentRelation: 'lawyer',
      }),
    ).toEqual({ 'agent.email': expect.stringMatching(/^must be the agent/) });
    // A relation outside the list, a name with a text-direction override.
    expect(
      errorsOf({
        email: 'aino@example.org',
        onBehalf: 'yes',
        agentName: 'Ville\u202Egpj.exe',
        agentEmail: 'ville@example.org',
        agentRelation: 'friend',
      }),
    ).toMatchObject({
      'agent.name': expect.stringContaining('control characters'),
      'agent.relation': expect.stringContaining('must be one of'),
    });
  });

  it('takes a JSON agent as it is, without the form’s box', () => {
    const parsed = SubmitRequestInput.safeParse(
      withFormAgent({
        merchant: 'lastu',
        type: 'access',
        email: 'aino@example.org',
        agent: {
          name: 'Mine',
          email: 'requests@saymine.com',
          relation: 'privacy-service',
        },
      }),
    );
    expect(parsed.success).toBe(true);
  });
});

describe('an agent on the console’s entry', () => {
  const now = new Date('2026-03-10T10:00:00Z');
  const entry = (extra: Record<string, string>) =>
    parseStaffRequest(
      {
        type: 'access',
        email: 'aino@example.org',
        channel: 'post',
        receivedAt: '2026-03-09',
        ...extra,
      },
      () => 'Europe/Helsinki',
      now,
    );

  it('is kept with the entry, the box ticked', () => {
    expect(
      entry({
        onBehalf: 'yes',
        agentName: 'Ville',
        agentEmail: 'ville@example.org',
        agentRelation: 'family-member',
      }).agent,
    ).toEqual({
      name: 'Ville',
      email: 'ville@example.org',
      relation: 'family-member',
    });
  });

  it('is refused with the person’s address', () => {
    expect(() =>
      entry({
        onBehalf: 'yes',
        agentName: 'Ville',
        agentEmail: 'aino@example.org',
        agentRelation: 'family-member',
      }),
    ).toThrow(ValidationError);
  });
});

describe('groups of agents’ requests', () => {
  type Row = { id: string; agent?: { name: string; email: string } };
  const r = (id: string, name: string, email: string): Row => ({
    id,
    agent: { name, email },
  });

  it('puts a removal service’s agents in one group, other agents by address, largest first', () => {
    const groups = groupByAgent<Row>([
      r('1', 'Ville', 'ville@example.org'),
      r('2', 'Mine', 'requests@saymine.com'),
      r('3', 'Mine team', 'ops@mail.saymine.com'),
      r('4', 'Ville V.', 'VILLE@example.org'),
      r('5', 'Mine', 'requests@saymine.com'),
      { id: '6' },
      r('7', 'Someone', ''),
    ]);
    expect(
      groups.map((g) => [
        g.service ?? g.agentEmail,
        g.requests.map((x) => x.id),
      ]),
    ).toEqual([
      ['Mine', ['2', '3', '5']],
      ['ville@example.org', ['1', '4']],
    ]);
    expect(groups[0]?.key).toBe(agentGroupKey('someone@saymine.com'));
  });

  it('names known services by their domain only, and keys never hold an address', () => {
    expect(agentService('x@joindeleteme.com')).toBe('DeleteMe');
    expect(agentService('x@privacybee.com')).toBe('Privacy Bee');
    expect(agentService('x@notjoindeleteme.com')).toBeUndefined();
    const key = agentGroupKey('ville@example.org');
    expect(isAgentGroupKey(key)).toBe(true);
    expect(key).not.toContain('ville');
    expect(isAgentGroupKey('ville@example.org')).toBe(false);
  });
});

describe('pseudonymising an agent’s request', () => {
  it('empties the agent’s name, address and the files’ names and keys, keeps the relation and the acceptance, and removes the group', () => {
    const request = {
      requestId: '00000000-0000-4000-8000-000000000001',
      merchantId: 'lastu',
      email: 'aino@example.org',
      agentGroup: agentGroupKey('ville@example.org'),
      agent: {
        name: 'Ville',
        email: 'ville@example.org',
        relation: 'lawyer',
        accepted: {
          by: 'member:abc',
          at: '2026-03-10T10:00:00Z',
          files: [
            {
              key: 'requests/x/authority/f/valtakirja.pdf',
              name: 'valtakirja.pdf',
              bytes: 10,
              mediaType: 'application/pdf',
            },
          ],
        },
      },
    } as unknown as DsrRequest;
    const write = pseudonymisation(request, '2027-03-10T10:00:00Z');
    expect(write.set.agent).toEqual({
      name: '',
      email: '',
      relation: 'lawyer',
      accepted: {
        by: 'member:abc',
        at: '2026-03-10T10:00:00Z',
        files: [
          {
            key: '',
            name: '',
            bytes: 10,
            mediaType: 'application/pdf',
          },
        ],
      },
    });
    expect(SUBJECT_FIELDS).toContain('agentGroup');
    expect(write.remove).toContain('agentGroup');
    expect(JSON.stringify(write.set)).not.toMatch(/ville|valtakirja/);
  });
});
