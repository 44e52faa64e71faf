import { Fragment } from 'react';
import { siteConfig } from '@/lib/site-config';
import { JoinLinks } from './JoinLinks';
import { Picture } from './Picture';

/**
 * Who we are in one screen: the community's banner photo crossed by the coral band of its logo
 * (site.yaml's wordmark: SITE RELIABILITY / ENGINEERING — FRANCE), one line, and the ways to join.
 */
export function HomeHero() {
  const { wordmark } = siteConfig;
  return (
    <section
      aria-labelledby="home-title"
      className="home-hero surface-navy relative isolate overflow-hidden bg-navy-900 text-white"
    >
      <Picture
        src={siteConfig.banner}
        alt=""
        sizes="100vw"
        priority
        className="absolute inset-0 -z-20"
        // The photo's slide (« Hope is not a strategy ») sits mid-height: anchored at its bottom,
        // a wide band crops it out; a phone shows the whole height, so the photo is blurred there
        // and the slide reads as light, not as words behind the tagline.
        imgClassName="h-full w-full object-cover object-[50%_100%] max-md:scale-105 max-md:blur-[3px]"
      />
      <div
        aria-hidden="true"
        className="absolute inset-0 -z-10 bg-gradient-to-b from-navy-900/85 via-navy-900/85 to-navy-950/95"
      />
      <div className="pb-10 pt-10 md:pb-16 md:pt-20">
        <h1 id="home-title" className="brand-band m-0 w-full font-normal">
          <span className="block bg-coral-500">
            <span className="mx-auto block max-w-6xl px-4 py-3 text-[1.65rem] uppercase leading-none tracking-[0.12em] sm:text-4xl sm:tracking-[0.18em] md:px-6 md:py-5 md:text-6xl">
              {wordmark.band.map((word, index) => (
                <Fragment key={word}>
                  {index ? ' ' : null}
                  <span className={index ? 'font-light' : 'font-extrabold'}>{word}</span>
                </Fragment>
              ))}
            </span>
          </span>{' '}
          <span className="block bg-coral-700">
            <span className="mx-auto flex max-w-6xl items-center gap-3 px-4 py-2 text-sm uppercase tracking-[0.3em] md:px-6 md:text-lg">
              <span className="font-light">{wordmark.strip}</span>{' '}
              <span aria-hidden="true" className="h-[3px] flex-1 bg-white md:max-w-xs" />
              <span className="font-bold">{wordmark.place}</span>
            </span>
          </span>
        </h1>
        <div className="mx-auto max-w-6xl px-4 md:px-6">
          <p className="mb-6 mt-6 max-w-2xl text-lg leading-snug text-slate-100 md:mt-8 md:text-2xl">
            {siteConfig.tagline}
          </p>
          <JoinLinks />
        </div>
      </div>
    </section>
  );
}
