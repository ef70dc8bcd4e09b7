/**
 * Uses a processor confirmation page's upload form as a browser without JavaScript does: reads
 * the form (its action and hidden fields, in order), posts them and the file as
 * multipart/form-data, and follows the store's 303 back to the page.
 */
export interface UploadAnswer {
  /** The store's answer: 303 when it took the file, 4xx (with S3's XML error) when it refused. */
  status: number;
  /** S3's error code, when it refused. */
  error?: string;
  /** The page the browser is sent back to (after a 303), and its HTML. */
  page?: { status: number; html: string; url: string };
}

/** The upload form of a page's HTML: its action and hidden fields, in order. */
export function uploadFormOf(html: string): {
  action: string;
  fields: [string, string][];
} {
  const form =
    /<form method="post" action="([^"]+)" enctype="multipart\/form-data">([\s\S]*?)<\/form>/.exec(
      html,
    );
  if (!form) throw new Error('the page has no upload form');
  const decode = (s: string) =>
    s
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'")
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&amp;/g, '&');
  const fields = [
    ...(form[2] ?? '').matchAll(
      /<input type="hidden" name="([^"]*)" value="([^"]*)">/g,
    ),
  ].map((m) => [decode(m[1] ?? ''), decode(m[2] ?? '')] as [string, string]);
  return { action: decode(form[1] ?? ''), fields };
}

export async function uploadOnPage(
  pageUrl: string,
  name: string,
  body: Uint8Array,
): Promise<UploadAnswer> {
  const page = await fetch(pageUrl);
  const { action, fields } = uploadFormOf(await page.text());
  const data = new FormData();
  for (const [field, value] of fields) data.append(field, value);
  data.append('file', new Blob([body]), name);
  const res = await fetch(action, {
    method: 'POST',
    body: data,
    redirect: 'manual',
  });
  const text = await res.text();
  if (res.status !== 303)
    return {
      status: res.status,
      error: /<Code>([^<]+)<\/Code>/.exec(text)?.[1],
    };
  const back = res.headers.get('location') ?? '';
  const again = await fetch(back);
  return {
    status: res.status,
    page: { status: again.status, html: await again.text(), url: back },
  };
}
