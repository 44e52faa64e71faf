import type { ReactNode } from 'react';
import { SiteFrame } from '@/components/SiteFrame';
import { getContent } from '@/lib/content';
import { boardPath } from '@/lib/jobs/paths';

/** The offers' pages sit under the job board's menu entry. */
export default function Layout({ children }: { children: ReactNode }) {
  return <SiteFrame path={boardPath(getContent())}>{children}</SiteFrame>;
}
