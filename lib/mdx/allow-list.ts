/**
 * What untrusted content may contain. Content arrives by pull request from people outside
 * the core team, so the MDX it holds is treated like user input: only the components and
 * plain HTML elements listed here are accepted, each with the attributes listed here, and
 * every attribute value is a quoted string (no JavaScript expressions anywhere).
 * Anything else fails the check and the build with a sentence on what to do instead.
 */
import { type CheckLanguage, say } from '../messages/say';
import { PARTNER_TIERS } from './partner-credits';

export type ComponentRule = {
  /** Attributes that must be present. */
  required: readonly string[];
  /** Attributes that may be present. */
  optional: readonly string[];
  /** What the component is for, shown in hints. */
  usage: string;
};

export const COMPONENT_RULES = {
  HeroImage: {
    required: ['src'],
    optional: ['alt', 'desc'],
    usage: '<HeroImage src="/img/photo.jpg" desc="Légende" />',
  },
  ResourceLinks: {
    required: [],
    optional: ['title'],
    usage: '<ResourceLinks title="Ressources"> then a Markdown list of links </ResourceLinks>',
  },
  PartnerCredits: {
    required: [],
    optional: ['title', ...PARTNER_TIERS],
    usage: '<PartnerCredits gold="resilience-care" support="la-dynamo-chambery" />',
  },
  YouTube: {
    required: ['id'],
    optional: ['title', 'start'],
    usage: '<YouTube id="5GxEaOzIZ7I" title="Titre de la vidéo" />',
  },
  Figure: {
    required: ['src'],
    optional: ['alt', 'caption', 'link', 'size'],
    usage: '<Figure src="/img/post/photo.jpg" caption="Légende" />',
  },
  Gallery: {
    required: [],
    optional: ['caption-effect'],
    usage: '<Gallery> then one <Figure /> per line </Gallery>',
  },
} as const satisfies Record<string, ComponentRule>;

export type AllowedComponent = keyof typeof COMPONENT_RULES;
export const ALLOWED_COMPONENTS = Object.keys(COMPONENT_RULES) as AllowedComponent[];

const GLOBAL_ATTRIBUTES = ['id', 'title', 'lang', 'dir'];

/** Plain HTML elements content may use, with the attributes each may carry. */
export const HTML_ELEMENTS: Record<string, readonly string[]> = {
  a: ['href', 'hreflang', 'rel'],
  abbr: [],
  b: [],
  blockquote: ['cite'],
  br: [],
  caption: [],
  cite: [],
  code: [],
  dd: [],
  del: [],
  details: ['open'],
  dfn: [],
  div: [],
  dl: [],
  dt: [],
  em: [],
  figcaption: [],
  figure: [],
  h2: [],
  h3: [],
  h4: [],
  h5: [],
  h6: [],
  hr: [],
  i: [],
  img: ['src', 'alt', 'width', 'height'],
  ins: [],
  kbd: [],
  li: ['value'],
  mark: [],
  ol: ['start', 'reversed', 'type'],
  p: [],
  pre: [],
  q: ['cite'],
  s: [],
  samp: [],
  small: [],
  span: [],
  strong: [],
  sub: [],
  summary: [],
  sup: [],
  table: [],
  tbody: [],
  td: ['colspan', 'rowspan', 'align'],
  tfoot: [],
  th: ['colspan', 'rowspan', 'align', 'scope'],
  thead: [],
  time: ['datetime'],
  tr: [],
  u: [],
  ul: [],
  var: [],
};

/**
 * Lookups by a name written in content go through these: `constructor`, `toString` or
 * `__proto__` must not find what every plain object inherits.
 */
export function isComponentName(name: string): name is AllowedComponent {
  return Object.hasOwn(COMPONENT_RULES, name);
}

export function htmlElementAttributes(element: string): readonly string[] | undefined {
  return Object.hasOwn(HTML_ELEMENTS, element) ? HTML_ELEMENTS[element] : undefined;
}

/** Why an element is refused: in the check's language, or in the one asked (the Hugo importer reports in English). */
export function forbiddenReason(element: string, language?: CheckLanguage): string | undefined {
  if (!Object.hasOwn(FORBIDDEN_ELEMENTS, element)) return undefined;
  const [fr, en] = FORBIDDEN_ELEMENTS[element];
  return language ? (language === 'en' ? en : fr) : say(fr, en);
}

export function isAllowedAttribute(element: string, attribute: string): boolean {
  return GLOBAL_ATTRIBUTES.includes(attribute) || (htmlElementAttributes(element) ?? []).includes(attribute);
}

/** Elements refused with a specific reason, because someone will try them: French, then English (say()). */
export const FORBIDDEN_ELEMENTS: Record<string, readonly [string, string]> = {
  script: [
    "les scripts ne sont pas permis dans le contenu ; les pages n'envoient aucun JavaScript",
    'scripts are not allowed in content; pages ship no JavaScript',
  ],
  iframe: [
    'les cadres intégrés ne sont pas permis ; pour une vidéo, utilisez <YouTube id="..." />',
    'embedded frames are not allowed; for a video use <YouTube id="..." />',
  ],
  style: [
    'les feuilles de style ne sont pas permises dans le contenu ; le site met déjà le Markdown en forme',
    'style sheets are not allowed in content; the site styles Markdown already',
  ],
  link: ["<link> n'est pas permis dans le contenu", '<link> is not allowed in content'],
  meta: ["<meta> n'est pas permis dans le contenu", '<meta> is not allowed in content'],
  base: ["<base> n'est pas permis dans le contenu", '<base> is not allowed in content'],
  object: ['les objets intégrés ne sont pas permis dans le contenu', 'embedded objects are not allowed in content'],
  embed: ['les objets intégrés ne sont pas permis dans le contenu', 'embedded objects are not allowed in content'],
  form: [
    'les formulaires ne sont pas permis dans le contenu ; mettez plutôt un lien vers un formulaire externe',
    'forms are not allowed in content; link to an external form instead',
  ],
  input: ['les champs de formulaire ne sont pas permis dans le contenu', 'form fields are not allowed in content'],
  button: [
    'les boutons ne sont pas permis dans le contenu ; utilisez un lien',
    'buttons are not allowed in content; use a link',
  ],
  textarea: ['les champs de formulaire ne sont pas permis dans le contenu', 'form fields are not allowed in content'],
  select: ['les champs de formulaire ne sont pas permis dans le contenu', 'form fields are not allowed in content'],
  svg: [
    "le SVG en ligne n'est pas permis ; ajoutez l'image comme fichier et écrivez ![alt](/img/...)",
    'inline SVG is not allowed; add the image as a file and use ![alt](/img/...)',
  ],
  math: ["le MathML en ligne n'est pas permis dans le contenu", 'inline MathML is not allowed in content'],
  frame: ['les cadres ne sont pas permis dans le contenu', 'frames are not allowed in content'],
  frameset: ['les cadres ne sont pas permis dans le contenu', 'frames are not allowed in content'],
  h1: [
    'le titre de la page est le seul <h1> ; commencez les intertitres à ## (h2)',
    'the page title is the only <h1>; start headings at ## (h2)',
  ],
};
