/**
 * The headers every page, API answer and file carries (next.config.ts `headers()`), and HSTS for
 * an installation served over https (src/proxy.ts). Imported by next.config.ts, so this file
 * uses relative imports only.
 */

/**
 * The content security policy. Scripts and styles allow inline code: Next.js and Payload's admin
 * inline their bootstrap scripts, and a nonce would make every cached portal page dynamic. What
 * the policy adds is that no other site can frame the admin (clickjacking on approve and send),
 * no page loads scripts, styles or connections from elsewhere, and forms post only here. Images
 * may come from anywhere: a mail in the outbox preview (a sandboxed frame) shows its pictures.
 */
export const contentSecurityPolicy = ({ isDevelopment = false } = {}) =>
  [
    "default-src 'self'",
    // The development server evaluates modules and reloads them over a websocket.
    `script-src 'self' 'unsafe-inline'${isDevelopment ? " 'unsafe-eval'" : ''}`,
    "style-src 'self' 'unsafe-inline'",
    'img-src * data: blob:',
    "font-src 'self' data:",
    `connect-src 'self'${isDevelopment ? ' ws: wss:' : ''}`,
    "frame-src 'self'",
    "worker-src 'self' blob:",
    "frame-ancestors 'self'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ')

export const securityHeaders = ({ isDevelopment = false } = {}) => [
  { key: 'Content-Security-Policy', value: contentSecurityPolicy({ isDevelopment }) },
  // For browsers that predate frame-ancestors.
  { key: 'X-Frame-Options', value: 'SAMEORIGIN' },
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  // Links out of the toolkit (to help, to a municipality) tell only which site sent the reader,
  // never the page: a preference link's token must not leak to another site.
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
]

export const strictTransportSecurity = 'max-age=31536000; includeSubDomains'

/**
 * An installation is served over https when its public address (PUBLIC_URL) is: behind a reverse
 * proxy that ends TLS, that setting is what the operator sets. It decides HSTS and `Secure`
 * session cookies alike; a header a client sends cannot switch either on or off.
 */
export const isServedOverHttps = (env: NodeJS.ProcessEnv = process.env) =>
  (env.PUBLIC_URL ?? '').trim().toLowerCase().startsWith('https://')

/**
 * The HSTS header every answer carries, or undefined when the installation is not served over
 * https. Set by the app's own server (scripts/server.ts) on every answer, pages and API alike.
 */
export const strictTransportSecurityFor = (env: NodeJS.ProcessEnv = process.env) =>
  isServedOverHttps(env) ? strictTransportSecurity : undefined
