import { withPayload } from '@payloadcms/next/withPayload'
import type { NextConfig } from 'next'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { securityHeaders } from './src/lib/securityHeaders'

const projectRoot = path.dirname(fileURLToPath(import.meta.url))

const nextConfig: NextConfig = {
  images: {
    localPatterns: [{ pathname: '/api/media/file/**' }],
  },
  // An ETag is a hash over the whole page on every request (about 0.2 ms for a 50 kB pack page,
  // a fifth of the server's time under load); cached pages are cheap to send again instead.
  generateEtags: false,
  // Every answer, pages and API alike; HSTS is added at run time by src/proxy.ts.
  headers: async () => [
    {
      source: '/:path*',
      headers: securityHeaders({ isDevelopment: process.env.NODE_ENV === 'development' }),
    },
  ],
  // Next's page cache plus invalidations shared through the database, so a change shows on every
  // app instance on it (src/portal/sharedCacheHandler.mjs).
  cacheHandler: path.join(projectRoot, 'src/portal/sharedCacheHandler.mjs'),
  experimental: {
    // Cached portal pages live in memory only: a restart, or another database behind the same
    // build (demo, tests, benchmarks), never serves pages rendered from older content.
    isrFlushToDisk: false,
  },
  webpack: (webpackConfig) => {
    webpackConfig.resolve.extensionAlias = {
      '.cjs': ['.cts', '.cjs'],
      '.js': ['.ts', '.tsx', '.js', '.jsx'],
      '.mjs': ['.mts', '.mjs'],
    }
    return webpackConfig
  },
  turbopack: { root: projectRoot },
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
