import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { apiToken, launchBrowser, logInToAdmin } from '../support/browser'

const baseUrl = inject('baseUrl')
const password = inject('demoPassword')

let browser: Browser
let page: Page
const createdIds: string[] = []

const tokenFor = (email: string) => apiToken({ baseUrl, email, password })

beforeAll(async () => {
  browser = await launchBrowser()
  page = await browser.newPage({ locale: 'en-US' })
})

afterAll(async () => {
  const token = await tokenFor('admin@example.org')
  for (const id of createdIds) {
    await fetch(`${baseUrl}/api/building-blocks/${id}`, {
      method: 'DELETE',
      headers: { Authorization: `JWT ${token}` },
    })
  }
  await browser?.close()
})

describe('a gemeente-redacteur in the admin', () => {
  it('should log in and see the admin in Dutch, even with an English browser', async () => {
    await logInToAdmin({ page, baseUrl, email: 'redactie.winterswijk@example.org', password })
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('nl')
    // The nav hydrates after the page; wait for a visible link rather than test the first match.
    await page.getByText('Bouwstenen').filter({ visible: true }).first().waitFor()
    expect(await page.locator('body').innerText()).not.toMatch(/Huurder|Tenant/i)
  })

  it('should create a building block and submit it for review', async () => {
    await page.goto(`${baseUrl}/admin/collections/building-blocks/create`, {
      waitUntil: 'networkidle',
    })
    await page.locator('#field-title').fill('Sportclub Winterswijk traint trainers in signalen')
    await page.locator('#field-reviewStatus .rs__control').click()
    await page.locator('.rs__option', { hasText: 'Ingediend' }).click()
    await page.locator('#action-save').click()
    await page.waitForURL(/\/admin\/collections\/building-blocks\/\d+/)
    const id = page.url().split('/').pop()!.split('?')[0]!
    createdIds.push(id)

    const token = await tokenFor('communicatie@example.org')
    const response = await fetch(`${baseUrl}/api/building-blocks/${id}?depth=1`, {
      headers: { Authorization: `JWT ${token}` },
    })
    const block = (await response.json()) as {
      reviewStatus: string
      municipality: { slug: string }
    }
    expect(block.reviewStatus).toBe('submitted')
    expect(block.municipality.slug).toBe('winterswijk')
  })

  it('should list the own building blocks and no Arnhem content', async () => {
    const token = await tokenFor('communicatie@example.org')
    const response = await fetch(
      `${baseUrl}/api/building-blocks?where[municipality.slug][equals]=arnhem&limit=100&depth=0`,
      { headers: { Authorization: `JWT ${token}` } },
    )
    const arnhemTitles = ((await response.json()) as { docs: { title: string }[] }).docs.map(
      ({ title }) => title,
    )
    expect(arnhemTitles.length).toBeGreaterThan(0)

    await page.goto(`${baseUrl}/admin/collections/building-blocks?limit=100`)
    await page.getByText('Sportclub Winterswijk traint trainers in signalen').waitFor()
    const listText = await page.locator('main, .collection-list').first().innerText()
    for (const title of arnhemTitles) expect(listText).not.toContain(title)
    expect(listText).not.toContain('Arnhem')
  })
})
