import type { Banner } from '@/lib/content/schema';
import { Picture } from './Picture';

type HeroImageProps = {
  banners: Banner[];
  /** False when the hero is not the first thing on the page. */
  priority?: boolean;
};

/**
 * The `bigimg` banner: full width, fixed aspect ratio, caption from `desc` over a navy
 * gradient. Several banners scroll sideways (CSS scroll snapping, no script).
 */
export function HeroImage({ banners, priority = true }: HeroImageProps) {
  if (!banners.length) return null;
  const several = banners.length > 1;
  return (
    <div
      className={`hero not-prose relative w-full bg-navy-900 ${several ? 'flex snap-x snap-mandatory overflow-x-auto' : ''}`}
      {...(several ? { role: 'region', 'aria-label': 'Photos', tabIndex: 0 } : {})}
    >
      {banners.map((banner, index) => (
        <figure key={banner.src} className="relative m-0 aspect-[16/9] w-full shrink-0 snap-start md:aspect-[21/8]">
          <Picture
            src={banner.src}
            alt={banner.alt ?? banner.desc ?? ''}
            sizes="100vw"
            priority={priority && index === 0}
            className="absolute inset-0"
            imgClassName="h-full w-full object-cover"
          />
          {banner.desc ? (
            <figcaption className="absolute inset-x-0 bottom-0 bg-gradient-to-t from-navy-900/90 via-navy-900/50 to-transparent px-4 pb-3 pt-10 text-right text-sm font-medium text-white md:px-8">
              {banner.desc}
              {several ? (
                <span className="sr-only">
                  {' '}
                  ({index + 1}/{banners.length})
                </span>
              ) : null}
            </figcaption>
          ) : null}
        </figure>
      ))}
    </div>
  );
}
