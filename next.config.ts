import os from 'node:os';
import type { NextConfig } from 'next';
import { deployTarget, siteConfig } from './lib/site-config';
import { writeBrandCss } from './lib/settings/brand-css';

// Before any page or style is compiled: app/globals.css imports the brand colours.
writeBrandCss(siteConfig.colours);

const nextConfig: NextConfig = {
  output: 'export',
  trailingSlash: true,
  basePath: deployTarget().basePath || undefined,
  images: { unoptimized: true },
  poweredByHeader: false,
  reactStrictMode: true,
  // Types are checked by `npm run typecheck` (part of npm test), not a second time here.
  typescript: { ignoreBuildErrors: true },
  // Postbuild removes every framework script, the only readers of the build ID. A fixed one
  // makes Next write an unchanged page byte for byte as last time, so postbuild can reuse
  // that page's pass from .cache/pages/ (Next draws a random ID otherwise).
  generateBuildId: async () => 'static-export',
  experimental: {
    // Pages render in parallel on every core (Next keeps one for itself by default: on a
    // 2-core runner that halves static generation). See npm run bench.
    cpus: Math.max(1, os.availableParallelism()),
    staticGenerationMaxConcurrency: 32,
  },
};

export default nextConfig;
