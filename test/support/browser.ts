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

/**
 * Signs in as the admin would and opens the dashboard. The session cookie comes from the login
 * endpoint through the page's own request context, so it lands in the browser exactly as the login
 * form would put it there; filling the form itself raced React's form state on a busy two-core
 * machine (an empty e-mail reached the server, or no request left at all).
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
    timeout: 90_000,
  })
  if (!answer.ok()) {
    throw new Error(`Logging in as ${email} failed: ${answer.status()} ${await answer.text()}`)
  }
  await page.goto(`${baseUrl}/admin`, { timeout: 90_000 })
  await page.waitForURL(`${baseUrl}/admin`, { timeout: 90_000 })
}
