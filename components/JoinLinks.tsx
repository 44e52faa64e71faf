import { siteConfig } from '@/lib/site-config';
import { SocialIcon } from './SocialIcon';
import { ui } from '@/lib/messages/interface';

/** The ways to join the community (lib/site-config.ts `join`), as buttons on a dark surface. */
export function JoinLinks() {
  if (!siteConfig.join.length) return null;
  return (
    <ul className="join-links m-0 flex list-none flex-wrap gap-2 p-0 sm:gap-3" aria-label={ui().joinLinks}>
      {siteConfig.join.map((link) => (
        <li key={link.href}>
          <a
            href={link.href}
            className="flex items-center gap-2.5 rounded-lg bg-white/10 px-3 py-2 text-white no-underline ring-1 ring-white/25 backdrop-blur-sm hover:bg-white/20 sm:px-4"
          >
            <SocialIcon icon={link.icon} />
            <span className="flex flex-col leading-tight">
              <span className="font-semibold">{link.label}</span>
              <span className="hidden text-xs text-slate-200 sm:block">{link.detail}</span>
            </span>
          </a>
        </li>
      ))}
    </ul>
  );
}
