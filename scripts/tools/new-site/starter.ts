/**
 * What `npm run new-site` writes for a new community: its site.yaml (every setting said, in
 * its language) and a minimal content folder (a welcome post, one event, one speaker, the
 * community's own partner entry, placeholder images), nothing of another community's.
 */
import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { slugify } from '../../../lib/content/slug';

export type Starter = {
  name: string;
  language: 'fr' | 'en';
  url: string;
  timeZone: string;
  /** The repository on GitHub (https://github.com/owner/name), when known: the source link and the talk form. */
  repository?: string;
};

/** Colours that pass every contrast pair of lib/settings/checks.ts: change them in site.yaml. */
const COLOURS = {
  accent: { light: '#7dd3c0', bright: '#0f8f7a', strong: '#0b6e5e', stronger: '#085246' },
  deep: { raised: '#2a2f4a', panel: '#1f2338', band: '#161a2b', night: '#0d1020' },
};

const q = (text: string) => JSON.stringify(text);

function words(language: Starter['language'], name: string) {
  return language === 'fr'
    ? {
        locale: 'fr-FR',
        subtitle: `La communauté ${name}`,
        tagline: `${name} : des meetups, des talks et leurs comptes rendus.`,
        description: `${name} : meetups, talks et comptes rendus.`,
        menu: ['Articles', 'Événements', 'Talks', 'Intervenants', 'Partenaires', 'Proposer un talk'],
        rss: 'Flux RSS des articles',
        calendar: ['Le calendrier des événements', 'à ajouter une fois à votre agenda'],
        intros: [
          `Toutes les personnes qui ont pris la parole à ${name}.`,
          `Les événements de ${name}.`,
          `Les thèmes des articles de ${name}.`,
        ],
        licence: ['CC BY 4.0', 'https://creativecommons.org/licenses/by/4.0/deed.fr'],
        welcome: [
          'Bienvenue',
          `Qui nous sommes, quand nous nous retrouvons et comment proposer un talk.`,
          `Bienvenue sur le site de ${name}.`,
        ],
        event: ['Premier meetup', 'Le premier talk'],
        venue: ['Lieu à annoncer', 'Ville à annoncer'],
        speaker: 'Prénom Nom',
      }
    : {
        locale: 'en-US',
        subtitle: `The ${name} community`,
        tagline: `${name}: meetups, talks and their recaps.`,
        description: `${name}: meetups, talks and recaps.`,
        menu: ['Posts', 'Events', 'Talks', 'Speakers', 'Partners', 'Propose a talk'],
        rss: 'RSS feed',
        calendar: ['The events calendar', 'add it once to your calendar app'],
        intros: [`Everyone who spoke at ${name}.`, `The events of ${name}.`, `The themes of ${name}'s posts.`],
        licence: ['CC BY 4.0', 'https://creativecommons.org/licenses/by/4.0/'],
        welcome: ['Welcome', 'Who we are, when we meet, and how to propose a talk.', `Welcome to the site of ${name}.`],
        event: ['First meetup', 'The first talk'],
        venue: ['Venue to be announced', 'City to be announced'],
        speaker: 'First Last',
      };
}

export function settingsYaml({ name, language, url, timeZone, repository }: Starter): string {
  const w = words(language, name);
  const key = slugify(name);
  const host = new URL(url).host;
  const [posts, events, talks, speakers, partners, propose] = w.menu;
  // The banner's band holds the name's first two words, the place the rest.
  const nameWords = name.split(/\s+/);
  // The talk form is the repository's GitHub issue form (.github/ISSUE_TEMPLATE/proposer-un-talk.yml).
  const form = repository
    ? `proposalForm: ${q(`${repository}/issues/new?template=proposer-un-talk.yml`)}`
    : '# proposalForm: "https://github.com/<owner>/<repository>/issues/new?template=proposer-un-talk.yml"';
  return `# Who the community is: every page, feed and calendar reads this file; npm run check:settings
# checks it (field, line, what to do). README.md, « Use it for your community », says more.
name: ${q(name)}
subtitle: ${q(w.subtitle)}
tagline: ${q(w.tagline)}
description: ${q(w.description)}
organisation: ${q(name)}
# Where the site is deployed. The deploy workflow sets the address and base path of GitHub Pages itself.
url: ${q(url.replace(/\/+$/, ''))}
basePath: ""
language: ${language}
locale: ${w.locale}
timeZone: ${timeZone}
# The right-hand side of calendar event UIDs: never change it once the site is published.
calendarId: ${host}
organizerPartner: ${key}
logo: /img/logo.png
favicon: /img/favicon.png
shareImage: /img/share.png
banner: /img/banner.webp
wordmark:
  band: [${nameWords.slice(0, 2).map(q).join(', ')}]
  strip: ${q(language === 'fr' ? 'Communauté' : 'Community')}
  place: ${q(nameWords.slice(2).join(' ') || (language === 'fr' ? 'Bienvenue' : 'Welcome'))}
# The talk proposal form; without it /proposer-un-talk/ shows the formats but no form button.
${form}
# more: true folds the entry under « More » from 1024 px; the others stay in the bar.
menu:
  - { label: ${q(posts)}, href: /post/ }
  - { label: ${q(events)}, href: /events/ }
  - { label: ${q(talks)}, href: /talks/ }
  - { label: ${q(speakers)}, href: /speakers/ }
  - { label: ${q(partners)}, href: /partners/ }
  - { label: ${q(propose)}, href: /proposer-un-talk/, more: true }
# Icons: github, telegram, meetup, mastodon, bluesky, x, youtube, email, rss.
social:
  - { label: ${q(w.rss)}, href: /index.xml, icon: rss }
# The home page's "join us" buttons, in this order, e.g.
#   - { label: Meetup, detail: "The next dates", href: "https://www.meetup.com/your-group/", icon: meetup }
join: []
# Where the next date is told first: the home page offers them while no event is announced.
announce:
  - { label: ${q(w.calendar[0])}, detail: ${q(w.calendar[1])}, href: /events/calendar.ics }
intros:
  speakers: ${q(w.intros[0])}
  events: ${q(w.intros[1])}
  tags: ${q(w.intros[2])}
licence: { label: ${q(w.licence[0])}, href: ${q(w.licence[1])} }
sourceCode: ${q(repository ?? url)}
# Brand colours, as #rrggbb. accent: links and buttons, from light (on dark surfaces) to stronger;
# deep: the dark surfaces, from raised (cards in dark mode) to night (the page in dark mode).
# npm run check:settings names a colour whose contrast is too low, light and dark.
# The placeholder images of content/img/ were drawn in these colours: replace them with yours.
colours:
  accent:
    light: "${COLOURS.accent.light}"
    bright: "${COLOURS.accent.bright}"
    strong: "${COLOURS.accent.strong}"
    stronger: "${COLOURS.accent.stronger}"
  deep:
    raised: "${COLOURS.deep.raised}"
    panel: "${COLOURS.deep.panel}"
    band: "${COLOURS.deep.band}"
    night: "${COLOURS.deep.night}"
`;
}

/** The content folder's files, by path under content/. */
export function starterContent({ name, language, url }: Starter, today: string): Record<string, string> {
  const w = words(language, name);
  const key = slugify(name);
  const speaker = slugify(w.speaker);
  const [year] = today.split('-').map(Number);
  const eventSlug = `${year + 1}-01-15-${slugify(w.event[0])}`;
  return {
    [`post/${today}-${slugify(w.welcome[0])}.mdx`]: `---
title: ${q(w.welcome[0])}
description: ${q(w.welcome[1])}
date: ${today}
tags: ["community"]
---

${w.welcome[2]}
`,
    [`events/${eventSlug}.mdx`]: `---
title: ${q(w.event[0])}
start: ${year + 1}-01-15 19:00
# The venue: replace it with yours (or write online: {platform: "YouTube"} for an online event).
venue: {name: ${q(w.venue[0])}, city: ${q(w.venue[1])}}
tags: ["meetup"]
sessions:
  - title: ${q(w.event[1])}
    format: talk
    speakers: [${q(speaker)}]
---
`,
    [`speakers/${speaker}.yml`]: `name: ${q(w.speaker)}\n`,
    [`partners/${key}.yml`]: `name: ${q(name)}\nurl: ${q(url)}\n`,
  };
}

/** Placeholder images in the brand colours, without metadata: replace them with your own. */
async function writeImages(imgDir: string): Promise<void> {
  fs.mkdirSync(imgDir, { recursive: true });
  const { band } = COLOURS.deep;
  const { bright } = COLOURS.accent;
  const card = (w: number, h: number) =>
    Buffer.from(
      `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}"><rect width="${w}" height="${h}" fill="${band}"/><rect y="${h * 0.42}" width="${w}" height="${h * 0.16}" fill="${bright}"/></svg>`,
    );
  await sharp(card(512, 512)).png().toFile(path.join(imgDir, 'logo.png'));
  await sharp(card(64, 64)).png().toFile(path.join(imgDir, 'favicon.png'));
  await sharp(card(1200, 630)).png().toFile(path.join(imgDir, 'share.png'));
  await sharp(card(1600, 900)).webp().toFile(path.join(imgDir, 'banner.webp'));
}

/** Writes site.yaml and content/ into `dir`; refuses to write over either. */
export async function writeStarter(dir: string, starter: Starter, today: string): Promise<string[]> {
  const settings = path.join(dir, 'site.yaml');
  const content = path.join(dir, 'content');
  for (const existing of [settings, content]) {
    if (fs.existsSync(existing)) throw new Error(existing);
  }
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(settings, settingsYaml(starter));
  const written = [settings];
  for (const [rel, text] of Object.entries(starterContent(starter, today))) {
    const file = path.join(content, rel);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, text);
    written.push(file);
  }
  await writeImages(path.join(content, 'img'));
  return written;
}
