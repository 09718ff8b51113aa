import { localeCodes } from '@/i18n'

/**
 * Requests for the public site (`/<language>/…`: portal, packs, subscribing), counted by the
 * app's own server (scripts/server.ts; the proxy skips the portal's cached pages for speed) in
 * this process and read by `GET /api/metrics`. Per process and since its
 * start: each app server counts its own, and Prometheus sums them and handles the restarts.
 */

const localePrefix = new RegExp(`^/(${localeCodes.join('|')})(/|$)`)

/** Counts the request when its path (query string allowed) is on the public site. */
export const countIfPortal = (path: string) => {
  if (localePrefix.test(path)) counter().portal += 1
}

export const portalRequestCount = () => counter().portal

/** On globalThis: Next loads the proxy and the API routes as separate bundles in one process. */
const counter = () => {
  const holder = globalThis as typeof globalThis & {
    __samenVeiligPortalRequests?: { portal: number }
  }
  holder.__samenVeiligPortalRequests ??= { portal: 0 }
  return holder.__samenVeiligPortalRequests
}
