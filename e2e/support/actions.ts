import { expect, type Page, type Request } from '@playwright/test';

/** A multipart form body with one field's value replaced. */
export function withField(postData: string, field: string, value: string): string {
  const pattern = new RegExp(`(name="(?:_?\\d+_)?${field}"\r\n\r\n)[\\s\\S]*?(\r\n--)`);
  const changed = postData.replace(pattern, (_, head: string, tail: string) => `${head}${value}${tail}`);
  expect(changed, field).not.toBe(postData);
  return changed;
}

/** A multipart form body with several fields' values replaced. */
export function withFields(postData: string, fields: Record<string, string>): string {
  return Object.entries(fields).reduce((body, [field, value]) => withField(body, field, value), postData);
}

/**
 * The POST a form button sends to its server action, captured (and answered) for
 * replay. With `field`, only a POST carrying that field counts: an open story
 * form also reports in by itself (its lock and autosave), and that is not the save.
 */
export async function captureActionPost(page: Page, click: () => Promise<void>, field?: string): Promise<Request> {
  const carries = (candidate: Request) =>
    !field || new RegExp(`name="(?:_?\\d+_)?${field}"`).test(candidate.postData() ?? '');
  const [request] = await Promise.all([
    page.waitForRequest(
      (candidate) => candidate.method() === 'POST' && Boolean(candidate.headers()['next-action']) && carries(candidate),
    ),
    click(),
  ]);
  await request.response();
  return request;
}

export const replayHeaders = (request: Request) => ({
  'next-action': request.headers()['next-action'],
  'content-type': request.headers()['content-type'],
  accept: 'text/x-component',
});
