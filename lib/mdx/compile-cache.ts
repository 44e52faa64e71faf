/**
 * next-mdx-remote's compileMDX with the compiled JavaScript kept in .cache/mdx/, keyed by
 * the source, the build mode and a hash of the code that compiles it (lib/, components/,
 * the lockfile): a warm build of thousands of posts skips the MDX compiler (about 3 ms a
 * post) and only evaluates the stored code, exactly as compileMDX evaluates fresh code.
 *
 * Only a source that compiled cleanly is stored (a refused one throws before), and the
 * files are written by this build alone: .cache/ is never part of content. CONTENT_CACHE=0
 * turns it off, like the content cache.
 */
import fs from 'node:fs';
import { createElement, type ComponentType, type ReactElement } from 'react';
import * as jsxRuntime from 'react/jsx-runtime';
import * as jsxDevRuntime from 'react/jsx-dev-runtime';
import { serialize } from 'next-mdx-remote/serialize';
import type { MDXRemoteProps } from 'next-mdx-remote/rsc';
import { markUsed } from '@/lib/files/cache-age';
import { cacheEntryPath, writeCacheEntry } from '@/lib/files/code-version';
import { siteConfig } from '@/lib/site-config';

type CompileInput = Pick<MDXRemoteProps, 'source' | 'options' | 'components'> & { source: string };

/** The folders whose code shapes the compiled output (plugins, allow-list, typography). */
const CODE_DIRS = ['lib', 'components'];

/** The site's language is in the key: a French site's compile carries its typography, an English one's not. */
function cacheFile(source: string): string | undefined {
  return cacheEntryPath('mdx', CODE_DIRS, [process.env.NODE_ENV ?? '', siteConfig.language, source], '.js');
}

async function compiledSource(source: string, options: CompileInput['options']): Promise<string> {
  const target = cacheFile(source);
  if (target) {
    try {
      const compiled = fs.readFileSync(target, 'utf8');
      markUsed(target);
      return compiled;
    } catch {
      // Not compiled yet.
    }
  }
  // rsc = true: what next-mdx-remote/rsc's compileMDX passes.
  const { compiledSource } = await serialize(source, options, true);
  if (target) {
    try {
      writeCacheEntry(target, compiledSource);
    } catch {
      // A read-only checkout still builds, only slower.
    }
  }
  return compiledSource;
}

/** Same contract as compileMDX of next-mdx-remote/rsc (no scope, no front matter parsing). */
export async function compileMDX({
  source,
  options,
  components = {},
}: CompileInput): Promise<{ content: ReactElement }> {
  const code = await compiledSource(source, options);
  // As compileMDX does: the function body reads the JSX runtime from its first argument.
  const runtime = process.env.NODE_ENV === 'production' ? jsxRuntime : jsxDevRuntime;
  const hydrate = Reflect.construct(Function, ['opts', 'frontmatter', code]) as (...args: unknown[]) => {
    default: ComponentType<{ components: typeof components }>;
  };
  const Content = hydrate.apply(hydrate, [runtime, {}]).default;
  return { content: createElement(Content, { components }) };
}
