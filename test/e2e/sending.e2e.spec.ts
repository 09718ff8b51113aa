import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { apiToken, launchBrowser, logInToAdmin } from '../support/browser'

const baseUrl = inject('baseUrl')
const password = inject('demoPassword')

let browser: Browser
let page: Page
let editionId: number

beforeAll(async () => {
  const token = await apiToken({ baseUrl, email: 'communicatie@example.org', password })
  const response = await fetch(
    `${baseUrl}/api/newsletter-editions?draft=true&limit=1&depth=0&where[kind][equals]=newsletter`,
    {
      headers: { Authorization: `JWT ${token}` },
    },
  )
  editionId = ((await response.json()) as { docs: { id: number }[] }).docs[0]!.id

  browser = await launchBrowser()
  page = await browser.newPage({ viewport: { width: 1600, height: 1000 } })
  await logInToAdmin({ page, baseUrl, email: 'communicatie@example.org', password })
})

afterAll(async () => {
  await browser?.close()
})

describe('scheduling and the campaign calendar in the admin', () => {
  it('should show who would get the edition, per language and municipality, before scheduling', async () => {
    await page.goto(`${baseUrl}/admin/collections/newsletter-editions/${editionId}`, {
      waitUntil: 'networkidle',
    })
    await page.getByRole('button', { name: 'Inplannen…' }).click()
    await page.getByText('abonnees krijgen deze editie').waitFor()
    await page.getByRole('heading', { name: 'Per taal' }).waitFor()
    await page.getByRole('heading', { name: 'Per gemeente' }).waitFor()
    expect(await page.getByRole('radio', { name: 'Nu verzenden' }).isChecked()).toBe(true)
    await page.getByRole('button', { name: 'Terug' }).click()
    await page.getByRole('button', { name: 'Inplannen…' }).waitFor()
  })

  it('should list the campaign moments with the day to ask for building blocks, reachable by keyboard', async () => {
    await page.goto(`${baseUrl}/admin`, { waitUntil: 'networkidle' })
    await page.getByRole('link', { name: 'Campagnekalender' }).click()
    await page.waitForURL(`${baseUrl}/admin/campagnekalender`)
    await page.getByRole('heading', { level: 1, name: 'Campagnekalender' }).waitFor()
    const weekHeading = page
      .getByRole('heading', { level: 2, name: /^Week tegen Kindermishandeling/ })
      .first()
    await weekHeading.waitFor()
    expect(await page.getByText('Vraag gemeenten om bouwstenen:').count()).toBeGreaterThan(0)
    await page.getByRole('heading', { name: 'Nog geen datum' }).waitFor()

    const editLink = page
      .getByRole('link', { name: /Week tegen Kindermishandeling: datum of herinnering aanpassen/ })
      .first()
    await editLink.focus()
    await page.keyboard.press('Enter')
    await page.waitForURL(/\/admin\/collections\/campaign-moments\/\d+/)
  })
})
