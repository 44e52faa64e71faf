import { currentEntry } from '@/lib/current-section';
import { ui } from '@/lib/messages/interface';
import { siteConfig } from '@/lib/site-config';
import { sitePaths } from '@/lib/urls';
import { SiteLink } from './SiteLink';

// The current section is marked by a coral bar under its label, not by colour alone.
const linkClass =
  'rounded px-2 py-1.5 text-sm font-medium text-slate-100 no-underline hover:bg-white/10 hover:text-white aria-[current]:bg-white/10 aria-[current]:text-white aria-[current]:shadow-[inset_0_-3px_0_var(--color-coral-500)] lg:px-1.5 xl:px-2';

/**
 * Wordmark and menu, one navigation landmark. Phones and tablets fold the whole menu into a
 * <details> (no script involved). From 1024 px the main entries sit in the bar and the `more`
 * ones fold under « Plus »: all of them never fit beside the wordmark in the page's width.
 * The entry of the section `path` is in carries aria-current.
 */
export function SiteHeader({ path }: { path: string }) {
  const t = ui();
  const current = currentEntry(siteConfig.menu, path);
  // "true", not "page": a section's layout knows the section, not which of its pages it frames.
  const currentProps = (href: string) => (href === current?.href ? { 'aria-current': 'true' as const } : {});
  return (
    <header className="surface-navy bg-navy-900 text-white">
      <div className="h-1.5 bg-coral-500" aria-hidden="true" />
      <div className="mx-auto flex max-w-6xl items-center justify-between gap-2 px-4 py-3 sm:gap-4 md:px-6">
        <SiteLink href={'/'} className="group flex shrink-0 flex-col leading-tight text-white no-underline">
          <span className="whitespace-nowrap text-lg font-extrabold uppercase tracking-[0.14em] sm:tracking-[0.22em]">
            {siteConfig.shortName}
          </span>
          <span className="hidden text-[0.7rem] font-medium uppercase tracking-[0.18em] whitespace-nowrap text-slate-300 group-hover:text-white sm:block lg:hidden xl:block">
            {siteConfig.subtitle}
          </span>
        </SiteLink>
        <nav aria-label={t.mainMenu} className="flex shrink-0 items-center gap-1 sm:gap-2">
          <ul className="hidden items-center gap-0.5 lg:flex xl:gap-1">
            {siteConfig.menu
              .filter((entry) => !entry.more)
              .map((entry) => (
                <li key={entry.href}>
                  <SiteLink href={entry.href} className={linkClass} {...currentProps(entry.href)}>
                    {entry.label}
                  </SiteLink>
                </li>
              ))}
          </ul>
          <SiteLink
            href={sitePaths.search()}
            aria-label={t.search}
            title={t.search}
            {...(path === sitePaths.search() ? { 'aria-current': 'true' as const } : {})}
            className="flex h-9 w-9 aria-[current]:bg-white/10 items-center justify-center rounded text-slate-100 hover:bg-white/10 hover:text-white"
          >
            <svg
              aria-hidden="true"
              viewBox="0 0 24 24"
              width="20"
              height="20"
              fill="none"
              stroke="currentColor"
              strokeWidth="2.2"
              strokeLinecap="round"
            >
              <circle cx="10.5" cy="10.5" r="6.5" />
              <path d="m15.5 15.5 5 5" />
            </svg>
          </SiteLink>
          <details className="menu-fold relative">
            <summary className="flex cursor-pointer items-center gap-2 rounded border border-white/30 px-2.5 py-1.5 text-sm font-medium sm:px-3">
              <span aria-hidden="true" className="text-base leading-none">
                ☰
              </span>
              <span className="lg:hidden">{t.menu}</span>
              <span className="hidden lg:inline">{t.more}</span>
            </summary>
            <ul className="absolute right-0 z-20 mt-2 flex w-56 flex-col rounded-md bg-navy-800 p-2 shadow-xl ring-1 ring-white/10">
              {siteConfig.menu.map((entry) => (
                <li key={entry.href} className={entry.more ? undefined : 'lg:hidden'}>
                  <SiteLink href={entry.href} className={`${linkClass} block py-2.5`} {...currentProps(entry.href)}>
                    {entry.label}
                  </SiteLink>
                </li>
              ))}
            </ul>
          </details>
        </nav>
      </div>
    </header>
  );
}
