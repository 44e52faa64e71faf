import type { Post } from '@/lib/content/types';
import { siteConfig } from '@/lib/site-config';
import { routes } from '@/lib/urls';
import { PostList } from './PostList';

/** The home page list: page 1 at /, pages 2..n at /page/n/. */
export function HomeList({ posts, page, pages }: { posts: Post[]; page: number; pages: number }) {
  return (
    <>
      <section className="bg-navy-900 text-white">
        <div className="mx-auto max-w-6xl px-4 pb-10 pt-8 md:px-6 md:pb-14 md:pt-12">
          <h1 className="m-0 text-3xl font-extrabold tracking-tight md:text-5xl">
            {page === 1 ? siteConfig.title : `${siteConfig.title}, page ${page}`}
          </h1>
          <p className="mb-0 mt-3 max-w-2xl text-lg text-slate-200 md:text-xl">
            La communauté française du Site Reliability Engineering : meetups, Summer Camp et comptes rendus de talks.
          </p>
        </div>
      </section>
      <div className="mx-auto max-w-6xl px-4 py-10 md:px-6">
        <h2 className="mb-6 mt-0 text-sm font-semibold uppercase tracking-[0.18em] text-slate-600 dark:text-slate-400">
          Derniers articles
        </h2>
        <PostList posts={posts} page={page} pages={pages} href={routes.home} />
      </div>
    </>
  );
}
