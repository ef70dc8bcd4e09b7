/**
 * Signs a member in to the console of a running stack as a person would: asks for a link, takes
 * it from the emailed message, posts it, and returns the session cookie (`name=value`).
 */
import type { Mailbox } from './mailbox.ts';

export async function signInToConsole(
  apiUrl: string,
  mailbox: Mailbox,
  email: string,
): Promise<string> {
  await fetch(`${apiUrl}/console/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: apiUrl },
    body: JSON.stringify({ email }),
  });
  const mail = await mailbox.waitFor(email, 'sign-in link');
  const link = /\/console\/sign-in\/[A-Za-z0-9_-]{43}/.exec(
    mail.body.text ?? '',
  )?.[0];
  const res = await fetch(`${apiUrl}${link}`, {
    method: 'POST',
    headers: { origin: apiUrl },
    redirect: 'manual',
  });
  return (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
}
