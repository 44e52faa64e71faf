import { TalkArchive } from '@/components/TalkArchive';
import { getArchive } from '@/lib/content';
import { pageMetadata } from '@/lib/seo';
import { sitePaths } from '@/lib/urls';

const intro =
  'Toutes les sessions des meetups et du SummerCamp, les plus récentes d’abord, avec leurs slides et leurs vidéos.';

export const metadata = pageMetadata({ title: 'Talks', description: intro, path: sitePaths.talks() });

export default function TalksPage() {
  const archive = getArchive();
  return (
    <TalkArchive title="Talks" intro={intro} talks={archive.talks} archive={archive} current={sitePaths.talks()} />
  );
}
