/**
 * The build's body step: renders the HTML of each MDX body the pages show into .cache/mdx/
 * unless it is there (lib/mdx/prerender.tsx), and the header of each section and the footer
 * into .cache/markup/. The pages then put an unchanged body in as HTML instead of rebuilding
 * its React tree: on a warm build only new and edited bodies are rendered. A body that cannot
 * be rendered is left to its page, which reports the error as without this step.
 *
 * npm run build runs it in the check's process after the image step (check.ts --prepare,
 * which also runs both steps alone: npm run check -- --prepare):
 * the bodies need the image manifest, and a process of its own (loading the content code)
 * cost more than the step itself on a site of a few dozen posts.
 */

/** Renders what changed; returns the line to print. */
export async function renderBodies(): Promise<string> {
  // As in next build: React's production build, and the cache entries the pages look up.
  Object.assign(process.env, { NODE_ENV: 'production' });
  const { getContent } = await import('../../lib/content');
  const { siteBodies } = await import('../../lib/content/mdx-bodies');
  const { prerenderBody } = await import('../../lib/mdx/prerender');
  const { chromeElements } = await import('../../components/chrome');
  const { prerenderMarkup } = await import('../../lib/html/prerender-markup');

  const started = performance.now();
  const counts = { kept: 0, rendered: 0, off: 0, left: 0 };
  for (const { input, context } of siteBodies(getContent())) {
    try {
      counts[await prerenderBody(input, context)]++;
    } catch {
      counts.left++;
    }
  }
  // The header of each section and the footer: a few elements, rendered again only when they change.
  const chrome = chromeElements().map(prerenderMarkup);
  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  if (counts.off) return 'bodies: no cache (CONTENT_CACHE=0 or no code to hash): the pages render every body';
  return `bodies: ${counts.rendered} rendered, ${counts.kept} unchanged${counts.left ? `, ${counts.left} left to their page` : ''}; ${chrome.length} headers and footers, ${chrome.filter((c) => c === 'rendered').length} rendered (${seconds} s)`;
}
