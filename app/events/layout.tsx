import type { ReactNode } from 'react';
import { SiteFrame } from '@/components/SiteFrame';
import { sitePaths } from '@/lib/urls';

export default function Layout({ children }: { children: ReactNode }) {
  return <SiteFrame path={sitePaths.events()}>{children}</SiteFrame>;
}
