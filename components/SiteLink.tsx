import type { ComponentProps } from 'react';
import { withBase } from '@/lib/urls';

/**
 * A link as views write it: a site path ("/post/x/") gets the base path the site is served
 * under (GitHub Pages' /repo/), any other address is kept as it is. Views pass site paths and
 * never prefix them by hand, so a page moved under a base path keeps every link working.
 */
export function SiteLink({ href, ...props }: ComponentProps<'a'> & { href: string }) {
  return <a href={withBase(href)} {...props} />;
}
