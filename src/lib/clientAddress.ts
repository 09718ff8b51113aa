/**
 * The address of the client a request came from, as the app's own server (server.ts) worked it
 * out from the socket and the configured trusted proxies. The server sets this header on every
 * request and overwrites one a client sent, so no client can choose its own address. Rate limits
 * and throttles key on this, never on `X-Forwarded-For` directly.
 */
export const clientAddressHeader = 'x-samen-veilig-client-address'

/** The client's address, or 'unknown' (one shared bucket) when the request did not pass server.ts. */
export const clientAddress = (headers: Headers): string =>
  headers.get(clientAddressHeader)?.trim() || 'unknown'
