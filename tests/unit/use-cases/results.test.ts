/**
 * Issue 5: what the shopper and the merchant get at the end. The access package (zip: data.json,
 * one CSV per category, report.html), the release review, the download link's limits and the
 * erasure certificate.
 */

import { createHash } from 'node:crypto';
import canonicalize from 'canonicalize';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  MemoryExportStore,
  type MemoryWorkflow,
} from '#adapters/memory/memory-ports.ts';
import {
  type ErasureCertificate,
  verifyCertificate,
} from '#domain/erasure-certificate.ts';
import { LinkGoneError } from '#domain/errors.ts';
import {
  DELIVERED_KINDS,
  packageKey,
  partKey,
  uploadPrefix,
} from '#domain/object-keys.ts';
import type { DsrRequest } from '#domain/request.ts';
import type { MerchantConfig } from '#domain/schemas.ts';
import { writeAccessPackage } from '#use-cases/access-package.ts';
import { completeRequest } from '#use-cases/complete-request.ts';
import { downloadExport } from '#use-cases/download-export.ts';
import {
  decideRelease,
  previewRelease,
  requestRelease,
} from '#use-cases/release-review.ts';
import { linkFrom, seededMemoryPorts } from '../../helpers/builders.ts';
import { readyToComplete } from '../../helpers/flows.ts';
import { unzip } from '../../helpers/unzip.ts';

type Ports = Awaited<ReturnType<typeof seededMemoryPorts>>['ports'];

const AINO = 'aino.virtanen@example.com';
const clock = { now: () => new Date('2026-03-15T10:00:00Z') };

function packageOf(ports: Ports, requestId: string) {
  const stored = (ports.exports as MemoryExportStore).objects.get(
    packageKey(requestId),
  );
  if (!stored) throw new Error('no package');
  return unzip(stored.body);
}

/** The last email sent to the shopper (the merchant's copy of a result may follow it). */
const toShopper = (ports: {
  mailer: { sent: { to: string[]; text: string }[] };
}) => ports.mailer.sent.findLast((m) => m.to.includes(AINO));

describe('the access package', () => {
  const merchant = {
    merchantId: 'shop',
    name: 'Shop',
    locale: 'fi',
    privacyContact: 'privacy@shop.example',
    supervisoryAuthority: {
      name: 'Tietosuojavaltuutetun toimisto',
      url: 'https://tietosuoja.fi',
    },
    processors: [
      {
        processorId: 'crm',
        name: 'CRM Oy',
        kind: 'internal-dynamodb',
        categories: ['contact-details'],
        purposes: ['customer-service'],
        retention: {
          en: '3 years after the last order',
          fi: '3 vuotta viimeisestä tilauksesta',
          sv: '3 år efter den senaste beställningen',
          de: '3 Jahre nach der letzten Bestellung',
          fr: '3 ans après la dernière commande',
        },
        location: { region: 'EU', transfers: [] },
        settings: {},
      },
      {
        processorId: 'mail',
        name: 'MailCo Inc.',
        kind: 'sendgrid',
        categories: ['email-address'],
        purposes: ['newsletter'],
        location: {
          region: 'USA',
          transfers: [{ country: 'US', basis: 'adequacy' }],
        },
        settings: {},
      },
      {
        processorId: 'reviews',
        name: 'Reviews Ltd',
        kind: 'email',
        categories: ['reviews-and-photos'],
        purposes: ['review-publication'],
        settings: {},
      },
    ],
  } as unknown as MerchantConfig;
  const request = (type: DsrRequest['type'], locale = 'fi') =>
    ({
      requestId: '6a1c2b9e-0000-4000-8000-000000000001',
      merchantId: 'shop',
      type,
      email: AINO,
      locale,
      receivedAt: '2026-03-01T10:00:00Z',
    }) as DsrRequest;

  const answered = (
    processor: { processorId: string } | undefined,
    kind: 'provided' | 'none-held',
    records?: number,
  ) => ({
    processorId: processor?.processorId ?? '',
    kind,
    by: 'system',
    holds: [],
    ...(records ? { records } : {}),
  });

  async function build(
    type: DsrRequest['type'],
    locale = 'fi',
    review = false,
  ) {
    const exports = new MemoryExportStore();
    const r = request(type, locale);
    const lines = (records: object[]) =>
      records.map((x) => JSON.stringify(x)).join('\n');
    await exports.put(
      partKey(r.requestId, 'crm'),
      lines([
        {
          category: 'contact',
          id: 'C-1',
          data: { name: 'Aino', address: { city: 'Oulu' } },
        },
        { category: 'order', id: '#1', data: { total: 10, note: '=1+2' } },
        { category: 'order', id: '#2', data: { total: 20, coupon: 'X' } },
      ]),
      'application/x-ndjson',
    );
    await exports.put(
      partKey(r.requestId, 'mail'),
      `${lines([
        {
          category: 'contact',
          id: 'sg-1',
          data: { email: AINO, subscribed_at: '2025-01-02' },
        },
      ])}\nnot json\n`,
      'application/x-ndjson',
    );
    const result = await writeAccessPackage(
      r,
      review ? { ...merchant, releaseReview: true } : merchant,
      [
        {
          processor: merchant.processors[0],
          partKey: partKey(r.requestId, 'crm'),
          statement: answered(merchant.processors[0], 'provided', 3),
        },
        {
          processor: merchant.processors[1],
          partKey: partKey(r.requestId, 'mail'),
          statement: answered(merchant.processors[1], 'provided', 1),
        },
        {
          processor: merchant.processors[2],
          statement: answered(merchant.processors[2], 'none-held'),
        },
      ] as never,
      { exports, clock },
    );
    const stored = exports.objects.get(result.key);
    return { result, stored, zip: unzip(stored?.body ?? Buffer.alloc(0)) };
  }

  it('holds data.json, one CSV per category and the report; tags the object', async () => {
    const { result, stored, zip } = await build('access');
    expect(Object.keys(zip).sort()).toEqual([
      'csv/contact.csv',
      'csv/order.csv',
      'data.json',
      'report.html',
    ]);
    expect(stored?.contentType).toBe('application/zip');
    expect(stored?.tags).toEqual({
      'dsr-kind': 'access-package',
      'dsr-merchant': 'shop',
    });
    expect(result).toMatchObject({ files: 4, bytes: stored?.body.length });
    // A line that is not a record is left out and counted, never copied.
    expect(result.index.invalidLines).toBe(1);
    expect(result.index.total()).toBe(4);
  });

  it('data.json follows schema dsr-export/2: every source, in registry order, with its records', async () => {
    const { zip } = await build('access');
    const doc = JSON.parse(zip['data.json'] ?? '');
    expect(doc).toMatchObject({
      schema: 'dsr-export/2',
      requestType: 'access',
      generatedAt: '2026-03-15T10:00:00.000Z',
      controller: {
        merchantId: 'shop',
        privacyContact: 'privacy@shop.example',
      },
      subject: { email: AINO },
    });
    expect(
      doc.sources.map((s: { processorId: string; records: unknown[] }) => [
        s.processorId,
        s.records.length,
      ]),
    ).toEqual([
      ['crm', 3],
      ['mail', 1],
      ['reviews', 0],
    ]);
    // The register in the shopper's language (fi here).
    expect(doc.sources[1]).toMatchObject({
      name: 'MailCo Inc.',
      categories: ['sähköpostiosoite'],
      purposes: ['uutiskirje suostumuksellasi'],
    });
  });

  it('each CSV has a column per field, across sources, and never lets a formula run', async () => {
    const { zip } = await build('access');
    const contact = (zip['csv/contact.csv'] ?? '').split('\r\n');
    expect(contact[0]).toBe(
      '\uFEFFsource,record_id,name,address.city,email,subscribed_at',
    );
    expect(contact[1]).toBe('CRM Oy,C-1,Aino,Oulu,,');
    expect(contact[2]).toBe(`MailCo Inc.,sg-1,,,${AINO},2025-01-02`);
    const order = zip['csv/order.csv'] ?? '';
    expect(order).toContain("CRM Oy,#1,10,'=1+2,");
    expect(order).toContain('CRM Oy,#2,20,,X');
  });

  it("report.html gives the Art. 15 information in the shopper's language, every recipient by name", async () => {
    const { zip } = await build('access', 'fi');
    const report = zip['report.html'] ?? '';
    expect(report).toContain('<html lang="fi">');
    for (const text of [
      'Kenellä tietojasi on',
      'CRM Oy',
      'MailCo Inc.',
      'Reviews Ltd',
      'asiakaspalvelu',
      '3 vuotta viimeisestä tilauksesta',
      // Art. 45 (adequacy, the United States only for certified companies), not "safeguards".
      'Yhdysvallat: Euroopan komission tietosuojan riittävyyttä koskeva päätös (tietosuoja-asetuksen 45 artikla), koskee EU:n ja Yhdysvaltojen välisen tietosuojakehyksen mukaisesti sertifioituja yrityksiä',
      'Mistä tiedot ovat peräisin',
      'Oikeutesi',
      '16 artikla',
      '21 artikla',
      'Oikeutesi tehdä valitus',
      'Tietosuojavaltuutetun toimisto',
      'https://tietosuoja.fi',
      'Automaattiset päätökset',
      'Suostumuksesi',
      // Field names and values as a person reads them, not as the data has them.
      'Tilattu',
      '2. tammikuuta 2025',
      // What each organisation answered (domain/processor-answer.ts).
      'luovutti tietosi (3 tietuetta)',
      'luovutti tietosi (1 tietue)',
      'ei säilytä sinusta tietoja',
    ])
      expect(report, text).toContain(text);
    expect(report).not.toContain('<script');
    expect(report).not.toContain('subscribed_at');
    expect(report).not.toContain('Nothing found');
    // The stylesheet is CSS, not escaped text (the fonts fell back to serif).
    expect(report).toContain('font-family:system-ui,-apple-system,"Segoe UI"');
  });

  it('report.html is in English for an English shopper', async () => {
    const { zip } = await build('access', 'en');
    expect(zip['report.html']).toContain('Who holds your data');
    expect(zip['report.html']).toContain('Your right to complain');
  });

  it('a portability package holds the machine-readable files only', async () => {
    const { zip, stored } = await build('portability');
    expect(Object.keys(zip).sort()).toEqual([
      'csv/contact.csv',
      'csv/order.csv',
      'data.json',
    ]);
    expect(stored?.tags?.['dsr-kind']).toBe('portability-package');
  });

  it('tags a package sent at once as delivered, one that waits for review as working material', async () => {
    // The bucket's lifecycle expires delivered kinds after exportRetentionDays from creation; a
    // reviewed package is sent weeks later, so it must live as long as working material does.
    const sent = await build('access');
    const reviewed = await build('access', 'fi', true);
    expect(DELIVERED_KINDS).toContain(sent.stored?.tags?.['dsr-kind']);
    expect(reviewed.stored?.tags).toEqual({
      'dsr-kind': 'access-package-for-review',
      'dsr-merchant': 'shop',
    });
    expect(DELIVERED_KINDS).not.toContain(reviewed.stored?.tags?.['dsr-kind']);
  });
});

describe('delivery of the package', () => {
  let ports: Ports;
  beforeEach(async () => {
    ({ ports } = await seededMemoryPorts(clock.now()));
  });

  it("writes each processor's part as working material of the merchant (lifecycle tags)", async () => {
    const { requestId, jobs } = await readyToComplete(ports, 'access');
    const parts = [...(ports.exports as MemoryExportStore).objects.entries()]
      .filter(([key]) => key.startsWith(`requests/${requestId}/parts/`))
      .map(([, stored]) => stored.tags);
    expect(parts.length).toBeGreaterThan(0);
    expect(parts.length).toBeLessThanOrEqual(jobs.length);
    for (const tags of parts)
      expect(tags).toEqual({
        'dsr-kind': 'processor-part',
        'dsr-merchant': 'lastu',
      });
  });

  it('emails one download link that says until when it works, and stops after 5 downloads', async () => {
    const { requestId, jobs } = await readyToComplete(ports, 'access');
    await completeRequest({ requestId, jobs }, ports);
    expect(Object.keys(packageOf(ports, requestId)).sort()).toEqual([
      'csv/customer.csv',
      'csv/order.csv',
      'data.json',
      'report.html',
    ]);
    const mail = toShopper(ports);
    expect(mail?.to).toEqual([AINO]);
    expect(mail?.text).toMatch(/works until 29 March 2026, for up to 5/);
    expect(mail?.text.match(/\/download\//g)).toHaveLength(1);
    const secret = linkFrom(mail?.text ?? '', 'download');
    for (let i = 0; i < 5; i++) await downloadExport(secret, ports);
    await expect(downloadExport(secret, ports)).rejects.toBeInstanceOf(
      LinkGoneError,
    );
    const downloads = (await ports.audit.list(requestId)).filter(
      (e) => e.type === 'ExportDownloaded',
    );
    expect(downloads.map((e) => e.details?.use)).toEqual([1, 2, 3, 4, 5]);
    expect((await ports.requests.get(requestId))?.status).toBe('COMPLETED');
  });

  it('an expired download link gives nothing', async () => {
    const { requestId, jobs } = await readyToComplete(ports, 'access');
    await completeRequest({ requestId, jobs }, ports);
    const secret = linkFrom(toShopper(ports)?.text ?? '', 'download');
    const later = { now: () => new Date('2026-03-29T10:00:01Z') };
    await expect(
      downloadExport(secret, { ...ports, clock: later }),
    ).rejects.toMatchObject({ reason: 'expired' });
  });

  describe('with the merchant release review on', () => {
    beforeEach(async () => {
      const merchant = await ports.merchants.get('lastu');
      await ports.merchants.put({
        ...(merchant as MerchantConfig),
        releaseReview: true,
      });
    });

    async function toReview() {
      const { requestId, jobs } = await readyToComplete(ports, 'access');
      const sentBefore = ports.mailer.sent.length;
      const waiting = await completeRequest({ requestId, jobs }, ports);
      expect(waiting).toMatchObject({ status: 'IN_PROGRESS', review: true });
      // Nothing goes to the shopper yet.
      expect(ports.mailer.sent.length).toBe(sentBefore);
      const token = `release-${requestId}`;
      (ports.workflow as MemoryWorkflow).waiting.add(token);
      await requestRelease({ requestId, taskToken: token }, ports);
      const review = ports.mailer.sent.at(-1);
      return { requestId, jobs, review };
    }

    it('release: the review email summarises; the shopper gets the link only after release', async () => {
      const { requestId, jobs, review } = await toReview();
      expect(review?.to).toEqual(['owner@lastu.example']);
      expect(review?.subject).toContain('Review before release');
      expect(review?.text).toContain(
        'Lastu: customer and order records (AWS, eu-north-1): provided your data (3 records)',
      );
      expect(review?.text).not.toContain(AINO);
      const secret = linkFrom(review?.text ?? '', 'release');
      // GET changes nothing, and says what is in the package.
      const view = await previewRelease(secret, ports);
      expect(view.sources.map((s) => s.statement)).toMatchObject([
        { kind: 'provided', records: 3, by: 'system' },
      ]);
      await expect(decideRelease(secret, {}, ports)).rejects.toMatchObject({
        problem: 'decision',
      });
      await decideRelease(secret, { release: 'release' }, ports);
      const resumed = (ports.workflow as MemoryWorkflow).resumed.at(-1);
      expect(resumed?.output.release).toBe('approve');
      // The link acted once.
      await expect(
        decideRelease(secret, { release: 'release' }, ports),
      ).rejects.toBeInstanceOf(LinkGoneError);
      const done = await completeRequest(
        { requestId, jobs, releaseLink: String(resumed?.output.link) },
        ports,
      );
      expect(done.status).toBe('COMPLETED');
      const mail = toShopper(ports);
      expect(mail?.to).toEqual([AINO]);
      expect(mail?.text).toContain('/download/');
      const events = (await ports.audit.list(requestId)).map((e) => e.type);
      expect(events.slice(events.indexOf('ExportWritten'))).toEqual([
        'ExportWritten',
        'ReleaseReviewRequested',
        'ResultSent',
        'ExportReleased',
        'RequestCompleted',
      ]);
    });

    it('withhold: a reason is required; the shopper is told it and the right to complain; DENIED', async () => {
      const { requestId, jobs, review } = await toReview();
      const secret = linkFrom(review?.text ?? '', 'release');
      await expect(
        decideRelease(secret, { release: 'withhold' }, ports),
      ).rejects.toMatchObject({ problem: 'reasonToDeny' });
      await decideRelease(
        secret,
        {
          release: 'withhold',
          reason: 'The orders include another person’s delivery address.',
        },
        ports,
      );
      const resumed = (ports.workflow as MemoryWorkflow).resumed.at(-1);
      await completeRequest(
        { requestId, jobs, releaseLink: String(resumed?.output.link) },
        ports,
      );
      const mail = ports.mailer.sent.at(-1);
      expect(mail?.to).toEqual([AINO]);
      expect(mail?.text).toContain('another person’s delivery address');
      expect(mail?.text).toContain('Office of the Data Protection Ombudsman');
      expect(mail?.text).not.toContain('/download/');
      expect(await ports.requests.get(requestId)).toMatchObject({
        status: 'DENIED',
        release: { state: 'WITHHELD' },
      });
    });

    it('release without a part: the package is rebuilt without it, and the shopper and report.html say what was left out and why', async () => {
      const { requestId, jobs, review } = await toReview();
      const secret = linkFrom(review?.text ?? '', 'release');
      // The page offers each processor's records by category (counted when the package was built).
      const view = await previewRelease(secret, ports);
      expect(view.parts).toEqual([
        {
          kind: 'records',
          processorId: 'lastu-store',
          category: 'customer',
          records: 1,
        },
        {
          kind: 'records',
          processorId: 'lastu-store',
          category: 'order',
          records: 2,
        },
      ]);
      const orders = 'leaveOut:records:lastu-store:order';
      // Contradictions are refused, nothing stored, the link still usable.
      for (const [body, problem] of [
        [
          { release: 'withhold', reason: 'x', [orders]: 'on' },
          'partsWithWithhold',
        ],
        [{ release: 'release', [orders]: 'on' }, 'reasonToLeaveOut'],
        [
          {
            release: 'release',
            reason: 'x',
            'leaveOut:records:nosto:review': 'on',
          },
          'partsInvalid',
        ],
      ] as const)
        await expect(decideRelease(secret, body, ports)).rejects.toMatchObject({
          statusCode: 400,
          problem,
        });
      await decideRelease(
        secret,
        {
          release: 'release',
          [orders]: 'on',
          reason: 'The orders name the person who received the parcels.',
        },
        ports,
      );
      const resumed = (ports.workflow as MemoryWorkflow).resumed.at(-1);
      const done = await completeRequest(
        { requestId, jobs, releaseLink: String(resumed?.output.link) },
        ports,
      );
      expect(done.status).toBe('COMPLETED');
      // The package: no order anywhere, the customer record still there.
      const files = packageOf(ports, requestId);
      const data = JSON.parse(files['data.json'] ?? '{}') as {
        sources: { records: { category: string }[] }[];
      };
      expect(
        data.sources.flatMap((x) => x.records.map((r) => r.category)),
      ).toEqual(['customer']);
      expect(Object.keys(files)).not.toContain('csv/order.csv');
      const report = files['report.html'] ?? '';
      expect(report).toContain('Left out of your copy');
      expect(report).toContain(
        'Lastu: customer and order records (AWS, eu-north-1): Orders (2 records)',
      );
      expect(report).toContain(
        'The orders name the person who received the parcels.',
      );
      // The email: what was left out, why (a quoted block), and the right to complain.
      const mail = toShopper(ports);
      expect(mail?.text).toContain(
        '- Lastu: customer and order records (AWS, eu-north-1): Orders (2 records)',
      );
      expect(mail?.text).toContain(
        '> The orders name the person who received the parcels.',
      );
      expect(mail?.text).toContain('Office of the Data Protection Ombudsman');
      expect(mail?.text).toContain('/download/');
      expect(await ports.requests.get(requestId)).toMatchObject({
        status: 'COMPLETED',
        release: {
          state: 'RELEASED',
          leftOut: {
            parts: [{ kind: 'records', category: 'order' }],
            reason: 'The orders name the person who received the parcels.',
          },
        },
      });
      const leftOut = (await ports.audit.list(requestId)).find(
        (e) => e.type === 'ExportPartsLeftOut',
      );
      expect(leftOut).toMatchObject({
        actor: 'merchant',
        details: { parts: 1, categories: 1, files: 0, records: 1 },
      });
      expect(JSON.stringify(leftOut)).not.toContain('parcels');
    });

    it('release without an uploaded file: the zip has the other file, and the shopper is told one file was left out, never its name', async () => {
      const { requestId, jobs } = await readyToComplete(ports, 'access');
      // Two files handed over for the shop's records (as a confirmation page records them).
      const job = await ports.requests.getJob(requestId, 'lastu-store');
      if (!job) throw new Error('job missing');
      const files = ['orders.csv', 'review-about-matti.csv'].map((name) => ({
        name,
        key: `${uploadPrefix(requestId, 'lastu-store')}${name}`,
        bytes: 8,
        mediaType: 'text/csv',
      }));
      for (const f of files)
        await ports.exports.put(f.key, 'a,b\n1,2\n', f.mediaType);
      await ports.requests.saveJob({ ...job, files });
      await completeRequest({ requestId, jobs }, ports);
      const token = `release-${requestId}`;
      (ports.workflow as MemoryWorkflow).waiting.add(token);
      await requestRelease({ requestId, taskToken: token }, ports);
      const secret = linkFrom(ports.mailer.sent.at(-1)?.text ?? '', 'release');
      const view = await previewRelease(secret, ports);
      expect(view.parts.filter((p) => p.kind === 'file')).toEqual([
        { kind: 'file', processorId: 'lastu-store', index: 0 },
        { kind: 'file', processorId: 'lastu-store', index: 1 },
      ]);
      await decideRelease(
        secret,
        {
          release: 'release',
          'leaveOut:file:lastu-store:1': 'on',
          reason: 'The file is about another customer.',
        },
        ports,
      );
      const resumed = (ports.workflow as MemoryWorkflow).resumed.at(-1);
      await completeRequest(
        { requestId, jobs, releaseLink: String(resumed?.output.link) },
        ports,
      );
      const zipped = Object.keys(packageOf(ports, requestId));
      expect(zipped).toContain('processors/lastu-store/orders.csv');
      expect(zipped.join(' ')).not.toContain('review-about-matti');
      const mail = toShopper(ports);
      expect(mail?.text).toContain(
        '- Lastu: customer and order records (AWS, eu-north-1): 1 file',
      );
      expect(mail?.text).not.toContain('review-about-matti');
    });

    it('a retried review step sends no second email: the emailed link resumes the new token', async () => {
      const { requestId, review } = await toReview();
      const sent = ports.mailer.sent.length;
      const retried = `release-retry-${requestId}`;
      (ports.workflow as MemoryWorkflow).waiting.add(retried);
      await requestRelease({ requestId, taskToken: retried }, ports);
      expect(ports.mailer.sent.length).toBe(sent);
      await decideRelease(
        linkFrom(review?.text ?? '', 'release'),
        { release: 'release' },
        ports,
      );
      expect((ports.workflow as MemoryWorkflow).resumed.at(-1)?.taskToken).toBe(
        retried,
      );
      const asked = (await ports.audit.list(requestId)).filter(
        (e) => e.type === 'ReleaseReviewRequested',
      );
      expect(asked).toHaveLength(1);
    });

    it('a release step without the resuming link acts on nothing', async () => {
      const { requestId, jobs } = await toReview();
      await expect(
        completeRequest({ requestId, jobs, releaseLink: null }, ports),
      ).rejects.toBeInstanceOf(LinkGoneError);
      expect((await ports.requests.get(requestId))?.status).toBe('IN_PROGRESS');
    });
  });
});

describe('the erasure certificate', () => {
  let ports: Ports;
  beforeEach(async () => {
    ({ ports } = await seededMemoryPorts(clock.now()));
  });

  it('is written as JSON and HTML, fingerprinted, audited and sent to the merchant and the shopper', async () => {
    const { requestId, jobs } = await readyToComplete(ports, 'erasure');
    await completeRequest({ requestId, jobs }, ports);
    const request = await ports.requests.get(requestId);
    const exports = ports.exports as MemoryExportStore;
    const json = exports.objects
      .get(request?.exportKeys?.certificateJson ?? '')
      ?.body.toString('utf8');
    const certificate = JSON.parse(json ?? '{}') as ErasureCertificate;
    expect(certificate).toMatchObject({
      schema: 'dsr-erasure-certificate/3',
      requestId,
      requestType: 'erasure',
      round: 1,
      processors: [
        {
          // The profile is erased; the two orders are kept for bookkeeping
          processorId: 'lastu-store',
          outcome: 'PARTIAL',
          records: 1,
          answer: { kind: 'kept', by: 'system', records: 1 },
          kept: [
            {
              reason: 'accounting',
              basis: 'Art. 17(3)(b); Kirjanpitolaki 1336/1997, 2 luku 10 §',
              until: '2031-12-31',
              records: 2,
            },
          ],
        },
      ],
    });
    expect(json).not.toContain(AINO);
    // The fingerprint is SHA-256 over the RFC 8785 canonical JSON without it.
    const { sha256, ...body } = certificate;
    expect(sha256).toBe(
      createHash('sha256')
        .update(canonicalize(body) ?? '')
        .digest('hex'),
    );
    expect(verifyCertificate(certificate)).toBe(true);
    expect(
      verifyCertificate({
        ...certificate,
        processors: [{ ...certificate.processors[0], outcome: 'NOT_FOUND' }],
      } as ErasureCertificate),
    ).toBe(false);
    const certified = (await ports.audit.list(requestId)).find(
      (e) => e.type === 'ErasureCertified',
    );
    expect(certified?.details?.sha256).toBe(sha256);

    const html = exports.objects
      .get(request?.exportKeys?.certificateHtml ?? '')
      ?.body.toString('utf8');
    expect(html).toContain(sha256);
    expect(html).toContain('Erasure certificate');

    const toMerchant = ports.mailer.sent.find((m) =>
      m.subject.startsWith('Erasure certificate'),
    );
    expect(toMerchant?.to).toEqual(['privacy@lastu.example']);
    expect(toMerchant?.text).toContain(sha256);
    expect(toMerchant?.text.match(/\/download\//g)).toHaveLength(2);
    const shopperMail = toShopper(ports);
    expect(shopperMail?.to).toEqual([AINO]);
    expect(shopperMail?.text).toContain('Your erasure certificate');
    const { location } = await downloadExport(
      linkFrom(shopperMail?.text ?? '', 'download'),
      ports,
    );
    expect(location).toContain(
      encodeURIComponent(request?.exportKeys?.certificateHtml ?? ''),
    );
  });
});
