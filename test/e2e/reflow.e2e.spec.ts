import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { launchBrowser } from '../support/browser'

const baseUrl = inject('baseUrl')

/** Every kind of public page: home, municipality, tailored and fallback packs, print, forms, archive. */
const pagePaths = [
  '',
  '/gemeente/arnhem',
  '/gemeente/arnhem/scholen',
  '/gemeente/aalten/vrijwilligersorganisaties',
  '/gemeente/arnhem/scholen/print',
  '/nieuwsbrief',
  '/nieuwsbrief/afmelden',
  '/nieuwsbrief/voorkeuren',
  '/nieuwsbrief/bevestigen',
  '/organisaties/afmelden',
  '/archief',
  '/toegankelijkheidsverklaring',
  '/bestaat-niet',
]

let browser: Browser
let page: Page
let archivedEditionPath: string | undefined

beforeAll(async () => {
  browser = await launchBrowser()
  // WCAG 1.4.10: content reflows at 320 CSS pixels (1280 px at 400 % zoom).
  page = await browser.newPage({ viewport: { width: 320, height: 640 } })
  const archive = await fetch(`${baseUrl}/nl/archief`).then((response) => response.text())
  archivedEditionPath = /href="\/nl(\/archief\/\d+)"/.exec(archive)?.[1]
})

afterAll(async () => {
  await browser?.close()
})

/** What sticks out sideways: the page's scroll width and the elements wider than the screen. */
const overflowOf = (target: Page) =>
  target.evaluate(() => {
    const screen = document.documentElement.clientWidth
    const wide = [...document.body.querySelectorAll('*')]
      .filter((element) => {
        const box = element.getBoundingClientRect()
        return box.width > 0 && (box.right > screen + 1 || box.left < -1)
      })
      .slice(0, 5)
      .map((element) => `${element.tagName.toLowerCase()}.${element.className}`)
    return { scrollWidth: document.documentElement.scrollWidth, screen, wide }
  })

describe('reflow at 320 px', () => {
  for (const locale of ['nl', 'ar'] as const) {
    it(`should show every public page in ${locale} without scrolling sideways`, async () => {
      const paths = archivedEditionPath ? [...pagePaths, archivedEditionPath] : pagePaths
      const tooWide: string[] = []
      for (const path of paths) {
        await page.goto(`${baseUrl}/${locale}${path}`, { waitUntil: 'load' })
        const { scrollWidth, screen, wide } = await overflowOf(page)
        if (scrollWidth > screen)
          tooWide.push(`${path || '/'}: ${scrollWidth}px (${wide.join(', ')})`)
      }
      expect(tooWide).toEqual([])
    })
  }

  it('should find a sent edition in the archive to check as well', () => {
    expect(archivedEditionPath).toMatch(/^\/archief\/\d+$/)
  })
})
