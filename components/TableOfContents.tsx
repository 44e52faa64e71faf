import type { TocEntry } from '@/lib/content/toc';

const linkClass =
  'text-slate-700 no-underline hover:text-coral-700 hover:underline dark:text-slate-300 dark:hover:text-coral-300';

/** "Sommaire": links to the sections of a long text (ids as rehype-slug gives them). */
export function TableOfContents({ entries }: { entries: TocEntry[] }) {
  if (!entries.length) return null;
  return (
    <nav
      aria-labelledby="sommaire-titre"
      data-pagefind-ignore
      className="toc mb-10 rounded-r-lg border-l-4 border-coral-500 bg-slate-50 py-4 pl-5 pr-4 dark:border-coral-300 dark:bg-navy-900"
    >
      <h2
        id="sommaire-titre"
        className="m-0 text-sm font-bold uppercase tracking-[0.14em] text-navy-900 dark:text-white"
      >
        Sommaire
      </h2>
      <ol className="m-0 mt-3 list-none space-y-1.5 p-0 text-[0.95rem] leading-snug">
        {entries.map((entry) => (
          <li key={entry.id}>
            <a href={`#${entry.id}`} className={linkClass}>
              {entry.text}
            </a>
            {entry.children.length ? (
              <ol className="m-0 mt-1.5 list-none space-y-1 border-l border-slate-300 p-0 pl-4 dark:border-slate-600">
                {entry.children.map((child) => (
                  <li key={child.id}>
                    <a href={`#${child.id}`} className={`${linkClass} text-sm`}>
                      {child.text}
                    </a>
                  </li>
                ))}
              </ol>
            ) : null}
          </li>
        ))}
      </ol>
    </nav>
  );
}
