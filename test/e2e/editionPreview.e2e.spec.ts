import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { apiToken, launchBrowser, logInToAdmin } from '../support/browser'

const baseUrl = inject('baseUrl')
const password = inject('demoPassword')

let browser: Browser
let page: Page
let token: string
let edition: { id: number; intro: string }

beforeAll(async () => {
  token = await apiToken({ baseUrl, email: 'communicatie@example.org', password })
  const response = await fetch(
    `${baseUrl}/api/newsletter-editions?draft=true&limit=1&depth=0&where[kind][equals]=newsletter`,
    {
      headers: { Authorization: `JWT ${token}` },
    },
  )
  edition = ((await response.json()) as { docs: { id: number; intro: string }[] }).docs[0]!

  browser = await launchBrowser()
  page = await browser.newPage({ viewport: { width: 1600, height: 1000 } })
  await logInToAdmin({ page, baseUrl, email: 'communicatie@example.org', password })
})

afterAll(async () => {
  await fetch(`${baseUrl}/api/newsletter-editions/${edition.id}?draft=true&locale=nl`, {
    method: 'PATCH',
    headers: { Authorization: `JWT ${token}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ intro: edition.intro }),
  })
  await browser?.close()
})

describe('the edition preview beside the form', () => {
  it('should show the e-mail beside the edition and refresh it after saving', async () => {
    await page.goto(`${baseUrl}/admin/collections/newsletter-editions/${edition.id}`, {
      waitUntil: 'networkidle',
    })
    const preview = page.frameLocator('iframe[src*="/preview?locale="]')
    await preview.getByText('Veilig Thuis').first().waitFor()

    const newIntro = 'Deze inleiding is net aangepast in de beheeromgeving.'
    await page.locator('#field-intro').fill(newIntro)
    await page.locator('#action-save-draft').click()
    await preview.getByText(newIntro).first().waitFor({ state: 'attached' })
    expect(await preview.locator('html').getAttribute('lang')).toBe('nl')
  })

  it('should show the Arabic e-mail right to left when the language is switched', async () => {
    await page.goto(`${baseUrl}/admin/collections/newsletter-editions/${edition.id}?locale=ar`, {
      waitUntil: 'networkidle',
    })
    const preview = page.frameLocator('iframe[src*="/preview?locale="]')
    await preview.locator('html[lang="ar"]').waitFor({ state: 'attached' })
    expect(await preview.locator('html').getAttribute('dir')).toBe('rtl')
  })
})
