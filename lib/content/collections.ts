/**
 * Every folder of content/, declared once: the files it holds, the schema they follow, how a
 * file name becomes a key, and the reader that makes a record of a file. load.ts reads the
 * collections, stray-files.ts reports what no folder holds, both from this one list.
 */
import { collection, type KeyRule } from './collection';
import { readDocument, type DocumentContext } from './documents';
import { readEvent } from './events/read';
import { eventSchema } from './events/schema';
import { recordReader } from './records';
import { KEBAB, pageSchema, partnerSchema, postSchema, speakerSchema, tagSchema } from './schema';
import { readTagFile } from './tags';
import { say } from '../messages/say';
import { KIND_LIST, KINDS } from './kinds';

const DOCUMENTS = ['.mdx', '.md'];
const RECORDS = ['.yml', '.yaml'];

/** A file name that makes an address: posts imported from Hugo may hold dots and underscores. */
const addressKey =
  (pattern: RegExp): KeyRule =>
  (key) =>
    pattern.test(key)
      ? undefined
      : [
          say(`le nom de fichier "${key}" ne peut pas faire une adresse`, `the file name "${key}" cannot be a URL`),
          say(
            'utilisez des minuscules, des chiffres et des tirets, par exemple 2024-05-12-meetup-lyon.mdx',
            'use lower-case letters, digits and hyphens, e.g. 2024-05-12-meetup-lyon.mdx',
          ),
        ];
const documentKey = addressKey(/^[a-z0-9][a-z0-9._-]*$/);

/** /page/2/ is the home page's second page: a standalone page cannot be named with a number. */
const pageKey: KeyRule = (key) =>
  /^\d+$/.test(key)
    ? [
        say(
          `une page nommée "${key}" prendrait /page/${key}/, l'adresse de la page ${key} de l'accueil`,
          `a page named "${key}" would take /page/${key}/, the address of the home page's page ${key}`,
        ),
        say(
          'renommez le fichier avec un mot, par exemple meetup-2.mdx',
          'rename the file with a word in it, e.g. meetup-2.mdx',
        ),
      ]
    : documentKey(key);

const tagKey: KeyRule = (key) =>
  KEBAB.test(key)
    ? undefined
    : [
        say(`"${key}" n'est pas un nom de mot-clé`, `"${key}" is not a tag name`),
        say(
          'nommez le fichier comme le mot-clé, en minuscules avec des tirets : summer-camp.md',
          'name the file after the tag, lower-case with hyphens: summer-camp.md',
        ),
      ];

const recordKey =
  (noun: string, example: string): KeyRule =>
  (key) =>
    KEBAB.test(key)
      ? undefined
      : [
          say(`"${key}" ne peut pas servir de clé (${noun})`, `"${key}" is not a ${noun} key`),
          say(
            `nommez le fichier en minuscules avec des tirets : ${example}.yml`,
            `name the file in lower-case with hyphens: ${example}.yml`,
          ),
        ];

/** In the order of the kinds (kinds.ts), the order the check names the folders in. */
export const COLLECTIONS = {
  posts: collection({
    folder: KINDS.post.folder,
    extensions: DOCUMENTS,
    what: say('des articles (.mdx)', 'articles (.mdx)'),
    schema: postSchema,
    key: documentKey,
    read: (source, context: DocumentContext) => readDocument(source, 'post', context),
  }),
  pages: collection({
    folder: KINDS.page.folder,
    extensions: DOCUMENTS,
    what: say('des pages seules (.mdx)', 'standalone pages (.mdx)'),
    schema: pageSchema,
    key: pageKey,
    read: (source, context: DocumentContext) => readDocument(source, 'page', context),
  }),
  tags: collection({
    folder: KINDS.tag.folder,
    extensions: DOCUMENTS,
    what: say('des descriptions de thèmes (<thème>.md)', 'tag descriptions (<tag>.md)'),
    schema: tagSchema,
    key: tagKey,
    read: readTagFile,
  }),
  events: collection({
    folder: KINDS.event.folder,
    extensions: DOCUMENTS,
    what: say('des événements (.mdx)', 'events (.mdx)'),
    schema: eventSchema,
    key: addressKey(KEBAB),
    read: readEvent,
  }),
  speakers: collection({
    folder: KINDS.speaker.folder,
    extensions: RECORDS,
    what: say('des intervenants (<clé>.yml)', 'speakers (<key>.yml)'),
    schema: speakerSchema,
    key: recordKey('speaker', 'arthur-busser'),
    read: recordReader<typeof speakerSchema>('photo'),
  }),
  partners: collection({
    folder: KINDS.partner.folder,
    extensions: RECORDS,
    what: say('des partenaires (<clé>.yml)', 'partners (<key>.yml)'),
    schema: partnerSchema,
    key: recordKey('partner', 'resilience-care'),
    read: recordReader<typeof partnerSchema>('logo'),
  }),
};

/** Folders of files served as they are, beside the collections. */
const ASSET_FOLDERS = [
  { folder: 'img', extensions: 'any', what: say('des images, servies sous /img/...', 'images, served at /img/...') },
  {
    folder: 'slides',
    extensions: ['.pdf'],
    what: say('des supports de talks (.pdf), servis sous /slides/...', 'slides of talks (.pdf), served at /slides/...'),
  },
] as const;

/** The folders of content/ the site reads, and the file types each holds. */
export const CONTENT_FOLDERS: { folder: string; extensions: readonly string[] | 'any'; what: string }[] = [
  ...Object.values(COLLECTIONS),
  ...KIND_LIST.flatMap((kind) => (kind.collection ? [kind.collection] : [])),
  ...ASSET_FOLDERS,
];
