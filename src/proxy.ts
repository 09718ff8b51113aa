import { NextResponse } from 'next/server'
import type { NextRequest } from 'next/server'

import { defaultLocale } from '@/i18n'

const languageCookie = 'payload-lng'

/**
 * The site's root and the admin pass here: the root redirects to the Dutch home page, the admin
 * gets its language. The portal's pages do not: a cached pack page is served at thousands of
 * requests a second, and running the proxy for each cost a large part of that. Security headers
 * come from next.config.ts, HSTS from the app's own server (scripts/server.ts).
 */
export function proxy(request: NextRequest) {
  return route(request)
}

const route = (request: NextRequest) => {
  const { pathname } = request.nextUrl
  // The public site lives under /<language>; its root is the Dutch home page.
  if (pathname === '/') {
    return NextResponse.redirect(new URL(`/${defaultLocale}`, request.url), 307)
  }
  const isAdmin = pathname === '/admin' || pathname.startsWith('/admin/')
  if (!isAdmin || request.cookies.has(languageCookie)) return NextResponse.next()
  return withDutchAdmin(request)
}

/**
 * The admin speaks Dutch unless the editor chose English in their account settings. Without
 * this, Payload would follow the browser's language and greet most newcomers in English.
 */
const withDutchAdmin = (request: NextRequest) => {
  const headers = new Headers(request.headers)
  const cookie = headers.get('cookie')
  headers.set('cookie', cookie ? `${cookie}; ${languageCookie}=nl` : `${languageCookie}=nl`)
  const response = NextResponse.next({ request: { headers } })
  response.cookies.set(languageCookie, 'nl', {
    path: '/',
    sameSite: 'lax',
    maxAge: 60 * 60 * 24 * 365,
  })
  return response
}

export const config = {
  // Not the API: Next buffers a request body for the proxy and cuts it at 10 MB (uploads).
  matcher: ['/', '/admin', '/admin/:path*'],
}
