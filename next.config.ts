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
    // Next renders each page's route segments once more to measure their gzip size for the
    // client router's prefetch inlining; the export runs no client router (postbuild deletes
    // the segment files). Off: 0.82× the user CPU of next build at 1000 posts (3 pairs).
    prefetchInlining: false,
  },
};

export default nextConfig;
