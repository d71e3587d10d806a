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
