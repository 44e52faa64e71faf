/**
 * The templates of `npm run new` for a site whose language is English (site.yaml): the same
 * fields, examples and components as the French ones of templates.ts, explained in English.
 */
import { SESSION_FORMATS } from '../../../lib/content/events/schema';
import { PARTNER_TIERS } from '../../../lib/content/schema';
import { siteConfig } from '../../../lib/site-config';
import type { Examples, TemplateInput } from './examples';

const quote = (s: string) => JSON.stringify(s);

/** Every component of the allow-list, commented: remove the comment marks around one to use it. */
function components(x: Examples): string {
  return `<!--
Components: to use one, copy it out of this comment.

A photo with its caption, and an optional link:

<Figure src="${x.image}" caption="The room during the talk" />

Several photos as a gallery:

<Gallery>
<Figure src="${x.image}" caption="First photo" />
<Figure src="${x.image2}" caption="Second photo" />
</Gallery>

A YouTube video, by its id, the text after v= in its address:

<YouTube id="5GxEaOzIZ7I" title="The meetup on video" />

A banner image in the middle of the text:

<HeroImage src="${x.image}" desc="The banner's caption" />

The links of resources, in the front matter, as a titled list:

<ResourceLinks title="Resources" />

The partners of partners, in the front matter, by tier:

<PartnerCredits title="Thanks to our partners" />
-->
`;
}

const BODY = (x: Examples) => `The first paragraph is the summary in lists of posts: one or two sentences
that make people want to read on.

<!--more-->

## The programme

Write here in Markdown: **bold**, *italics*, [a link](${siteConfig.siteUrl}/),
lists with \`*\`, headings with \`##\`.

An image: put the file in content/img/ and say what it shows,
\`![The room during the talk](${x.image})\`.

${components(x)}`;

function post({ title, now, examples: x }: TemplateInput): string {
  return `---
# The post's title (required).
title: ${quote(title)}
# Publication date with its UTC offset (required). A date in the future schedules the post.
date: ${now.day}T${now.time}${now.offset}
# Tags, lower case with hyphens; each has its page /tags/<tag>/.
tags: ["meetup"]
# A subtitle shown under the title.
# subtitle: "At our host's office"
# Banner at the top of the post: one or more images of content/img/, with their captions.
# bigimg: [{src: "${x.image}", desc: "A full room"}]
# The image of shares (social networks) and lists; by default the banner's first.
# image: "${x.image}"
# Summary in lists and shares; by default the text before <!--more-->.
# summary: "One sentence that sums the post up."
# Description for search engines; by default the summary.
# description: ${quote(`Recap of the ${siteConfig.title} meetup.`)}
# Date of the last significant update.
# lastmod: ${now.day}T${now.time}${now.offset}
# A draft (draft: true) stays off the site.
# draft: true
# Useful links, shown by <ResourceLinks />: slides, videos, repositories.
# resources: [{label: "The slides", url: "https://example.com/slides.pdf", note: "PDF"}]
# Partners (file names of content/partners/), shown by <PartnerCredits />: ${PARTNER_TIERS.join(', ')}.
# partners: [{key: "${x.partner}", tier: "gold"}]
# The event the post is about (a file name of content/events/, without .mdx).
# event: "${x.event}"
# Author.
# author: "First Last"
# Old addresses of the post: each redirects here.
# aliases: ["/2019/05/meetup/"]
---

${BODY(x)}`;
}

function page({ title, examples: x }: TemplateInput): string {
  return `---
# The page's title (required). Its address is /page/<file name>/.
title: ${quote(title)}
# A subtitle shown under the title.
# subtitle: ${quote(siteConfig.association)}
# Summary for the list of pages and shares.
# summary: "One sentence that introduces the page."
# Description for search engines; by default the summary.
# description: "About the organisers."
# Banner at the top of the page: one or more images of content/img/.
# bigimg: [{src: "${x.image}", desc: "Caption"}]
# The image of shares; by default the banner's first.
# image: "${x.image}"
# Tags, lower case with hyphens.
# tags: ["org"]
# The page's date and its last update (optional).
# date: 2024-01-01
# lastmod: 2024-01-01
# A draft (draft: true) stays off the site.
# draft: true
# Useful links (<ResourceLinks />) and partners (<PartnerCredits />).
# resources: [{label: "Our bylaws", url: "https://example.com/bylaws.pdf"}]
# partners: [{key: "${x.partner}", tier: "community"}]
# author: "First Last"
# Old addresses of the page: each redirects here.
# aliases: ["/about-us/"]
---

The first paragraph introduces the page.

## A section

The page's text, in Markdown.

${components(x)}`;
}

function event({ title, now, examples: x }: TemplateInput): string {
  const [first, second] = x.speakers;
  return `---
# The event's name (required).
title: ${quote(title)}
# Start (required) and end, in the venue's local time: YYYY-MM-DD HH:MM.
start: ${now.day} 19:00
end: ${now.day} 22:00
# The venue's time zone (by default ${siteConfig.timeZone}).
timezone: ${quote(siteConfig.timeZone)}
# The venue: an EXAMPLE, replace it with yours (remove the block for an online-only event).
venue:
  name: "Example Hall"
  city: "Springfield"
  # Street and number, postal code, coordinates for the map (optional).
  # address: "1 Example Street"
  # postalCode: "12345"
  # lat: 45.5017
  # lng: -73.5673
# Online events give the address of the stream, or the platform alone.
# online: {url: "https://www.youtube.com/@example", platform: "YouTube"}
# Cancelled or postponed: cancelled, postponed (scheduled by default).
# status: "postponed"
# The event's website and registration page.
# website: "https://www.example.org/"
# registration: "https://www.meetup.com/example/"
# To show the invitation until a given day, write instead: registration: {url: "...", until: ${now.day}}
# Call for talks, shown on the event, the home page and the list until the day "until" (the event's day at the latest).
# cfp: {url: "https://www.example.org/call-for-talks", until: ${now.day}}
# Banner, in content/img/, with its caption.
# hero: [{src: "${x.image}", desc: "A full room"}]
# One or two sentences for lists and shares; by default the first paragraph.
# summary: "Two talks about on-call, then time to talk."
# Tags, lower case with hyphens.
tags: ["meetup"]
# Partners (file names of content/partners/) and their tier: ${PARTNER_TIERS.join(', ')}.
# partners: [{key: "${x.partner}", tier: "gold"}]
# The organisers, by file names of content/speakers/, without .yml
# (make one with npm run new -- speaker "First Last").
# organizers: ["${first}"]
# The programme: one entry per session. speakers: file names of content/speakers/.
# Session formats: ${SESSION_FORMATS.join(', ')}.
# sessions:
#   - title: "Title of the first talk"
#     speakers: ["${first}"]
#     format: "talk"
#     start: ${now.day} 19:15
#     duration: 30
#     language: "en"
#     slides: "https://example.com/slides.pdf"   # or a PDF of content/slides/: "/slides/file.pdf"
#     tags: ["incidents"]                         # the talk's topics, for /talks/
#     video: "5GxEaOzIZ7I"
#     description: "What the talk is about, in one or two sentences."
#   - title: "Title of the second talk"
#     speakers: ["${second}"]
#     format: "lightning"
#     start: ${now.day} 19:50
#     duration: 10
#     track: "Room 2"
---

Introduce the event here: who it is for, how to get there, what will happen.
`;
}

function speaker({ title, examples: x }: TemplateInput): string {
  return `# A person who speaks or organises. This file's name, without .yml, is their key:
# it is what sessions' speakers and an event's organizers write.
# Name shown (required).
name: ${quote(title)}
# Company or organisation.
# company: "Example Inc."
# A few sentences about them, shown on their page /speakers/<key>/.
# bio: "SRE at Example, fond of quiet on-call weeks."
# Photo, in content/img/ (square if possible).
# photo: "${x.image}"
# Their links, each an address, or a label and an address.
# links: ["https://github.com/example", {label: "Mastodon", url: "https://mastodon.social/@example"}]
`;
}

function partner({ title, examples: x }: TemplateInput): string {
  return `# A partner. This file's name, without .yml, is its key: it is what a post's or an
# event's partners write.
# Name shown (required).
name: ${quote(title)}
# Its website (required): replace this example.
url: "https://www.example.org/"
# Logo, in content/img/: a PNG, on a transparent background if possible (an SVG is refused: export it as PNG).
# logo: "${x.image}"
# One sentence about it.
# description: "Hosts our meetups."
`;
}

/** By the word of `npm run new`, as TEMPLATES in templates.ts. */
export const ENGLISH_TEMPLATES: Record<string, (input: TemplateInput) => string> = {
  post,
  page,
  event,
  speaker,
  partner,
};
