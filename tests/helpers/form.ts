/**
 * The signed token of a served form page (CSRF): a form-encoded `POST /requests` must carry one,
 * as a browser posting the real form does.
 */
export async function formTokenFrom(
  apiUrl: string,
  merchant = 'lastu',
): Promise<string> {
  const page = await (await fetch(`${apiUrl}/m/${merchant}`)).text();
  const token = /name="formToken" value="([^"]+)"/.exec(page)?.[1];
  if (!token) throw new Error(`no form token on the form of ${merchant}`);
  return token;
}
