import http from 'node:http';
import { expect, test } from '@playwright/test';
import { actionFields } from '../scripts/support/admin-forms';
import { SideServer } from '../scripts/support/side-server';

// `next start` drains on SIGTERM: it stops accepting connections, lets the
// requests it is serving finish, then exits (instrumentation.ts turns its
// 143 into 0). The request here is a sign-in whose form body is only half
// sent when the signal arrives, so it is certainly in flight.
test('SIGTERM lets an in-flight request finish with 200, then the server exits 0', async () => {
  test.setTimeout(60_000);
  const server = await SideServer.create();
  try {
    await server.start();
    const page = `${server.base}/admin/sign-in`;
    const form = new FormData();
    for (const [name, value] of Object.entries({
      ...(await actionFields(page, 'password')),
      email: 'nobody@newsroom.test',
      password: 'wrong',
    }))
      form.append(name, value);
    const encoded = new Request(page, { method: 'POST', body: form });
    const body = Buffer.from(await encoded.arrayBuffer());

    const request = http.request(page, {
      method: 'POST',
      agent: false,
      headers: {
        'content-type': encoded.headers.get('content-type')!,
        'content-length': body.length,
        origin: server.base,
      },
    });
    const response = new Promise<{ status: number; text: string }>((resolve, reject) => {
      request.once('error', reject);
      request.once('response', (incoming) => {
        let text = '';
        incoming
          .setEncoding('utf8')
          .on('data', (chunk) => (text += chunk))
          .once('end', () => resolve({ status: incoming.statusCode!, text }));
      });
    });
    request.write(body.subarray(0, body.length >> 1));
    await new Promise((resolve) => request.once('socket', (socket) => socket.once('connect', resolve)));
    // Node accepts connections in order: once a later one is answered, the server holds the sign-in's.
    expect(await probe(`${server.base}/api/health`)).toBe('answered');

    const exit = server.signal('SIGTERM');
    // Draining: no new connections are taken…
    await expect.poll(() => probe(`${server.base}/api/health`), { timeout: 30_000 }).toBe('refused');
    // …but the one in flight is finished.
    request.end(body.subarray(body.length >> 1));
    const answer = await response;
    expect(answer.status).toBe(200);
    expect(answer.text).toContain('البريد الإلكتروني أو كلمة المرور غير صحيحة.');
    expect(await exit).toEqual({ code: 0, signal: null });
    expect(server.log()).toContain('"event":"shutdown"');
  } finally {
    await server.dispose();
  }
});

/** One request on a connection of its own (a pooled keep-alive socket would outlive the listener). */
function probe(url: string): Promise<'answered' | 'refused'> {
  return new Promise((resolve) => {
    http
      .get(url, { agent: false }, (response) => {
        response.resume();
        resolve('answered');
      })
      .once('error', () => resolve('refused'));
  });
}
