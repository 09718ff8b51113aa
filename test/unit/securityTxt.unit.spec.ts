import { afterEach, describe, expect, it, vi } from 'vitest'

import { GET } from '@/app/.well-known/security.txt/route'
import { securityContact } from '@/lib/env'

describe('security.txt', () => {
  afterEach(() => {
    vi.unstubAllEnvs()
  })

  it('should take the contact from SECURITY_CONTACT and make a bare address a mailto: link', () => {
    expect(
      securityContact({ NODE_ENV: 'production', SECURITY_CONTACT: 'https://example.org/melden' }),
    ).toBe('https://example.org/melden')
    expect(
      securityContact({ NODE_ENV: 'production', SECURITY_CONTACT: 'veilig@example.org' }),
    ).toBe('mailto:veilig@example.org')
  })

  it('should fall back to the mailbox mail is sent from', () => {
    expect(
      securityContact({
        NODE_ENV: 'production',
        EMAIL_FROM: 'Samen Veilig <post@gemeente.example>',
      }),
    ).toBe('mailto:post@gemeente.example')
    expect(securityContact({ NODE_ENV: 'production' })).toBe('mailto:nieuwsbrief@example.org')
  })

  it('should answer the fields RFC 9116 requires, with an expiry under a year', async () => {
    vi.stubEnv('SECURITY_CONTACT', 'veilig@example.org')
    vi.stubEnv('PUBLIC_URL', 'https://samenveilig.example')
    const response = GET()
    const text = await response.text()
    expect(response.headers.get('content-type')).toBe('text/plain; charset=utf-8')
    expect(text).toContain('Contact: mailto:veilig@example.org\n')
    expect(text).toContain('Canonical: https://samenveilig.example/.well-known/security.txt\n')
    const expires = Date.parse(/^Expires: (.+)$/m.exec(text)![1]!)
    expect(expires).toBeGreaterThan(Date.now())
    expect(expires - Date.now()).toBeLessThan(365 * 24 * 60 * 60 * 1000)
  })
})
