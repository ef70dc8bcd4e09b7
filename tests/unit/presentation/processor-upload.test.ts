/**
 * The file part of the processor confirmation page, read as a browser and a person would: the
 * upload form posts to the store with its signed fields before the file, the list sits inside the
 * answer form with a remove button per file, a removal or a refusal shows the answer as posted,
 * and the words exist in every language.
 */
import { describe, expect, it } from 'vitest';
import type { DsrRequest } from '#domain/request.ts';
import { MerchantConfig, SUPPORTED_LOCALES } from '#domain/schemas.ts';
import merchantJson from '#infra/seed/lastu.merchant.json' with {
  type: 'json',
};
import { UPLOAD_MESSAGES } from '#presentation/i18n/uploads.ts';
import { processorJobPage } from '#presentation/processor-page.ts';
import {
  uploadedFiles,
  uploadSection,
} from '#presentation/processor-upload.ts';
import type {
  UploadProblem,
  UploadView,
} from '#use-cases/processor-uploads.ts';

const merchant = MerchantConfig.parse(merchantJson);
const judgeme = merchant.processors.find((p) => p.processorId === 'judgeme');
if (!judgeme) throw new Error('seed has no judgeme');
const request: DsrRequest = {
  requestId: '1b2c3d4e-0000-4000-8000-000000000001',
  merchantId: 'lastu',
  type: 'access',
  status: 'IN_PROGRESS',
  email: 'aino.virtanen@example.com',
  subjectRef: 'ref',
  locale: 'fi',
  receivedAt: '2026-03-15T10:00:00.000Z',
  dueDate: '2026-04-15',
  dueAt: '2026-04-15T20:59:59.999Z',
  updatedAt: '2026-03-15T10:00:00.000Z',
};

const view = (files: UploadView['files'], form = true): UploadView => ({
  files,
  form: form
    ? {
        url: 'https://bucket.s3.eu-north-1.amazonaws.com/',
        fields: {
          // biome-ignore lint/suspicious/noTemplateCurlyInString: S3's ${filename} form variable, literally
          key: 'requests/r/parts/judgeme/files/f1/${filename}',
          Policy: 'eyJ4Ijoi"><script>',
          'X-Amz-Signature': 'abc',
        },
      }
    : undefined,
  maxBytes: 100 * 1024 * 1024,
  maxFiles: 20,
});

const csv = {
  id: 'f1/reviews.csv',
  key: 'requests/r/parts/judgeme/files/f1/reviews.csv',
  name: 'reviews.csv',
  bytes: 2048,
  mediaType: 'text/csv',
  label: 'CSV',
  accepted: true,
};
const docx = {
  id: 'f2/letter "1".docx',
  key: 'requests/r/parts/judgeme/files/f2/letter "1".docx',
  name: 'letter "1".docx',
  bytes: 3 * 1024 * 1024 + 300_000,
  mediaType:
    'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  label: 'DOCX',
  accepted: false,
};

/** The page as the handler composes it: the upload section before the answers, the files inside. */
const render = (
  upload: UploadView,
  extra: {
    values?: Record<string, string>;
    uploadProblem?: UploadProblem;
  } = {},
) =>
  processorJobPage(
    merchant,
    judgeme,
    request,
    'processor',
    '/processor/secret',
    {
      values: extra.values ?? {},
      errors: extra.uploadProblem ? { files: extra.uploadProblem } : {},
    },
    uploadSection(upload, 'en'),
    uploadedFiles(upload, 'en', extra.uploadProblem),
  );

describe('the processor page of an access request', () => {
  it('has a multipart form to the store: every signed field (escaped), then the file input, then the button', () => {
    const page = render(view([]));
    const form =
      /<form method="post" action="https:\/\/bucket[^"]*" enctype="multipart\/form-data">([\s\S]*?)<\/form>/.exec(
        page,
      )?.[1] ?? '';
    const names = [...form.matchAll(/name="([^"]+)"/g)].map((m) => m[1]);
    expect(names).toEqual(['key', 'Policy', 'X-Amz-Signature', 'file']);
    expect(form).toContain('value="eyJ4Ijoi&quot;&gt;&lt;script&gt;"');
    expect(form.indexOf('type="file"')).toBeLessThan(form.indexOf('<button'));
    // English (Judge.me's language): limits stated.
    expect(page).toContain('up to 100\u00a0MB a file, 20 files in all');
    expect(page).toContain('No files uploaded yet.');
  });

  it('lists the files inside the answer form, each with size, type and a remove button; a refused type says so', () => {
    const page = render(view([csv, docx]));
    const answer =
      /<form method="post" action="\/processor\/secret">([\s\S]*?)<\/form>/.exec(
        page,
      )?.[1] ?? '';
    expect(answer).toContain('<strong>reviews.csv</strong>');
    expect(answer).toContain('2\u00a0KB · CSV');
    expect(answer).toContain('<strong>letter &quot;1&quot;.docx</strong>');
    expect(answer).toContain(
      '3.3\u00a0MB · DOCX: not accepted, please remove it',
    );
    expect(answer).toContain(
      'name="remove" value="f2/letter &quot;1&quot;.docx" aria-label="Remove letter &quot;1&quot;.docx"',
    );
    // Enter in the form confirms: the first submit button is the (hidden) confirm, not a remove.
    const firstButton = /<button[^>]*>([^<]*)<\/button>/.exec(answer);
    expect(firstButton?.[0]).not.toContain('name="remove"');
    expect(firstButton?.[1]).toBe('Confirm');
  });

  it('shows the answer and note as posted after a removal, with nothing pre-selected that was not chosen', () => {
    const page = render(view([csv]), {
      values: { outcome: 'not-found', note: 'Poistettu <b>kaikki</b>' },
    });
    expect(page).toMatch(/value="not-found" checked/);
    expect(page).not.toMatch(/value="done" checked/);
    expect(page).toContain('>Poistettu &lt;b&gt;kaikki&lt;/b&gt;</textarea>');
  });

  it('says why the files stop the confirmation', () => {
    const page = render(view([csv, docx]), {
      uploadProblem: 'not-accepted',
      values: { outcome: 'done' },
    });
    expect(page).toContain(
      'role="alert"><p class="error" id="files-error">A file of a type that is not accepted is still in the list',
    );
    expect(page).toMatch(/value="done" checked/);
  });

  it('offers no form once the limit is reached, and says so', () => {
    const page = render(view([csv], false));
    expect(page).not.toContain('enctype="multipart/form-data"');
    expect(page).toContain(
      '20 files have been uploaded, the most that can be handed over.',
    );
  });
});

/** Every leaf of the messages as `path → text`, functions called with sample arguments. */
function leaves(value: unknown, path = ''): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (typeof value === 'function') return [[path, String(value('«A»', 3))]];
  return Object.entries(value as Record<string, unknown>).flatMap(([k, v]) =>
    leaves(v, path ? `${path}.${k}` : k),
  );
}

describe('UPLOAD_MESSAGES', () => {
  const english = new Map(leaves(UPLOAD_MESSAGES.en));

  it.each(SUPPORTED_LOCALES.filter((l) => l !== 'en'))(
    '%s has every text, translated, with the arguments used and French spacing',
    (locale) => {
      const texts = new Map(leaves(UPLOAD_MESSAGES[locale]));
      expect([...texts.keys()]).toEqual([...english.keys()]);
      for (const [path, text] of texts) {
        expect(text.trim(), path).not.toBe('');
        if (english.get(path)?.includes('«A»') && path !== 'type')
          expect(text, `${locale} ${path}`).toContain('«A»');
        if (locale === 'fr')
          expect(text, path).not.toMatch(/[^\u00a0\u202f][:;?!](\s|$)/);
      }
      const same = [...texts].filter(
        ([p, t]) => english.get(p) === t && p !== 'type' && p !== 'size',
      );
      expect(same.map(([p]) => p)).toEqual([]);
    },
  );

  it('writes sizes in each language’s units', () => {
    const mb = 52_428_800;
    expect(UPLOAD_MESSAGES.en.size(mb)).toBe('50\u00a0MB');
    expect(UPLOAD_MESSAGES.fi.size(1_572_864)).toBe('1,5\u00a0Mt');
    expect(UPLOAD_MESSAGES.fr.size(1_572_864)).toBe('1,5\u00a0Mo');
    expect(UPLOAD_MESSAGES.de.size(2000)).toBe('2\u00a0KB');
    expect(UPLOAD_MESSAGES.sv.size(10)).toBe('1\u00a0kB');
  });
});
