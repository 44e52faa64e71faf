/**
 * Draws a share card: satori lays out the text (Inter from @fontsource, read from
 * node_modules, never fetched) into an SVG, sharp lays it over the photo into a JPEG
 * (a photo card as PNG weighs 600 KB, as JPEG about a tenth). Satori draws the
 * glyphs as paths, so the card looks the same wherever it is rendered.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import satori from 'satori';
import sharp from 'sharp';
import { initials } from '../content/archive';
import { SHARE_CARD, type CardSpec } from './layout';
import { siteConfig } from '../site-config';
import { parseHex } from '../settings/contrast';

const require = createRequire(import.meta.url);
const font = (weight: 400 | 800) =>
  fs.readFileSync(require.resolve(`@fontsource/inter/files/inter-latin-${weight}-normal.woff`));
let fonts: { name: string; data: Buffer; weight: 400 | 800; style: 'normal' }[] | undefined;

const NAVY = siteConfig.colours.deep.band;
const CORAL = siteConfig.colours.accent.bright;
const KICKER = siteConfig.colours.accent.light;

/** A colour of the settings at an opacity, as CSS rgba(): the shade over a photo is the deep colour, see-through. */
function seeThrough(hex: string, alpha: number): string {
  // The settings' check has already refused anything but #rgb and #rrggbb.
  const [r, g, b] = parseHex(hex) ?? [0, 0, 0];
  return `rgba(${r},${g},${b},${alpha})`;
}

type Node = { type: string; props: Record<string, unknown> & { style?: Record<string, unknown>; children?: unknown } };
const h = (
  type: string,
  style: Record<string, unknown>,
  children?: unknown,
  extra: Record<string, unknown> = {},
): Node => ({ type, props: { style, children, ...extra } });

/** A photo cut to the card's size, as raw RGB pixels: what a card lays its drawing over. */
export type CardBackground = { pixels: Buffer; width: number; height: number };

/**
 * Decodes and cuts `photoFile` (a source under content/img/) to the card's size. A 12 MP
 * JPEG takes about 40 ms: cards that show the same photo share one background.
 */
export async function cardBackground(photoFile: string): Promise<CardBackground> {
  const { width, height } = SHARE_CARD;
  const pixels = await sharp(photoFile)
    .rotate()
    .resize(width, height, { fit: 'cover' })
    .flatten({ background: NAVY })
    .toColourspace('srgb')
    .raw()
    .toBuffer();
  return { pixels, width, height };
}

export async function renderCard(spec: CardSpec, photo?: CardBackground): Promise<Buffer> {
  fonts ??= [
    { name: 'Inter', data: font(400), weight: 400, style: 'normal' },
    { name: 'Inter', data: font(800), weight: 800, style: 'normal' },
  ];
  const { width, height } = SHARE_CARD;
  const svg = await satori(cardDrawing(spec, Boolean(photo)) as never, { width, height, fonts });
  // The photo is laid under the drawing by sharp rather than embedded in the SVG: much faster.
  const base = photo
    ? sharp(photo.pixels, { raw: { width: photo.width, height: photo.height, channels: 3 } })
    : sharp({ create: { width, height, channels: 3, background: NAVY } });
  // libjpeg-turbo, not mozjpeg: a card encodes in 8 ms instead of 75 ms for files about 10 %
  // larger. Cards are fetched by networks' crawlers, never on a visitor's first view, and a
  // site of 5000 posts draws 5000 of them (see npm run bench).
  return base
    .composite([{ input: Buffer.from(svg) }])
    .jpeg({ quality: 85, chromaSubsampling: '4:4:4' })
    .toBuffer();
}

/** The card's drawing, as satori reads it: the shade over a photo, the brand band, the text. */
export function cardDrawing(spec: CardSpec, overPhoto: boolean): Node {
  const { width, height } = SHARE_CARD;
  const body = h(
    'div',
    { position: 'absolute', top: 0, left: 0, width, height, display: 'flex', flexDirection: 'column' },
    [brandBand(), cardText(spec)],
  );
  const background = overPhoto ? 'transparent' : NAVY;
  return h(
    'div',
    { display: 'flex', position: 'relative', width, height, backgroundColor: background, fontFamily: 'Inter' },
    [...(overPhoto ? [photoShade()] : []), body],
  );
}

/** Navy over the photo, heavier at the bottom where the text sits: white text stays legible. */
function photoShade(): Node {
  const { width, height } = SHARE_CARD;
  return h('div', {
    position: 'absolute',
    top: 0,
    left: 0,
    width,
    height,
    backgroundImage: `linear-gradient(180deg, ${seeThrough(NAVY, 0.45)} 0%, ${seeThrough(NAVY, 0.92)} 62%)`,
  });
}

/** The brand band: the accent stripe of the community's logo, with its short name in capitals. */
function brandBand(): Node {
  return h(
    'div',
    {
      display: 'flex',
      alignItems: 'center',
      width: SHARE_CARD.width,
      height: 96,
      paddingLeft: 72,
      backgroundColor: CORAL,
      color: 'white',
      fontSize: 30,
      fontWeight: 800,
      letterSpacing: 6,
    },
    siteConfig.shortName.toLocaleUpperCase(siteConfig.locale),
  );
}

/** Under the band, set at the bottom: a speaker's initials, the kicker, the title, a line. */
function cardText(spec: CardSpec): Node {
  const { width, height } = SHARE_CARD;
  const titleSize = spec.title.length > 70 ? 54 : spec.title.length > 40 ? 64 : 76;
  return h(
    'div',
    {
      display: 'flex',
      flexDirection: 'column',
      justifyContent: 'flex-end',
      width,
      height: height - 96,
      padding: '40px 72px 64px 72px',
    },
    [
      ...(spec.initials ? [initialsDisc(spec.initials)] : []),
      h(
        'div',
        {
          fontSize: 26,
          fontWeight: 800,
          letterSpacing: 4,
          color: KICKER,
          textTransform: 'uppercase',
          marginBottom: 16,
        },
        spec.kicker,
      ),
      h(
        'div',
        {
          display: 'flex',
          width: width - 144,
          fontSize: titleSize,
          fontWeight: 800,
          lineHeight: 1.08,
          color: 'white',
          letterSpacing: -1,
        },
        spec.title,
      ),
      ...(spec.line
        ? [
            h(
              'div',
              { display: 'flex', width: width - 144, fontSize: 32, fontWeight: 400, color: '#e2e8f0', marginTop: 24 },
              spec.line,
            ),
          ]
        : []),
    ],
  );
}

/** A speaker without a photo: their initials on a coral disc. */
function initialsDisc(name: string): Node {
  return h(
    'div',
    {
      display: 'flex',
      alignItems: 'center',
      justifyContent: 'center',
      width: 150,
      height: 150,
      borderRadius: 75,
      backgroundColor: CORAL,
      color: NAVY,
      fontSize: 64,
      fontWeight: 800,
      marginBottom: 28,
    },
    initials(name),
  );
}
