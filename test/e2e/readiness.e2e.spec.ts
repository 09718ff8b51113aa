import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { launchBrowser, logInToAdmin } from '../support/browser'

const baseUrl = inject('baseUrl')
const password = inject('demoPassword')

let browser: Browser

beforeAll(async () => {
  browser = await launchBrowser()
})

afterAll(async () => {
  await browser?.close()
})

const signedInPage = async (email: string): Promise<Page> => {
  const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } })
  await logInToAdmin({ page, baseUrl, email, password })
  return page
}

describe('readiness per municipality', () => {
  it('should show the regional adviser all 18 municipalities with a link to each missing piece', async () => {
    const page = await signedInPage('communicatie@example.org')
    try {
      const navLink = page.locator('nav a[href="/admin/gereedheid"]')
      expect(await navLink.textContent()).toBe('Gereedheid gemeenten')
      await page.goto(`${baseUrl}/admin/gereedheid`)
      await page.getByRole('heading', { level: 1, name: 'Gereedheid per gemeente' }).waitFor()
      const rows = page.locator('.readiness-table tbody tr')
      expect(await rows.count()).toBe(18)
      const aalten = rows.filter({ has: page.getByRole('rowheader', { name: 'Aalten' }) })
      expect(await aalten.textContent()).toContain('regionale versie')
      await aalten.getByRole('link', { name: 'Eigen pakket maken' }).first().click()
      await page.waitForURL('**/admin/collections/communication-packs/create')
    } finally {
      await page.close()
    }
  })

  it("should show a municipal editor their own municipality's row on the dashboard", async () => {
    const page = await signedInPage('redactie.winterswijk@example.org')
    try {
      await page.goto(`${baseUrl}/admin`)
      await page.getByRole('heading', { level: 2, name: 'Gereedheid van uw gemeente' }).waitFor()
      const rowHeaders = page.locator('.readiness-table tbody th[scope="row"]')
      expect(await rowHeaders.allTextContents()).toEqual(['Winterswijk'])
    } finally {
      await page.close()
    }
  })
})
