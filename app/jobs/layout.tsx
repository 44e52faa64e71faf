import type { ReactNode } from 'react';
import { SiteFrame } from '@/components/SiteFrame';
import { jobPaths } from '@/lib/jobs/paths';

/** The offers' pages sit under the job board's menu entry. */
export default function Layout({ children }: { children: ReactNode }) {
  return <SiteFrame path={jobPaths.board()}>{children}</SiteFrame>;
}
