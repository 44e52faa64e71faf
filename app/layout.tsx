import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { SiteFooter } from '@/components/SiteFooter';
import { withCachedChildren } from '@/lib/html/cached-markup';
import { ui } from '@/lib/messages/interface';
import { siteConfig } from '@/lib/site-config';
import { absoluteUrl, withBase } from '@/lib/urls';
import './globals.css';
import { PAGE_IDS } from '@/lib/page-ids';

export const metadata: Metadata = {
  metadataBase: new URL(absoluteUrl('/')),
  title: { default: siteConfig.title, template: `%s | ${siteConfig.title}` },
  description: siteConfig.description,
  icons: { icon: withBase(siteConfig.favicon) },
};

export const viewport: Viewport = {
  width: 'device-width',
  initialScale: 1,
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: siteConfig.colours.deep.band },
    { media: '(prefers-color-scheme: dark)', color: siteConfig.colours.deep.night },
  ],
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang={siteConfig.language}>
      <body className="flex min-h-screen flex-col font-sans">
        <a href={`#${PAGE_IDS.main}`} className="skip-link">
          {ui().skipToContent}
        </a>
        {/* Header and <main> come from SiteFrame, in each section's layout: the header marks the current section. */}
        {children}
        {withCachedChildren(SiteFooter())}
      </body>
    </html>
  );
}
