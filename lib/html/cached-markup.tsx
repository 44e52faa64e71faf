/**
 * The inner HTML of an element that thousands of pages share (a section's header, the
 * footer), rendered once by the build's HTML step (prerender-markup.ts) and put into each
 * page as HTML: Next then serializes and renders one string instead of the same few hundred
 * elements on every page.
 *
 * An entry is found by a description of what the element's children render to (every tag
 * and prop, as JSON) and the code that draws them (lib/, components/, the lockfile),
 * so another menu entry marked, another label or another component is another entry. Only
 * the build's HTML step writes entries; a page whose entry is missing, or whose children
 * cannot be described, renders its elements as before (npm run dev does, always).
 */
import fs from 'node:fs';
import { createElement, type ReactElement, type ReactNode } from 'react';
import { cacheEntryPath } from '@/lib/files/code-version';

const CODE_DIRS = ['lib', 'components'];

const FRAGMENT = Symbol.for('react.fragment');
const ELEMENT = [Symbol.for('react.transitional.element'), Symbol.for('react.element')];

/**
 * What the children render to, as plain data: host elements with their props, a component
 * replaced by what it returns (names of functions differ between bundles, output does not).
 * Anything else (an async component, a context, a function prop) cannot be described.
 */
function expand(node: unknown): unknown {
  if (node === null || node === undefined || typeof node === 'boolean') return null;
  if (typeof node === 'string' || typeof node === 'number') return node;
  if (Array.isArray(node)) return node.map(expand);
  const element = node as { $$typeof?: symbol; type?: unknown; key?: unknown; props?: Record<string, unknown> };
  if (typeof node !== 'object' || !ELEMENT.includes(element.$$typeof as symbol)) throw new Error('not an element');
  const { type, key, props = {} } = element;
  if (type === FRAGMENT) return { key, fragment: expand(props.children) };
  if (typeof type === 'function') {
    const rendered = type(props);
    if (rendered && typeof (rendered as { then?: unknown }).then === 'function') throw new Error('async component');
    return { key, rendered: expand(rendered) };
  }
  if (typeof type !== 'string') throw new Error('not a host element');
  const described: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(props)) {
    if (typeof value === 'function' || typeof value === 'symbol') throw new Error(`prop ${name} cannot be described`);
    described[name] = name === 'children' ? expand(value) : value;
  }
  return { type, key, props: described };
}

/** The children as JSON; undefined when they cannot be described. */
function descriptionOf(children: ReactNode): string | undefined {
  try {
    return JSON.stringify(expand(children));
  } catch {
    return undefined;
  }
}

/** Where the HTML of these children is kept; undefined when caching is off or they cannot be described. */
export function markupEntryFile(children: ReactNode): string | undefined {
  const description = descriptionOf(children);
  if (description === undefined) return undefined;
  return cacheEntryPath('markup', CODE_DIRS, [process.env.NODE_ENV ?? '', description], '.html');
}

/** Entries read by this process: each page of a section asks for the same one. */
const read = new Map<string, string | undefined>();

function cachedInner(children: ReactNode): string | undefined {
  const file = markupEntryFile(children);
  if (!file) return undefined;
  if (!read.has(file)) {
    let html: string | undefined;
    try {
      html = fs.readFileSync(file, 'utf8');
    } catch {
      html = undefined;
    }
    read.set(file, html);
  }
  return read.get(file);
}

type WithChildren = ReactElement<{ children?: ReactNode }>;

/** The same element, its children put in as the HTML they render to when the build rendered them. */
export function withCachedChildren(element: WithChildren): ReactElement {
  if (typeof element.type !== 'string') return element;
  const { children, ...props } = element.props;
  const html = cachedInner(children);
  if (html === undefined) return element;
  const key = element.key === null ? {} : { key: element.key };
  return createElement(element.type, { ...props, ...key, dangerouslySetInnerHTML: { __html: html } });
}

/** The children of a host element, for the build's HTML step. */
export function childrenOf(element: WithChildren): ReactNode | undefined {
  return typeof element.type === 'string' ? element.props.children : undefined;
}
