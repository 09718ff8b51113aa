import { chromium } from 'playwright-core'
import type { Browser, Page } from 'playwright-core'

/** Debian's Chromium, never a downloaded browser; the flags keep it off the closed network. */
export const launchBrowser = (): Promise<Browser> =>
  chromium.launch({
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

/** Signs in through the admin's login form, once React has hydrated it. */
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
  await page.goto(`${baseUrl}/admin/login`)
  await waitForHydration(page, 'button[type="submit"]')
  await page.locator('#field-email').fill(email)
  await page.locator('#field-password').fill(password)
  // A busy two-core machine can take longer than the default 30 s to answer and render.
  const [answer] = await Promise.all([
    page.waitForResponse(
      (response) =>
        response.url().includes('/api/users/login') && response.request().method() === 'POST',
      { timeout: 90_000 },
    ),
    page.locator('button[type="submit"]').click(),
  ])
  if (!answer.ok()) {
    throw new Error(`Logging in as ${email} failed: ${answer.status()} ${await answer.text()}`)
  }
  await page.waitForURL(`${baseUrl}/admin`, { timeout: 90_000 })
}

/**
 * Waits until React has attached its handlers to `selector`: a click before that is a plain HTML
 * form submit. Network quiet is no such sign on a loaded machine; React's own props on the
 * element are.
 */
export const waitForHydration = (page: Page, selector: string) =>
  page.waitForFunction(
    (target) => {
      const element = document.querySelector(target)
      return Boolean(element && Object.keys(element).some((key) => key.startsWith('__reactProps')))
    },
    selector,
    { timeout: 90_000 },
  )
