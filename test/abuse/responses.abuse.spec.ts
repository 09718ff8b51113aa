import http from 'node:http'
import type { AddressInfo } from 'node:net'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, expect, inject, it, vi } from 'vitest'

import { strictTransportSecurityFor } from '@/lib/securityHeaders'

import { describeAttacks } from '../support/abuse'
import { apiToken, launchBrowser } from '../support/browser'
import { testPassword } from '../support/fixtures'
import { useIntegration } from '../support/integration'

// The in-process app is an installation served over https; the config reads this when it loads.
const httpsUrl = vi.hoisted(() => {
  const url = 'https://toolkit.example'
  vi.stubEnv('PUBLIC_URL', url)
  return url
})

const { rest, fixtures } = useIntegration({
  users: {
    editor: {
      email: 'redacteur@arnhem.example',
      roles: ['gemeente-redactie'],
      municipalities: ['arnhem'],
    },
  },
  env: { PUBLIC_URL: httpsUrl },
})

const baseUrl = inject('abuseBaseUrl')
const demoPassword = inject('demoPassword')

/** The generic answer Payload's production build gave for every error before. */
const unknownError = /unknown error|Something went wrong/i

let editorToken: string
let adviserToken: string

beforeAll(async () => {
  editorToken = await apiToken({
    baseUrl,
    email: 'redactie.arnhem@example.org',
    password: demoPassword,
  })
  adviserToken = await apiToken({
    baseUrl,
    email: 'communicatie@example.org',
    password: demoPassword,
  })
})

/** A call to the built app, as a signed-in person, in their admin language. */
const call = async (
  path: string,
  {
    token,
    method = 'GET',
    body,
    language = 'nl',
  }: { token?: string; method?: string; body?: unknown; language?: string } = {},
) => {
  const headers: Record<string, string> = { 'Accept-Language': language }
  if (token) headers.Authorization = `JWT ${token}`
  if (body !== undefined && !(body instanceof FormData))
    headers['Content-Type'] = 'application/json'
  const answer = await fetch(`${baseUrl}${path}`, {
    method,
    headers,
    body: body === undefined ? undefined : body instanceof FormData ? body : JSON.stringify(body),
  })
  const text = await answer.text()
  return { status: answer.status, headers: answer.headers, text, body: JSON.parse(text || 'null') }
}

const messageOf = (answer: { body: { errors?: { message?: string }[] } }) =>
  answer.body.errors?.[0]?.message ?? ''

/** A media upload as the admin sends it: the file and the document's fields as `_payload`. */
const mediaUpload = async ({
  bytes,
  name,
  type,
}: {
  bytes: Buffer
  name: string
  type: string
}) => {
  const municipalities = await call('/api/municipalities?where[slug][equals]=arnhem&depth=0')
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(bytes)], { type }), name)
  form.append(
    '_payload',
    JSON.stringify({ alt: 'Testbestand', municipality: municipalities.body.docs[0].id }),
  )
  return form
}

describeAttacks(
  'responses',
  "the production build tells people the app's own errors in Dutch",
  () => {
    it('should say which files are allowed when an executable is uploaded', async () => {
      const body = await mediaUpload({
        bytes: Buffer.from('MZ-not-an-image'),
        name: 'setup.exe',
        type: 'application/x-msdownload',
      })
      const answer = await call('/api/media', { token: editorToken, method: 'POST', body })
      expect(answer.status).toBe(400)
      expect(messageOf(answer)).toBe(
        '"setup.exe" kan niet worden geüpload: alleen afbeeldingen (JPG, PNG, WebP, GIF) en pdf-bestanden zijn toegestaan.',
      )
    })

    it('should say the size, the limit and what to do when a file is too large', async () => {
      const body = await mediaUpload({
        bytes: Buffer.alloc(21 * 1024 * 1024, 1),
        name: 'groot.pdf',
        type: 'application/pdf',
      })
      const answer = await call('/api/media', { token: editorToken, method: 'POST', body })
      expect(answer.status).toBe(413)
      expect(messageOf(answer)).toMatch(/^Dit bestand is 21\.0 MB; het maximum is 20 MB\. Verklein/)
    })

    it('should say why scheduling is refused and what to do instead', async () => {
      const drafts = await call(
        '/api/newsletter-editions?where[status][equals]=draft&limit=1&depth=0',
        { token: adviserToken },
      )
      const edition = drafts.body.docs[0] as { id: number }
      const answer = await call(`/api/newsletter-editions/${edition.id}`, {
        token: adviserToken,
        method: 'PATCH',
        body: { status: 'scheduled', sendAt: '2020-01-06T09:00:00.000Z' },
      })
      expect(answer.status).toBe(400)
      expect(messageOf(answer)).toMatch(
        /ligt in het verleden\. Wilt u de editie nu verzenden\? Kies dan "Nu verzenden"\./,
      )
    })

    it('should answer an English admin in English', async () => {
      const drafts = await call(
        '/api/newsletter-editions?where[status][equals]=draft&limit=1&depth=0',
        { token: adviserToken },
      )
      const edition = drafts.body.docs[0] as { id: number }
      const answer = await call(`/api/newsletter-editions/${edition.id}`, {
        token: adviserToken,
        method: 'PATCH',
        body: { status: 'scheduled', sendAt: '2020-01-06T09:00:00.000Z' },
        language: 'en',
      })
      expect(answer.status).toBe(400)
      expect(messageOf(answer)).toMatch(
        /lies in the past\. Do you want to send the edition now\? Then choose "Send now"\./,
      )
    })

    it('should name the missing fields of an incomplete building block', async () => {
      const answer = await call('/api/building-blocks', {
        token: editorToken,
        method: 'POST',
        body: {},
      })
      expect(answer.status).toBe(400)
      expect(messageOf(answer)).toMatch(
        /^(Het volgende veld is|De volgende velden zijn) ongeldig: .*Titel/,
      )
      expect(answer.body.errors[0].data.errors).toEqual(
        expect.arrayContaining([expect.objectContaining({ path: 'title' })]),
      )
    })

    it('should say an editor may not do what their role does not allow', async () => {
      const answer = await call('/api/users/1', { token: editorToken, method: 'DELETE' })
      expect(answer.status).toBe(403)
      expect(messageOf(answer)).toBe('U mag deze actie niet uitvoeren.')
    })

    it('should hide the details of a fault and say what to do', async () => {
      // A malformed `_payload` makes Payload's own parser throw a bare SyntaxError: a fault (500).
      const form = new FormData()
      form.append('file', new Blob([new Uint8Array(8)], { type: 'image/png' }), 'beeld.png')
      form.append('_payload', '{"alt": ')
      const answer = await call('/api/media', { token: editorToken, method: 'POST', body: form })
      expect(answer.status).toBe(500)
      expect(messageOf(answer)).toMatch(
        /^Er ging aan onze kant iets mis; uw wijziging is niet opgeslagen\./,
      )
      expect(answer.text).not.toMatch(/JSON|Unexpected|SyntaxError|stack/)
    })

    it('should never answer an error with the generic English text', async () => {
      const answers = await Promise.all([
        call('/api/users/login', {
          method: 'POST',
          body: { email: 'niemand@example.org', password: 'fout-wachtwoord' },
        }),
        call('/api/building-blocks', { token: editorToken, method: 'POST', body: {} }),
        call('/api/users/1', { token: editorToken, method: 'DELETE' }),
      ])
      for (const answer of answers) expect(messageOf(answer)).not.toMatch(unknownError)
    })
  },
)

describeAttacks('responses', 'a refused demo account is told what to do', () => {
  it('should refuse a demo account in production with a message that says to use an own account', async () => {
    vi.stubEnv('APP_MODE', 'production')
    const demo = await fixtures.create('users', {
      email: 'demo@arnhem.example',
      password: testPassword,
      roles: ['gemeente-redactie'],
      isDemoAccount: true,
    })
    const answer = await rest('POST', '/api/users/login', {
      body: { email: demo.email, password: testPassword },
    })
    expect(answer.status).toBe(401)
    expect(answer.body.errors[0].message).toBe(
      'Demo-accounts kunnen niet inloggen op een productie-installatie. Log in met uw eigen account; heeft u er geen, vraag de beheerder er dan om.',
    )
  })
})

/** The headers every answer must carry, whatever it is. */
const expectSecurityHeaders = (headers: Headers) => {
  expect(headers.get('content-security-policy')).toMatch(/frame-ancestors 'self'/)
  expect(headers.get('content-security-policy')).toMatch(/default-src 'self'/)
  expect(headers.get('x-frame-options')).toBe('SAMEORIGIN')
  expect(headers.get('x-content-type-options')).toBe('nosniff')
  expect(headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin')
}

describeAttacks('responses', 'every answer carries the security headers', () => {
  it.each([
    ['the admin login page', '/admin/login'],
    ['the public portal', '/nl'],
    ['a pack page', '/nl/gemeente/arnhem/scholen'],
    ['the REST API', '/api/municipalities?limit=1'],
    ['an API error', '/api/users/me/niet-bestaand'],
    ['a page that does not exist', '/nl/bestaat-niet'],
  ])('should send CSP, nosniff and a referrer policy on %s', async (_, path) => {
    const answer = await fetch(`${baseUrl}${path}`, { redirect: 'manual' })
    expectSecurityHeaders(answer.headers)
  })

  it('should send no HSTS over plain http, also when a client claims https', async () => {
    const answer = await fetch(`${baseUrl}/admin/login`, {
      headers: { 'X-Forwarded-Proto': 'https' },
    })
    expect(answer.headers.get('strict-transport-security')).toBeNull()
    const session = await fetch(`${baseUrl}/api/users/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Forwarded-Proto': 'https' },
      body: JSON.stringify({ email: 'redactie.arnhem@example.org', password: demoPassword }),
    })
    expect(session.headers.get('set-cookie')).toMatch(/HttpOnly/i)
    expect(session.headers.get('set-cookie')).toMatch(/SameSite=Lax/i)
  })

  it('should send HSTS on every answer of an installation served over https', () => {
    // The app's own server (scripts/server.ts) sets this on every answer it gives.
    expect(strictTransportSecurityFor()).toBe('max-age=31536000; includeSubDomains')
    vi.stubEnv('PUBLIC_URL', 'http://localhost:3000')
    expect(strictTransportSecurityFor()).toBeUndefined()
  })

  it('should make the session cookie Secure over https', async () => {
    const answer = await rest('POST', '/api/users/login', {
      body: { email: 'redacteur@arnhem.example', password: testPassword },
      headers: { 'x-samen-veilig-client-address': '198.51.100.50' },
    })
    expect(answer.status).toBe(200)
    const cookie = answer.headers.get('set-cookie') ?? ''
    expect(cookie).toMatch(/^payload-token=/)
    expect(cookie).toMatch(/;\s*Secure/i)
    expect(cookie).toMatch(/HttpOnly/i)
  })
})

describeAttacks('responses', 'no other site can frame the admin', () => {
  let browser: Browser
  let framingSite: http.Server

  beforeAll(async () => {
    browser = await launchBrowser()
    // Another origin (127.0.0.1 is not localhost) that puts the admin in a frame, as a
    // clickjacking page would, over the approve and send buttons.
    framingSite = http.createServer((_, response) => {
      response.setHeader('Content-Type', 'text/html; charset=utf-8')
      response.end(
        `<!doctype html><title>Win een prijs</title><iframe src="${baseUrl}/admin/login" width="800" height="600"></iframe>`,
      )
    })
    await new Promise<void>((resolve) => framingSite.listen(0, '127.0.0.1', resolve))
  })

  afterAll(async () => {
    await browser?.close()
    await new Promise((resolve) => framingSite?.close(resolve))
  })

  it('should refuse to show the admin inside another site', async () => {
    const page = await browser.newPage()
    const refusals: string[] = []
    page.on('console', (message) => {
      if (message.text().includes('frame-ancestors')) refusals.push(message.text())
    })
    const { port } = framingSite.address() as AddressInfo
    await page.goto(`http://127.0.0.1:${port}/`)
    await expect.poll(() => refusals.length, { timeout: 30_000 }).toBeGreaterThan(0)
    const frame = page.frames().find((candidate) => candidate !== page.mainFrame())
    const loginFields = await frame
      ?.locator('input[name="email"]')
      .count()
      .catch(() => 0)
    expect(loginFields ?? 0).toBe(0)
    await page.close()
  })
})
