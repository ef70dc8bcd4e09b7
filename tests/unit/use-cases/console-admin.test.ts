/**
 * The console's settings and reports on in-memory ports: each change checked like the seed,
 * stored, and audited on the merchant's trail with the member (never an address); admins only;
 * credentials only by reference; a processor still awaited is not removed; the register with
 * and without emails, CSV-injection safe; the record of processing in the merchant's language.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { MemoryConsoleStore } from '#adapters/memory/memory-console.ts';
import { MemoryExecutions } from '#adapters/memory/memory-ops.ts';
import { NotAllowedError, SignedOutError } from '#domain/console-errors.ts';
import { RequestNotFoundError, ValidationError } from '#domain/errors.ts';
import { memberActor, memberKey } from '#domain/member-roles.ts';
import { MerchantConfig } from '#domain/schemas.ts';
import {
  recordCsv,
  registerCsv,
} from '#presentation/console/register-files.ts';
import type { ConsolePorts } from '#use-cases/console/ports.ts';
import { requestRegister } from '#use-cases/console/reports.ts';
import { openSession } from '#use-cases/console/session.ts';
import {
  changeSettings,
  merchantTrail,
  revisionOf,
  settingsView,
} from '#use-cases/console/settings.ts';
import { completeSignIn, requestSignIn } from '#use-cases/console/sign-in.ts';
import { submitRequest } from '#use-cases/submit-request.ts';
import { seededMemoryPorts } from '../../helpers/builders.ts';

const OWNER = 'owner@lastu.example';
const SUPPORT = 'support@lastu.example';

type Ports = ConsolePorts &
  Awaited<ReturnType<typeof seededMemoryPorts>>['ports'];

async function consolePorts(): Promise<Ports> {
  const { ports } = await seededMemoryPorts(undefined, { allProcessors: true });
  return {
    ...ports,
    console: new MemoryConsoleStore(),
    executions: new MemoryExecutions(ports.clock),
    operators: new Set<string>(),
  } as Ports;
}

async function signedIn(ports: Ports, email: string) {
  await requestSignIn({ email }, { locale: 'en' }, ports);
  const text = ports.mailer.sent.findLast((m) => m.to.includes(email))?.text;
  const secret = /\/console\/sign-in\/([A-Za-z0-9_-]{43})/.exec(
    text ?? '',
  )?.[1] as string;
  const session = await completeSignIn(secret, undefined, ports);
  return {
    secret: session.secret,
    member: await openSession(session.secret, ports),
  };
}

const lastu = async (ports: Ports) =>
  (await ports.merchants.get('lastu')) as MerchantConfig;

describe('settings', () => {
  let ports: Ports;
  beforeEach(async () => {
    ports = await consolePorts();
  });

  it('changes the general settings, checked like the seed, and audits who and what (no values, no address)', async () => {
    const { member } = await signedIn(ports, OWNER);
    const view = await settingsView(member, 'lastu', ports);
    const outcome = await changeSettings(
      member,
      'lastu',
      'general',
      {
        revision: view.revision,
        locale: 'fi',
        requestRetentionDays: '730',
        releaseReview: 'on',
        'autoApprove.objection': 'on',
        'autoApprove.restriction': 'on',
        'autoApprove.access': 'off',
        primaryColor: '#1d4ed8',
      },
      ports,
    );
    expect(outcome).toEqual({ notice: 'generalSaved' });
    const stored = await lastu(ports);
    expect(stored).toMatchObject({
      locale: 'fi',
      requestRetentionDays: 730,
      releaseReview: true,
      autoApprove: ['objection', 'restriction'],
      branding: { primaryColor: '#1d4ed8' },
    });
    const trail = await ports.audit.list(merchantTrail('lastu'));
    expect(trail).toEqual([
      expect.objectContaining({
        type: 'SettingsChanged',
        actor: member.actor,
        details: {
          section: 'general',
          changed:
            'locale,requestRetentionDays,releaseReview,autoApprove,branding',
        },
      }),
    ]);
    expect(JSON.stringify(trail)).not.toContain(OWNER);
  });

  it('refuses what the seed refuses, by field, and stores nothing', async () => {
    const { member } = await signedIn(ports, OWNER);
    const before = await lastu(ports);
    const refused = changeSettings(
      member,
      'lastu',
      'general',
      { requestRetentionDays: '10', primaryColor: 'blue' },
      ports,
    );
    await expect(refused).rejects.toBeInstanceOf(ValidationError);
    const fields = await refused.catch((e: ValidationError) => e.fields);
    expect(Object.keys(fields).sort()).toEqual([
      'branding.primaryColor',
      'requestRetentionDays',
    ]);
    expect(await lastu(ports)).toEqual(before);
    expect(await ports.audit.list(merchantTrail('lastu'))).toEqual([]);
  });

  it('refuses a form made from an older revision (409) and a member who is not an admin (403)', async () => {
    const { member } = await signedIn(ports, OWNER);
    const old = revisionOf(await lastu(ports));
    await changeSettings(member, 'lastu', 'general', { locale: 'sv' }, ports);
    await expect(
      changeSettings(
        member,
        'lastu',
        'general',
        { revision: old, locale: 'de' },
        ports,
      ),
    ).rejects.toMatchObject({ statusCode: 409, why: 'changedMeanwhile' });
    expect((await lastu(ports)).locale).toBe('sv');
    const { member: viewer } = await signedIn(ports, SUPPORT);
    await expect(settingsView(viewer, 'lastu', ports)).rejects.toBeInstanceOf(
      NotAllowedError,
    );
    await expect(
      changeSettings(viewer, 'lastu', 'general', { locale: 'de' }, ports),
    ).rejects.toBeInstanceOf(NotAllowedError);
    await expect(
      changeSettings(member, 'other-shop', 'general', {}, ports),
    ).rejects.toBeInstanceOf(RequestNotFoundError);
  });

  it('adds a member, changes a role and removes one: the index follows, a removed member is signed out at once', async () => {
    const { member } = await signedIn(ports, OWNER);
    const { secret: supportSession } = await signedIn(ports, SUPPORT);
    await changeSettings(
      member,
      'lastu',
      'members',
      { op: 'add', email: 'Clerk@Lastu.example', role: 'approver' },
      ports,
    );
    expect(
      await ports.merchants.memberships(memberKey('clerk@lastu.example')),
    ).toEqual([{ merchantId: 'lastu', role: 'approver' }]);
    await expect(
      changeSettings(
        member,
        'lastu',
        'members',
        { op: 'add', email: 'clerk@lastu.example', role: 'viewer' },
        ports,
      ),
    ).rejects.toMatchObject({ fields: { email: expect.any(String) } });
    await changeSettings(
      member,
      'lastu',
      'members',
      { op: 'remove', email: SUPPORT },
      ports,
    );
    await expect(openSession(supportSession, ports)).rejects.toBeInstanceOf(
      SignedOutError,
    );
    // Someone must still decide the requests: the last one who may act stays.
    await changeSettings(
      member,
      'lastu',
      'members',
      { op: 'remove', email: 'clerk@lastu.example' },
      ports,
    );
    await expect(
      changeSettings(
        member,
        'lastu',
        'members',
        { op: 'role', email: OWNER, role: 'viewer' },
        ports,
      ),
    ).rejects.toMatchObject({ fields: { members: expect.any(String) } });
    const trail = await ports.audit.list(merchantTrail('lastu'));
    expect(trail.map((e) => e.details)).toEqual([
      {
        section: 'members',
        op: 'add',
        role: 'approver',
        member: memberActor(memberKey('clerk@lastu.example')),
      },
      {
        section: 'members',
        op: 'remove',
        member: memberActor(memberKey(SUPPORT)),
      },
      {
        section: 'members',
        op: 'remove',
        member: memberActor(memberKey('clerk@lastu.example')),
      },
    ]);
    expect(JSON.stringify(trail)).not.toContain('@');
  });

  it('edits a processor from its form, keeping what the form does not show, and names credentials only by reference', async () => {
    const { member } = await signedIn(ports, OWNER);
    const posti = (await lastu(ports)).processors.find(
      (p) => p.processorId === 'posti',
    );
    await changeSettings(
      member,
      'lastu',
      'processors',
      {
        op: 'edit',
        processorId: 'posti',
        'name.en': 'Posti (parcels)',
        'name.fi': 'Posti (paketit)',
        'name.sv': 'Posti (paket)',
        'name.de': 'Posti (Pakete)',
        'name.fr': 'Posti (colis)',
        contactEmail: 'tietosuoja@posti.example',
        locale: 'fi',
        leadTimeDays: '7',
        'category.name': 'on',
        'category.delivery-address': 'on',
        'purpose.delivery': 'on',
        'region.en': 'Finland',
        settings: '',
      },
      ports,
    );
    const edited = (await lastu(ports)).processors.find(
      (p) => p.processorId === 'posti',
    );
    expect(edited).toMatchObject({
      processorId: 'posti',
      kind: posti?.kind,
      contactEmail: 'tietosuoja@posti.example',
      leadTimeDays: 7,
      categories: ['name', 'delivery-address'],
      purposes: ['delivery'],
      location: { region: 'Finland', transfers: [] },
    });
    for (const [field, value, problem] of [
      [
        'credentialsRef',
        'SG.abcdefghijklmnopqrstuvwxyz0123456789',
        'credentialsRef',
      ],
      ['settings', 'apiKey = 12345', 'settings'],
    ] as const)
      await expect(
        changeSettings(
          member,
          'lastu',
          'processors',
          {
            op: 'edit',
            processorId: 'posti',
            'name.en': 'Posti',
            [field]: value,
          },
          ports,
        ),
      ).rejects.toMatchObject({ fields: { [problem]: expect.any(String) } });
    // A name in some languages only is refused (every language, or one text for all).
    await expect(
      changeSettings(
        member,
        'lastu',
        'processors',
        {
          op: 'edit',
          processorId: 'posti',
          'name.en': 'Posti',
          'name.fi': 'Posti',
        },
        ports,
      ),
    ).rejects.toMatchObject({ fields: { 'name.sv': expect.any(String) } });
  });

  it('adds an email processor and removes it; refuses to remove one an open request waits on', async () => {
    const { member } = await signedIn(ports, OWNER);
    await changeSettings(
      member,
      'lastu',
      'processors',
      {
        op: 'add',
        processorId: 'printful',
        kind: 'email',
        'name.en': 'Printful',
        contactEmail: 'privacy@printful.example',
        'category.name': 'on',
        'purpose.order-fulfilment': 'on',
      },
      ports,
    );
    expect((await lastu(ports)).processors.map((p) => p.processorId)).toContain(
      'printful',
    );
    const { requestId } = await submitRequest(
      {
        merchant: 'lastu',
        type: 'erasure',
        email: 'aino.virtanen@example.com',
      },
      ports,
    );
    await ports.requests.update(requestId, { status: 'IN_PROGRESS' });
    await ports.requests.saveJob({
      requestId,
      processorId: 'printful',
      state: 'PENDING',
      startedAt: ports.clock.now().toISOString(),
    });
    await expect(
      changeSettings(
        member,
        'lastu',
        'processors',
        { op: 'remove', processorId: 'printful' },
        ports,
      ),
    ).rejects.toMatchObject({ statusCode: 409, why: 'processorAwaited' });
    await changeSettings(
      member,
      'lastu',
      'processors',
      { op: 'remove', processorId: 'justuno' },
      ports,
    );
    expect(
      (await lastu(ports)).processors.map((p) => p.processorId),
    ).not.toContain('justuno');
  });
});

describe('the register and the record', () => {
  it('exports the register with or without emails, formulas as text, and audits the export', async () => {
    const ports = await consolePorts();
    const { member } = await signedIn(ports, SUPPORT);
    await submitRequest(
      {
        merchant: 'lastu',
        type: 'access',
        email: 'aino.virtanen@example.com',
        name: '=HYPERLINK("https://evil.example","x")',
      },
      ports,
    );
    const withEmails = await requestRegister(member, 'lastu', true, ports);
    const csv = registerCsv(withEmails.merchant, withEmails.requests, true);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv).toContain('aino.virtanen@example.com');
    expect(csv).toContain(`"'=HYPERLINK(""https://evil.example"",""x"")"`);
    const without = await requestRegister(member, 'lastu', false, ports);
    const plain = registerCsv(without.merchant, without.requests, false);
    expect(plain).not.toContain('aino');
    expect(plain).not.toContain('HYPERLINK');
    expect(plain.split('\r\n')[0]).not.toContain('Email');
    expect(
      (await ports.audit.list(merchantTrail('lastu'))).map((e) => e.details),
    ).toEqual([
      { emails: true, rows: 1 },
      { emails: false, rows: 1 },
    ]);
  });

  it('writes the record of processing from the registry, in the merchant’s language', async () => {
    const ports = await consolePorts();
    const merchant = MerchantConfig.parse({
      ...(await lastu(ports)),
      locale: 'fi',
    });
    const csv = recordCsv(merchant);
    const [header, ...rows] = csv.slice(1).split('\r\n');
    expect(header).toContain('Vastaanottaja');
    expect(rows.length).toBeGreaterThan(merchant.processors.length);
    expect(csv).toContain('Judge.me (tuotearvostelut)');
    expect(csv).toContain('Lastu Oy');
    expect(csv).not.toContain('Judge.me (product reviews)');
  });
});
