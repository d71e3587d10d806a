import Image from 'next/image';
import { mediaVariants } from '@/lib/media/variants';

type Props = {
  image: { src: string; width: number; height: number; alt: string };
  sizes: string;
  preload?: boolean;
  className?: string;
};

/**
 * Uploaded images already exist in AVIF and WebP at every width (made once, at
 * upload), so they are served as they are, with a <picture> choosing the
 * format; anything else goes through Next's image optimiser.
 */
export function ResponsiveImage({ image, sizes, preload = false, className }: Props) {
  const variants = mediaVariants(image.src);
  if (!variants) {
    return <Image src={image.src} alt={image.alt} width={image.width} height={image.height} sizes={sizes} preload={preload} className={className} />;
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
      />
    </picture>
  );
}
