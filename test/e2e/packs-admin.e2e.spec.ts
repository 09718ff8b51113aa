import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { apiToken, launchBrowser, logInToAdmin } from '../support/browser'

const baseUrl = inject('baseUrl')
const password = inject('demoPassword')

/** An editor of a municipality without packs, so the demo's own packs stay as they are. */
const editorEmail = 'redactie.aalten.e2e@example.org'

let browser: Browser
let page: Page
let adminToken: string
let editorId: string | number
const createdPackIds: string[] = []

const api = async (method: string, path: string, body?: unknown) => {
  const response = await fetch(`${baseUrl}${path}`, {
    method,
    headers: { Authorization: `JWT ${adminToken}`, 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  return (await response.json()) as Record<string, unknown>
}

const pickTemplate = async (audienceWord: string) => {
  await page.locator('#field-template .rs__control').click()
  await page.locator('.rs__option', { hasText: audienceWord }).first().click()
}

beforeAll(async () => {
  adminToken = await apiToken({ baseUrl, email: 'admin@example.org', password })
  const municipalities = (
    await api('GET', '/api/municipalities?where[slug][equals]=aalten&depth=0')
  ).docs as { id: number }[]
  const created = await api('POST', '/api/users', {
    email: editorEmail,
    password,
    name: 'Redactie Aalten (browsertest)',
    roles: ['gemeente-redactie'],
    municipalities: [{ municipality: municipalities[0]!.id }],
  })
  editorId = (created.doc as { id: number }).id
  browser = await launchBrowser()
  page = await browser.newPage({ locale: 'nl-NL' })
  await logInToAdmin({ page, baseUrl, email: editorEmail, password })
})

afterAll(async () => {
  for (const id of createdPackIds) await api('DELETE', `/api/communication-packs/${id}`)
  if (editorId !== undefined) await api('DELETE', `/api/users/${editorId}`)
  await browser?.close()
})

describe('a gemeente-redacteur tailors a communication pack in the admin', () => {
  it('should create a pack from a template and show its sections and the preview link after saving', async () => {
    await page.goto(`${baseUrl}/admin/collections/communication-packs/create`, {
      waitUntil: 'networkidle',
    })
    expect(await page.locator('body').innerText()).toContain(
      'daarna verschijnen de onderdelen van het sjabloon hieronder',
    )
    await pickTemplate('werkgevers')
    await page.locator('#action-save-draft').click()
    await page.waitForURL(/\/admin\/collections\/communication-packs\/\d+/)
    createdPackIds.push(page.url().split('/').pop()!.split('?')[0]!)

    const headings = page.locator('input[id^="field-sectionChoices__"][id$="__heading"]')
    await expect.poll(() => headings.count()).toBe(4)
    expect(await headings.first().inputValue()).toBe('Sluit aan bij de landelijke campagnes')
    // Each row is labelled with its section, not "Onderdeel 01".
    expect(await page.locator('#field-sectionChoices').innerText()).toContain(
      'Steun, advies en hulp zijn dichtbij',
    )
    expect(await page.locator('#preview-button').getAttribute('href')).toBe(
      '/nl/gemeente/aalten/werkgevers/voorbeeld',
    )

    const pack = await api(
      'GET',
      `/api/communication-packs/${createdPackIds[0]}?draft=true&depth=1`,
    )
    expect(pack).toMatchObject({ audience: 'employers', municipality: { slug: 'aalten' } })
  })

  it('should show the draft only to signed-in editors and put it on the public page once published', async () => {
    const publicPath = '/nl/gemeente/aalten/werkgevers'
    const regionalNotice = 'Dit is de regionale versie. Gemeente Aalten heeft dit pakket'
    const visitor = await browser.newPage()
    try {
      // Until the pack is published, visitors see the regional version, marked as such.
      expect((await visitor.goto(`${baseUrl}${publicPath}`))!.status()).toBe(200)
      expect(await visitor.locator('main').innerText()).toContain(regionalNotice)
      await visitor.goto(`${baseUrl}${publicPath}/voorbeeld`)
      expect(visitor.url()).toContain('/admin/login')

      await page.goto(`${baseUrl}${publicPath}/voorbeeld`, { waitUntil: 'networkidle' })
      expect(await page.locator('main').innerText()).toContain('Communicatiepakket voor werkgevers')

      await page.goto(`${baseUrl}/admin/collections/communication-packs/${createdPackIds[0]}`, {
        waitUntil: 'networkidle',
      })
      await page.locator('#action-save').click()
      await expect
        .poll(async () => {
          const pack = await api('GET', `/api/communication-packs/${createdPackIds[0]}?depth=0`)
          return pack._status
        })
        .toBe('published')
      const published = await visitor.goto(`${baseUrl}${publicPath}`)
      expect(published!.status()).toBe(200)
      const publishedText = await visitor.locator('main').innerText()
      expect(publishedText).toContain('Communicatiepakket voor werkgevers')
      expect(publishedText).not.toContain(regionalNotice)
    } finally {
      await visitor.close()
    }
  })

  it('should refuse a second pack for the same audience with a Dutch explanation', async () => {
    await page.goto(`${baseUrl}/admin/collections/communication-packs/create`, {
      waitUntil: 'networkidle',
    })
    await pickTemplate('werkgevers')
    await page.locator('#action-save-draft').click()
    await page
      .getByText('Er is al een pakket voor werkgevers in Aalten; pas dat aan.')
      .first()
      .waitFor()
    expect(page.url()).toMatch(/\/create/)
  })

  it('should offer only the own municipality', async () => {
    const response = await fetch(
      `${baseUrl}/api/communication-packs?limit=100&depth=1&draft=true`,
      {
        headers: {
          Authorization: `JWT ${await apiToken({ baseUrl, email: editorEmail, password })}`,
        },
      },
    )
    const { docs } = (await response.json()) as { docs: { municipality: { slug: string } }[] }
    expect(docs.length).toBeGreaterThan(0)
    expect(new Set(docs.map(({ municipality }) => municipality.slug))).toEqual(new Set(['aalten']))
  })
})
