import { ConfigurationError } from './env'

/**
 * The address of the client a request came from, as the app's own server (scripts/server.ts)
 * worked it out from the socket and the configured trusted proxies. The server sets this header on
 * every request and overwrites one a client sent, so no client can choose its own address. Rate
 * limits and throttles key on this, never on `X-Forwarded-For` directly.
 */
export const clientAddressHeader = 'x-samen-veilig-client-address'

/** The client's address, or 'unknown' (one shared bucket) when the request did not pass server.ts. */
export const clientAddress = (headers: Headers): string =>
  headers.get(clientAddressHeader)?.trim() || 'unknown'

/**
 * The client's address behind `trustedHops` reverse proxies. Each trusted proxy appends the
 * address it received the request from to `X-Forwarded-For`; only those last entries can be
 * believed, whatever the client wrote before them. So the chain is `X-Forwarded-For` followed by
 * the socket's peer, and the client is the `trustedHops`-th address from its right: 0 is the socket
 * peer (no proxy), 1 the last entry (one proxy), and so on. A chain shorter than that (a request
 * that did not pass every proxy) gives its leftmost address. Linear in the header's length.
 */
export const clientAddressFromHops = ({
  socketAddress,
  forwardedFor,
  trustedHops,
}: {
  socketAddress: string | undefined
  forwardedFor: string | string[] | undefined
  trustedHops: number
}): string => {
  const peer = normalizeAddress(socketAddress ?? '') || 'unknown'
  if (trustedHops <= 0) return peer
  const header = Array.isArray(forwardedFor) ? forwardedFor.join(',') : (forwardedFor ?? '')
  // Walk from the right and stop after the hops we trust: the rest is never split or read.
  let chosen = peer
  let end = header.length
  for (let hop = 0; hop < trustedHops && end > 0; hop += 1) {
    const start = header.lastIndexOf(',', end - 1)
    const entry = normalizeAddress(header.slice(start + 1, end))
    if (entry) chosen = entry
    end = Math.max(start, 0)
  }
  return chosen
}

/**
 * `TRUSTED_PROXY_HOPS`: how many reverse proxies in front of the app append to
 * `X-Forwarded-For`. Default 0: the app is reached directly and the socket's peer is the client.
 */
export const trustedProxyHops = (value: string | undefined = process.env.TRUSTED_PROXY_HOPS) => {
  if (value === undefined || value.trim() === '') return 0
  const hops = Number(value)
  if (!Number.isInteger(hops) || hops < 0 || hops > 10) {
    throw new ConfigurationError(
      `TRUSTED_PROXY_HOPS "${value}" is geen geheel getal van 0 tot en met 10. Zet het op het aantal reverse proxy's vóór de app (0 zonder proxy).`,
    )
  }
  return hops
}

/** `::ffff:192.0.2.1` (IPv4 on an IPv6 socket) as `192.0.2.1`; no brackets or spaces. */
const normalizeAddress = (value: string) => {
  const trimmed = value.trim().replace(/^\[|\]$/g, '')
  return (
    trimmed.toLowerCase().startsWith('::ffff:') && trimmed.includes('.')
      ? trimmed.slice(7)
      : trimmed
  ).slice(0, 64)
}
