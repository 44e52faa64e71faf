/**
 * Values of component attributes the page could not use: a YouTube "id" that names no video
 * (a channel, a playlist, another site), a "start" that is not a number of seconds. Refused
 * by the check at the attribute, rather than published as a player that shows an error.
 */
import { say } from '../messages/say';
import { youtubeVideoId } from '../youtube-id';

export type ValueProblem = { message: string; hint: string };

export function componentValueProblem(component: string, attr: string, value: string): ValueProblem | undefined {
  if (component !== 'YouTube') return undefined;
  if (attr === 'id' && !youtubeVideoId(value)) {
    return {
      message: say(`id="${value}" n'est pas une vidéo YouTube`, `id="${value}" is not a YouTube video`),
      hint: say(
        "écrivez l'identifiant de la vidéo (11 caractères, comme 5GxEaOzIZ7I) ou collez son adresse (youtube.com/watch?v=…, youtu.be/…)",
        "write the video's id (11 characters, like 5GxEaOzIZ7I) or paste its address (youtube.com/watch?v=…, youtu.be/…)",
      ),
    };
  }
  if (attr === 'start' && !/^\d+$/.test(value)) {
    return {
      message: say(`start="${value}" n'est pas un nombre de secondes`, `start="${value}" is not a number of seconds`),
      hint: say('par exemple start="90" pour commencer à 1 min 30', 'for example start="90" to begin at 1:30'),
    };
  }
  return undefined;
}
