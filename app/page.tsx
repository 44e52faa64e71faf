import { HomeList } from '@/components/HomeList';
import { JsonLd } from '@/components/JsonLd';
import { OpenCallsBanner } from '@/components/OpenCallsBanner';
import { getAllPosts, paginate } from '@/lib/content';
import { pageMetadata } from '@/lib/seo';
import { organization, website } from '@/lib/structured-data';

export const metadata = pageMetadata({ path: '/' });

export default function HomePage() {
  const { items, page, pages } = paginate(getAllPosts(), 1);
  return (
    <>
      <JsonLd data={[organization(), website()]} />
      <OpenCallsBanner />
      <HomeList posts={items} page={page} pages={pages} />
    </>
  );
}
