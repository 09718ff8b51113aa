import { NextResponse, type NextRequest } from 'next/server'

const languageCookie = 'payload-lng'

/**
 * The admin speaks Dutch unless the editor chose English in their account settings. Without
 * this, Payload would follow the browser's language and greet most newcomers in English.
 */
export function proxy(request: NextRequest) {
  if (request.cookies.has(languageCookie)) return NextResponse.next()
  const headers = new Headers(request.headers)
  const cookie = headers.get('cookie')
  headers.set('cookie', cookie ? `${cookie}; ${languageCookie}=nl` : `${languageCookie}=nl`)
  const response = NextResponse.next({ request: { headers } })
  response.cookies.set(languageCookie, 'nl', { path: '/', sameSite: 'lax', maxAge: 60 * 60 * 24 * 365 })
  return response
}

export const config = {
  matcher: ['/admin/:path*'],
}
