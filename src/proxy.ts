import { NextResponse } from 'next/server'
import type { NextRequest } from 'next/server'

import { defaultLocale } from '@/i18n'

const languageCookie = 'payload-lng'

/**
 * The admin speaks Dutch unless the editor chose English in their account settings. Without
 * this, Payload would follow the browser's language and greet most newcomers in English.
 */
export function proxy(request: NextRequest) {
  // The public site lives under /<language>; its root is the Dutch home page.
  if (request.nextUrl.pathname === '/') {
    return NextResponse.redirect(new URL(`/${defaultLocale}`, request.url), 307)
  }
  if (request.cookies.has(languageCookie)) return NextResponse.next()
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
  matcher: ['/', '/admin/:path*'],
}
