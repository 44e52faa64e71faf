import type { Speaker } from '@/lib/content/types';
import { initials } from '@/lib/content/archive';
import { Picture } from './Picture';

/** A speaker's photo, or their initials on the brand colour when there is none. */
export function SpeakerAvatar({ speaker, size = 'md' }: { speaker: Speaker; size?: 'md' | 'lg' }) {
  const box = size === 'lg' ? 'h-28 w-28 text-3xl' : 'h-16 w-16 text-xl';
  if (speaker.photo) {
    return (
      <Picture
        src={speaker.photo}
        alt=""
        sizes={size === 'lg' ? '112px' : '64px'}
        className={`block shrink-0 overflow-hidden rounded-full ${box}`}
        imgClassName="h-full w-full object-cover"
      />
    );
  }
  return (
    <span
      aria-hidden="true"
      data-pagefind-ignore
      className={`flex shrink-0 items-center justify-center rounded-full bg-navy-900 font-bold tracking-wide text-white dark:bg-coral-300 dark:text-navy-950 ${box}`}
    >
      {initials(speaker.name)}
    </span>
  );
}
