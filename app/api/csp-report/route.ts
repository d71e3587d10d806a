import { clientAddress } from '@/lib/client-address';
import {
  isNextBootstrap,
  parseReports,
  REPORT_BODY_LIMIT_BYTES,
  REPORT_LIMITS,
  REPORT_TYPES,
  windowCounter,
} from '@/lib/csp-report';
import { logEvent } from '@/lib/log';

const fromAddress = windowCounter(REPORT_LIMITS.perAddress, REPORT_LIMITS.windowMs);
const overall = windowCounter(REPORT_LIMITS.overall, REPORT_LIMITS.windowMs, 1);

/** Browsers' reports of what the reader's Report-Only policy would refuse (lib/csp-report.ts): one warning line each. */
export async function POST(request: Request) {
  const type = (request.headers.get('content-type') ?? '').split(';')[0].trim().toLowerCase();
  if (!(REPORT_TYPES as readonly string[]).includes(type)) return status(415);
  if (Number(request.headers.get('content-length') ?? 0) > REPORT_BODY_LIMIT_BYTES) return status(413);
  if (!fromAddress(clientAddress(request.headers.get('x-forwarded-for'))) || !overall('all')) return status(429);
  const body = await boundedText(request);
  if (body === undefined) return status(413);
  const violations = parseReports(type, body);
  if (!violations) return status(400);
  for (const violation of violations) if (!isNextBootstrap(violation)) logEvent('warn', 'csp-violation', violation);
  return status(204);
}

const status = (code: number) => new Response(null, { status: code, headers: { 'Cache-Control': 'no-store' } });

/** The body as text, or undefined past the limit (a chunked body has no Content-Length to check first). */
async function boundedText(request: Request): Promise<string | undefined> {
  if (!request.body) return '';
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = request.body.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > REPORT_BODY_LIMIT_BYTES) {
        await reader.cancel();
        return undefined;
      }
      chunks.push(value);
    }
  } catch {
    // A client that hangs up mid-body sent nothing to read.
    return undefined;
  }
  return new TextDecoder().decode(Buffer.concat(chunks));
}
