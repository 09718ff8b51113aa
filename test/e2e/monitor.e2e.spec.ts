import fs from 'node:fs'
import path from 'node:path'
import type { Browser, Page } from 'playwright-core'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { apiToken, launchBrowser, logInToAdmin } from '../support/browser'

const baseUrl = inject('baseUrl')
const password = inject('demoPassword')
const screenshotDir = path.resolve('test-results')

let browser: Browser

beforeAll(async () => {
  browser = await launchBrowser()
  fs.mkdirSync(screenshotDir, { recursive: true })
})

afterAll(async () => {
  await browser?.close()
})

const signedInPage = async (email: string): Promise<Page> => {
  const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } })
  await logInToAdmin({ page, baseUrl, email, password })
  return page
}

const municipalityId = async (slug: string) => {
  const response = await fetch(`${baseUrl}/api/municipalities?where[slug][equals]=${slug}&depth=0`)
  return ((await response.json()) as { docs: { id: number }[] }).docs[0]!.id
}

describe('the monitor dashboard', () => {
  it('should draw the charts of the whole region with their tables and CSV downloads', async () => {
    const page = await signedInPage('communicatie@example.org')
    try {
      const navLink = page.locator('nav a[href="/admin/monitor"]')
      expect(await navLink.textContent()).toBe('Monitor (cijfers)')
      await page.goto(`${baseUrl}/admin/monitor`, { waitUntil: 'networkidle' })
      await page.getByRole('heading', { level: 1, name: 'Monitor' }).waitFor()
      const charts = page.locator('.monitor-chart svg.recharts-surface')
      await charts.first().waitFor()
      expect(await charts.count()).toBeGreaterThanOrEqual(13)
      const bars = page.locator('[data-table="aanmeldingen"] .recharts-bar-rectangle path')
      await bars.first().waitFor()
      for (const chart of (await charts.all()).slice(0, 4)) {
        const box = await chart.boundingBox()
        expect(box?.width).toBeGreaterThan(100)
        expect(box?.height).toBeGreaterThan(100)
      }
      const barBox = await bars.first().boundingBox()
      expect(barBox?.height).toBeGreaterThan(0)
      expect(
        await page.locator('[data-table="aanmeldingen"] table caption').textContent(),
      ).toContain('Aanmeldingen')
      await expect(
        page.locator('.monitor-chart table tbody th').first().textContent(),
      ).resolves.toBeTruthy()

      const chart = page.locator('[data-table="aanmeldingen"]')
      const shot = await chart.screenshot({
        path: path.join(screenshotDir, 'monitor-aanmeldingen.png'),
      })
      await page.screenshot({
        path: path.join(screenshotDir, 'monitor-dashboard.png'),
        fullPage: true,
      })
      const { channels } = await sharp(shot).stats()
      // A blank (single-colour) image has no spread in any channel.
      expect(Math.max(...channels.map(({ stdev }) => stdev))).toBeGreaterThan(10)

      const [download] = await Promise.all([
        page.waitForEvent('download'),
        chart.getByRole('link', { name: /Download als CSV/ }).click(),
      ])
      expect(download.suggestedFilename()).toMatch(/^monitor-aanmeldingen-\d{4}\.csv$/)
      const csv = fs.readFileSync((await download.path())!, 'utf8')
      expect(csv).toMatch(/^\uFEFFGemeente;K1 \(jan–mrt\)/)
      expect(csv).toContain('Totaal regio;')
    } finally {
      await page.close()
    }
  })

  it('should show a municipal editor only their own municipality and refuse another', async () => {
    const page = await signedInPage('redactie.arnhem@example.org')
    try {
      await page.goto(`${baseUrl}/admin/monitor`, { waitUntil: 'networkidle' })
      await page.locator('.monitor-chart svg.recharts-surface').first().waitFor()
      const rowNames = await page.locator('.monitor-chart table tbody th').allTextContents()
      expect(new Set(rowNames.filter((name) => name !== 'Regio Arnhem-Achterhoek'))).toEqual(
        new Set(['Arnhem']),
      )
      expect(await page.locator('tfoot').count()).toBe(0)

      const winterswijk = await municipalityId('winterswijk')
      await page.goto(`${baseUrl}/admin/monitor?gemeente=${winterswijk}`, {
        waitUntil: 'networkidle',
      })
      await page.getByText('U heeft geen toegang tot de cijfers van deze gemeente.').waitFor()
      expect(await page.locator('.monitor-chart').count()).toBe(0)
    } finally {
      await page.close()
    }
  })

  it('should print the yearly overview of a municipality and offer it as PDF', async () => {
    const page = await signedInPage('communicatie@example.org')
    try {
      const arnhem = await municipalityId('arnhem')
      const year = new Date().getFullYear()
      await page.goto(`${baseUrl}/admin/monitor/jaaroverzicht?gemeente=${arnhem}&jaar=${year}`, {
        waitUntil: 'networkidle',
      })
      await page
        .getByRole('heading', { level: 1, name: `Jaaroverzicht ${year}: gemeente Arnhem` })
        .waitFor()
      await page.screenshot({
        path: path.join(screenshotDir, 'monitor-jaaroverzicht.png'),
        fullPage: true,
      })
      await page.emulateMedia({ media: 'print' })
      expect(await page.getByRole('button', { name: 'Afdrukken' }).isVisible()).toBe(false)
      expect(await page.locator('.monitor-overview table').first().isVisible()).toBe(true)
      await page.emulateMedia({ media: 'screen' })

      const pdfHref = await page
        .getByRole('link', { name: 'Download als pdf' })
        .getAttribute('href')
      const token = await apiToken({ baseUrl, email: 'communicatie@example.org', password })
      const pdf = await fetch(`${baseUrl}${pdfHref}`, {
        headers: { Authorization: `JWT ${token}` },
      })
      expect(pdf.status).toBe(200)
      expect(pdf.headers.get('content-type')).toBe('application/pdf')
      expect(
        Buffer.from(await pdf.arrayBuffer())
          .subarray(0, 5)
          .toString(),
      ).toBe('%PDF-')
    } finally {
      await page.close()
    }
  })
})
