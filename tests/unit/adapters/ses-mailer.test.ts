/**
 * The SES adapter turns the refusals only an operator can fix into MailRefusedError (reason and
 * remedy, never the recipient SES's message quotes); throttling and 5xx pass through as they
 * are, so callers retry them.
 */
import type { SESv2Client } from '@aws-sdk/client-sesv2';
import { describe, expect, it } from 'vitest';
import { SesMailer } from '#adapters/aws/ses-mailer.ts';
import { MailRefusedError } from '#ports/mailer.ts';

const email = {
  to: ['shopper@example.org'],
  subject: 'Confirm',
  text: 'text',
  html: '<p>html</p>',
};

/** A client whose every send fails with an SDK-shaped error. */
const failing = (name: string, message: string, status = 400) =>
  ({
    send: async () => {
      throw Object.assign(new Error(message), {
        name,
        $metadata: { httpStatusCode: status },
      });
    },
  }) as unknown as SESv2Client;

describe('SesMailer refusals', () => {
  it.each([
    [
      'AccessDeniedException',
      "User is not authorized to perform `ses:SendEmail' on resource `arn:aws:ses:eu-north-1:1:identity/shopper@example.org'",
      'not-authorized',
      403,
    ],
    [
      'MessageRejected',
      'Email address is not verified. The following identities failed the check in region EU-NORTH-1: shopper@example.org',
      'not-verified',
      400,
    ],
    [
      'MailFromDomainNotVerifiedException',
      'not verified',
      'sender-not-verified',
      400,
    ],
    ['SendingPausedException', 'paused', 'sending-paused', 400],
  ])(
    'maps %s to a refusal that says what to fix, without the recipient',
    async (name, message, reason, status) => {
      // Act
      const sent = new SesMailer(
        failing(name, message, status),
        'p@x.example',
      ).send(email);
      // Assess
      const error = await sent.catch((e: unknown) => e);
      expect(error).toBeInstanceOf(MailRefusedError);
      expect(error).toMatchObject({ reason, serviceError: name });
      expect(String((error as Error).message)).not.toContain(
        'shopper@example.org',
      );
    },
  );

  it('lets throttling through as it is, for the caller to retry', async () => {
    const sent = new SesMailer(
      failing(
        'TooManyRequestsException',
        'Maximum sending rate exceeded.',
        429,
      ),
      'p@x.example',
    ).send(email);
    await expect(sent).rejects.toMatchObject({
      name: 'TooManyRequestsException',
    });
  });
});
