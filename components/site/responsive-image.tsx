import { getImageProps } from 'next/image';
import { mediaVariants } from '@/lib/media/variants';
import { objectPosition, type FocalPoint } from '@/lib/media/focal-point';

type Props = {
  image: { src: string; width: number; height: number; alt: string };
  sizes: string;
  preload?: boolean;
  className?: string;
  /** Where a cropped picture (object-fit: cover) keeps its subject (lib/media/focal-point.ts). */
  focus?: FocalPoint | null;
};

/**
 * Uploaded images already exist in AVIF and WebP at every width (made once, at
 * upload), so they are served as they are, with a <picture> choosing the
 * format; anything else goes through Next's image optimiser. Either way a plain
 * <img> rendered on the server: next/image's <Image> is a client component,
 * whose code and hydration every reader page would pay for.
 */
export function ResponsiveImage({ image, sizes, preload = false, className, focus }: Props) {
  const variants = mediaVariants(image.src);
  const style = focus ? { objectPosition: objectPosition(focus) } : undefined;
  if (!variants) {
    // fetchPriority stands in for <Image preload>'s preload link: the <img> is in the HTML, found as early.
    const { props } = getImageProps({
      src: image.src,
      alt: image.alt,
      width: image.width,
      height: image.height,
      sizes,
      preload,
      fetchPriority: preload ? 'high' : undefined,
      className,
      style,
    });
    // getImageProps() is Next's own optimised <img> (its recommended way outside <Image>).
    // eslint-disable-next-line @next/next/no-img-element
    return <img {...props} alt={image.alt} />;
  }
  return (
    <picture>
      <source type="image/avif" srcSet={variants.avif} sizes={sizes} />
      <img
        src={image.src}
        srcSet={variants.webp}
        sizes={sizes}
        alt={image.alt}
        width={image.width}
        height={image.height}
        decoding="async"
        loading={preload ? 'eager' : 'lazy'}
        fetchPriority={preload ? 'high' : undefined}
        className={className}
        style={style}
      />
    </picture>
  );
}
