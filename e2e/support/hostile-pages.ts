import http from 'node:http';
import { expect, type APIRequestContext, type Browser, type Page, type Request } from '@playwright/test';
import { mustNotAppearVerbatim, type HostileInput } from '../fixtures/hostile-inputs';
import { ACTION_BODY_LIMIT_BYTES } from '../../lib/request-guard';
import { captureActionPost } from './actions';
import { signIn } from './admin';
import { inertProblems } from './inert-html';
import { ORIGIN } from './origin';
import { actionBody, actionState, callAction, type FieldValue, type ManifestAction } from './server-actions';

// What e2e/hostile-*.spec.ts check a page or a form with: the forms' real
// submissions to replay, and what a page must (not) hold afterwards.

/** Marks what a run writes, so its names and slugs are its own. */
export const STAMP = Date.now();
export const SLUG = /^[\p{L}\p{N}-]+$/u;

// The marker leads, so the slug made from the title is unique whatever the input.
export const withPrefix = (prefix: string, value: FieldValue): FieldValue =>
  typeof value === 'string' ? `${prefix}${value}` : Buffer.concat([Buffer.from(prefix), value]);

/** Controls no stored field may keep (NUL, C0, bidi embeddings/overrides/isolates). */
export const UNWANTED = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u202A-\u202E\u2066-\u2069]/;

export const formValue = (input: HostileInput): FieldValue => input.bytes ?? input.text;

/** A browser session of that role, throttled under its own address so the suite's sign-ins keep theirs. */
export async function staffPage(browser: Browser, role: 'editor' | 'admin'): Promise<Page> {
  const context = await browser.newContext({
    locale: 'ar',
    baseURL: ORIGIN,
    extraHTTPHeaders: { 'x-forwarded-for': `198.51.100.${role === 'editor' ? 21 : 22}` },
  });
  const page = await context.newPage();
  await signIn(page, role);
  return page;
}

/** The fields of a real form submission, without React's bookkeeping (and without files). */
async function submittedFields(request: Request): Promise<Record<string, string>> {
  const body = new Request('http://form.local', {
    method: 'POST',
    headers: { 'content-type': request.headers()['content-type'] },
    body: new Uint8Array(request.postDataBuffer()!),
  });
  const fields: Record<string, string> = {};
  for (const [name, value] of await body.formData()) {
    const field = /^_\d+_(?!\$ACTION)(.+)$/.exec(name)?.[1];
    if (field && typeof value === 'string') fields[field] = value;
  }
  return fields;
}

/** The server action a form button calls, and the fields it sent. */
export async function captureSubmission(page: Page, click: () => Promise<void>, field?: string) {
  const request = await captureActionPost(page, click, field);
  return {
    action: { id: request.headers()['next-action'], path: new URL(request.url()).pathname },
    fields: await submittedFields(request),
  };
}

// React's own markup where a form's action is a client function: a placeholder
// action that throws if the form is sent before hydration, and the inline
// script that replays such a submission once React is there.
const REACT_FORM_MARKUP = new Set([
  `<form action="javascript:throw new Error('React form unexpectedly submitte">`,
  '<script>addEventListener("submit",function(a){if(!a.defaultPrevented',
]);

/**
 * A page the server sent: nothing active and the input never verbatim. Stored
 * input must also have lost its controls; a reader's own query may echo them
 * back, isolated in <bdi>.
 */
export function expectInert(html: string, input: HostileInput, where: string, stored = true) {
  expect(
    inertProblems(html).filter((problem) => !REACT_FORM_MARKUP.has(problem)),
    where,
  ).toEqual([]);
  if (mustNotAppearVerbatim(input)) expect(html.includes(input.text), where).toBe(false);
  if (stored) expect(UNWANTED.exec(html)?.[0], where).toBeUndefined();
}

/** Loads a page in the browser with a trap for any script the input managed to run. */
export async function expectNothingRuns(page: Page, path: string) {
  const dialogs: string[] = [];
  const onDialog = (dialog: { message(): string; dismiss(): Promise<void> }) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  };
  page.on('dialog', onDialog);
  await page.goto(path);
  const ran = await page.evaluate(() => ({
    flag: (window as unknown as { __xss?: unknown }).__xss,
    handlers: [...document.querySelectorAll('*')].flatMap((element) =>
      [...element.attributes]
        .filter((attribute) => attribute.name.startsWith('on'))
        .map((attribute) => `${element.tagName} ${attribute.name}`),
    ),
    links: [...document.querySelectorAll('a[href], img[src], iframe, object, embed')]
      .map((element) => element.getAttribute('href') ?? element.getAttribute('src') ?? element.tagName)
      .filter((url) => /^(?:javascript|data):|^(IFRAME|OBJECT|EMBED)$/i.test(url.replace(/\s/g, ''))),
  }));
  page.off('dialog', onDialog);
  expect({ path, dialogs, ...ran }).toEqual({ path, dialogs: [], flag: undefined, handlers: [], links: [] });
}

/** GETs the paths a few at a time, each answered 200 and checked with `check`. */
export async function inBatches<T extends { path: string }>(
  page: Page,
  items: T[],
  check: (item: T, html: string) => void,
  size = 4,
) {
  for (let start = 0; start < items.length; start += size) {
    await Promise.all(
      items.slice(start, start + size).map(async (item) => {
        const response = await page.request.get(item.path);
        expect(response.status(), item.path).toBe(200);
        check(item, await response.text());
      }),
    );
  }
}

/** Calls the action: 200 with the state it returned, or 413 and no state for a body over the request limit. */
export async function postAction(
  request: APIRequestContext,
  action: Pick<ManifestAction, 'id' | 'path'>,
  fields: Record<string, FieldValue>,
  where?: string,
) {
  const tooLarge = actionBody(fields).data.length > ACTION_BODY_LIMIT_BYTES;
  const response = await callAction(request, action, fields);
  expect(response.status(), where).toBe(tooLarge ? 413 : 200);
  return {
    response,
    state: tooLarge
      ? undefined
      : (actionState(await response.text()) as ReturnType<typeof actionState> & { link?: string }),
  };
}

/** An action's answer: true when it stored the input, false when it refused it with a message on some of `fields` and on nothing else. */
export function storedOrRefused(state: ReturnType<typeof actionState>, fields: string[], where: string): boolean {
  if (state?.status === 'success') return true;
  expect(state?.status, where).toBe('error');
  const refused = Object.keys(state?.fieldErrors ?? {});
  expect(refused, where).not.toHaveLength(0);
  expect(
    refused.filter((field) => !fields.includes(field)),
    where,
  ).toEqual([]);
  return false;
}

/**
 * A GET sent with the path exactly as given ("//admin", "/./admin", "%2e"),
 * which fetch and Playwright would normalise first, and with any Host header.
 */
export function rawGet(
  path: string,
  headers: Record<string, string> = {},
): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }> {
  const { hostname, port } = new URL(ORIGIN);
  return new Promise((resolve, reject) => {
    const request = http.get({ hostname, port, path, headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () =>
        resolve({ status: response.statusCode!, headers: response.headers, body: Buffer.concat(chunks).toString() }),
      );
      response.on('error', reject);
    });
    request.on('error', reject);
  });
}
