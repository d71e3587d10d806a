import { expect, type Page, type Request } from '@playwright/test';

/** A multipart form body with one field's value replaced. */
export function withField(postData: string, field: string, value: string): string {
  const pattern = new RegExp(`(name="(?:_?\\d+_)?${field}"\r\n\r\n)[\\s\\S]*?(\r\n--)`);
  const changed = postData.replace(pattern, (_, head: string, tail: string) => `${head}${value}${tail}`);
  expect(changed, field).not.toBe(postData);
  return changed;
}

/** The POST a form button sends to its server action, captured (and answered) for replay. */
export async function captureActionPost(page: Page, click: () => Promise<void>): Promise<Request> {
  const [request] = await Promise.all([page.waitForRequest((candidate) => candidate.method() === 'POST' && Boolean(candidate.headers()['next-action'])), click()]);
  await request.response();
  return request;
}

export const replayHeaders = (request: Request) => ({ 'next-action': request.headers()['next-action'], 'content-type': request.headers()['content-type'], accept: 'text/x-component' });
