import { NextResponse } from 'next/server'
import type { NextRequest } from 'next/server'

import { defaultLocale } from '@/i18n'
import { isServedOverHttps, strictTransportSecurity } from '@/lib/securityHeaders'
import { countPortalRequest, isPortalPath } from '@/portal/requestCount'

const languageCookie = 'payload-lng'

/**
 * Every page passes here: an installation served over https tells browsers to use nothing else
 * (HSTS; read at run time, so one build serves http and https, and a browser learns it from any
 * page). The other security headers are the same everywhere and come from next.config.ts.
 * Requests for the public site are counted here for `GET /api/metrics`.
 */
export function proxy(request: NextRequest) {
  if (isPortalPath(request.nextUrl.pathname)) countPortalRequest()
  const response = route(request)
  if (isServedOverHttps())
    response.headers.set('Strict-Transport-Security', strictTransportSecurity)
  return response
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
  matcher: ['/((?!api/|_next/static|_next/image).*)'],
}
