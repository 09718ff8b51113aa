import fs from 'node:fs'
import type { Browser, BrowserContext, Page } from 'playwright-core'

/**
 * HTML to PDF with Debian's Chromium (never a downloaded browser), shared by the printable pack
 * and the monitor's yearly overview. One browser serves all renders: it is started on the first
 * render (a cold start costs about a second), kept while renders come in and closed after
 * `PDF_BROWSER_IDLE_SECONDS` without one. Every render gets its own context, so nothing leaks
 * from one document into the next, and has a time limit.
 */

export type PdfOptions = {
  /** HTML for the top and bottom margin of every page; `pageNumber` and `totalPages` classes are filled in. */
  headerTemplate?: string
  footerTemplate?: string
  margin?: { top?: string; right?: string; bottom?: string; left?: string }
  landscape?: boolean
  /** Whole render, from opening a page to the last byte. Default `PDF_RENDER_TIMEOUT_SECONDS` (30). */
  timeoutMs?: number
}

export class PdfRenderError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options)
    this.name = 'PdfRenderError'
  }
}

/**
 * There is no Chromium to print with (a machine set up without the system packages): retrying
 * will not help until someone installs it, so the pages say that instead of "try again later".
 */
export class PdfBrowserMissingError extends PdfRenderError {
  constructor() {
    super(
      `Chromium ontbreekt (${chromiumPath()}), dus de toolkit maakt geen pdf's. Installeer het ` +
        'als root met `apt-get install -y chromium` (of `npm run demo` / `npm test` als root), ' +
        'of wijs CHROMIUM_PATH naar een geïnstalleerde Chromium.',
    )
    this.name = 'PdfBrowserMissingError'
  }
}

/**
 * A self-contained HTML document (styles inline, images as data URLs) as an A4 PDF. The page may
 * not load anything from the network: every request other than `data:` is refused, so a stray
 * URL can neither hang the render nor leak anything.
 */
export const htmlToPdf = (html: string, options: PdfOptions = {}): Promise<Buffer> =>
  withPage(options, async (page) => {
    await page.route(/^(?!data:)/, (route) => route.abort('blockedbyclient'))
    await page.setContent(html, { waitUntil: 'load' })
    return printPage(page, options)
  })

/**
 * A page that is served somewhere (for example a print page of this app) as an A4 PDF. Only that
 * page's own origin is reachable, and scripts are not loaded: printing needs the server-rendered
 * HTML, styles and images, not the page's interactivity.
 */
export const urlToPdf = (url: string, options: PdfOptions = {}): Promise<Buffer> =>
  withPage(options, async (page) => {
    const { origin } = new URL(url)
    await page.route(
      () => true,
      (route) => {
        const request = route.request()
        const isNeeded =
          new URL(request.url()).origin === origin && request.resourceType() !== 'script'
        return isNeeded ? route.continue() : route.abort('blockedbyclient')
      },
    )
    const response = await page.goto(url, { waitUntil: 'load' })
    if (!response?.ok())
      throw new PdfRenderError(`${url} answered ${response?.status() ?? 'nothing'}`)
    return printPage(page, options)
  })

/** Closes the shared browser now (tests, shutdown); the next render starts a new one. */
export const closePdfBrowser = async () => {
  const state = browserState()
  clearTimeout(state.idleTimer)
  const launching = state.browser
  state.browser = undefined
  if (launching) await (await launching.catch(() => undefined))?.close().catch(() => undefined)
}

export const chromiumPath = () => process.env.CHROMIUM_PATH || '/usr/bin/chromium'

const printPage = async (page: Page, options: PdfOptions) => {
  await page.evaluate(() => document.fonts.ready)
  const hasHeaderFooter = Boolean(options.headerTemplate || options.footerTemplate)
  return page.pdf({
    format: 'A4',
    landscape: options.landscape,
    printBackground: true,
    displayHeaderFooter: hasHeaderFooter,
    headerTemplate: options.headerTemplate ?? '<span></span>',
    footerTemplate: options.footerTemplate ?? '<span></span>',
    margin: options.margin ?? { top: '20mm', right: '18mm', bottom: '20mm', left: '18mm' },
    outline: true,
    tagged: true,
  })
}

const withPage = async <T>(options: PdfOptions, work: (page: Page) => Promise<T>): Promise<T> => {
  const timeoutMs = options.timeoutMs ?? Number(process.env.PDF_RENDER_TIMEOUT_SECONDS || 30) * 1000
  const state = browserState()
  state.active += 1
  clearTimeout(state.idleTimer)
  let context: BrowserContext | undefined
  let isAbandoned = false
  let timer: NodeJS.Timeout | undefined
  try {
    const render = (async () => {
      await takeRenderSlot()
      try {
        if (isAbandoned) throw new PdfRenderError('The render was abandoned while it waited')
        const browser = await sharedBrowser()
        context = await browser.newContext({ serviceWorkers: 'block' })
        if (isAbandoned) {
          await context.close()
          throw new PdfRenderError('The render was abandoned')
        }
        const page = await context.newPage()
        page.setDefaultTimeout(timeoutMs)
        return await work(page)
      } finally {
        releaseRenderSlot()
      }
    })()
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () => reject(new PdfRenderError(`The PDF was not ready within ${timeoutMs} ms`)),
        timeoutMs,
      )
    })
    // A render that lost the race ends when its context closes below; its error is not news.
    render.catch(() => undefined)
    return await Promise.race([render, timeout])
  } catch (error) {
    throw error instanceof PdfRenderError
      ? error
      : new PdfRenderError(messageOf(error), { cause: error })
  } finally {
    isAbandoned = true
    clearTimeout(timer)
    await (context as BrowserContext | undefined)?.close().catch(() => undefined)
    state.active -= 1
    if (state.active === 0) scheduleIdleClose()
  }
}

type BrowserState = {
  browser?: Promise<Browser>
  /** Renders started, waiting or running; the browser closes when this drops to zero and stays there. */
  active: number
  /** Renders holding a page; at most `maxParallelRenders`, the rest wait in `waiting`. */
  rendering: number
  waiting: (() => void)[]
  idleTimer?: NodeJS.Timeout
}

/** Two pages at once keep a small server responsive; more renders queue (within their time limit). */
const maxParallelRenders = 2

const takeRenderSlot = async () => {
  const state = browserState()
  if (state.rendering < maxParallelRenders) {
    state.rendering += 1
    return
  }
  // The slot is handed over by `releaseRenderSlot`, so `rendering` stays counted.
  await new Promise<void>((resolve) => state.waiting.push(resolve))
}

const releaseRenderSlot = () => {
  const state = browserState()
  const next = state.waiting.shift()
  if (next) next()
  else state.rendering -= 1
}

/** Kept on globalThis so that module reloads (Next in development) share one browser. */
const browserState = (): BrowserState => {
  const holder = globalThis as typeof globalThis & { __samenVeiligPdfBrowser?: BrowserState }
  holder.__samenVeiligPdfBrowser ??= { active: 0, rendering: 0, waiting: [] }
  return holder.__samenVeiligPdfBrowser
}

const sharedBrowser = (): Promise<Browser> => {
  const state = browserState()
  if (!state.browser) {
    const launching = launch()
    state.browser = launching
    launching.then(
      (browser) =>
        browser.on('disconnected', () => {
          if (state.browser === launching) state.browser = undefined
        }),
      () => {
        // A failed start is not kept: the next render tries again.
        if (state.browser === launching) state.browser = undefined
      },
    )
  }
  return state.browser
}

const launch = async (): Promise<Browser> => {
  if (!fs.existsSync(chromiumPath())) throw new PdfBrowserMissingError()
  // Loaded on the first render only: pages that never print do not pay for playwright.
  const { chromium } = await import('playwright-core')
  return chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    // Without the networking flags Chromium keeps trying to reach Google's services.
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-extensions',
      '--font-render-hinting=none',
    ],
  })
}

const scheduleIdleClose = () => {
  const state = browserState()
  const idleMs = Number(process.env.PDF_BROWSER_IDLE_SECONDS || 60) * 1000
  clearTimeout(state.idleTimer)
  state.idleTimer = setTimeout(() => {
    if (browserState().active === 0) void closePdfBrowser()
  }, idleMs)
  // An idle browser must not keep a finished process (a script, a test run) alive.
  state.idleTimer.unref()
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error))
