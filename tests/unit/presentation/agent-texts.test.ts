/**
 * What the people around an agent's request read, rendered in every language: the person's
 * confirmation email (who asked, as what, that the answer comes to them), the agent's
 * acknowledgement (who confirms, where to upload, that the answer never comes to them), the
 * closing notice with the member's reason, the agent's upload page and the form's agent part.
 * The agent's name is typed text: it cannot add a line or a link to an email.
 */
import { describe, expect, it } from 'vitest';
import type { DsrRequest } from '#domain/request.ts';
import { MerchantConfig, SUPPORTED_LOCALES } from '#domain/schemas.ts';
import { loadSeed } from '#infra/seed/seed.ts';
import {
  agentAcknowledgementEmail,
  agentDeclinedEmail,
} from '#presentation/agent-emails.ts';
import { authorityUploadPage } from '#presentation/authority-page.ts';
import {
  decisionRequestEmail,
  processorRequestEmail,
  verificationEmail,
} from '#presentation/emails.ts';
import { requestFormPage } from '#presentation/form-pages.ts';
import { AGENT_MESSAGES } from '#presentation/i18n/agents.ts';
import { formatDate } from '#presentation/i18n/index.ts';
import { acknowledgementEmail } from '#presentation/notice-emails.ts';

const merchant = MerchantConfig.parse(loadSeed('lastu').merchant);
const UPLOAD =
  'https://dsr.example/authority/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA';

const request = (locale: string, patch: Partial<DsrRequest> = {}) =>
  ({
    requestId: '0a1b2c3d-0000-4000-8000-000000000001',
    merchantId: 'lastu',
    type: 'erasure',
    status: 'PENDING_VERIFICATION',
    email: 'aino.virtanen@example.com',
    subjectRef: 'ref',
    locale,
    receivedAt: '2026-03-02T10:00:00Z',
    dueDate: '2026-04-02',
    dueAt: '2026-04-02T20:59:59Z',
    updatedAt: '2026-03-02T10:00:00Z',
    verifyBy: '2026-03-09T10:00:00Z',
    agent: {
      name: 'Ville Virtanen',
      email: 'ville@example.org',
      relation: 'family-member',
    },
    ...patch,
  }) as DsrRequest & { agent: NonNullable<DsrRequest['agent']> };

describe('the emails about an agent’s request', () => {
  it('tell the person, in their language, who asked for them and that the answer comes to them', () => {
    for (const locale of SUPPORTED_LOCALES) {
      const mail = verificationEmail(
        merchant,
        request(locale),
        'https://dsr.example/verify/x',
        '2026-03-09T10:00:00Z',
      );
      const a = AGENT_MESSAGES[locale];
      expect(mail.to).toEqual(['aino.virtanen@example.com']);
      expect(mail.text, locale).toContain(
        a.verification.byAgent(
          'Ville Virtanen',
          'ville@example.org',
          a.relations['family-member'],
        ),
      );
      expect(mail.text, locale).toContain(a.verification.confirmOnly);
      expect(mail.text).not.toMatch(/undefined|\[object/);
    }
    // Without an agent, nothing about one.
    const own = verificationEmail(
      merchant,
      request('en', { agent: undefined }),
      'https://dsr.example/verify/x',
      '2026-03-09T10:00:00Z',
    );
    expect(own.text).not.toContain('on your behalf');
  });

  it('tell the agent, at their own address, who confirms, where to upload and that the answer goes to the person', () => {
    const texts = new Set<string>();
    for (const locale of SUPPORTED_LOCALES) {
      const mail = agentAcknowledgementEmail(
        merchant,
        request(locale),
        UPLOAD,
        '2026-03-09T10:00:00Z',
      );
      const m = AGENT_MESSAGES[locale].agentEmail;
      expect(mail.to).toEqual(['ville@example.org']);
      expect(mail.text).toContain(m.whatNext(merchant.name));
      expect(mail.text).toContain(m.answerGoesToPerson);
      expect(mail.text).toContain(UPLOAD);
      expect(mail.html).toContain(`href="${UPLOAD}"`);
      // Nothing of the person's: not their address, not a link they alone should have.
      expect(mail.text).not.toContain('aino.virtanen');
      expect(mail.text).not.toMatch(/\/verify\/|undefined|\[object/);
      texts.add(mail.text);
    }
    expect(texts.size).toBe(SUPPORTED_LOCALES.length);
    expect(
      agentAcknowledgementEmail(
        merchant,
        request('en'),
        UPLOAD,
        '2026-03-09T10:00:00Z',
      ).text,
    ).toContain(
      'Lastu has received the request you sent on another person’s behalf (Erase my data (GDPR Art. 17)). You described yourself as the person’s: family member.',
    );
  });

  it('quote the member’s reason to the agent when the request is closed, as a quote it cannot break out of', () => {
    const reason =
      'Not signed by the person.\n\nConfirm here: https://evil.example/x';
    for (const locale of SUPPORTED_LOCALES) {
      const mail = agentDeclinedEmail(merchant, request(locale), reason);
      expect(mail.to).toEqual(['ville@example.org']);
      expect(mail.text).toContain('> Not signed by the person.');
      expect(mail.text).not.toMatch(/^Confirm here/m);
      expect(mail.html).not.toContain('href="https://evil');
      expect(mail.text).toContain(AGENT_MESSAGES[locale].declined.again);
    }
  });

  it('tell the person, once the shop accepted the authority, who asked for them', () => {
    const accepted = request('fi', {
      status: 'VERIFIED',
      agent: {
        name: 'Ville Virtanen',
        email: 'ville@example.org',
        relation: 'lawyer',
        accepted: { by: 'member:abc', at: '2026-03-03T10:00:00Z', files: [] },
      },
    });
    const mail = acknowledgementEmail(merchant, accepted);
    expect(mail.to).toEqual(['aino.virtanen@example.com']);
    expect(mail.text).toContain(
      'Pyynnön teki puolestasi Ville Virtanen (asianajaja tai lakimies); kauppa on tarkistanut hänen valtuutuksensa. Vastaus tulee sinulle tähän osoitteeseen.',
    );
  });

  it('keep an agent name that looks like a link from becoming one', () => {
    const mail = verificationEmail(
      merchant,
      request('en', {
        agent: {
          name: 'www.evil.example',
          email: 'ville@example.org',
          relation: 'other',
        },
      }),
      'https://dsr.example/verify/x',
      '2026-03-09T10:00:00Z',
    );
    expect(mail.html).not.toContain('www.evil.example');
  });
});

describe('what the merchant reads when deciding an agent’s request', () => {
  it('names the agent, and says the person did not confirm when the shop accepted the authority', () => {
    const accepted = request('fi', {
      status: 'AWAITING_DECISION',
      verifiedAt: '2026-03-03T10:00:00Z',
      agent: {
        name: 'Ville Virtanen',
        email: 'ville@example.org',
        relation: 'lawyer',
        accepted: { by: 'member:abc', at: '2026-03-03T10:00:00Z', files: [] },
      },
    });
    const mail = decisionRequestEmail(
      merchant,
      accepted,
      merchant.processors,
      'https://dsr.example/decide/x',
      new Date('2026-03-04T10:00:00Z'),
    );
    const a = AGENT_MESSAGES[merchant.locale];
    expect(mail.text).toContain(
      a.decision.agentIs(
        'Ville Virtanen',
        'ville@example.org',
        a.relations.lawyer,
      ),
    );
    expect(mail.text).toContain(
      a.decision.identityByAuthority(
        formatDate('2026-03-03T10:00:00Z', merchant.locale),
      ),
    );
    // The person's own confirmation is still said as it was.
    const confirmed = decisionRequestEmail(
      merchant,
      { ...accepted, agent: { ...accepted.agent, accepted: undefined } },
      merchant.processors,
      'https://dsr.example/decide/x',
      new Date('2026-03-04T10:00:00Z'),
    );
    expect(confirmed.text).not.toContain(
      a.decision.identityByAuthority(
        formatDate('2026-03-03T10:00:00Z', merchant.locale),
      ),
    );
  });
});

describe('what processors hear of an agent’s request', () => {
  it('nothing: no name, address or relation of the agent, in any processor’s language', () => {
    for (const processor of merchant.processors.filter((p) => p.contactEmail))
      for (const locale of SUPPORTED_LOCALES) {
        const mail = processorRequestEmail(
          merchant,
          { ...processor, locale },
          request(locale, {
            status: 'IN_PROGRESS',
            agent: {
              name: 'Ville Virtanen',
              email: 'ville@example.org',
              relation: 'privacy-service',
              accepted: {
                by: 'member:abc',
                at: '2026-03-03T10:00:00Z',
                files: [],
              },
            },
          }),
          {},
          'https://dsr.example/processor/x',
          'processor',
        );
        for (const part of [mail.text, mail.html])
          expect(part, `${processor.processorId} ${locale}`).not.toMatch(
            /Ville|ville@example\.org|privacy service|on (your|the person’s) behalf/i,
          );
        expect(mail.to).not.toContain('ville@example.org');
      }
  });
});

describe('the agent’s pages', () => {
  it('offer the upload while the request waits, and say when it no longer needs one', () => {
    const view = {
      request: request('sv'),
      merchant,
      files: [
        {
          id: 'f/fullmakt.pdf',
          key: 'requests/x/authority/f/fullmakt.pdf',
          name: 'fullmakt.pdf',
          bytes: 2048,
          mediaType: 'application/pdf',
          label: 'PDF',
          accepted: true,
        },
      ],
      open: true,
      form: { url: 'https://bucket.example', fields: { key: 'k' } },
    };
    const open = authorityUploadPage(view, '/authority/x');
    expect(open).toContain('lang="sv"');
    expect(open).toContain(AGENT_MESSAGES.sv.page.fileLabel);
    expect(open).toContain('fullmakt.pdf');
    expect(open).toContain('name="remove" value="f/fullmakt.pdf"');
    const done = authorityUploadPage(
      { ...view, open: false, form: undefined },
      '/authority/x',
    );
    expect(done).toContain(AGENT_MESSAGES.sv.page.done);
    expect(done).not.toContain('enctype="multipart/form-data"');
    expect(done).not.toContain('name="remove"');
  });

  it('give the form an agent part with nothing chosen, in every language', () => {
    for (const locale of SUPPORTED_LOCALES) {
      const page = requestFormPage(merchant, '/requests', {}, {}, locale);
      expect(page).toContain(AGENT_MESSAGES[locale].form.onBehalf);
      expect(page).not.toMatch(/name="onBehalf" value="yes" checked/);
      expect(page).toMatch(/<option value="" selected>/);
      for (const relation of Object.values(AGENT_MESSAGES[locale].relations))
        expect(page).toContain(relation);
    }
  });
});
