/**
 * Small files of each kind a processor might upload, with the bytes that identify them (for the
 * sniffing tests, the upload flow and the browser test).
 */
import { strToU8, zipSync } from 'fflate';

const contentTypes = (main: string) =>
  strToU8(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Override PartName="/main.xml" ContentType="${main}"/></Types>`,
  );

export const SAMPLES = {
  csv: Buffer.from(
    'review_id,product,rating,text\r\n1,Kuksa,5,"Hyvä ja kaunis"\r\n',
    'utf8',
  ),
  json: Buffer.from('{"reviews":[{"id":1,"rating":5,"text":"Hyvä"}]}\n'),
  pdf: Buffer.from(
    '%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n',
    'latin1',
  ),
  png: Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    Buffer.from([0, 0, 0, 13]),
    Buffer.from('IHDR'),
    Buffer.from([
      0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0, 0x1f, 0x15, 0xc4, 0x89,
    ]),
  ]),
  jpeg: Buffer.from([
    0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01,
    0x01, 0x00, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00, 0xff, 0xd9,
  ]),
  gif: Buffer.from('GIF89a\x01\x00\x01\x00\x00\x00\x00;', 'latin1'),
  webp: Buffer.concat([
    Buffer.from('RIFF'),
    Buffer.from([0x1a, 0, 0, 0]),
    Buffer.from('WEBPVP8 '),
    Buffer.alloc(18),
  ]),
  heic: Buffer.concat([
    Buffer.from([0, 0, 0, 0x18]),
    Buffer.from('ftypheic'),
    Buffer.from([0, 0, 0, 0]),
    Buffer.from('mif1heic'),
    Buffer.alloc(16),
  ]),
  zip: Buffer.from(zipSync({ 'orders/1.txt': strToU8('order 1') })),
  xlsx: Buffer.from(
    zipSync({
      '[Content_Types].xml': contentTypes(
        'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml',
      ),
      'xl/workbook.xml': strToU8('<workbook/>'),
    }),
  ),
  docx: Buffer.from(
    zipSync({
      '[Content_Types].xml': contentTypes(
        'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml',
      ),
      'word/document.xml': strToU8('<document/>'),
    }),
  ),
  exe: (() => {
    const exe = Buffer.alloc(512);
    exe.write('MZ', 0, 'latin1');
    exe.writeUInt32LE(0x80, 0x3c);
    exe.write('PE\0\0', 0x80, 'latin1');
    return exe;
  })(),
  text: Buffer.from('Dear shop, here is the data.\n'),
} as const;
