import { siteConfig } from '@/lib/site-config';
import { notFound } from 'next/navigation';
import { TalkArchive, topicTitle } from '@/components/TalkArchive';
import { getArchive } from '@/lib/content';
import { pageMetadata } from '@/lib/seo';
import { sitePaths } from '@/lib/urls';

type Props = { params: Promise<{ tag: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return getArchive().topics.map((t) => ({ tag: t.tag }));
}

const topicOf = async (params: Props['params']) => {
  const { tag } = await params;
  return getArchive().topics.find((t) => t.tag === tag);
};

export async function generateMetadata({ params }: Props) {
  const topic = await topicOf(params);
  if (!topic) return {};
  return pageMetadata({
    title: `Talks\u202f: ${topicTitle(topic.tag)}`,
    description: `Les talks sur le sujet « ${topicTitle(topic.tag)} » aux événements de ${siteConfig.title}.`,
    path: sitePaths.talksByTopic(topic.tag),
  });
}

export default async function TalksByTopicPage({ params }: Props) {
  const topic = await topicOf(params);
  if (!topic) notFound();
  return (
    <TalkArchive
      title={`Talks\u202f: ${topicTitle(topic.tag)}`}
      intro={`Les sessions sur le sujet « ${topicTitle(topic.tag)} », les plus récentes d’abord.`}
      talks={topic.talks}
      archive={getArchive()}
      current={sitePaths.talksByTopic(topic.tag)}
    />
  );
}
