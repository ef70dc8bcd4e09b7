/**
 * Issue 15 (1): processors hand their data over through the signed confirmation page. An access
 * request at lastu, every processor asked by email (in-memory ports: the API connectors are not
 * registered): the page's upload form, the list with the real types, removal before confirming,
 * the refusals, the single-use and expiring link, the isolation of one request's files from
 * another's link, and the files in the package.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { MemoryExportStore } from '#adapters/memory/memory-ports.ts';
import { LinkGoneError, ValidationError } from '#domain/errors.ts';
import { packageKey, uploadPrefix } from '#domain/object-keys.ts';
import { UPLOAD_LIMITS } from '#domain/processor-uploads.ts';
import type { DsrRequest } from '#domain/request.ts';
import type { UploadForm } from '#ports/export-store.ts';
import { completeRequest } from '#use-cases/complete-request.ts';
import { confirmProcessorJob } from '#use-cases/confirm-processor-job.ts';
import { resultOf } from '#use-cases/processor-job-support.ts';
import {
  previewProcessorPage,
  removeProcessorUpload,
} from '#use-cases/processor-upload-page.ts';
import { runProcessorJob } from '#use-cases/run-processor-job.ts';
import { linkFrom, seededMemoryPorts } from '../../helpers/builders.ts';
import { approvedAndPlanned } from '../../helpers/flows.ts';
import { SAMPLES } from '../../helpers/sample-files.ts';
import { unzip } from '../../helpers/unzip.ts';

type Ports = Awaited<ReturnType<typeof seededMemoryPorts>>['ports'];

/** An approved request whose jobs all wait for a confirmation; the links, by processor. */
async function waitingForProcessors(
  ports: Ports,
  email: string,
  type: DsrRequest['type'] = 'access',
) {
  const { requestId, plan } = await approvedAndPlanned(ports, type, {}, email);
  // Processors with an API here go by email (their connectors are not registered); their
  // credentials still have to exist for the job to start.
  const merchant = await ports.merchants.get('lastu');
  for (const p of merchant?.processors ?? [])
    if (p.credentialsRef)
      ports.credentials.secrets.set(p.credentialsRef, { key: 'x' });
  const sentBefore = ports.mailer.sent.length;
  for (const job of plan.jobs)
    await runProcessorJob({ requestId, ...job }, ports);
  // Each processor is emailed at its privacy contact.
  const links = new Map<string, string>();
  for (const mail of ports.mailer.sent.slice(sentBefore)) {
    const processor = merchant?.processors.find(
      (p) => p.contactEmail && mail.to.includes(p.contactEmail),
    );
    if (processor && mail.text.includes('/processor/'))
      links.set(processor.processorId, linkFrom(mail.text, 'processor'));
  }
  return { requestId, links, processors: plan.jobs.map((j) => j.processorId) };
}

const store = (ports: Ports) => ports.exports as MemoryExportStore;

/** What a browser does with the page's form: post one file to the store. */
async function upload(
  ports: Ports,
  secret: string,
  name: string,
  body: Uint8Array,
): Promise<{ key: string } | { error: string }> {
  const page = await previewProcessorPage(secret, ports);
  const form = page.upload?.form as UploadForm;
  return store(ports).acceptUpload(form, name, body);
}

const listed = async (ports: Ports, secret: string) =>
  (await previewProcessorPage(secret, ports)).upload?.files.map((f) => ({
    name: f.name,
    label: f.label,
    accepted: f.accepted,
  }));

async function refusal(action: Promise<unknown>) {
  return action.then(
    () => undefined,
    (error: unknown) => error,
  );
}

describe('the processor confirmation page of an access request', () => {
  let ports: Ports;
  let requestId: string;
  let secret: string;
  let flow: Awaited<ReturnType<typeof waitingForProcessors>>;

  beforeEach(async () => {
    ({ ports } = await seededMemoryPorts(undefined, { allProcessors: true }));
    flow = await waitingForProcessors(ports, 'aino.virtanen@example.com');
    requestId = flow.requestId;
    secret = flow.links.get('judgeme') ?? '';
    expect(secret).not.toBe('');
  });

  it('offers a form that uploads one file under this job, up to 100 MB, for an hour, and comes back to the page', async () => {
    // Act
    const page = await previewProcessorPage(secret, ports);
    // Assess
    expect(page.upload?.files).toEqual([]);
    expect(page.upload?.maxBytes).toBe(100 * 1024 * 1024);
    expect(page.upload?.maxFiles).toBe(20);
    const form = page.upload?.form as UploadForm;
    expect(form.fields.key).toMatch(
      new RegExp(
        `^${uploadPrefix(requestId, 'judgeme')}[0-9a-f-]{36}/\\$\\{filename\\}$`,
      ),
    );
    expect(form.fields.success_action_redirect).toBe(
      `https://dsr.test/processor/${secret}`,
    );
    // The store refuses one byte more than the limit (S3: content-length-range; the local front
    // and its unit test check the same policy as AWS documents it).
    expect(
      store(ports).acceptUpload(
        form,
        'big.bin',
        new Uint8Array(UPLOAD_LIMITS.maxBytes + 1),
      ),
    ).toEqual({ error: 'EntityTooLarge' });
    // An hour later the form no longer works.
    expect(
      store(ports).acceptUpload(
        form,
        'late.csv',
        SAMPLES.csv,
        Date.now() + 3601 * 1000,
      ),
    ).toEqual({ error: 'AccessDenied' });
    const objects = [...store(ports).objects.values()].filter(
      (o) => o.tags?.['dsr-kind'] === 'processor-upload',
    );
    expect(objects).toEqual([]);
  });

  it('lists each uploaded file with its real type; a file of another type is shown as not accepted', async () => {
    // Act
    await upload(ports, secret, 'reviews.csv', SAMPLES.csv);
    await upload(ports, secret, 'photos.pdf', SAMPLES.pdf);
    await upload(ports, secret, 'letter.docx', SAMPLES.docx);
    await upload(ports, secret, 'invoice.pdf', SAMPLES.exe);
    // Assess
    expect(await listed(ports, secret)).toEqual([
      { name: 'reviews.csv', label: 'CSV', accepted: true },
      { name: 'photos.pdf', label: 'PDF', accepted: true },
      { name: 'letter.docx', label: 'DOCX', accepted: false },
      { name: 'invoice.pdf', label: 'EXE', accepted: false },
    ]);
    const tags = [...store(ports).objects.entries()]
      .filter(([key]) => key.startsWith(uploadPrefix(requestId, 'judgeme')))
      .map(([, o]) => o.tags);
    expect(tags).toEqual(
      Array(4).fill({
        'dsr-kind': 'processor-upload',
        'dsr-merchant': 'lastu',
      }),
    );
  });

  it('refuses to confirm while a file is not accepted; removing it (a POST) lets the answer through', async () => {
    // Prepare
    await upload(ports, secret, 'reviews.csv', SAMPLES.csv);
    await upload(ports, secret, 'letter.docx', SAMPLES.docx);
    // Act
    const refused = await refusal(
      confirmProcessorJob(secret, { outcome: 'done' }, ports),
    );
    // Assess
    expect(refused).toBeInstanceOf(ValidationError);
    expect((refused as ValidationError).fields).toEqual({
      files: 'not-accepted',
    });
    expect((await ports.requests.getJob(requestId, 'judgeme'))?.state).toBe(
      'PENDING',
    );
    // Act: remove the Word file, then confirm.
    const docx = (await previewProcessorPage(secret, ports)).upload?.files.find(
      (f) => f.name === 'letter.docx',
    );
    await removeProcessorUpload(secret, docx?.id, ports);
    expect(await listed(ports, secret)).toEqual([
      { name: 'reviews.csv', label: 'CSV', accepted: true },
    ]);
    await confirmProcessorJob(secret, { outcome: 'done' }, ports);
    // Assess
    const job = await ports.requests.getJob(requestId, 'judgeme');
    expect(job?.state).toBe('COMPLETED');
    expect(job?.files).toEqual([
      {
        name: 'reviews.csv',
        key: expect.stringMatching(
          new RegExp(
            `^${uploadPrefix(requestId, 'judgeme')}[0-9a-f-]{36}/reviews\\.csv$`,
          ),
        ),
        bytes: SAMPLES.csv.length,
        mediaType: 'text/csv',
      },
    ]);
    // The execution's state carries no file names.
    expect(JSON.stringify(resultOf(job ?? ({} as never)))).not.toContain(
      'reviews',
    );
  });

  it('refuses "done" without a file and "no data" with files: the answer and the files must agree', async () => {
    const missing = await refusal(
      confirmProcessorJob(secret, { outcome: 'done' }, ports),
    );
    expect((missing as ValidationError).fields).toEqual({ files: 'missing' });
    await upload(ports, secret, 'reviews.csv', SAMPLES.csv);
    const notWanted = await refusal(
      confirmProcessorJob(secret, { outcome: 'not-found' }, ports),
    );
    expect((notWanted as ValidationError).fields).toEqual({
      files: 'not-wanted',
    });
    expect((await ports.requests.getJob(requestId, 'judgeme'))?.state).toBe(
      'PENDING',
    );
  });

  it(`offers no form once ${UPLOAD_LIMITS.maxFiles} files are there, and refuses to confirm more`, async () => {
    const form = (await previewProcessorPage(secret, ports)).upload
      ?.form as UploadForm;
    // Hand-made posts with one page's form can go past the limit: the confirmation refuses.
    for (let i = 0; i <= UPLOAD_LIMITS.maxFiles; i++)
      store(ports).acceptUpload(form, `part-${i}.csv`, SAMPLES.csv);
    const page = await previewProcessorPage(secret, ports);
    expect(page.upload?.files).toHaveLength(UPLOAD_LIMITS.maxFiles + 1);
    expect(page.upload?.form).toBeUndefined();
    const refused = await refusal(
      confirmProcessorJob(secret, { outcome: 'done' }, ports),
    );
    expect((refused as ValidationError).fields).toEqual({ files: 'too-many' });
  });

  it('is used up by the confirmation: the page, removing and confirming answer 410, and a later upload is never recorded', async () => {
    // Prepare: the page is open (its form signed) when the processor confirms in another tab.
    await upload(ports, secret, 'reviews.csv', SAMPLES.csv);
    const open = (await previewProcessorPage(secret, ports)).upload
      ?.form as UploadForm;
    await confirmProcessorJob(secret, { outcome: 'done' }, ports);
    const recorded = (await ports.requests.getJob(requestId, 'judgeme'))?.files;
    // Act: the still-signed form is used after the confirmation.
    const late = store(ports).acceptUpload(open, 'late.pdf', SAMPLES.pdf);
    expect(late).toMatchObject({ key: expect.any(String) });
    // Assess
    for (const action of [
      previewProcessorPage(secret, ports),
      removeProcessorUpload(secret, 'anything', ports),
      confirmProcessorJob(secret, { outcome: 'done' }, ports),
    ])
      expect(await refusal(action)).toBeInstanceOf(LinkGoneError);
    expect((await ports.requests.getJob(requestId, 'judgeme'))?.files).toEqual(
      recorded,
    );
  });

  it('an expired link shows no page and removes nothing; a form never outlives the link', async () => {
    // Prepare
    await upload(ports, secret, 'reviews.csv', SAMPLES.csv);
    const link = [...ports.links.records.values()].find(
      (l) => l.purpose === 'processor' && l.processorId === 'judgeme',
    );
    const expiresAt = Date.parse(link?.expiresAt ?? '');
    // 30 minutes before the link expires: the form is signed for those 30 minutes only.
    ports.clock.set(new Date(expiresAt - 30 * 60_000));
    const form = (await previewProcessorPage(secret, ports)).upload
      ?.form as UploadForm;
    expect(
      store(ports).acceptUpload(
        form,
        'x.csv',
        SAMPLES.csv,
        Date.now() + 31 * 60_000,
      ),
    ).toEqual({ error: 'AccessDenied' });
    // 4 minutes before: too little time for an upload, no form.
    ports.clock.set(new Date(expiresAt - 4 * 60_000));
    expect(
      (await previewProcessorPage(secret, ports)).upload?.form,
    ).toBeUndefined();
    // Expired.
    ports.clock.set(new Date(expiresAt + 1000));
    const id = 'whatever';
    for (const action of [
      previewProcessorPage(secret, ports),
      removeProcessorUpload(secret, id, ports),
      confirmProcessorJob(secret, { outcome: 'done' }, ports),
    ]) {
      const error = await refusal(action);
      expect(error).toBeInstanceOf(LinkGoneError);
      expect((error as LinkGoneError).reason).toBe('expired');
    }
    expect(
      [...store(ports).objects.keys()].filter((k) =>
        k.startsWith(uploadPrefix(requestId, 'judgeme')),
      ),
    ).toHaveLength(1);
  });

  it("never lists, removes or records another request's or another processor's files", async () => {
    // Prepare: a second request (Matti) with its own Judge.me link and file.
    const other = await waitingForProcessors(
      ports,
      'matti.korhonen@example.com',
    );
    const otherSecret = other.links.get('judgeme') ?? '';
    await upload(ports, otherSecret, 'matti.csv', SAMPLES.csv);
    const justuno = other.links.get('justuno') ?? '';
    await upload(ports, justuno, 'justuno.csv', SAMPLES.csv);
    const mattiFile = (await previewProcessorPage(otherSecret, ports)).upload
      ?.files[0];
    await upload(ports, secret, 'aino.csv', SAMPLES.csv);
    // Act: Aino's link posts the id of Matti's file, and ids that try to climb out of its folder.
    for (const id of [
      mattiFile?.id,
      mattiFile?.key,
      `../../../${other.requestId}/parts/judgeme/files/${mattiFile?.id}`,
      `../../justuno/files/${mattiFile?.id}`,
    ])
      await removeProcessorUpload(secret, id, ports);
    // Assess
    expect(await listed(ports, secret)).toEqual([
      { name: 'aino.csv', label: 'CSV', accepted: true },
    ]);
    expect(await listed(ports, otherSecret)).toEqual([
      { name: 'matti.csv', label: 'CSV', accepted: true },
    ]);
    await confirmProcessorJob(secret, { outcome: 'done' }, ports);
    expect(
      (await ports.requests.getJob(requestId, 'judgeme'))?.files?.map(
        (f) => f.name,
      ),
    ).toEqual(['aino.csv']);
  });

  it('puts the recorded files into the package as processors/<id>/<name>, named in data.json and report.html; a file uploaded after the confirmation is not in it', async () => {
    // Prepare: Judge.me uploads two files (one name twice, one without an extension).
    await upload(ports, secret, 'reviews.csv', SAMPLES.csv);
    await upload(ports, secret, 'photos', SAMPLES.zip);
    const form = (await previewProcessorPage(secret, ports)).upload
      ?.form as UploadForm;
    store(ports).acceptUpload(form, 'REVIEWS.csv', SAMPLES.json);
    await confirmProcessorJob(secret, { outcome: 'done' }, ports);
    store(ports).acceptUpload(form, 'after.pdf', SAMPLES.pdf);
    // Nosto hands over its takeout too.
    const nosto = flow.links.get('nosto') ?? '';
    await upload(ports, nosto, 'nosto-takeout.json', SAMPLES.json);
    await confirmProcessorJob(nosto, { outcome: 'done' }, ports);
    // Everyone else holds nothing.
    for (const [processorId, link] of flow.links)
      if (processorId !== 'judgeme' && processorId !== 'nosto')
        await confirmProcessorJob(link, { outcome: 'not-found' }, ports);
    // Act
    const jobs = (await ports.requests.listJobs(requestId)).map(resultOf);
    await completeRequest({ requestId, jobs }, ports);
    // Assess
    const stored = store(ports).objects.get(packageKey(requestId));
    const zip = unzip(stored?.body ?? new Uint8Array());
    expect(Object.keys(zip)).toEqual(
      expect.arrayContaining([
        'processors/judgeme/reviews.csv',
        'processors/judgeme/photos.zip',
        'processors/judgeme/REVIEWS (2).csv',
        'processors/nosto/nosto-takeout.json',
      ]),
    );
    expect(Object.keys(zip).some((k) => k.includes('after'))).toBe(false);
    expect(zip['processors/judgeme/reviews.csv']).toBe(SAMPLES.csv.toString());
    const data = JSON.parse(zip['data.json'] ?? '{}') as {
      sources: { processorId: string; files?: unknown[] }[];
    };
    expect(
      data.sources.find((s) => s.processorId === 'judgeme')?.files,
    ).toEqual([
      {
        path: 'processors/judgeme/reviews.csv',
        name: 'reviews.csv',
        mediaType: 'text/csv',
        bytes: SAMPLES.csv.length,
      },
      {
        path: 'processors/judgeme/photos.zip',
        name: 'photos',
        mediaType: 'application/zip',
        bytes: SAMPLES.zip.length,
      },
      {
        // Named .csv and text: a CSV (JSON is told by its bytes only when not named .csv).
        path: 'processors/judgeme/REVIEWS (2).csv',
        name: 'REVIEWS.csv',
        mediaType: 'text/csv',
        bytes: SAMPLES.json.length,
      },
    ]);
    expect(
      data.sources.find((s) => s.processorId === 'justuno')?.files,
    ).toBeUndefined();
    const report = zip['report.html'] ?? '';
    expect(report).toContain('Files handed over by the organisations');
    expect(report).toContain(
      '<code>processors/judgeme/reviews.csv</code> (CSV',
    );
    expect(report).toContain(
      '<code>processors/nosto/nosto-takeout.json</code>',
    );
    // The answer column (domain/processor-answer.ts) counts the files.
    expect(report).toContain('provided your data (3 files)');
    expect(report).toContain(
      'processors/: the files the organisations handed over',
    );
  });

  it('says in data.json and report.html when a recorded file was no longer stored (removed by the lifecycle)', async () => {
    // Prepare
    await upload(ports, secret, 'reviews.csv', SAMPLES.csv);
    await confirmProcessorJob(secret, { outcome: 'done' }, ports);
    const [file] =
      (await ports.requests.getJob(requestId, 'judgeme'))?.files ?? [];
    store(ports).objects.delete(file?.key ?? '');
    for (const [processorId, link] of flow.links)
      if (processorId !== 'judgeme')
        await confirmProcessorJob(link, { outcome: 'not-found' }, ports);
    // Act
    const jobs = (await ports.requests.listJobs(requestId)).map(resultOf);
    await completeRequest({ requestId, jobs }, ports);
    // Assess
    const zip = unzip(
      store(ports).objects.get(packageKey(requestId))?.body ?? new Uint8Array(),
    );
    expect(Object.keys(zip).some((k) => k.startsWith('processors/'))).toBe(
      false,
    );
    const data = JSON.parse(zip['data.json'] ?? '{}') as {
      sources: { processorId: string; files?: unknown[] }[];
    };
    expect(
      data.sources.find((s) => s.processorId === 'judgeme')?.files,
    ).toEqual([
      {
        missing: true,
        name: 'reviews.csv',
        mediaType: 'text/csv',
        bytes: SAMPLES.csv.length,
      },
    ]);
    expect(zip['report.html']).toContain(
      'reviews.csv: handed over, but no longer stored when this package was made',
    );
  });
});

describe('the confirmation page of other requests', () => {
  it('takes no files for an erasure: no form, no list, and confirming needs none', async () => {
    const { ports } = await seededMemoryPorts(undefined, {
      allProcessors: true,
    });
    const { links, requestId } = await waitingForProcessors(
      ports,
      'emma.lindqvist@example.com',
      'erasure',
    );
    const secret = links.get('judgeme') ?? '';
    expect((await previewProcessorPage(secret, ports)).upload).toBeUndefined();
    await confirmProcessorJob(secret, { outcome: 'done' }, ports);
    expect(
      (await ports.requests.getJob(requestId, 'judgeme'))?.files,
    ).toBeUndefined();
  });
});
