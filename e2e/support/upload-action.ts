import http from 'node:http';
import { Readable } from 'node:stream';
import type { APIRequestContext, APIResponse } from '@playwright/test';
import { actionBody, type FieldValue, type ManifestAction } from './server-actions';

export type UploadFile = { name: string; mimeType: string; buffer: Buffer };

/**
 * callAction for a form with a file input: the same body (the fields as raw
 * bytes, React's argument list), with the file as one more field. It goes
 * before the argument list, as the browser sends it: Next decodes the
 * arguments as soon as that part arrives, so a file after it is left out.
 */
export function callUploadAction(
  request: APIRequestContext,
  action: Pick<ManifestAction, 'id' | 'path'>,
  fields: Record<string, FieldValue>,
  fileField: string,
  file: UploadFile,
): Promise<APIResponse> {
  const { data, contentType } = actionBody(fields);
  const boundary = contentType.slice(contentType.indexOf('boundary=') + 'boundary='.length);
  const argumentsAt = data.indexOf(`--${boundary}\r\nContent-Disposition: form-data; name="0"`);
  const part = Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="_1_${fileField}"; filename="${file.name}"\r\nContent-Type: ${file.mimeType}\r\n\r\n`,
    ),
    file.buffer,
    Buffer.from('\r\n'),
  ]);
  return request.post(action.path, {
    headers: { 'next-action': action.id, 'content-type': contentType, accept: 'text/x-component' },
    data: Buffer.concat([data.subarray(0, argumentsAt), part, data.subarray(argumentsAt)]),
    maxRedirects: 0,
  });
}

/**
 * A body sent chunked, with no Content-Length (Playwright's request always
 * sends one): the status the server answers, read with Node's own client.
 */
export function postChunked(url: string, headers: Record<string, string>, body: Buffer): Promise<number> {
  return new Promise((resolve, reject) => {
    const request = http.request(url, { method: 'POST', headers }, (response) => {
      response.resume();
      resolve(response.statusCode ?? 0);
    });
    request.on('error', reject);
    Readable.from([body.subarray(0, body.length >> 1), body.subarray(body.length >> 1)]).pipe(request);
  });
}
