import { TalkArchive } from '@/components/TalkArchive';
import { getArchive } from '@/lib/content';
import { ui } from '@/lib/messages/interface';
import { pageMetadata } from '@/lib/seo';
import { siteConfig } from '@/lib/site-config';
import { sitePaths } from '@/lib/urls';

const intro = siteConfig.intros.talks ?? ui().pages.talksIntro;

export const metadata = pageMetadata({ title: ui().pages.talks, description: intro, path: sitePaths.talks() });

export default function TalksPage() {
  const archive = getArchive();
  return (
    <TalkArchive
      title={ui().pages.talks}
      intro={intro}
      talks={archive.talks}
      archive={archive}
      current={sitePaths.talks()}
    />
  );
}
