/**
 * The agent's part of the public form and of the console's entry form (domain/agents.ts): a box
 * nobody ticked for the person ("I am asking on someone else's behalf"), the agent's name, own
 * address and relation (nothing chosen), each with its message on a refused post, as typed.
 */
import { AGENT_FORM_FIELDS, AGENT_RELATIONS } from '#domain/agents.ts';
import type { Locale } from '#domain/schemas.ts';
import type { SummaryItem } from './form-parts.ts';
import { html, type SafeHtml } from './html.ts';
import { AGENT_MESSAGES, type AgentMessages } from './i18n/agents.ts';

/** The posted agent fields, as typed. */
export interface AgentValues {
  onBehalf?: string;
  agentName?: string;
  agentEmail?: string;
  agentRelation?: string;
}

type AgentLabels = Pick<
  AgentMessages['form'],
  'legend' | 'onBehalf' | 'hint' | 'name' | 'email' | 'relation'
>;

/**
 * "I am asking on someone else's behalf": a box nobody ticked for the person, and the agent's
 * name, own address and relation (nothing chosen), each with its message on a refused post.
 */
export function agentFieldset(
  values: AgentValues,
  errors: Record<string, string>,
  locale: Locale,
  /** The console's entry form names the agent in the third person. */
  labels: Partial<AgentLabels> = {},
): { fields: SafeHtml; summary: SummaryItem[] } {
  const a = { ...AGENT_MESSAGES[locale].form, ...labels };
  const f = AGENT_FORM_FIELDS;
  const message = {
    onBehalf: errors['agent.onBehalf'] ? a.errors.onBehalf : undefined,
    name: errors['agent.name'] ? a.errors.name : undefined,
    email: errors['agent.email']
      ? errors['agent.email'].startsWith('must be the agent')
        ? a.errors.sameEmail
        : a.errors.email
      : undefined,
    relation: errors['agent.relation'] ? a.errors.relation : undefined,
  };
  const error = (key: keyof typeof message, id: string) =>
    message[key]
      ? html`<p class="error" id="${id}-error">${message[key]}</p>`
      : '';
  const aria = (key: keyof typeof message, id: string, hint?: string) => {
    const ids = [hint, message[key] ? `${id}-error` : undefined].filter(
      Boolean,
    );
    return html`${ids.length ? html` aria-describedby="${ids.join(' ')}"` : ''}${message[key] ? html` aria-invalid="true"` : ''}`;
  };
  const summary: SummaryItem[] = (
    [
      ['onBehalf', f.onBehalf],
      ['name', f.name],
      ['email', f.email],
      ['relation', f.relation],
    ] as const
  ).flatMap(([key, id]) =>
    message[key] ? [{ href: id, text: message[key] as string }] : [],
  );
  return {
    summary,
    fields: html`<fieldset id="agent"><legend>${a.legend}</legend>
${error('onBehalf', f.onBehalf)}
<div class="choice"><input type="checkbox" id="${f.onBehalf}" name="${f.onBehalf}" value="yes"${values.onBehalf === 'yes' ? html` checked` : ''}${aria('onBehalf', f.onBehalf, 'agent-hint')}><label for="${f.onBehalf}">${a.onBehalf}</label></div>
<p class="hint" id="agent-hint">${a.hint}</p>
<label for="${f.name}">${a.name}</label>
${error('name', f.name)}
<input id="${f.name}" name="${f.name}" autocomplete="name" maxlength="200" value="${values.agentName ?? ''}"${aria('name', f.name)}>
<label for="${f.email}">${a.email}</label>
${error('email', f.email)}
<input id="${f.email}" name="${f.email}" type="email" autocomplete="email" value="${values.agentEmail ?? ''}"${aria('email', f.email)}>
<label for="${f.relation}">${a.relation}</label>
${error('relation', f.relation)}
<select id="${f.relation}" name="${f.relation}"${aria('relation', f.relation)}><option value=""${values.agentRelation ? '' : html` selected`}>${a.choose}</option>${AGENT_RELATIONS.map(
      (r) =>
        html`<option value="${r}"${values.agentRelation === r ? html` selected` : ''}>${AGENT_MESSAGES[locale].relations[r]}</option>`,
    )}</select>
<p class="hint">${a.uploadNote}</p>
</fieldset>`,
  };
}
