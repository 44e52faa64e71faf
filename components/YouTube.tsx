import { getImage } from '@/lib/images/manifest';
import { typeset } from '@/lib/typography/typeset';
import { ui } from '@/lib/messages/interface';
import { siteConfig } from '@/lib/site-config';
import { parseHex } from '@/lib/settings/contrast';
import { withBase, youtubePlayerUrl, youtubeWatchUrl } from '@/lib/urls';
import { youtubeVideoId } from '@/lib/youtube-id';

type YouTubeProps = {
  /** The video's id, or its address as copied from YouTube. */
  id: string;
  title?: string;
  start?: string;
  /** A local image (the document's front matter `image`) shown behind the play button. */
  poster?: string;
};

/** The 16:9 crop of a local image, about as wide as the player, for the poster's background. */
function posterUrl(src: string | undefined): string | undefined {
  const entry = src ? getImage(src) : undefined;
  if (!entry) return undefined;
  const variants = (entry.card ?? entry).webp;
  // npm run dev encodes no variant: the source itself (the fallback) is the poster there.
  return withBase((variants.find((v) => v.width >= 800) ?? variants.at(-1) ?? entry.fallback).url);
}

/** "#0a1640" → "10,22,64", for an rgba() of a brand colour. */
const rgb = (hex: string) => parseHex(hex)!.join(',');

const escapeHtml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * A YouTube video that loads nothing from YouTube until the reader asks for it: the
 * frame holds a local poster (srcdoc) whose link navigates the frame to the
 * privacy-enhanced player. No page JavaScript, no request to another origin before a click.
 */
export function YouTube({ id, title: rawTitle, start, poster }: YouTubeProps) {
  const t = ui();
  // French typography for a French site only: an English title keeps its own punctuation.
  const title = siteConfig.language === 'fr' ? typeset(rawTitle ?? t.youtubeVideo) : (rawTitle ?? t.youtubeVideo);
  const background = posterUrl(poster);
  // The check lets through an id or a video's address (lib/youtube-id.ts): both name the same video.
  const safeId = encodeURIComponent(youtubeVideoId(id) ?? id);
  const params = new URLSearchParams({ autoplay: '1' });
  if (start && /^\d+$/.test(start)) params.set('start', start);
  const player = youtubePlayerUrl(safeId, params);
  const watch = youtubeWatchUrl(safeId);
  const { accent, deep } = siteConfig.colours;
  const band = rgb(deep.band);
  const posterDoc = `<!doctype html><html lang="${siteConfig.language}"><head><meta charset="utf-8"><style>
html,body{margin:0;height:100%;font:600 16px/1.4 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif}
a{display:flex;flex-direction:column;gap:12px;align-items:center;justify-content:center;height:100%;padding:16px 24px;box-sizing:border-box;text-align:center;color:#fff;text-decoration:none;background:${background ? `linear-gradient(rgba(${band},.55),rgba(${band},.85)),url("${escapeHtml(background)}") center/cover` : `radial-gradient(circle at 50% 40%,${deep.raised},${deep.band} 70%)`}}
a:before{content:"";position:absolute;inset:0 0 auto;height:6px;background:${accent.bright}}
.brand{font-size:11px;font-weight:700;letter-spacing:.2em;text-transform:uppercase;opacity:.9}
.title{font-size:clamp(16px,4.5vw,22px);max-width:32em;text-shadow:0 1px 3px rgba(0,0,0,.5)}
a:focus-visible{outline:3px solid #ff8a8a;outline-offset:-6px}
.play{width:68px;height:48px;border-radius:12px;background:${accent.bright};display:grid;place-items:center}
.play:after{content:"";border-style:solid;border-width:11px 0 11px 19px;border-color:transparent transparent transparent #fff;margin-left:4px}
small{font-weight:400;opacity:.9}
a:hover .play{background:#ff7a7a}
</style></head><body><a href="${escapeHtml(player)}"><span class="brand">${escapeHtml(siteConfig.shortName)} · ${t.video}</span><span class="play"></span><span class="title">${escapeHtml(title)}</span><small>${escapeHtml(t.playVideo)}</small></a></body></html>`;
  return (
    <figure className="youtube not-prose my-10">
      <iframe
        title={title}
        srcDoc={posterDoc}
        className="aspect-video w-full rounded-lg border-0 bg-navy-900"
        allow="autoplay; encrypted-media; picture-in-picture; fullscreen"
        loading="lazy"
      />
      <figcaption className="mt-3 flex items-center gap-2 text-sm text-slate-600 dark:text-slate-400">
        <svg aria-hidden="true" viewBox="0 0 24 24" width="18" height="18" fill="currentColor" className="shrink-0">
          <path d="M21.6 7.2a2.5 2.5 0 0 0-1.8-1.8C18.2 5 12 5 12 5s-6.2 0-7.8.4A2.5 2.5 0 0 0 2.4 7.2 26 26 0 0 0 2 12a26 26 0 0 0 .4 4.8 2.5 2.5 0 0 0 1.8 1.8C5.8 19 12 19 12 19s6.2 0 7.8-.4a2.5 2.5 0 0 0 1.8-1.8A26 26 0 0 0 22 12a26 26 0 0 0-.4-4.8ZM10 15V9l5.2 3-5.2 3Z" />
        </svg>
        <a href={watch} className="text-coral-700 underline underline-offset-2 dark:text-coral-300">
          {ui().watch.before}
          {ui().watch.space}
          {title}
          {ui().watch.space}
          {ui().watch.after}
        </a>
      </figcaption>
    </figure>
  );
}
