import type { ReactNode } from 'react';
import { SiteFrame } from '@/components/SiteFrame';
import { sitePaths } from '@/lib/urls';

/** Standalone pages (À propos, Contact, Offres d’emploi are menu entries) and the home's later pages. */
export default async function Layout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ segment: string }>;
}) {
  return <SiteFrame path={sitePaths.page((await params).segment)}>{children}</SiteFrame>;
}
