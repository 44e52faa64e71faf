import type { ReactNode } from 'react';

/** Title block of list pages. */
export function PageHeading({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <div className="mb-8 max-w-3xl">
      <h1 className="m-0 text-3xl font-extrabold tracking-tight text-navy-900 md:text-4xl dark:text-white">{title}</h1>
      {children ? <div className="mt-3 text-lg text-slate-700 dark:text-slate-300">{children}</div> : null}
    </div>
  );
}
