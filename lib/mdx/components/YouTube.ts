/**
 * A YouTube video, shown as a poster (the page's front matter `image`) until it is played.
 * An id that names no video, or a start that is not seconds, is refused by the check rather
 * than published as a player that shows an error.
 */
import { say } from '../../messages/say';
import { youtubeVideoId } from '../../youtube-id';
import { defineMdxComponent } from './define';

type Attributes = { id: string; title?: string; start?: string };

export const YouTube = defineMdxComponent({
  name: 'YouTube',
  required: ['id'],
  optional: ['title', 'start'],
  usage: '<YouTube id="5GxEaOzIZ7I" title="Titre de la vidéo" />',
  valueProblem: (attribute, value) => {
    if (attribute === 'id' && !youtubeVideoId(value)) {
      return {
        message: say(`id="${value}" n'est pas une vidéo YouTube`, `id="${value}" is not a YouTube video`),
        hint: say(
          "écrivez l'identifiant de la vidéo (11 caractères, comme 5GxEaOzIZ7I) ou collez son adresse (youtube.com/watch?v=…, youtu.be/…)",
          "write the video's id (11 characters, like 5GxEaOzIZ7I) or paste its address (youtube.com/watch?v=…, youtu.be/…)",
        ),
      };
    }
    if (attribute === 'start' && !/^\d+$/.test(value)) {
      return {
        message: say(`start="${value}" n'est pas un nombre de secondes`, `start="${value}" is not a number of seconds`),
        hint: say('par exemple start="90" pour commencer à 1 min 30', 'for example start="90" to begin at 1:30'),
      };
    }
    return undefined;
  },
  view: () => import('@/components/YouTube').then((m) => m.YouTube),
  props: (attributes: Attributes, { document }) => ({ ...attributes, poster: document?.image }),
});
