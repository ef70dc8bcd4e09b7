/** Sends raw RFC 5322 messages to the local privacy inbox's SMTP listener, as an MTA would. */
import nodemailer from 'nodemailer';

export function smtpClient(port: number) {
  const transport = nodemailer.createTransport({
    host: '127.0.0.1',
    port,
    secure: false,
    ignoreTLS: true,
  });
  return {
    /** Sends `raw` from `from` to `to` (the envelope); resolves with the server's answer. */
    async send(from: string, to: string, raw: string | Buffer) {
      const info = await transport.sendMail({ envelope: { from, to }, raw });
      return info.response;
    },
    close: () => transport.close(),
  };
}

/** A plain-text message with the given headers (UTF-8, quoted-printable-free: 8bit). */
export function rawMessage(options: {
  from: string;
  to: string;
  subject: string;
  body: string;
  headers?: Record<string, string>;
  attachments?: { name: string; type: string; content: Buffer }[];
}): string {
  const head = [
    `From: ${options.from}`,
    `To: ${options.to}`,
    `Subject: =?UTF-8?B?${Buffer.from(options.subject).toString('base64')}?=`,
    'Date: Tue, 03 Nov 2026 09:12:00 +0200',
    `Message-ID: <${Math.random().toString(36).slice(2)}@example.com>`,
    'MIME-Version: 1.0',
    ...Object.entries(options.headers ?? {}).map(([k, v]) => `${k}: ${v}`),
  ];
  if (!options.attachments?.length)
    return [
      ...head,
      'Content-Type: text/plain; charset=utf-8',
      'Content-Transfer-Encoding: 8bit',
      '',
      options.body,
      '',
    ].join('\r\n');
  const boundary = 'b0undary';
  return [
    ...head,
    `Content-Type: multipart/mixed; boundary="${boundary}"`,
    '',
    `--${boundary}`,
    'Content-Type: text/plain; charset=utf-8',
    'Content-Transfer-Encoding: 8bit',
    '',
    options.body,
    ...options.attachments.flatMap((a) => [
      `--${boundary}`,
      `Content-Type: ${a.type}; name="${a.name}"`,
      `Content-Disposition: attachment; filename="${a.name}"`,
      'Content-Transfer-Encoding: base64',
      '',
      a.content.toString('base64'),
    ]),
    `--${boundary}--`,
    '',
  ].join('\r\n');
}
