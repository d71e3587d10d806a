import { pictureBySrc, uploadSource } from '@/db/queries/media';
import { socialImage } from '@/lib/media/social-image';
import { SOCIAL_IMAGE, socialImageSource } from '@/lib/media/variants';

/** A story's picture as shared on social platforms (lib/media/social-image.ts). */
export async function GET(_request: Request, { params }: RouteContext<'/media/social/[file]'>) {
  const { file } = await params;
  const named = socialImageSource(file);
  const jpeg =
    named &&
    (await socialImage(file, named, () => ('key' in named ? uploadSource(named.key) : pictureBySrc(named.src))));
  if (!jpeg) return new Response('Not found', { status: 404, headers: { 'Cache-Control': 'public, max-age=60' } });
  return new Response(new Uint8Array(jpeg), {
    headers: {
      'Content-Type': SOCIAL_IMAGE.type,
      // A picture's pixels never change (a new picture is a new upload) and a new focal point is a new name.
      'Cache-Control': 'public, max-age=31536000, immutable',
      'Content-Length': String(jpeg.length),
    },
  });
}
