import fs from 'node:fs'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { expectNoAxeViolations } from '../support/accessibility'
import { launchBrowser, logInToAdmin } from '../support/browser'

const baseUrl = inject('baseUrl')
const password = inject('demoPassword')

let browser: Browser
let page: Page

beforeAll(async () => {
  browser = await launchBrowser()
  page = await browser.newPage()
  await logInToAdmin({ page, baseUrl, email: 'communicatie@example.org', password })
})

afterAll(async () => {
  await browser?.close()
})

describe('the Vertalingen view', () => {
  it('should show the state per document and language in words and pass axe', async () => {
    const navLink = page.locator('a.nav__link', { hasText: 'Vertalingen' })
    expect(await navLink.getAttribute('href')).toBe('/admin/vertalingen')
    await page.goto(`${baseUrl}/admin/vertalingen`, { waitUntil: 'networkidle' })
    await expect
      .poll(() => page.getByRole('heading', { level: 1, name: 'Vertalingen' }).isVisible())
      .toBe(true)
    const templateRow = page.locator('tbody tr', { hasText: 'Pakketsjabloon' }).first()
    expect(await templateRow.locator('td[data-locale="en"]').innerText()).toMatch(/actueel/)
    expect(await templateRow.locator('td[data-locale="tr"]').innerText()).toMatch(/ontbreekt/)

    await expectNoAxeViolations(page, '.translations-view')
  })

  it('should export Turkish, import the translated file and report each text as a draft', async () => {
    const exportLink = page.locator('section[data-locale="tr"] a', { hasText: 'Exporteer' })
    const [download] = await Promise.all([page.waitForEvent('download'), exportLink.click()])
    expect(download.suggestedFilename()).toMatch(/^vertalen-nl-tr-.*\.xlf$/)
    const xml = fs.readFileSync((await download.path()) as string, 'utf8')

    // One pack template, translated by "upper-casing" every text between the codes.
    const firstTemplate = /<file id="pack-templates:[^"]+">[\s\S]*?<\/file>/.exec(xml)?.[0]
    expect(firstTemplate).toBeTruthy()
    const translated = xml
      .replace(/<file id="[^"]+">[\s\S]*?<\/file>/g, '')
      .replace('</xliff>', `${firstTemplate}</xliff>`)
      .replace(/<source>([\s\S]*?)<\/source>\s*<target><\/target>/g, (_, source: string) => {
        const target = source
          .split(/(<[^>]+>)/)
          .map((part) => (part.startsWith('<') ? part : part.toUpperCase()))
          .join('')
        return `<source>${source}</source><target>${target}</target>`
      })

    await page.locator('input[type="file"]').setInputFiles({
      name: 'vertaald-tr.xlf',
      mimeType: 'application/xliff+xml',
      buffer: Buffer.from(translated),
    })
    await page.getByRole('button', { name: 'Importeren' }).click()
    const report = page.locator('[role="status"]', { hasText: 'Taal tr' })
    await report.waitFor()
    expect(await report.innerText()).toMatch(/0 geweigerd/)
    expect(await report.locator('tr[data-outcome="saved"]').count()).toBeGreaterThan(3)
    expect(await report.locator('tr[data-outcome="saved"]').first().innerText()).toMatch(
      /opgeslagen\s+als concept/,
    )
  })
})
