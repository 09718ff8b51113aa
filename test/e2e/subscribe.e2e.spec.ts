import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { expectNoAxeViolations, tabTo } from '../support/accessibility'
import { launchBrowser } from '../support/browser'
import { linkIn } from '../support/subscribers'

const baseUrl = inject('baseUrl')
const password = inject('demoPassword')

let browser: Browser
let token: string

beforeAll(async () => {
  const login = await fetch(`${baseUrl}/api/users/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email: 'admin@example.org', password }),
  })
  token = ((await login.json()) as { token: string }).token
  browser = await launchBrowser()
})

afterAll(async () => {
  await browser?.close()
})

const asAdmin = async <T>(path: string): Promise<T> => {
  const response = await fetch(`${baseUrl}${path}`, { headers: { Authorization: `JWT ${token}` } })
  return (await response.json()) as T
}

/** The mails the outbox holds for an address, oldest first, as an adviser would find them. */
const mailsTo = async (email: string) =>
  (
    await asAdmin<{ docs: { subject: string; text: string }[] }>(
      `/api/outbox-messages?where[to][equals]=${encodeURIComponent(email)}&sort=createdAt&depth=0`,
    )
  ).docs

/**
 * Works through the queue that holds the sign-up and welcome jobs, as the server's autorun does
 * within a minute, until `find` finds what they make. More than one round only when the autorun
 * happened to take the job first.
 */
const runJobsUntil = async <T>(find: () => Promise<T | undefined>): Promise<T> => {
  const deadline = Date.now() + 15_000
  while (Date.now() < deadline) {
    const response = await fetch(
      `${baseUrl}/api/payload-jobs/run?queue=default&disableScheduling=true`,
      { headers: { Authorization: `JWT ${token}` } },
    )
    expect(response.status).toBe(200)
    const found = await find()
    if (found !== undefined) return found
  }
  throw new Error('The jobs did not make what was expected')
}

const statusOf = async (email: string) =>
  (
    await asAdmin<{ docs: { status: string }[] }>(
      `/api/subscribers?where[email][equals]=${encodeURIComponent(email)}&depth=0`,
    )
  ).docs[0]?.status

const audiencesOf = async (email: string) =>
  (
    await asAdmin<{ docs: { audiences: string[] }[] }>(
      `/api/subscribers?where[email][equals]=${encodeURIComponent(email)}&depth=0`,
    )
  ).docs[0]?.audiences

describe.each([
  {
    locale: 'nl',
    dir: 'ltr',
    confirm: 'Aanmelding bevestigen',
    confirmed: 'Aanmelding bevestigd',
    done: 'U bent afgemeld',
  },
  {
    locale: 'ar',
    dir: 'rtl',
    confirm: 'تأكيد الاشتراك',
    confirmed: 'تم تأكيد الاشتراك',
    done: 'تم إلغاء اشتراكك',
  },
])('subscribing in $locale', ({ locale, dir, confirm, confirmed, done }) => {
  it('should subscribe by keyboard, confirm with the button on the mail link, change preferences and unsubscribe with the button', async () => {
    const email = `e2e-${locale}-${Date.now()}@example.org`
    const page = await browser.newPage()
    try {
      await page.goto(`${baseUrl}/${locale}/nieuwsbrief`, { waitUntil: 'networkidle' })
      expect(await page.locator('html').getAttribute('lang')).toBe(locale)
      expect(await page.locator('html').getAttribute('dir')).toBe(dir)
      await expectNoAxeViolations(page)

      // The skip link is the first stop and leads into the content.
      await page.keyboard.press('Tab')
      expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe(
        '#inhoud',
      )
      await page.keyboard.press('Enter')
      await tabTo(page, '#email')
      await page.keyboard.type(email)
      await tabTo(page, '#municipality')
      await page.keyboard.press('ArrowDown')
      await tabTo(page, '#audience-schools')
      await page.keyboard.press('Space')
      await tabTo(page, '#consent')
      await page.keyboard.press('Space')
      await tabTo(page, 'button[type="submit"]')
      await Promise.all([page.waitForURL(/verzonden=1/), page.keyboard.press('Enter')])
      await page.locator('[role="status"]').waitFor()
      await expectNoAxeViolations(page)

      const confirmation = await runJobsUntil(async () => (await mailsTo(email))[0])
      expect(await statusOf(email)).toBe('pending')
      await page.goto(linkIn(confirmation.text, 'bevestigen'), { waitUntil: 'networkidle' })
      expect(await page.locator('h1').textContent()).toBe(confirm)
      expect(await page.locator('html').getAttribute('dir')).toBe(dir)
      await expectNoAxeViolations(page)
      // Opening the link only asks: a mail scanner following it must not subscribe anyone.
      expect(await statusOf(email)).toBe('pending')
      await tabTo(page, 'main button[type="submit"]')
      await page.keyboard.press('Enter')
      await page.locator('h1', { hasText: confirmed }).waitFor()
      await expectNoAxeViolations(page)
      expect(await statusOf(email)).toBe('confirmed')

      await Promise.all([
        page.waitForURL(/\/nieuwsbrief\/voorkeuren\?token=/),
        page.locator('main a[href*="/nieuwsbrief/voorkeuren"]').click(),
      ])
      await expectNoAxeViolations(page)
      await tabTo(page, '#audience-employers')
      await page.keyboard.press('Space')
      await tabTo(page, 'main form button[type="submit"]')
      await Promise.all([page.waitForURL(/opgeslagen=1/), page.keyboard.press('Enter')])
      await page.locator('[role="status"]').waitFor()
      await expectNoAxeViolations(page)
      expect(await audiencesOf(email)).toEqual(['schools', 'employers'])

      const welcome = await runJobsUntil(async () => (await mailsTo(email))[1])
      await page.goto(linkIn(welcome.text, 'afmelden'), { waitUntil: 'networkidle' })
      await expectNoAxeViolations(page)
      // Opening the link only asks: a link scanner must not unsubscribe anyone.
      expect(await statusOf(email)).toBe('confirmed')
      await tabTo(page, 'main button[type="submit"]')
      await Promise.all([page.waitForLoadState('networkidle'), page.keyboard.press('Enter')])
      await page.locator('h1', { hasText: done }).waitFor()
      await expectNoAxeViolations(page)
      expect(await statusOf(email)).toBe('unsubscribed')
    } finally {
      await page.close()
    }
  })
})

describe('a link that does not work', () => {
  it('should explain in the visitor language that nothing changed', async () => {
    const page = await browser.newPage()
    try {
      await page.goto(`${baseUrl}/ar/nieuwsbrief/afmelden?token=unsubscribe.1.0.vervalst`, {
        waitUntil: 'networkidle',
      })
      expect(await page.locator('h1').textContent()).toBe('هذا الرابط لا يعمل (بعد الآن)')
      await expectNoAxeViolations(page)
    } finally {
      await page.close()
    }
  })
})
