import type { ReactNode } from 'react';
import { PAGE_IDS } from '@/lib/page-ids';
import { withCachedChildren } from '@/lib/html/cached-markup';
import { SiteHeader } from './SiteHeader';

/**
 * The header and the <main> of a page, told which page it is: the root layout cannot know
 * its path, so each section's layout (or a page whose section depends on its params) says it,
 * and the header marks the menu entry of that section.
 */
export function SiteFrame({ path, children }: { path: string; children: ReactNode }) {
  return (
    <>
      {/* The header of a section is the same on all its pages: HTML rendered once (components/chrome.ts). */}
      {withCachedChildren(SiteHeader({ path }))}
      <main id={PAGE_IDS.main} className="flex-1">
        {children}
      </main>
    </>
  );
}
