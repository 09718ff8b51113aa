import { publicUrl, securityContact } from '@/lib/env'

/** Six months: RFC 9116 asks for an expiry under a year, and the file is made on every request. */
const validForMs = 183 * 24 * 60 * 60 * 1000

/** RFC 9116: how a finder reaches the people who run this installation. */
export const GET = () => {
  const lines = [
    `Contact: ${securityContact()}`,
    `Expires: ${new Date(Date.now() + validForMs).toISOString().replace(/\.\d{3}Z$/, 'Z')}`,
    'Preferred-Languages: nl, en',
    `Canonical: ${publicUrl()}/.well-known/security.txt`,
  ]
  return new Response(`${lines.join('\n')}\n`, {
    headers: {
      'Content-Type': 'text/plain; charset=utf-8',
      'Cache-Control': 'public, max-age=3600',
    },
  })
}

export const dynamic = 'force-dynamic'
