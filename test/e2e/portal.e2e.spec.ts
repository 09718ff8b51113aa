import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { expectNoAxeViolations, tabTo } from '../support/accessibility'
import { apiToken, launchBrowser } from '../support/browser'

const baseUrl = inject('baseUrl')
const password = inject('demoPassword')

let browser: Browser
let adviserToken: string
let sentEditionId: number

beforeAll(async () => {
  browser = await launchBrowser()
  adviserToken = await apiToken({ baseUrl, email: 'communicatie@example.org', password })
  sentEditionId = await sendDemoEdition()
}, 240_000)

afterAll(async () => {
  await browser?.close()
})

const expectations = {
  nl: {
    dir: 'ltr',
    schools: 'Scholen',
    notFound: 'Deze pagina bestaat niet',
    schoolYear: 'Start van het schooljaar',
    otherLanguage: 'ar',
  },
  ar: {
    dir: 'rtl',
    schools: 'المدارس',
    notFound: 'هذه الصفحة غير موجودة',
    schoolYear: 'بداية العام الدراسي',
    otherLanguage: 'nl',
  },
} as const

describe.each(['nl', 'ar'] as const)('the portal in %s', (locale) => {
  const expected = expectations[locale]

  it('should take a school from the home page to its pack by keyboard alone, with visible focus', async () => {
    const page = await browser.newPage()
    try {
      await page.goto(`${baseUrl}/${locale}`, { waitUntil: 'networkidle' })
      expect(await page.locator('html').getAttribute('lang')).toBe(locale)
      expect(await page.locator('html').getAttribute('dir')).toBe(expected.dir)

      await page.keyboard.press('Tab')
      expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe(
        '#inhoud',
      )
      await expectVisibleFocus(page)
      await page.keyboard.press('Enter')
      await tabTo(page, '#gemeente')
      await expectVisibleFocus(page)
      await page.keyboard.type('Arnhem')
      expect(await page.locator('#gemeente').inputValue()).toBe('arnhem')
      await tabTo(page, '#doelgroep')
      await page.keyboard.press('ArrowDown')
      expect(await page.locator('#doelgroep').inputValue()).toBe('scholen')
      await tabTo(page, '#vind-pakket ~ form button[type="submit"]')
      await expectVisibleFocus(page)
      await Promise.all([
        page.waitForURL(`${baseUrl}/${locale}/gemeente/arnhem/scholen`),
        page.keyboard.press('Enter'),
      ])

      expect(await page.locator('html').getAttribute('dir')).toBe(expected.dir)
      expect(await page.locator('.breadcrumbs [aria-current="page"]').textContent()).toBe(
        expected.schools,
      )
      expect(await page.locator('.school-year h3').textContent()).toBe(expected.schoolYear)
      expect(await page.locator('.school-year .material').count()).toBeGreaterThan(0)
      expect(await page.locator('.route').textContent()).toContain('0800-2000')
      const pdfLink = page.locator('a[data-download="pdf"]')
      expect(await pdfLink.getAttribute('href')).toBe(`/${locale}/gemeente/arnhem/scholen/pdf`)
      for (const href of await page
        .locator('.material__download')
        .evaluateAll((links) => links.map((link) => link.getAttribute('href')))) {
        expect(href).toMatch(new RegExp(`^/${locale}/gemeente/arnhem/scholen/download/`))
      }
      await tabTo(page, 'a[data-download="pdf"]')
      await expectVisibleFocus(page)
    } finally {
      await page.close()
    }
  })

  it('should have no axe violations on any public page type', async () => {
    const page = await browser.newPage()
    try {
      const paths = [
        '',
        '/gemeente/arnhem',
        '/gemeente/arnhem/scholen',
        '/gemeente/winterswijk/verenigingen',
        // The regional version of a municipality without packs of its own.
        '/gemeente/aalten/scholen',
        '/archief',
        `/archief/${sentEditionId}`,
        '/toegankelijkheidsverklaring',
        '/gemeente/bestaat-niet',
      ]
      for (const path of paths) {
        await page.goto(`${baseUrl}/${locale}${path}`, { waitUntil: 'networkidle' })
        expect(await page.locator('html').getAttribute('dir'), path).toBe(expected.dir)
        expect(await page.locator('h1').count(), path).toBeGreaterThan(0)
        await expectNoAxeViolations(page)
      }
    } finally {
      await page.close()
    }
  })

  it('should keep the page when the language changes', async () => {
    const page = await browser.newPage()
    try {
      await page.goto(`${baseUrl}/${locale}/gemeente/arnhem/scholen`, { waitUntil: 'networkidle' })
      const other = expected.otherLanguage
      await Promise.all([
        page.waitForURL(`${baseUrl}/${other}/gemeente/arnhem/scholen`),
        page.locator(`.language-switcher a[hreflang="${other}"]`).click(),
      ])
      expect(await page.locator('html').getAttribute('lang')).toBe(other)
      await page.goto(`${baseUrl}/${locale}/archief/${sentEditionId}`, { waitUntil: 'networkidle' })
      expect(
        await page.locator(`.language-switcher a[hreflang="${other}"]`).getAttribute('href'),
      ).toBe(`/${other}/archief/${sentEditionId}`)
    } finally {
      await page.close()
    }
  })

  it('should answer unknown municipalities, audiences and editions with 404 in the visitor’s language', async () => {
    const page = await browser.newPage()
    try {
      for (const path of [
        '/gemeente/bestaat-niet',
        '/gemeente/arnhem/onbekend',
        '/archief/999999',
        '/geen/pagina',
      ]) {
        const response = await page.goto(`${baseUrl}/${locale}${path}`, {
          waitUntil: 'networkidle',
        })
        expect(response?.status(), path).toBe(404)
        expect(await page.locator('h1').textContent(), path).toBe(expected.notFound)
        expect(await page.locator('html').getAttribute('lang'), path).toBe(locale)
        expect(await page.locator('html').getAttribute('dir'), path).toBe(expected.dir)
      }
    } finally {
      await page.close()
    }
  })
})

describe('the portal', () => {
  it('should send the root to the Dutch home page and answer an unknown language in Dutch', async () => {
    const root = await fetch(`${baseUrl}/`, { redirect: 'manual' })
    expect(root.status).toBe(307)
    expect(root.headers.get('location')).toMatch(/\/nl$/)
    const page = await browser.newPage()
    try {
      const unknown = await page.goto(`${baseUrl}/xx/gemeente/arnhem`, { waitUntil: 'networkidle' })
      expect(unknown?.status()).toBe(404)
      expect(await page.locator('h1').textContent()).toBe(expectations.nl.notFound)
      expect(await page.locator('html').getAttribute('lang')).toBe('nl')
    } finally {
      await page.close()
    }
  })

  it('should show the regional version, never the draft, while a pack only exists as a draft', async () => {
    // Berkelland's employers pack is seeded as a draft.
    const response = await fetch(`${baseUrl}/nl/gemeente/berkelland/werkgevers`)
    expect(response.status).toBe(200)
    const html = await response.text()
    expect(html).toContain('Dit is de regionale versie. Gemeente Berkelland heeft dit pakket')
    expect(html).not.toContain('Deze tekst is nog een concept')
  })

  it('should answer every pack page of every municipality, tailored or regional, in Dutch and Arabic', async () => {
    const municipalities = (await (
      await fetch(`${baseUrl}/api/municipalities?limit=100&depth=0&select[slug]=true`)
    ).json()) as { docs: { slug: string }[] }
    expect(municipalities.docs).toHaveLength(18)
    const audiences = ['scholen', 'werkgevers', 'vrijwilligersorganisaties', 'verenigingen']
    const failures: string[] = []
    for (const locale of ['nl', 'ar']) {
      for (const { slug } of municipalities.docs) {
        for (const audience of audiences) {
          const path = `/${locale}/gemeente/${slug}/${audience}`
          const { status } = await fetch(`${baseUrl}${path}`)
          if (status !== 200) failures.push(`${path}: ${status}`)
        }
      }
    }
    expect(failures).toEqual([])
  }, 600_000)

  it('should never show unchecked local contact details, on the page or in the print version', async () => {
    // Aalten's route to help is not checked in the demo: its local fields hold placeholders.
    for (const path of ['/nl/gemeente/aalten/scholen', '/nl/gemeente/aalten/scholen/print']) {
      const html = await (await fetch(`${baseUrl}${path}`)).text()
      expect(html, path).toContain('0800-2000')
      expect(html, path).not.toContain('nog in te vullen')
    }
    const pdf = await fetch(`${baseUrl}/nl/gemeente/aalten/scholen/pdf`)
    expect(pdf.status).toBe(200)
    expect(pdf.headers.get('content-type')).toContain('application/pdf')
  })

  it('should serve pack pages from the cache and refresh them when the pack is published again', async () => {
    const path = `${baseUrl}/nl/gemeente/duiven/scholen`
    await fetch(path)
    const cached = await fetch(path)
    expect(cached.headers.get('x-nextjs-cache')).toBe('HIT')

    const token = await apiToken({ baseUrl, email: 'redactie.liemers@example.org', password })
    const pack = await findPack(token, 'duiven', 'schools')
    const title = `Pakket voor scholen in Duiven ${Date.now()}`
    const update = await fetch(`${baseUrl}/api/communication-packs/${pack.id}?locale=nl`, {
      method: 'PATCH',
      headers: { Authorization: `JWT ${token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ title, _status: 'published' }),
    })
    expect(update.status).toBe(200)
    expect(await (await fetch(path)).text()).toContain(title)

    // A draft saved on top does not change the public page.
    await fetch(`${baseUrl}/api/communication-packs/${pack.id}?locale=nl&draft=true`, {
      method: 'PATCH',
      headers: { Authorization: `JWT ${token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ title: `${title} (concept)`, _status: 'draft' }),
    })
    const afterDraft = await (await fetch(path)).text()
    expect(afterDraft).toContain(title)
    expect(afterDraft).not.toContain(`${title} (concept)`)

    // The route to help comes from the municipality record: changing it refreshes the pack page.
    const municipality = await (
      await fetch(`${baseUrl}/api/municipalities?where[slug][equals]=duiven&depth=0`, {
        headers: { Authorization: `JWT ${token}` },
      })
    ).json()
    const localTeam = `Sociaal team Duiven ${Date.now()}`
    const changed = await fetch(`${baseUrl}/api/municipalities/${municipality.docs[0].id}`, {
      method: 'PATCH',
      headers: { Authorization: `JWT ${token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ localTeam: { ...municipality.docs[0].localTeam, name: localTeam } }),
    })
    expect(changed.status).toBe(200)
    expect(await (await fetch(path)).text()).toContain(localTeam)
  })

  it('should show a draft only to a signed-in editor, uncached', async () => {
    const path = `${baseUrl}/nl/gemeente/berkelland/werkgevers/voorbeeld`
    const anonymous = await fetch(path, { redirect: 'manual' })
    expect([303, 307]).toContain(anonymous.status)
    expect(anonymous.headers.get('location')).toContain('/admin/login')
    const token = await apiToken({ baseUrl, email: 'communicatie@example.org', password })
    const preview = await fetch(path, { headers: { Cookie: `payload-token=${token}` } })
    expect(preview.status).toBe(200)
    expect(preview.headers.get('cache-control')).toContain('no-store')
  })
})

/** Sends the demo edition (to the demo subscribers, through the outbox) and waits until it is sent. */
const sendDemoEdition = async (): Promise<number> => {
  const headers = { Authorization: `JWT ${adviserToken}`, 'Content-Type': 'application/json' }
  const list = await fetch(
    `${baseUrl}/api/newsletter-editions?draft=true&limit=1&depth=0&sort=createdAt`,
    {
      headers,
    },
  )
  const { id, status } = ((await list.json()) as { docs: { id: number; status: string }[] })
    .docs[0]!
  if (status !== 'sent') {
    const scheduled = await fetch(`${baseUrl}/api/newsletter-editions/${id}/sending/schedule`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ sendAt: null }),
    })
    expect(scheduled.status, await scheduled.clone().text()).toBeLessThan(300)
  }
  const deadline = Date.now() + 200_000
  while (Date.now() < deadline) {
    const response = await fetch(`${baseUrl}/api/newsletter-editions/${id}?depth=0`, { headers })
    if (((await response.json()) as { status: string }).status === 'sent') return id
    await new Promise((resolve) => setTimeout(resolve, 1000))
  }
  throw new Error('The demo edition was not sent within 200 seconds')
}

const findPack = async (token: string, municipality: string, audience: string) => {
  const response = await fetch(
    `${baseUrl}/api/communication-packs?where[municipality.slug][equals]=${municipality}&where[audience][equals]=${audience}&depth=0&limit=1`,
    { headers: { Authorization: `JWT ${token}` } },
  )
  return ((await response.json()) as { docs: { id: number }[] }).docs[0]!
}

/** The focused element shows where it is: it matches :focus-visible and draws an outline. */
const expectVisibleFocus = async (page: Page) => {
  const focus = await page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null
    if (!element || element === document.body) return null
    const style = getComputedStyle(element)
    return { isFocusVisible: element.matches(':focus-visible'), outline: style.outlineStyle }
  })
  expect(focus?.isFocusVisible).toBe(true)
  expect(focus?.outline).not.toBe('none')
}
