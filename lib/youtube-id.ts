/**
 * A YouTube video as organizers write it: the 11-character id (5GxEaOzIZ7I) or the address they
 * copy from the browser or the Share button (youtube.com/watch?v=…, youtu.be/…, /embed/…,
 * /shorts/…, /live/…). Undefined when it is neither, so the check can refuse it at its line.
 */
const ID = /^[A-Za-z0-9_-]{11}$/;
const HOSTS = /^(?:www\.|m\.|music\.)?(?:youtube\.com|youtube-nocookie\.com)$/;

/** Whether `value` is a bare video id (11 characters of A-Z, a-z, 0-9, - and _). */
export const isYoutubeId = (value: string) => ID.test(value);

export function youtubeVideoId(written: string): string | undefined {
  const value = written.trim();
  if (ID.test(value)) return value;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
  const segments = url.pathname.split('/').filter(Boolean);
  const candidate =
    url.hostname === 'youtu.be'
      ? segments[0]
      : HOSTS.test(url.hostname)
        ? segments[0] === 'watch'
          ? (url.searchParams.get('v') ?? undefined)
          : ['embed', 'shorts', 'live', 'v'].includes(segments[0] ?? '')
            ? segments[1]
            : undefined
        : undefined;
  return candidate && ID.test(candidate) ? candidate : undefined;
}
