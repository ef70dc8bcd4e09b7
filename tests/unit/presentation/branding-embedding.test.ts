import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { describe, expect, it } from 'vitest';
import { MerchantConfig } from '#domain/schemas.ts';
import { loadSeed } from '#infra/seed/seed.ts';
import { verificationEmail } from '#presentation/emails.ts';
import { requestFormPage } from '#presentation/form-pages.ts';
import { brandCss, contrastRatio } from '#presentation/html.ts';
import {
  corsHeaders,
  embeddableBy,
  htmlResponse,
  postingTo,
} from '#shared/http.ts';

const seed = loadSeed('lastu').merchant;

describe('merchant branding', () => {
  it('accepts optional logo, colours and embedding origins, and rejects bad ones', () => {
    const ok = MerchantConfig.safeParse({
      ...seed,
      branding: {
        logoUrl: 'https://lastu.example/logo.svg',
        primaryColor: '#0b5d3b',
        backgroundColor: '#f3efe6',
      },
      embedOrigins: ['https://lastu.example'],
    });
    expect(ok.success).toBe(true);
    for (const bad of [
      { branding: { logoUrl: 'http://lastu.example/logo.svg' } },
      { branding: { primaryColor: 'red;}body{display:none' } },
      { embedOrigins: ['https://lastu.example/path'] },
      { embedOrigins: ['*'] },
    ])
      expect(MerchantConfig.safeParse({ ...seed, ...bad }).success).toBe(false);
  });

  it('uses a colour only where text on it keeps WCAG AA contrast', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21);
    expect(brandCss({ primaryColor: '#0b5d3b' })).toContain('#0b5d3b');
    expect(brandCss({ primaryColor: '#ffdd00' })).toBe('');
    expect(brandCss({ backgroundColor: '#f3efe6' })).toContain('#f3efe6');
    expect(brandCss({ backgroundColor: '#222222' })).toBe('');
  });

  it('shows the logo, with the merchant name as its text, on the form and in emails', () => {
    const merchant = MerchantConfig.parse({
      ...seed,
      branding: { logoUrl: 'https://lastu.example/logo.svg' },
    });
    const form = requestFormPage(merchant, '/requests');
    expect(form).toContain(
      '<img class="logo" src="https://lastu.example/logo.svg" alt="Lastu"',
    );
    const mail = verificationEmail(
      merchant,
      {
        requestId: '0f8fad5b-d9cb-469f-a165-70867728950e',
        type: 'access',
        email: 'a@example.com',
        locale: 'en',
      } as never,
      'https://x/verify/y',
      '2026-03-22T00:00:00Z',
    );
    expect(mail.html).toContain('src="https://lastu.example/logo.svg"');
  });
});

const event = (origin?: string) =>
  ({ headers: origin ? { origin } : {} }) as unknown as APIGatewayProxyEventV2;

describe('embedding on the merchant site', () => {
  it('answers CORS only to the merchant’s own origins', () => {
    const allowed = ['https://lastu.example'];
    expect(corsHeaders(event('https://lastu.example'), allowed)).toEqual({
      'access-control-allow-origin': 'https://lastu.example',
      vary: 'origin',
    });
    expect(corsHeaders(event('https://evil.example'), allowed)).toEqual({});
    expect(corsHeaders(event(), allowed)).toEqual({});
    expect(corsHeaders(event('https://lastu.example'), undefined)).toEqual({});
  });

  it('lets only those origins frame the page; nobody by default', () => {
    const closed = htmlResponse(200, '');
    expect(closed.headers?.['x-frame-options']).toBe('DENY');
    expect(closed.headers?.['content-security-policy']).toContain(
      "frame-ancestors 'none'",
    );
    const open = htmlResponse(
      200,
      '',
      {},
      embeddableBy(['https://lastu.example']),
    );
    expect(open.headers?.['x-frame-options']).toBeUndefined();
    expect(open.headers?.['content-security-policy']).toContain(
      'frame-ancestors https://lastu.example;',
    );
    expect(open.headers?.['content-security-policy']).toContain(
      "form-action 'self'",
    );
    expect(embeddableBy([])).toEqual({});
  });

  it("lets the processor page's upload form post to the bucket's origin, and only there besides us", () => {
    const page = htmlResponse(
      200,
      '',
      {},
      postingTo('https://dsr-exports.s3.eu-north-1.amazonaws.com/'),
    );
    expect(page.headers?.['content-security-policy']).toContain(
      "form-action 'self' https://dsr-exports.s3.eu-north-1.amazonaws.com;",
    );
    expect(page.headers?.['x-frame-options']).toBe('DENY');
    expect(page.headers?.['content-security-policy']).toContain(
      "frame-ancestors 'none'",
    );
    expect(postingTo(undefined)).toEqual({});
  });
});
