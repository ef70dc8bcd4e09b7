/** The keys of the intake's abuse controls: which addresses share a rate-limit budget. */
import { describe, expect, it } from 'vitest';
import { mailboxKey, subjectBucket, submissionKey } from '#domain/intake.ts';

describe('mailboxKey', () => {
  it('folds case, +tags and, at Gmail, dots and googlemail.com into one mailbox', () => {
    for (const variant of [
      'bomb@gmail.com',
      'BOMB@gmail.com',
      'bomb+1@gmail.com',
      'b.omb@gmail.com',
      'b.o.m.b+x.y@gmail.com',
      ' Bomb+2@GoogleMail.com ',
    ])
      expect(mailboxKey(variant), variant).toBe('bomb@gmail.com');
  });

  it('drops +tags at other providers but keeps their dots, which they deliver as written', () => {
    expect(mailboxKey('Aino.Virtanen+shop@example.fi')).toBe(
      'aino.virtanen@example.fi',
    );
    expect(mailboxKey('aino.virtanen@outlook.com')).not.toBe(
      mailboxKey('ainovirtanen@outlook.com'),
    );
    // A local part that starts with "+" has no tag to drop.
    expect(mailboxKey('+358401234567@sms.example')).toBe(
      '+358401234567@sms.example',
    );
  });
});

describe('subjectBucket', () => {
  it('is one budget per merchant and mailbox, never holding the address', () => {
    const bucket = subjectBucket('lastu', 'bomb@gmail.com');
    expect(subjectBucket('lastu', 'b.omb+7@googlemail.com')).toBe(bucket);
    expect(subjectBucket('other-shop', 'bomb@gmail.com')).not.toBe(bucket);
    expect(bucket).not.toContain('bomb');
  });
});

describe('submissionKey', () => {
  it('keeps the address as typed: a tagged address is its own submission', () => {
    expect(submissionKey('lastu', 'anna+shop@example.fi', 'access')).not.toBe(
      submissionKey('lastu', 'anna@example.fi', 'access'),
    );
    expect(submissionKey('lastu', 'Anna@Example.fi', 'access')).toBe(
      submissionKey('lastu', 'anna@example.fi', 'access'),
    );
  });
});
