/**
 * The Hugo configuration (hugo.toml or config.toml): title, subtitle, menu and social
 * links, printed as the values to put in lib/site-config.ts. Printed rather than written:
 * the site's config is typed code that people edit, not a generated file.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse as parseToml } from 'smol-toml';
import { siteConfig } from '../../../lib/site-config';

const SOCIAL: Record<string, { label: string; icon: string; href: (handle: string) => string }> = {
  github: { label: 'GitHub', icon: 'github', href: (h) => `https://github.com/${h}` },
  telegram: { label: 'Telegram', icon: 'telegram', href: (h) => (h.startsWith('http') ? h : `https://t.me/${h}`) },
  youtube: {
    label: 'YouTube',
    icon: 'youtube',
    href: (h) => (h.startsWith('http') ? h : `${siteConfig.youtube.site}/${h}`),
  },
  twitter: { label: 'X (Twitter)', icon: 'x', href: (h) => `https://x.com/${h}` },
  bluesky: {
    label: 'Bluesky',
    icon: 'bluesky',
    href: (h) => (h.startsWith('http') ? h : `https://bsky.app/profile/${h}`),
  },
  mastodon: { label: 'Mastodon', icon: 'mastodon', href: (h) => h },
  email: { label: 'E-mail', icon: 'email', href: (h) => `mailto:${h}` },
};

export type HugoConfig = { file: string; text: string };

type HugoParams = { subtitle?: string; author?: Record<string, unknown> };
type HugoToml = {
  title?: string;
  baseurl?: string;
  baseURL?: string;
  params?: HugoParams;
  Params?: HugoParams;
  menu?: { main?: { name?: string; url?: string; weight?: number }[] };
};

export function readHugoConfig(hugoDir: string): HugoConfig | undefined {
  const file = ['hugo.toml', 'config.toml'].map((f) => path.join(hugoDir, f)).find((f) => fs.existsSync(f));
  if (!file) return undefined;
  const config = parseToml(fs.readFileSync(file, 'utf8')) as HugoToml;
  const params = config.params ?? config.Params ?? {};
  const author = params.author ?? {};
  const menu = [...(config.menu?.main ?? [])]
    .sort((a, b) => (a.weight ?? 0) - (b.weight ?? 0))
    .map((m) => ({ label: String(m.name), href: /^[a-z]+:|^\//i.test(String(m.url)) ? String(m.url) : `/${m.url}` }));
  const social = Object.entries(author)
    .filter(([key, value]) => SOCIAL[key] && typeof value === 'string' && value)
    .map(([key, value]) => ({
      label: SOCIAL[key].label,
      href: SOCIAL[key].href(String(value)),
      icon: SOCIAL[key].icon,
    }));
  const values = {
    title: config.title,
    subtitle: params.subtitle,
    siteUrl: config.baseurl ?? config.baseURL,
    menu,
    social,
  };
  const text = [
    `site configuration from ${path.basename(file)} (copy what you keep into lib/site-config.ts):`,
    ...JSON.stringify(values, null, 2)
      .split('\n')
      .map((l) => `  ${l}`),
  ].join('\n');
  return { file, text };
}
