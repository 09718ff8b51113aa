/**
 * `npm start` (and the demo): the production build behind a thin node:http server of our own.
 * Next.js route handlers and server actions cannot see the socket, so this is the one place that
 * knows who is really calling: it works out the client's address from the socket's peer and the
 * configured trusted proxies (TRUSTED_PROXY_HOPS) and always overwrites the header the rate limits
 * read (src/lib/clientAddress.ts), whatever a client sent in its place, and it adds HSTS to every
 * answer when the app is served over https. It also counts the public site's requests for
 * `GET /api/metrics`. Honours PORT and HOST (the address to listen on; default all).
 */
import next from 'next'
import http from 'node:http'
import type { IncomingMessage, ServerResponse } from 'node:http'

import {
  clientAddressFromHops,
  clientAddressHeader,
  trustedProxyHops,
} from '../src/lib/clientAddress'
import { strictTransportSecurityFor } from '../src/lib/securityHeaders'
import { countIfPortal } from '../src/portal/requestCount'

const port = Number(process.env.PORT || 3000)
const hostname = process.env.HOST || undefined

const main = async () => {
  const trustedHops = trustedProxyHops()
  // Read at start, so one build serves http and https; set here rather than in the proxy
  // (src/proxy.ts), which the portal's cached pages skip for speed.
  const hsts = strictTransportSecurityFor()
  const app = next({ dev: false, dir: process.cwd(), port, hostname: hostname ?? 'localhost' })
  const handle = app.getRequestHandler()
  await app.prepare()
  const server = http.createServer((req, res) => {
    setClientAddress(req, trustedHops)
    countIfPortal(req.url ?? '/')
    closeAfterRefusedBody(res)
    if (hsts) res.setHeader('Strict-Transport-Security', hsts)
    handle(req, res).catch((error: unknown) => {
      console.error(error)
      if (!res.headersSent) res.statusCode = 500
      res.end()
    })
  })
  server.listen(port, hostname, () => {
    console.log(
      `De app luistert op poort ${port}${trustedHops ? ` achter ${trustedHops} vertrouwde proxy('s)` : ''}.`,
    )
  })
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      server.close()
      process.exit(0)
    })
  }
}

/** Replaces whatever the client sent under the header's name, in both views Node keeps. */
const setClientAddress = (req: IncomingMessage, trustedHops: number) => {
  const address = clientAddressFromHops({
    socketAddress: req.socket.remoteAddress,
    forwardedFor: req.headers['x-forwarded-for'],
    trustedHops,
  })
  for (let index = req.rawHeaders.length - 2; index >= 0; index -= 2) {
    if (req.rawHeaders[index]!.toLowerCase() === clientAddressHeader)
      req.rawHeaders.splice(index, 2)
  }
  req.rawHeaders.push(clientAddressHeader, address)
  req.headers[clientAddressHeader] = address
}

/**
 * A body refused as too large (413, see `readCappedBody`) must not be read after all: Node would
 * otherwise drain the rest of the upload to keep the connection open. Closing it stops that.
 */
const closeAfterRefusedBody = (res: ServerResponse) => {
  const writeHead = res.writeHead.bind(res) as (...args: unknown[]) => ServerResponse
  res.writeHead = ((statusCode: number, ...rest: unknown[]) => {
    if (statusCode === 413) res.shouldKeepAlive = false
    return writeHead(statusCode, ...rest)
  }) as ServerResponse['writeHead']
}

main().catch((error: unknown) => {
  console.error(
    `\nDe app kon niet starten: ${error instanceof Error ? error.message : String(error)}`,
  )
  process.exit(1)
})
