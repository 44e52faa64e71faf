import { ui } from '@/lib/messages/interface';
import { siteConfig } from '@/lib/site-config';
import { sitePaths } from '@/lib/urls';
import { SocialIcon } from './SocialIcon';
import { SiteLink } from './SiteLink';

/** The menu's entries as text (but those the icons below already name) and the events calendar. */
const footerLinks = () => [
  ...siteConfig.menu.filter((entry) => !siteConfig.social.some((link) => link.href === entry.href)),
  { label: ui().eventsCalendar, href: sitePaths.calendar() },
];

/** Navy footer: every section as a text link, social links with accessible names, the association line, the licence. */
export function SiteFooter() {
  const t = ui();
  return (
    <footer className="surface-navy mt-16 bg-navy-900 text-slate-200" data-pagefind-ignore>
      <nav aria-label={t.footerMenu} className="mx-auto max-w-6xl px-4 pt-10 md:px-6">
        <ul className="m-0 grid list-none grid-cols-2 gap-x-6 p-0 sm:grid-cols-3 lg:grid-cols-5">
          {footerLinks().map((link) => (
            <li key={link.href}>
              <SiteLink
                href={link.href}
                className="inline-block py-1.5 text-sm text-slate-100 underline decoration-white/30 underline-offset-4 hover:text-white hover:decoration-coral-300"
              >
                {link.label}
              </SiteLink>
            </li>
          ))}
        </ul>
      </nav>
      <div className="mx-auto flex max-w-6xl flex-col gap-6 px-4 py-10 md:flex-row md:items-center md:justify-between md:px-6">
        <ul className="flex flex-wrap gap-2" aria-label={t.elsewhere(siteConfig.shortName)}>
          {siteConfig.social.map((link) => (
            <li key={link.href}>
              <SiteLink
                href={link.href}
                aria-label={link.label}
                title={link.label}
                className="flex h-11 w-11 items-center justify-center rounded-full bg-white/10 text-white no-underline hover:bg-coral-500"
              >
                <SocialIcon icon={link.icon} />
              </SiteLink>
            </li>
          ))}
        </ul>
        <div className="text-sm leading-relaxed md:text-right">
          <p className="m-0 font-semibold text-white">{siteConfig.association}</p>
          <p className="m-0">
            {t.licence}{' '}
            <a href={siteConfig.license.href} className="text-coral-300 underline">
              {siteConfig.license.label}
            </a>
            {' · '}
            <a href={siteConfig.sourceCode} className="text-coral-300 underline">
              {t.sourceCode}
            </a>
          </p>
        </div>
      </div>
    </footer>
  );
}
