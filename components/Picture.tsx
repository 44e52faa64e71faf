import { getImage, type Variant } from '@/lib/images/manifest';
import { withBase } from '@/lib/urls';

type PictureProps = {
  src: string;
  alt: string;
  /** Which width the image takes on screen, for the browser to pick a variant. */
  sizes: string;
  /** Shown in a 16:9 box with object-fit: cover: serve the 16:9 crop when there is one. */
  crop?: 'card';
  /** The LCP image: loaded first, never lazily. */
  priority?: boolean;
  className?: string;
  imgClassName?: string;
};

const srcSet = (variants: Variant[]) => variants.map((v) => `${withBase(v.url)} ${v.width}w`).join(', ');

/**
 * A content image as AVIF, WebP and JPEG at several widths, with its intrinsic size set
 * (no layout shift) and its dominant colour shown while it loads.
 */
export function Picture({ src, alt, sizes, crop, priority = false, className, imgClassName }: PictureProps) {
  const image = getImage(src);
  if (!image) throw new Error(`image ${src} is not in the image manifest: is it under content/img/?`);
  const variants = (crop === 'card' && image.card) || image;
  return (
    <picture className={className}>
      {variants.avif.length > 0 && <source type="image/avif" srcSet={srcSet(variants.avif)} sizes={sizes} />}
      {variants.webp.length > 0 && <source type="image/webp" srcSet={srcSet(variants.webp)} sizes={sizes} />}
      <img
        src={withBase(image.fallback.url)}
        alt={alt}
        width={variants.width}
        height={variants.height}
        loading={priority ? 'eager' : 'lazy'}
        decoding={priority ? 'sync' : 'async'}
        fetchPriority={priority ? 'high' : undefined}
        className={imgClassName}
        style={{ backgroundColor: image.color }}
      />
    </picture>
  );
}
