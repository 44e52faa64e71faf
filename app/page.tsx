import { HomeList } from '@/components/HomeList';
import { getAllPosts, paginate } from '@/lib/content';
import { pageMetadata } from '@/lib/seo';

export const metadata = pageMetadata({ path: '/' });

export default function HomePage() {
  const { items, page, pages } = paginate(getAllPosts(), 1);
  return <HomeList posts={items} page={page} pages={pages} />;
}
