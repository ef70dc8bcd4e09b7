/**
 * The privacy inbox's MIME parsing (postal-mime): what the inbox's rules and the merchant read
 * of a message as senders really write them. Charsets other than UTF-8 (through TextDecoder),
 * encoded words, transfer encodings, folded headers, an HTML-only message's text, attachments'
 * names made safe, and messages malformed or built to exhaust the parser, none of which may
 * make it throw.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PARSE_LIMITS, parseMail } from '#adapters/mail/parse-mail.ts';
import { readInbound } from '#domain/inbound/inbound-mail.ts';

const CRLF = '\r\n';
const bytes = (...parts: (string | number[] | Uint8Array)[]) =>
  new Uint8Array(
    Buffer.concat(
      parts.map((p) =>
        typeof p === 'string' ? Buffer.from(p, 'utf8') : Buffer.from(p),
      ),
    ),
  );
const lines = (...l: string[]) => l.join(CRLF);
const b64 = (b: number[] | string) =>
  (typeof b === 'string' ? Buffer.from(b) : Buffer.from(b)).toString('base64');

/** Shift_JIS and ISO-2022-JP bytes (from Python's codecs) of the Japanese used below. */
const SJIS_SUBJECT = 'je2PnIK1gsSCrYK+grOCog=='; // 削除してください
const SJIS_BODY = Buffer.from(
  '8366815b835e82f08ded8f9c82b582c482ad82be82b382a28142',
  'hex',
); // データを削除してください。
const JIS_SUBJECT = 'GyRCOEQ/TT5wSnMkTjpvPXwbKEI='; // 個人情報の削除
const JIS_NAME = 'GyRCOzNFRBsoQg=='; // 山田

describe('parseMail: charsets and transfer encodings', () => {
  it('reads an iso-8859-1 quoted-printable body and subject, soft line breaks joined', async () => {
    const mail = await parseMail(
      bytes(
        lines(
          'From: =?iso-8859-1?Q?V=E4in=F6_K?= <vaino@example.fi>',
          'Subject: =?iso-8859-1?Q?Tietojen_poisto_=E4=F6?=',
          'Content-Type: text/plain; charset=iso-8859-1',
          'Content-Transfer-Encoding: quoted-printable',
          '',
          'Pyyd=E4n, ett=E4 poistatte tietoni=',
          ' ja asiakastilini.',
          '',
        ),
      ),
    );
    expect(mail.subject).toBe('Tietojen poisto äö');
    expect(mail.from).toBe('"Väinö K" <vaino@example.fi>');
    expect(mail.text.trim()).toBe(
      'Pyydän, että poistatte tietoni ja asiakastilini.',
    );
  });

  it('reads windows-1252 8-bit text: the euro sign and curly quotes', async () => {
    const mail = await parseMail(
      bytes(
        lines(
          'From: a@example.com',
          'Subject: Refund',
          'Content-Type: text/plain; charset=windows-1252',
          'Content-Transfer-Encoding: 8bit',
          '',
          'Price 5 ',
        ),
        [0x80, 0x20, 0x93, 0x71, 0x94, 0x0d, 0x0a],
      ),
    );
    expect(mail.text.trim()).toBe('Price 5 € “q”');
  });

  it('decodes ISO-2022-JP encoded words in the subject and the sender’s name', async () => {
    const mail = await parseMail(
      bytes(
        lines(
          `From: =?ISO-2022-JP?B?${JIS_NAME}?= <yamada@example.jp>`,
          `Subject: =?ISO-2022-JP?B?${JIS_SUBJECT}?=`,
          '',
          'x',
          '',
        ),
      ),
    );
    expect(mail.subject).toBe('個人情報の削除');
    expect(mail.from).toBe('"山田" <yamada@example.jp>');
  });

  it('decodes a Shift_JIS subject and 8-bit body', async () => {
    const mail = await parseMail(
      bytes(
        lines(
          'From: a@example.jp',
          `Subject: =?Shift_JIS?B?${SJIS_SUBJECT}?=`,
          'Content-Type: text/plain; charset=Shift_JIS',
          'Content-Transfer-Encoding: 8bit',
          '',
          '',
        ),
        SJIS_BODY,
        CRLF,
      ),
    );
    expect(mail.subject).toBe('削除してください');
    expect(mail.text.trim()).toBe('データを削除してください。');
  });

  it('decodes a base64 text part', async () => {
    const mail = await parseMail(
      bytes(
        lines(
          'From: Aino <aino@example.com>',
          'Subject: =?UTF-8?B?UG9pc3RvcHl5bnTDtg==?=',
          'Content-Type: text/plain; charset=utf-8',
          'Content-Transfer-Encoding: base64',
          '',
          b64('Poistakaa tietoni, kiitos. Ääkköset.'),
          '',
        ),
      ),
    );
    expect(mail.subject).toBe('Poistopyyntö');
    expect(mail.from).toBe('"Aino" <aino@example.com>');
    expect(mail.text).toBe('Poistakaa tietoni, kiitos. Ääkköset.');
  });
});

describe('parseMail: headers', () => {
  const dsn = bytes(
    lines(
      'From: Mail Delivery System',
      ' <MAILER-DAEMON@mx.example.com>',
      'Received: from one',
      'Received: from two',
      'Subject: Undelivered',
      '\tMail Returned',
      'Content-Type: Multipart/Report;',
      '\treport-type=delivery-status;',
      ' boundary="zz"',
      '',
      '--zz',
      'Content-Type: text/plain',
      '',
      'Delivery failed.',
      '--zz',
      'Content-Type: message/delivery-status',
      '',
      'Reporting-MTA: dns; mx.example.com',
      '',
      'Final-Recipient: rfc822; b@example.com',
      'Action: failed',
      '--zz',
      'Content-Type: message/rfc822',
      '',
      'From: aino@example.com',
      'Subject: Poistakaa tietoni',
      '',
      'Poistakaa tietoni.',
      '--zz--',
      '',
    ),
  );

  it('unfolds folded headers, keeps the first of repeated ones, names lower-case', async () => {
    const mail = await parseMail(dsn);
    expect(mail.subject).toBe('Undelivered Mail Returned');
    expect(mail.headers.subject).toBe('Undelivered Mail Returned');
    expect(mail.headers.received).toBe('from one');
    expect(mail.from).toBe(
      '"Mail Delivery System" <MAILER-DAEMON@mx.example.com>',
    );
  });

  it('gives Content-Type with its parameters, so a delivery report reads as a bounce', async () => {
    const mail = await parseMail(dsn);
    expect(mail.headers['content-type']).toBe(
      'multipart/report; report-type="delivery-status"; boundary="zz"',
    );
    expect(readInbound(mail, {}, 'fi')).toEqual({ ignored: 'bounce' });
    // The report's parts are not the writer's words.
    expect(mail.text.trim()).toBe('Delivery failed.');
    expect(mail.attachments.map((a) => a.contentType)).toEqual([
      'message/delivery-status',
      'message/rfc822',
    ]);
  });

  it('reads a quoted parameter with a semicolon in it as one', async () => {
    const mail = await parseMail(
      bytes(
        lines(
          'From: a@example.com',
          'Content-Type: multipart/report; Report-Type="disposition-notification"; boundary="a;b"',
          '',
          '--a;b',
          'Content-Type: text/plain',
          '',
          'Read.',
          '--a;b--',
          '',
        ),
      ),
    );
    expect(mail.headers['content-type']).toBe(
      'multipart/report; report-type="disposition-notification"; boundary="a;b"',
    );
    expect(mail.text.trim()).toBe('Read.');
  });
});

describe('parseMail: text', () => {
  it('takes the plain part of an alternative', async () => {
    const mail = await parseMail(
      bytes(
        lines(
          'From: a@example.com',
          'Content-Type: multipart/alternative; boundary=b1',
          '',
          '--b1',
          'Content-Type: text/plain; charset=utf-8',
          '',
          'Plain words',
          '--b1',
          'Content-Type: text/html; charset=utf-8',
          '',
          '<p>Html words</p>',
          '--b1--',
          '',
        ),
      ),
    );
    expect(mail.text.trim()).toBe('Plain words');
  });

  it('reads an HTML-only message as text: no script, style or markup, entities decoded', async () => {
    const mail = await parseMail(
      bytes(
        lines(
          'From: a@example.com',
          'Subject: h',
          'Content-Type: text/html; charset=utf-8',
          '',
          '<html><head><style>p{color:red}</style><script>alert("x")</script></head>',
          '<body><p>Hei, <b>poistakaa</b> tietoni &amp; tilini.</p>',
          '<p>Terveisin<br>Aino</p><!-- hidden --><a href="https://x.example/">linkki</a></body></html>',
          '',
        ),
      ),
    );
    expect(mail.text).toContain('Hei, poistakaa tietoni & tilini.');
    expect(mail.text).toMatch(/Terveisin\s*\nAino/);
    expect(mail.text).toContain('https://x.example/');
    expect(mail.text).not.toMatch(/[<>]|alert|color|hidden/);
    expect(readInbound(mail, {}, 'en')).toMatchObject({
      email: 'a@example.com',
      locale: 'fi',
      typed: 'erasure',
    });
  });
});

describe('parseMail: attachments', () => {
  it('keeps names without paths or control characters, the declared type and the decoded bytes', async () => {
    const pdf = '%PDF-1.4 valtakirja';
    const mail = await parseMail(
      bytes(
        lines(
          'From: a@example.com',
          'Subject: att',
          'Content-Type: multipart/mixed; boundary=b1',
          '',
          '--b1',
          'Content-Type: text/plain',
          '',
          'Liitteenä valtakirja.',
          '--b1',
          'Content-Type: application/pdf; name="x.pdf"',
          'Content-Disposition: attachment; filename="../../etc/pa\u0007ss\twd<1>.pdf"',
          'Content-Transfer-Encoding: base64',
          '',
          b64(pdf),
          '--b1',
          'Content-Type: application/octet-stream',
          "Content-Disposition: attachment; filename*=UTF-8''C%3A%5Cdocs%5Cvaltakirja%20%C3%A4.pdf",
          '',
          'raw',
          '--b1',
          'Content-Type: image/png',
          'Content-Transfer-Encoding: base64',
          '',
          b64([0x89, 0x50, 0x4e, 0x47]),
          '--b1',
          'Content-Type: message/rfc822',
          '',
          'From: liisa@example.com',
          'Subject: Delete',
          '',
          'Delete my data',
          '--b1--',
          '',
        ),
      ),
    );
    expect(mail.text.trim()).toBe('Liitteenä valtakirja.');
    expect(
      mail.attachments.map(({ name, contentType, bytes }) => ({
        name,
        contentType,
        bytes,
      })),
    ).toEqual([
      { name: 'pa_ss_wd_1_.pdf', contentType: 'application/pdf', bytes: 19 },
      {
        name: 'valtakirja ä.pdf',
        contentType: 'application/octet-stream',
        bytes: 3,
      },
      { name: 'attachment-3', contentType: 'image/png', bytes: 4 },
      { name: 'attachment-4', contentType: 'message/rfc822', bytes: 58 },
    ]);
    expect(Buffer.from(mail.attachments[0]?.content ?? []).toString()).toBe(
      pdf,
    );
    expect([...(mail.attachments[2]?.content ?? [])]).toEqual([
      0x89, 0x50, 0x4e, 0x47,
    ]);
  });
});

describe('parseMail: malformed and hostile messages', () => {
  const nested = (depth: number) => {
    let part = lines('Content-Type: text/plain', '', 'Poistakaa tietoni.');
    for (let i = 0; i < depth; i++)
      part = lines(
        `Content-Type: multipart/mixed; boundary=b${i}`,
        '',
        `--b${i}`,
        part,
        `--b${i}--`,
      );
    return bytes(lines('From: aino@example.com', 'Subject: Poisto', part, ''));
  };

  it('reads what it can of a message with no headers, a broken multipart or no bytes at all', async () => {
    const noHeaders = await parseMail(bytes('just words\r\nmore words\r\n'));
    expect(noHeaders.headers).toEqual({});
    expect(noHeaders.text).toContain('just words');
    expect(readInbound(noHeaders, {}, 'fi')).toEqual({ ignored: 'no-sender' });

    const unterminated = await parseMail(
      bytes(
        lines(
          'From: a@example.com',
          'Content-Type: multipart/mixed; boundary=b1',
          '',
          '--b1',
          'Content-Type: text/plain',
          '',
          'never closed',
          '',
        ),
      ),
    );
    expect(unterminated.text.trim()).toBe('never closed');

    const noBoundary = await parseMail(
      bytes(
        lines(
          'From: a@example.com',
          'Content-Type: multipart/mixed',
          '',
          'body',
          '',
        ),
      ),
    );
    expect(noBoundary.text.trim()).toBe('body');

    expect(await parseMail(new Uint8Array())).toEqual({
      headers: {},
      subject: '',
      text: '',
      attachments: [],
    });
  });

  it(`reads parts nested ${PARSE_LIMITS.maxNestingDepth} deep and, past that, only the headers`, async () => {
    const deepest = await parseMail(nested(PARSE_LIMITS.maxNestingDepth - 2));
    expect(deepest.text.trim()).toBe('Poistakaa tietoni.');

    const tooDeep = await parseMail(nested(PARSE_LIMITS.maxNestingDepth + 8));
    expect(tooDeep).toMatchObject({
      from: 'aino@example.com',
      subject: 'Poisto',
      text: '',
      attachments: [],
    });
    expect(tooDeep.headers['content-type']).toBe(
      'multipart/mixed; boundary="b39"',
    );
  });

  it(`reads at most ${PARSE_LIMITS.maxPartCount} parts`, async () => {
    const wide = (n: number) =>
      bytes(
        lines(
          'From: aino@example.com',
          'Subject: Poisto',
          'Content-Type: multipart/mixed; boundary=b',
          '',
          ...Array.from({ length: n }, (_, i) =>
            lines(
              '--b',
              'Content-Type: application/octet-stream',
              '',
              String(i),
            ),
          ),
          '--b--',
          '',
        ),
      );
    expect((await parseMail(wide(10))).attachments).toHaveLength(10);
    expect(await parseMail(wide(100_000))).toMatchObject({
      from: 'aino@example.com',
      text: '',
      attachments: [],
    });
  });

  it('reads nothing of headers past the size limit (no sender: nothing starts)', async () => {
    const line = `X-Filler: ${'v'.repeat(200)}`;
    const huge = bytes(
      lines(
        'From: aino@example.com',
        ...Array.from(
          { length: Math.ceil(PARSE_LIMITS.maxHeadersSize / line.length) + 1 },
          () => line,
        ),
        '',
        'Poistakaa tietoni.',
        '',
      ),
    );
    const mail = await parseMail(huge);
    expect(mail).toEqual({
      headers: {},
      subject: '',
      text: '',
      attachments: [],
    });
    expect(readInbound(mail, {}, 'fi')).toEqual({ ignored: 'no-sender' });
  });

  it('never throws, whatever the bytes', async () => {
    const mimeLine = fc.oneof(
      fc.constantFrom(
        'From: a@example.com',
        'Content-Type: multipart/mixed; boundary=b',
        'Content-Type: multipart/alternative; boundary="b"',
        'Content-Type: message/rfc822',
        'Content-Type: text/html; charset=iso-2022-jp',
        'Content-Type: text/plain; charset=x-unknown',
        'Content-Transfer-Encoding: base64',
        'Content-Transfer-Encoding: quoted-printable',
        "Content-Disposition: attachment; filename*0*=utf-8''%E4; filename*1=x",
        'Subject: =?utf-8?B?@@@?= =?x?Q?=ZZ?=',
        '--b',
        '--b--',
        '',
        ' folded',
        '<p>x<script>',
        '=E4=',
      ),
      fc.string({ maxLength: 40 }),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.array(mimeLine, { maxLength: 40 }).map((l) => bytes(lines(...l))),
          fc.uint8Array({ maxLength: 2000 }),
        ),
        async (raw) => {
          const mail = await parseMail(raw);
          expect(typeof mail.text).toBe('string');
          expect(typeof mail.subject).toBe('string');
        },
      ),
      { numRuns: 300 },
    );
  });
});
