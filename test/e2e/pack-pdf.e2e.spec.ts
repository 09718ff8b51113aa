import fs from 'node:fs'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { apiToken, launchBrowser } from '../support/browser'
import { readPdf } from '../support/pdf'

const baseUrl = inject('baseUrl')
const password = inject('demoPassword')

type LocalTeam = {
  name?: string | null
  phone?: string | null
  email?: string | null
  website?: string | null
  openingHours?: string | null
}
type MunicipalityDoc = { id: number | string; name: string; localTeam?: LocalTeam }

const localTeamPhone = '026 377 1234'

let browser: Browser
let token: string
let arnhem: MunicipalityDoc

const rest = async <T>(path: string, init: RequestInit = {}): Promise<T> => {
  const response = await fetch(`${baseUrl}${path}`, {
    ...init,
    headers: { 'Content-Type': 'application/json', Authorization: `JWT ${token}`, ...init.headers },
  })
  expect(response.ok, `${path} answered ${response.status}`).toBe(true)
  return (await response.json()) as T
}

const setLocalTeam = (localTeam: LocalTeam | undefined) =>
  rest(`/api/municipalities/${arnhem.id}?locale=nl`, {
    method: 'PATCH',
    body: JSON.stringify({ localTeam }),
  })

beforeAll(async () => {
  token = await apiToken({ baseUrl, email: 'admin@example.org', password })
  const { docs } = await rest<{ docs: MunicipalityDoc[] }>(
    '/api/municipalities?where[slug][equals]=arnhem&depth=0&locale=nl',
  )
  arnhem = docs[0]!
  // A real number instead of the seed's placeholder, so the test can find it on the first page.
  await setLocalTeam({ ...arnhem.localTeam, phone: localTeamPhone })
  browser = await launchBrowser()
})

afterAll(async () => {
  await browser?.close()
  if (arnhem) await setLocalTeam(arnhem.localTeam)
})

/** Clicks the pack page's PDF link as a visitor would and returns the file the browser saved. */
const downloadFromPackPage = async (path: string) => {
  const context = await browser.newContext({ acceptDownloads: true })
  const page: Page = await context.newPage()
  try {
    await page.goto(`${baseUrl}${path}`)
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('a[data-download="pdf"]').click(),
    ])
    const file = await download.path()
    return {
      filename: download.suggestedFilename(),
      pdf: new Uint8Array(fs.readFileSync(file)),
      title: (await page.locator('h1').first().textContent())?.trim() ?? '',
    }
  } finally {
    await context.close()
  }
}

const squash = (text: string) => text.replace(/\s+/g, '')

/** Arabic letters take a joined form (initial, medial, final) only when the text was shaped. */
const presentationForms = /[\uFB50-\uFDFF\uFE70-\uFEFF]/

const pdfCount = async (locale: string) => {
  const { docs } = await rest<{ docs: { count: number }[] }>(
    `/api/pack-downloads?where[municipality][equals]=${arnhem.id}&where[audience][equals]=schools&where[kind][equals]=pdf&where[locale][equals]=${locale}&depth=0`,
  )
  return docs.reduce((sum, { count }) => sum + count, 0)
}

describe('the printable pack', () => {
  it('should download the Dutch pack from its page as a PDF with the logo and the contacts on the first page', async () => {
    const countBefore = await pdfCount('nl')
    const { filename, pdf } = await downloadFromPackPage('/nl/gemeente/arnhem/scholen')

    expect(filename).toBe('samen-veilig-arnhem-scholen-nl.pdf')
    expect(Buffer.from(pdf.subarray(0, 5)).toString('latin1')).toBe('%PDF-')
    const { pageCount, pages, imagesPerPage } = await readPdf(pdf)
    expect(pageCount).toBeGreaterThan(2)
    expect(imagesPerPage[0]).toBeGreaterThanOrEqual(1)
    expect(pages[0]).toContain('Arnhem')
    expect(squash(pages[0]!)).toContain(squash(localTeamPhone))
    expect(pages[0]).toContain('0800-2000')
    expect(pages[0]).toContain(`1 / ${pageCount}`)
    // The letter to parents and the steps of the reporting code, each on a page of its own.
    expect(pages.findIndex((text) => text.includes('Brief aan ouders'))).toBeGreaterThan(0)
    expect(await pdfCount('nl')).toBe(countBefore + 1)
  })

  it('should download the Arabic pack as a PDF that reads right to left', async () => {
    const countBefore = await pdfCount('ar')
    const { filename, pdf, title } = await downloadFromPackPage('/ar/gemeente/arnhem/scholen')

    expect(filename).toBe('samen-veilig-arnhem-scholen-ar.pdf')
    const { items, lines, pages, imagesPerPage } = await readPdf(pdf)
    expect(imagesPerPage[0]).toBeGreaterThanOrEqual(1)
    expect(items.filter(({ dir }) => dir === 'rtl').length).toBeGreaterThan(100)
    expect(items.map(({ str }) => str).join('')).toMatch(presentationForms)
    expect(squash(lines[0]!.join(''))).toContain(squash(title.normalize('NFKC')))
    expect(squash(pages[0]!)).toContain(squash(localTeamPhone))
    expect(pages[0]).toContain('0800-2000')
    expect(await pdfCount('ar')).toBe(countBefore + 1)
  })

  it('should serve the same file again from the cache and count that download too', async () => {
    const countBefore = await pdfCount('nl')
    const first = await fetch(`${baseUrl}/nl/gemeente/arnhem/scholen/pdf`)
    const second = await fetch(`${baseUrl}/nl/gemeente/arnhem/scholen/pdf`)

    expect(first.headers.get('content-type')).toBe('application/pdf')
    expect(
      Buffer.from(await second.arrayBuffer()).equals(Buffer.from(await first.arrayBuffer())),
    ).toBe(true)
    expect(await pdfCount('nl')).toBe(countBefore + 2)
  })

  it('should answer 404 for a pack that does not exist', async () => {
    const response = await fetch(`${baseUrl}/nl/gemeente/nergenshuizen/scholen/pdf`)

    expect(response.status).toBe(404)
  })
})
