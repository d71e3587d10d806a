import fs from 'node:fs';
import { expect, type APIRequestContext, type APIResponse } from '@playwright/test';

// Server actions called the way the browser calls them, without the browser:
// a POST to a page that renders the action, `Next-Action: <id>`, and React's
// multipart encoding of the arguments (each FormData field as "_1_<name>",
// the argument list in part "0"). The format was read off a real request from
// the story form; e2e/hostile-stories.spec.ts checks it against one again.

export type ManifestAction = { id: string; name: string; file: string; path: string };

/** Every server action of the build, from Next's manifest, with a page URL that serves it. */
export function manifestActions(): ManifestAction[] {
  const manifest = JSON.parse(fs.readFileSync('.next/server/server-reference-manifest.json', 'utf8')) as {
    node: Record<string, { workers: Record<string, unknown>; filename: string; exportedName: string }>;
  };
  return Object.entries(manifest.node).map(([id, entry]) => {
    // Preferably a page with no dynamic segment but the locale; otherwise any
    // page, its segments filled in (the action runs before the page would look them up).
    const workers = Object.keys(entry.workers);
    const worker = workers.find((name) => !name.replace('[locale]', '').includes('[')) ?? workers[0];
    expect(worker, `${entry.exportedName}: no page renders it`).toBeDefined();
    return {
      id,
      name: entry.exportedName,
      file: entry.filename,
      path: pagePath(worker.replace(/\[(?!locale\])[^\]]+\]/g, '1')),
    };
  });
}

/** "app/[locale]/admin/(panel)/articles/new/page" → "/admin/articles/new" (Arabic, the default locale). */
export function pagePath(worker: string): string {
  const path = worker
    .replace(/^app\/\[locale\]/, '')
    .replace(/\/page$/, '')
    .replace(/\/\([^)]+\)/g, '');
  return path || '/';
}

export type FieldValue = string | Uint8Array;

/**
 * `(prevState, formData)` for useActionState forms ("state"), `(formData)` for
 * plain form actions ("form"). Values may be raw bytes (invalid UTF-8).
 */
export function actionBody(fields: Record<string, FieldValue>, args: 'state' | 'form' = 'state') {
  const boundary = `----hostile${Math.random().toString(16).slice(2)}`;
  const parts: Buffer[] = [];
  const part = (name: string, value: FieldValue) =>
    parts.push(
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n`),
      Buffer.from(value),
      Buffer.from('\r\n'),
    );
  for (const [name, value] of Object.entries(fields)) part(`_1_${name}`, value);
  part('0', args === 'state' ? '[{"status":"idle"},"$K1"]' : '["$K1"]');
  parts.push(Buffer.from(`--${boundary}--\r\n`));
  return { data: Buffer.concat(parts), contentType: `multipart/form-data; boundary=${boundary}` };
}

export async function callAction(
  request: APIRequestContext,
  action: Pick<ManifestAction, 'id' | 'path'>,
  fields: Record<string, FieldValue>,
  args: 'state' | 'form' = 'state',
): Promise<APIResponse> {
  const { data, contentType } = actionBody(fields, args);
  return request.post(action.path, {
    headers: { 'next-action': action.id, 'content-type': contentType, accept: 'text/x-component' },
    data,
    maxRedirects: 0,
  });
}

// Read, not imported: Playwright's loader wants an import attribute TypeScript's settings here refuse.
const { signedOut, forbidden } = (
  JSON.parse(fs.readFileSync('messages/ar/admin.json', 'utf8')) as {
    AdminErrors: Record<'signedOut' | 'forbidden', string>;
  }
).AdminErrors;

/** What the auth layer answered, read from the action's response. */
export function authOutcome(text: string): 'signedOut' | 'forbidden' | 'passed' {
  // JSON-escaped in the flight payload, so compare the escaped forms.
  if (text.includes(JSON.stringify(signedOut).slice(1, -1))) return 'signedOut';
  if (text.includes(JSON.stringify(forbidden).slice(1, -1))) return 'forbidden';
  return 'passed';
}

/**
 * The action's returned state (a row of the flight response), if it returned one.
 * Long strings inside it are rows of their own, length-prefixed with no line
 * break after them, so the state's row may not start a line.
 */
export function actionState(
  text: string,
): { status: string; message?: string; fieldErrors?: Record<string, string> } | undefined {
  const row = /[0-9a-f]+:(\{"status":.*)$/m.exec(text);
  return row ? JSON.parse(row[1]) : undefined;
}
