import { siteConfig } from '@/lib/site-config';
import { withBase } from '@/lib/urls';

export const metadata = { title: { absolute: `Page introuvable | ${siteConfig.title}` }, robots: { index: false } };

export default function NotFound() {
  return (
    <div className="mx-auto max-w-3xl px-4 py-16 md:px-6 md:py-24">
      <p className="m-0 font-mono text-sm font-semibold uppercase tracking-[0.2em] text-coral-700 dark:text-coral-300">Erreur 404</p>
      <h1 className="mb-4 mt-2 text-3xl font-extrabold tracking-tight text-navy-900 md:text-4xl dark:text-white">
        Cette page est introuvable
      </h1>
      <p className="text-lg text-slate-700 dark:text-slate-300">
        Le lien est peut-être ancien, ou l&apos;adresse contient une faute de frappe. Même les meilleurs SLO ont leurs incidents.
      </p>
      <ul className="mt-6 space-y-2 text-lg">
        <li>
          <a href={withBase('/')} className="text-coral-700 underline dark:text-coral-300">Les derniers articles</a>
        </li>
        <li>
          <a href={withBase('/tags/')} className="text-coral-700 underline dark:text-coral-300">Tous les tags</a>
        </li>
        <li>
          <a href={withBase('/page/contact/')} className="text-coral-700 underline dark:text-coral-300">Nous écrire</a>
        </li>
      </ul>
    </div>
  );
}
