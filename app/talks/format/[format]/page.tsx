import { siteConfig } from '@/lib/site-config';
import { notFound } from 'next/navigation';
import { TalkArchive } from '@/components/TalkArchive';
import { getArchive } from '@/lib/content';
import { formatPlurals } from '@/lib/community/labels';
import { pageMetadata } from '@/lib/seo';
import { sitePaths } from '@/lib/urls';
import { ui } from '@/lib/messages/interface';
import { pagesOrPlaceholder } from '@/lib/static-params';

type Props = { params: Promise<{ format: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return pagesOrPlaceholder(
    getArchive().formats.map((f) => ({ format: f.format })),
    ['format'],
  );
}

const formatOf = async (params: Props['params']) => {
  const { format } = await params;
  return getArchive().formats.find((f) => f.format === format);
};

export async function generateMetadata({ params }: Props) {
  const found = await formatOf(params);
  if (!found) return {};
  const title = `Talks · ${formatPlurals()[found.format]}`;
  return pageMetadata({
    title,
    description: ui().topics.formatDescription(formatPlurals()[found.format].toLowerCase(), siteConfig.title),
    path: sitePaths.talksByFormat(found.format),
  });
}

export default async function TalksByFormatPage({ params }: Props) {
  const found = await formatOf(params);
  if (!found) notFound();
  return (
    <TalkArchive
      title={`Talks · ${formatPlurals()[found.format]}`}
      intro={ui().topics.formatIntro(formatPlurals()[found.format].toLowerCase())}
      talks={found.talks}
      archive={getArchive()}
      current={sitePaths.talksByFormat(found.format)}
    />
  );
}
