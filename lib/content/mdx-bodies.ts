/**
 * Each MDX body the site renders, with what its page gives the components. The pages take
 * their bodies from here and the build's body step renders the same list ahead (a body
 * rendered with another context would not be found, only rendered again).
 */
import type { MdxContext } from '../mdx/components/define';
import type { RenderInput } from '../mdx/render';
import type { Document, Partner, SiteContent, SiteEvent, TagInfo } from './types';

export type MdxBodyOf = { input: RenderInput; context: MdxContext };

/** A post's or a page's body: its components read its own front matter. */
export function documentBody(document: Document, partners: Map<string, Partner>): MdxBodyOf {
  return { input: document, context: { document, partners } };
}

/** An event's description: its partners and image, no resources. */
export function eventBody(event: SiteEvent, partners: Map<string, Partner>): MdxBodyOf {
  return {
    input: event,
    context: { document: { resources: [], partners: event.partners, image: event.image }, partners },
  };
}

/** A tag's description (content/tags/<tag>.md): no document around it. */
export function tagBody(tag: TagInfo & { description: string }, partners: Map<string, Partner>): MdxBodyOf {
  return { input: { source: tag.description, file: `content/tags/${tag.tag}.md` }, context: { partners } };
}

/** The bodies of the exported pages: posts, pages, events and tags that have one. */
export function siteBodies(content: SiteContent): MdxBodyOf[] {
  const { partners } = content;
  return [
    ...content.posts.map((post) => documentBody(post, partners)),
    ...content.pages.map((page) => documentBody(page, partners)),
    ...content.events.filter((event) => event.source.trim()).map((event) => eventBody(event, partners)),
    ...content.tags.flatMap((tag) =>
      tag.description ? [tagBody({ ...tag, description: tag.description }, partners)] : [],
    ),
  ];
}
