import { siteConfig } from '@/lib/site-config';
import { notFound } from 'next/navigation';
import { TalkArchive, topicTitle } from '@/components/TalkArchive';
import { getArchive } from '@/lib/content';
import { pageMetadata } from '@/lib/seo';
import { sitePaths } from '@/lib/urls';
import { ui } from '@/lib/messages/interface';
import { pagesOrPlaceholder } from '@/lib/static-params';

type Props = { params: Promise<{ tag: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return pagesOrPlaceholder(
    getArchive().topics.map((t) => ({ tag: t.tag })),
    ['tag'],
  );
}

const topicOf = async (params: Props['params']) => {
  const { tag } = await params;
  return getArchive().topics.find((t) => t.tag === tag);
};

export async function generateMetadata({ params }: Props) {
  const topic = await topicOf(params);
  if (!topic) return {};
  return pageMetadata({
    title: ui().topics.talksOn(topicTitle(topic.tag)),
    description: ui().topics.topicDescription(topicTitle(topic.tag), siteConfig.title),
    path: sitePaths.talksByTopic(topic.tag),
  });
}

export default async function TalksByTopicPage({ params }: Props) {
  const topic = await topicOf(params);
  if (!topic) notFound();
  return (
    <TalkArchive
      title={ui().topics.talksOn(topicTitle(topic.tag))}
      intro={ui().topics.topicIntro(topicTitle(topic.tag))}
      talks={topic.talks}
      archive={getArchive()}
      current={sitePaths.talksByTopic(topic.tag)}
    />
  );
}
