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

/** Signs in through the admin's login form, waiting for it to hydrate first. */
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
  // A click before hydration would be a plain HTML form submit.
  await page.goto(`${baseUrl}/admin/login`, { waitUntil: 'networkidle' })
  await page.locator('#field-email').fill(email)
  await page.locator('#field-password').fill(password)
  await page.locator('button[type="submit"]').click()
  await page.waitForURL(`${baseUrl}/admin`)
}
