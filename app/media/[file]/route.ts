import fs from 'node:fs/promises';
import path from 'node:path';
import { mediaDir } from '@/lib/media/media-dir';
import { MEDIA_FILE_PATTERN } from '@/lib/media/variants';

const CONTENT_TYPES = { avif: 'image/avif', webp: 'image/webp' } as const;

/**
 * Processed uploads. A name is served only if it has exactly the shape the
 * processor writes (random hex key, width, format), so no path can escape the
 * media folder. Names never change content, hence the year-long immutable cache.
 */
export async function GET(_request: Request, { params }: RouteContext<'/media/[file]'>) {
  const { file } = await params;
  const match = MEDIA_FILE_PATTERN.exec(file);
  if (!match) return notFound();
  const bytes = await fs.readFile(path.join(mediaDir(), file)).catch(() => null);
  if (!bytes) return notFound();
  return new Response(new Uint8Array(bytes), {
    headers: {
      'Content-Type': CONTENT_TYPES[match[3] as keyof typeof CONTENT_TYPES],
      'Cache-Control': 'public, max-age=31536000, immutable',
      'Content-Length': String(bytes.length),
    },
  });
}

const notFound = () => new Response('Not found', { status: 404, headers: { 'Cache-Control': 'public, max-age=60' } });
