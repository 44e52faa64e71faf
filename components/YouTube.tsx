type YouTubeProps = { id: string; title?: string; start?: string };

const escapeHtml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * A YouTube video that loads nothing from YouTube until the reader asks for it: the
 * frame holds a local poster (srcdoc) whose link navigates the frame to the
 * privacy-enhanced player. No page JavaScript, no request to another origin before a click.
 */
export function YouTube({ id, title = 'Vidéo YouTube', start }: YouTubeProps) {
  const safeId = encodeURIComponent(id);
  const params = new URLSearchParams({ autoplay: '1' });
  if (start && /^\d+$/.test(start)) params.set('start', start);
  const player = `https://www.youtube-nocookie.com/embed/${safeId}?${params}`;
  const watch = `https://www.youtube.com/watch?v=${safeId}`;
  const poster = `<!doctype html><html lang="fr"><head><meta charset="utf-8"><style>
html,body{margin:0;height:100%;font:600 16px/1.4 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif}
a{display:flex;flex-direction:column;gap:14px;align-items:center;justify-content:center;height:100%;padding:16px;box-sizing:border-box;text-align:center;color:#fff;text-decoration:none;background:radial-gradient(circle at 50% 40%,#1c2b66,#0a1640 70%)}
a:focus-visible{outline:3px solid #ff8a8a;outline-offset:-6px}
.play{width:68px;height:48px;border-radius:12px;background:#ff5c5c;display:grid;place-items:center}
.play:after{content:"";border-style:solid;border-width:11px 0 11px 19px;border-color:transparent transparent transparent #fff;margin-left:4px}
small{font-weight:400;opacity:.85}
</style></head><body><a href="${escapeHtml(player)}"><span class="play"></span><span>${escapeHtml(title)}</span><small>Lire la vidéo (YouTube, sans cookie tant que vous ne cliquez pas)</small></a></body></html>`;
  return (
    <figure className="youtube not-prose my-8">
      <iframe
        title={title}
        srcDoc={poster}
        className="aspect-video w-full rounded-lg border-0 bg-navy-900"
        allow="autoplay; encrypted-media; picture-in-picture; fullscreen"
        loading="lazy"
      />
      <figcaption className="mt-2 text-sm text-slate-600 dark:text-slate-400">
        <a href={watch} className="text-coral-700 underline dark:text-coral-300">
          Voir « {title} » sur YouTube
        </a>
      </figcaption>
    </figure>
  );
}
