import { chromium } from 'playwright-core'
import type { Browser, Page } from 'playwright-core'

/**
 * How long a browser test waits for the page to be ready (an element, a URL, a download): just
 * under the e2e project's 120 s test time, instead of Playwright's 30 s, which a loaded two-core
 * machine has overrun on a cold admin page. Tests wait on what they need to see, never on the
 * clock, so on a quiet machine they take no longer for it.
 */
export const readinessTimeoutMs = 110_000

/**
 * Debian's Chromium, never a downloaded browser; the flags keep it off the closed network. Every
 * page and context it opens waits up to `readinessTimeoutMs`.
 */
export const launchBrowser = async (): Promise<Browser> => {
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  })
  // `browser.newPage` makes its context through `newContext` too, so this covers every page.
  const newContext = browser.newContext.bind(browser)
  browser.newContext = async (options) => {
    const context = await newContext(options)
    context.setDefaultTimeout(readinessTimeoutMs)
    context.setDefaultNavigationTimeout(readinessTimeoutMs)
    return context
  }
  return browser
}

/** A JWT for a demo account, for the REST calls a browser test makes around the UI. */
export const apiToken = async ({
  baseUrl,
  email,
  password,
}: {
  baseUrl: string
  email: string
  password: string
}): Promise<string> => {
  const response = await fetch(`${baseUrl}/api/users/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, password }),
  })
  return ((await response.json()) as { token: string }).token
}

/**
 * Signs in as the admin would and opens the dashboard, resolved once the dashboard shows (not when
 * the URL changes, which happens before a cold admin has rendered anything). The session cookie
 * comes from the login endpoint through the page's own request context, so it lands in the
 * browser exactly as the login form would put it there; filling the form itself raced React's form
 * state on a busy two-core machine (an empty e-mail reached the server, or no request left at all).
 */
export const logInToAdmin = async ({
  page,
  baseUrl,
  email,
  password,
}: {
  page: Page
  baseUrl: string
  email: string
  password: string
}) => {
  const answer = await page.request.post(`${baseUrl}/api/users/login`, {
    data: { email, password },
    timeout: readinessTimeoutMs,
  })
  if (!answer.ok()) {
    throw new Error(`Logging in as ${email} failed: ${answer.status()} ${await answer.text()}`)
  }
  await page.goto(`${baseUrl}/admin`)
  await page.locator('.dashboard').first().waitFor({ state: 'visible' })
}
