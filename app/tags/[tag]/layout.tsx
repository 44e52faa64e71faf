import type { ReactNode } from 'react';
import { SiteFrame } from '@/components/SiteFrame';
import { sitePaths } from '@/lib/urls';

/** A tag's pages: the Meetups and Summer Camp menu entries are tag pages. */
export default async function Layout({ children, params }: { children: ReactNode; params: Promise<{ tag: string }> }) {
  return <SiteFrame path={sitePaths.tag((await params).tag)}>{children}</SiteFrame>;
}
