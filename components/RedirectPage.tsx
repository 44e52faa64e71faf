import { absoluteUrl, withBase } from '@/lib/urls';
import { ui } from '@/lib/messages/interface';
import { SiteLink } from './SiteLink';

/**
 * A static redirect any CDN can serve: the old site answered /page/1/ and friends with a
 * redirect to the list's first page; a meta refresh does the same. The page's metadata
 * already names the list's first page as canonical (sitePaths give page 1 that address):
 * one canonical link, not two. Hosts that can send a 301 do (hosting/, _redirects).
 */
export function RedirectPage({ to }: { to: string }) {
  return (
    <>
      <meta httpEquiv="refresh" content={`0; url=${withBase(to)}`} />
      <div className="mx-auto max-w-3xl px-4 py-16">
        <p>
          {ui().moved}
          <SiteLink href={to} className="text-coral-700 underline dark:text-coral-300">
            {absoluteUrl(to)}
          </SiteLink>
        </p>
      </div>
    </>
  );
}
