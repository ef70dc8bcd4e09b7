/**
 * What a processor's upload is, from its bytes (file-type for binary formats, a strict text check
 * for CSV and JSON), and how its name goes into the package.
 */
import { fileTypeFromBuffer } from 'file-type';
import { describe, expect, it } from 'vitest';
import {
  MAX_NAME_CHARS,
  safeFileName,
  sniffUpload,
  textStart,
  uniqueNames,
  uploadedName,
} from '#domain/processor-uploads.ts';
import { SAMPLES } from '../../helpers/sample-files.ts';

async function sniff(name: string, bytes: Uint8Array, complete = true) {
  const found = await fileTypeFromBuffer(bytes);
  return sniffUpload(
    name,
    bytes,
    complete,
    found ? { mime: found.mime, ext: found.ext } : undefined,
  );
}

describe('sniffUpload', () => {
  it.each([
    ['reviews.csv', 'csv', 'text/csv', 'CSV'],
    ['export.json', 'json', 'application/json', 'JSON'],
    ['export.txt', 'json', 'application/json', 'JSON'],
    ['report.pdf', 'pdf', 'application/pdf', 'PDF'],
    ['photo.png', 'png', 'image/png', 'PNG'],
    ['photo.jpg', 'jpeg', 'image/jpeg', 'JPEG'],
    ['anim.gif', 'gif', 'image/gif', 'GIF'],
    ['photo.webp', 'webp', 'image/webp', 'WebP'],
    ['photo.heic', 'heic', 'image/heic', 'HEIC'],
    ['orders.zip', 'zip', 'application/zip', 'ZIP'],
    [
      'reviews.xlsx',
      'xlsx',
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      'XLSX',
    ],
  ] as const)(
    'accepts %s (%s) by its bytes',
    async (name, sample, mediaType, label) => {
      expect(await sniff(name, SAMPLES[sample])).toEqual({
        mediaType,
        label,
        accepted: true,
      });
    },
  );

  it('goes by the bytes, not the name: a PDF named .csv is a PDF, an EXE named .pdf is refused', async () => {
    expect(await sniff('reviews.csv', SAMPLES.pdf)).toMatchObject({
      mediaType: 'application/pdf',
      accepted: true,
    });
    expect(await sniff('invoice.pdf', SAMPLES.exe)).toMatchObject({
      label: 'EXE',
      accepted: false,
    });
  });

  it('refuses a Word document although it is a zip, an executable, plain text and unknown bytes', async () => {
    expect(await sniff('letter.docx', SAMPLES.docx)).toMatchObject({
      mediaType:
        'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      label: 'DOCX',
      accepted: false,
    });
    expect(await sniff('setup.exe', SAMPLES.exe)).toMatchObject({
      accepted: false,
    });
    expect(await sniff('notes.txt', SAMPLES.text)).toEqual({
      mediaType: 'text/plain',
      label: 'TXT',
      accepted: false,
    });
    expect(
      await sniff('blob.bin', Buffer.from([0x00, 0x01, 0x02, 0xfe, 0xff])),
    ).toEqual({ mediaType: 'application/octet-stream', accepted: false });
    expect(await sniff('empty.csv', new Uint8Array())).toMatchObject({
      accepted: false,
    });
  });

  it('takes CSV and JSON only as strict UTF-8 text without control characters', async () => {
    expect(
      await sniff('latin1.csv', Buffer.from('nimi\r\nMäkelä\r\n', 'latin1')),
    ).toMatchObject({ accepted: false });
    expect(
      await sniff('nul.csv', Buffer.from('a,b\r\n1,\u0000\r\n')),
    ).toMatchObject({ accepted: false });
    expect(
      await sniff('bom.csv', Buffer.from('\uFEFFa;b\r\n1;2\r\n')),
    ).toMatchObject({ mediaType: 'text/csv', accepted: true });
    expect(
      await sniff('lines.ndjson', Buffer.from('{"a":1}\n{"a":2}\n')),
    ).toMatchObject({ mediaType: 'application/json', accepted: true });
  });
});

describe('textStart', () => {
  it('accepts a first read that cuts a character in two, but not a whole file that ends cut', () => {
    const text = Buffer.from('a,b\r\nä😀', 'utf8');
    for (const cut of [1, 2, 3]) {
      const head = text.subarray(0, text.length - cut);
      expect(textStart(head, false)).toBeDefined();
      expect(textStart(head, true)).toBeUndefined();
    }
  });
});

describe('safeFileName and uniqueNames', () => {
  it('removes path separators, control, bidi and invisible characters and leading dots', () => {
    expect(safeFileName('../../etc/passwd.csv', 'text/csv')).toBe(
      '_.._etc_passwd.csv',
    );
    expect(safeFileName('C:\\temp\\a.csv', 'text/csv')).toBe('C__temp_a.csv');
    expect(safeFileName('in\u202Egnp.exe.pdf', 'application/pdf')).toBe(
      'ingnp.exe.pdf',
    );
    expect(safeFileName('a\u0000b\u200B\u0007c.csv', 'text/csv')).toBe(
      'abc.csv',
    );
    expect(safeFileName('...hidden.json', 'application/json')).toBe(
      'hidden.json',
    );
    expect(safeFileName('"x" <y>|z?.csv', 'text/csv')).toBe('_x_ _y__z_.csv');
  });

  it('ends with an extension of the detected type, adding it when missing or wrong', () => {
    expect(safeFileName('export', 'application/zip')).toBe('export.zip');
    expect(safeFileName('photo.JPG', 'image/jpeg')).toBe('photo.JPG');
    expect(safeFileName('data.csv', 'application/pdf')).toBe('data.csv.pdf');
    expect(safeFileName('', 'text/csv')).toBe('file.csv');
    expect(safeFileName('   ', 'application/pdf')).toBe('file.pdf');
  });

  it(`keeps names to ${MAX_NAME_CHARS} characters, with their extension, counting characters not bytes`, () => {
    const long = safeFileName(
      `${'ä'.repeat(300)}.xlsx`,
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    expect([...long]).toHaveLength(MAX_NAME_CHARS);
    expect(long.endsWith('ä.xlsx')).toBe(true);
    const emoji = safeFileName(`${'😀'.repeat(200)}.png`, 'image/png');
    expect([...emoji]).toHaveLength(MAX_NAME_CHARS);
    expect(emoji).not.toContain('\uFFFD');
  });

  it('makes names unique in a folder, comparing without case', () => {
    expect(
      uniqueNames(['a.csv', 'A.csv', 'a.csv', 'b', 'b', 'a (2).csv']),
    ).toEqual([
      'a.csv',
      'A (2).csv',
      'a (3).csv',
      'b',
      'b (2)',
      'a (2) (2).csv',
    ]);
  });

  it("reads the uploaded name from a key, after the form's folder", () => {
    const prefix = 'requests/r/parts/judge-me/files/';
    expect(uploadedName(`${prefix}f1/reviews ä.csv`, prefix)).toBe(
      'reviews ä.csv',
    );
    expect(uploadedName(`${prefix}f1/a/b.csv`, prefix)).toBe('a/b.csv');
    expect(uploadedName(`${prefix}f1/`, prefix)).toBe('');
  });
});
