import { describe, expect, it } from 'vitest';
import { html } from '#presentation/html.ts';

describe('html', () => {
  it('escapes text and numbers, keeps safe fragments and drops empty values', () => {
    // Act
    const out = html`<p>${'<b>'} ${3} ${html`<i>ok</i>`} ${undefined}${false}</p>`;
    // Assess
    expect(out.value).toBe('<p>&lt;b&gt; 3 <i>ok</i> </p>');
  });

  it('refuses an object, so no page can say "[object Object]"', () => {
    // Prepare: a localized name not put in the reader's language.
    const name = { en: 'Nosto', fi: 'Nosto' };
    // Act, Assess
    expect(() => html`<li>${name}</li>`).toThrow(TypeError);
  });
});
