// Drives the admin's server actions over HTTP the way a browser without
// JavaScript does: read a form's hidden action fields from its page, post them
// back with the visible fields as multipart form data, and read the answer
// (303 + Location after a successful action, the page again with the error
// otherwise). The same path a real editor's publish takes, without a browser.

const ENTITIES: Record<string, string> = {
  '&quot;': '"',
  '&amp;': '&',
  '&lt;': '<',
  '&gt;': '>',
  '&#x27;': "'",
  '&#39;': "'",
};
const decode = (text: string) => text.replace(/&(?:quot|amp|lt|gt|#x27|#39);/g, (entity) => ENTITIES[entity]);

/** The hidden inputs of the first form on the page that has a field named `field`. */
export async function actionFields(pageUrl: string, field: string, cookie = ''): Promise<Record<string, string>> {
  const response = await fetch(pageUrl, { headers: { cookie }, redirect: 'manual' });
  if (response.status !== 200) throw new Error(`GET ${pageUrl}: HTTP ${response.status}`);
  const html = await response.text();
  for (const [, form] of html.matchAll(/<form\b[^>]*>([\s\S]*?)<\/form>/g)) {
    if (!form.includes(`name="${field}"`)) continue;
    const hidden: Record<string, string> = {};
    for (const [, attributes] of form.matchAll(/<input\b([^>]*)>/g)) {
      const attribute = (name: string) => attributes.match(new RegExp(`\\b${name}="([^"]*)"`))?.[1];
      const name = attribute('name');
      if (attribute('type') === 'hidden' && name?.startsWith('$ACTION'))
        hidden[decode(name)] = decode(attribute('value') ?? '');
    }
    return hidden;
  }
  throw new Error(`No form with a "${field}" field on ${pageUrl}`);
}

export async function submitForm(
  pageUrl: string,
  fields: Record<string, string>,
  headers: Record<string, string> = {},
): Promise<Response> {
  const body = new FormData();
  for (const [name, value] of Object.entries(fields)) body.append(name, value);
  // Next refuses an action whose Origin is not the site's own.
  return fetch(pageUrl, {
    method: 'POST',
    body,
    headers: { origin: new URL(pageUrl).origin, ...headers },
    redirect: 'manual',
  });
}

/** Signs in through the form; the session cookie on success, undefined with the page's text otherwise. */
export async function signIn(base: string, email: string, password: string, headers: Record<string, string> = {}) {
  const page = `${base}/admin/sign-in`;
  const response = await submitForm(page, { ...(await actionFields(page, 'password')), email, password }, headers);
  const session = response.headers.getSetCookie().find((cookie) => cookie.startsWith('portal_session='));
  return { status: response.status, cookie: session?.split(';')[0], text: await response.text() };
}

export type Publisher = (story: { title: string; sectionId: number }) => Promise<number>;

/** A function that publishes a new story through the article form as the signed-in editor, resolving with its id once the server answered. */
export async function articlePublisher(base: string, cookie: string): Promise<Publisher> {
  const page = `${base}/admin/articles/new`;
  const hidden = await actionFields(page, 'intent', cookie);
  return async ({ title, sectionId }) => {
    const response = await submitForm(
      page,
      {
        ...hidden,
        intent: 'publish',
        language: 'ar',
        title,
        excerpt: `ملخص: ${title}`,
        body: `<p>${title}</p>`,
        sectionId: String(sectionId),
      },
      { cookie },
    );
    const id = Number(response.headers.get('location')?.match(/\/admin\/articles\/(\d+)\?done=publish/)?.[1]);
    await response.arrayBuffer();
    if (response.status !== 303 || !id) throw new Error(`Publishing «${title}»: HTTP ${response.status}`);
    return id;
  };
}

export type EntryPoster = (body: string) => Promise<void>;

/**
 * A function that posts an entry to a live blog through its panel on the story's edit page, as the signed-in
 * editor; it resolves once the server answered with the panel's success message (the action returns its state,
 * so the answer is the page again, not a redirect).
 */
export async function liveEntryPoster(base: string, cookie: string, articleId: number): Promise<EntryPoster> {
  const page = `${base}/admin/articles/${articleId}`;
  const hidden = await actionFields(page, 'isKeyEvent', cookie);
  return async (body) => {
    const response = await submitForm(page, { ...hidden, articleId: String(articleId), body }, { cookie });
    const text = await response.text();
    if (response.status !== 200 || !text.includes('نُشر التحديث.'))
      throw new Error(`Posting a live entry: HTTP ${response.status}`);
  };
}
