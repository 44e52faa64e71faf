/**
 * What the schema cannot say about site.yaml: each brand colour against the colours it is
 * drawn with, at WCAG AA (4.5:1 for text, 3:1 for the home banner's large letters), in the
 * light and the dark scheme. A failing pair is reported at the colour's line, naming both.
 */
import { issue, type ContentIssue } from '../messages/issues';
import { say } from '../messages/say';
import type { Locator } from '../content/yaml';
import { contrastRatio, luminance, parseHex } from './contrast';
import type { Settings } from './schema';

type Colours = Settings['colours'];
type ColourPath = readonly ['accent' | 'deep', string];

const WHITE = '#ffffff';

/** Each pair the pages draw: `text` on `background`, and where a visitor sees it. */
type Pair = {
  text: ColourPath | 'white';
  background: ColourPath | 'white';
  minimum: number;
  scheme: 'light' | 'dark' | 'both';
  where: { fr: string; en: string };
};

export const PAIRS: Pair[] = [
  {
    text: ['accent', 'strong'],
    background: 'white',
    minimum: 4.5,
    scheme: 'light',
    where: { fr: 'liens', en: 'links' },
  },
  {
    text: 'white',
    background: ['accent', 'strong'],
    minimum: 4.5,
    scheme: 'light',
    where: { fr: 'boutons', en: 'buttons' },
  },
  {
    text: 'white',
    background: ['accent', 'stronger'],
    minimum: 4.5,
    scheme: 'light',
    where: { fr: 'boutons survolés', en: 'hovered buttons' },
  },
  {
    text: 'white',
    background: ['accent', 'bright'],
    minimum: 3,
    scheme: 'light',
    where: { fr: 'grand texte de la bannière', en: 'large text of the home banner' },
  },
  {
    text: ['deep', 'band'],
    background: 'white',
    minimum: 4.5,
    scheme: 'light',
    where: { fr: 'titres', en: 'headings' },
  },
  {
    text: 'white',
    background: ['deep', 'band'],
    minimum: 4.5,
    scheme: 'light',
    where: { fr: 'en-tête et pied de page', en: 'header and footer' },
  },
  {
    text: 'white',
    background: ['deep', 'panel'],
    minimum: 4.5,
    scheme: 'light',
    where: { fr: 'menu déplié', en: 'open menu' },
  },
  {
    text: ['accent', 'light'],
    background: ['deep', 'band'],
    minimum: 4.5,
    scheme: 'both',
    where: { fr: 'liens du pied de page', en: 'footer links' },
  },
  {
    text: ['accent', 'light'],
    background: ['deep', 'night'],
    minimum: 4.5,
    scheme: 'dark',
    where: { fr: 'liens', en: 'links' },
  },
  {
    text: ['accent', 'light'],
    background: ['deep', 'raised'],
    minimum: 4.5,
    scheme: 'dark',
    where: { fr: 'initiales des partenaires', en: 'partner initials' },
  },
  {
    text: ['deep', 'night'],
    background: ['accent', 'light'],
    minimum: 4.5,
    scheme: 'dark',
    where: { fr: 'boutons', en: 'buttons' },
  },
  {
    text: 'white',
    background: ['deep', 'night'],
    minimum: 4.5,
    scheme: 'dark',
    where: { fr: 'texte', en: 'text' },
  },
];

const colourValue = (colours: Colours, colour: ColourPath | 'white') =>
  colour === 'white' ? WHITE : (colours[colour[0]] as Record<string, string>)[colour[1]];
const nameOf = (colour: ColourPath | 'white') =>
  colour === 'white' ? say('blanc', 'white') : `colours.${colour[0]}.${colour[1]}`;

export function contrastIssues(colours: Colours, file: string, lineOf: Locator): ContentIssue[] {
  return PAIRS.flatMap((pair) => {
    const text = colourValue(colours, pair.text);
    const background = colourValue(colours, pair.background);
    const ratio = contrastRatio(text, background);
    if (ratio >= pair.minimum) return [];
    // Reported at the brand colour of the pair; of two, at the accent: it is the one picked to stand out.
    const brand = [pair.text, pair.background].filter((c): c is ColourPath => c !== 'white');
    const at = brand.find((c) => c[0] === 'accent') ?? brand[0];
    if (!at) return [];
    const other = at === pair.text ? pair.background : pair.text;
    const shown = (colour: ColourPath | 'white') => `${nameOf(colour)} (${colourValue(colours, colour)})`;
    const scheme = {
      light: say('thème clair', 'light scheme'),
      dark: say('thème sombre', 'dark scheme'),
      both: say('thèmes clair et sombre', 'light and dark schemes'),
    }[pair.scheme];
    const lighter = luminance(parseHex(colourValue(colours, at))!) > luminance(parseHex(colourValue(colours, other))!);
    return [
      issue(
        file,
        lineOf(['colours', ...at]),
        say(
          `contraste insuffisant : ${shown(pair.text)} sur ${shown(pair.background)}, ${ratio.toFixed(2)}:1 au lieu de ${pair.minimum}:1 au moins (${scheme}, ${pair.where.fr})`,
          `contrast too low: ${shown(pair.text)} on ${shown(pair.background)}, ${ratio.toFixed(2)}:1 instead of at least ${pair.minimum}:1 (${scheme}, ${pair.where.en})`,
        ),
        say(
          `choisissez pour ${nameOf(at)} une couleur ${lighter ? 'plus claire' : 'plus foncée'}${other === 'white' ? '' : ` (ou changez ${nameOf(other)})`}`,
          `pick a ${lighter ? 'lighter' : 'darker'} colour for ${nameOf(at)}${other === 'white' ? '' : ` (or change ${nameOf(other)})`}`,
        ),
      ),
    ];
  });
}
