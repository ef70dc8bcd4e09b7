/** Minimal, dependency-free HTML rendering with escaping by default. */

import type { MerchantConfig } from '#domain/schemas.ts';

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** A string that is already safe HTML. */
export class SafeHtml {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

export function escapeHtml(value: unknown): string {
  return String(value ?? '').replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

/** Tagged template: interpolations are escaped unless they are {@link SafeHtml} or arrays of it. */
export function html(
  strings: TemplateStringsArray,
  ...values: unknown[]
): SafeHtml {
  let out = strings[0] ?? '';
  values.forEach((value, i) => {
    out += render(value) + (strings[i + 1] ?? '');
  });
  return new SafeHtml(out);
}

function render(value: unknown): string {
  if (value instanceof SafeHtml) return value.value;
  if (Array.isArray(value)) return value.map(render).join('');
  if (value === undefined || value === null || value === false) return '';
  // A page never says "[object Object]": an object here is a bug (e.g. a localized name not
  // put in the reader's language), so it fails where it is rendered and in every test.
  if (typeof value === 'object')
    throw new TypeError('html: an object was interpolated; render it as text');
  return escapeHtml(value);
}

/**
 * Shared page style. Fits a 390 px phone without sideways scrolling: long words and addresses
 * wrap (`overflow-wrap:anywhere`), fieldsets may shrink below their content, and on narrow
 * screens the page loses its margins and definition lists stack.
 */
export const STYLE = `
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0;background:#f6f7f9;color:#1b1f24;line-height:1.5}
main{max-width:40rem;margin:2rem auto;padding:1.5rem;background:#fff;border-radius:8px;box-shadow:0 1px 3px rgba(0,0,0,.12);overflow-wrap:anywhere}
h1{font-size:1.5rem;margin-top:0}label{display:block;font-weight:600;margin-top:1rem}
input,select,textarea{width:100%;max-width:100%;box-sizing:border-box;padding:.6rem;font:inherit;border:1px solid #6b7280;border-radius:4px}
fieldset{border:1px solid #d0d4da;border-radius:4px;margin-top:1rem;min-width:0}legend{font-weight:600}
.choice{display:flex;gap:.5rem;align-items:flex-start;margin:.4rem 0}.choice input{width:auto;flex:none;margin-top:.35rem}.choice label{margin:0;font-weight:normal;min-width:0}
button{margin-top:1.25rem;padding:.7rem 1.4rem;font:inherit;font-weight:600;border:0;border-radius:4px;background:#1d4ed8;color:#fff;cursor:pointer;max-width:100%}
button.secondary{background:#b91c1c}.hint{color:#4b5563;font-size:.9rem}.error{color:#b91c1c;font-weight:600}
a{color:#1d4ed8}a:focus-visible,input:focus-visible,select:focus-visible,textarea:focus-visible,button:focus-visible{outline:3px solid #1b1f24;outline-offset:2px}
input[aria-invalid=true],textarea[aria-invalid=true]{border:2px solid #b91c1c}
.warning{border-left:4px solid #b45309;padding:.25rem .75rem}.error-summary{border:3px solid #b91c1c;border-radius:4px;padding:.5rem 1rem;margin-bottom:1rem}.error-summary h2{font-size:1.1rem;margin:.25rem 0}
img.logo{display:block;max-height:48px;max-width:100%;width:auto;margin-bottom:1rem}
nav.lang ul{list-style:none;display:flex;flex-wrap:wrap;gap:.75rem;padding:0;margin:0 0 1rem}nav.lang a[aria-current]{font-weight:700;color:#1b1f24}
dl{display:grid;grid-template-columns:max-content minmax(0,1fr);gap:.25rem 1rem}dt{font-weight:600}dd{margin:0;min-width:0}
@media (max-width:40rem){main{margin:0;border-radius:0;box-shadow:none;padding:1rem}}
@media (max-width:30rem){dl{grid-template-columns:minmax(0,1fr);gap:0}dd{margin-bottom:.5rem}}
`;

/**
 * A catalogue message with markup in its arguments: `fn` is called with placeholders, the
 * catalogue's own words are escaped, and each argument is rendered (escaped unless SafeHtml).
 */
export function rich<A extends unknown[]>(
  fn: (...args: A) => string,
  ...args: { [K in keyof A]: string | number | SafeHtml }
): SafeHtml {
  const marks = args.map((_, i) => `\uE000${i}\uE000`);
  const text = escapeHtml(fn(...(marks as unknown as A)));
  return new SafeHtml(
    text.replace(/\uE000(\d+)\uE000/g, (_, i) => render(args[Number(i)])),
  );
}

/** How a merchant's pages and emails look (MerchantConfig `name` and `branding`). */
export interface Brand {
  name?: string;
  logoUrl?: string;
  primaryColor?: string;
  backgroundColor?: string;
}

/** A merchant's name, logo and colours for {@link page}. */
export const brandOf = (merchant: MerchantConfig): Brand => ({
  name: merchant.name,
  ...merchant.branding,
});

const HEX = /^#[0-9a-fA-F]{6}$/;
const TEXT = '#1b1f24';

/** WCAG 2.x relative luminance of `#rrggbb`. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = Number.parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG contrast ratio of two `#rrggbb` colours (1 to 21). */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [
    number,
    number,
  ];
  return (hi + 0.05) / (lo + 0.05);
}

/** Brand colours as CSS, keeping only those that keep text at WCAG AA contrast (4.5:1). */
export function brandCss(brand: Brand | undefined): string {
  const rules: string[] = [];
  const primary = brand?.primaryColor;
  if (primary && HEX.test(primary) && contrastRatio(primary, '#ffffff') >= 4.5)
    rules.push(
      `button{background:${primary}}a{color:${primary}}main{border-top:6px solid ${primary}}`,
    );
  const background = brand?.backgroundColor;
  if (
    background &&
    HEX.test(background) &&
    contrastRatio(background, TEXT) >= 4.5
  )
    rules.push(`body{background:${background}}`);
  return rules.join('');
}

/** A complete page, in `lang`, optionally with the merchant's logo and colours. */
export function page(
  title: string,
  body: SafeHtml,
  lang = 'en',
  brand?: Brand,
): string {
  const logo = brand?.logoUrl
    ? html`<img class="logo" src="${brand.logoUrl}" alt="${brand.name ?? ''}" height="48">`
    : '';
  return `<!doctype html>${html`<html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex"><title>${title}</title><style>${new SafeHtml(STYLE + brandCss(brand))}</style></head><body><main>${logo}${body}</main></body></html>`.value}`;
}
