import { createClient } from '@libsql/client'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { optOutUrlFor } from '@/organisations/links'

import { expectNoAxeViolations, tabTo } from '../support/accessibility'
import { launchBrowser } from '../support/browser'

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

/** A demo organisation as the admin reads it. */
const organisationNamed = async (name: string) => {
  const response = await fetch(
    `${baseUrl}/api/organisations?where[name][equals]=${encodeURIComponent(name)}&depth=0`,
    { headers: { Authorization: `JWT ${token}` } },
  )
  const { docs } = (await response.json()) as {
    docs: { id: number; status: string; language: string }[]
  }
  return docs[0]!
}

/** The version the organisation's links are signed for: kept out of every API on purpose. */
const linkVersionOf = async (id: number) => {
  const database = createClient({ url: inject('demoDatabaseUrl') })
  try {
    const { rows } = await database.execute({
      sql: 'SELECT link_version FROM organisations WHERE id = ?',
      args: [id],
    })
    return Number(rows[0]?.link_version ?? 0)
  } finally {
    database.close()
  }
}

describe.each([
  {
    locale: 'nl',
    dir: 'ltr',
    name: 'Basisschool De Vlinderboom',
    title: 'Afmelden voor het communicatiepakket',
    done: 'Uw organisatie is afgemeld',
  },
  {
    locale: 'ar',
    dir: 'rtl',
    name: 'Buurthuis Vrijwilligers Duiven',
    title: 'إلغاء الاشتراك في حزمة التواصل',
    done: 'تم إلغاء اشتراك منظمتكم',
  },
])('the organisation opt-out page in $locale', ({ locale, dir, name, title, done }) => {
  it('should only ask when opened and opt out with the button, by keyboard', async () => {
    const organisation = await organisationNamed(name)
    expect(organisation).toMatchObject({ status: 'active', language: locale })
    // The link a pack mailing carries, signed with the demo's own key (data/.payload-secret).
    const linkVersion = await linkVersionOf(organisation.id)
    const link = optOutUrlFor({ ...organisation, linkVersion }).replace(
      /^https?:\/\/[^/]+/,
      baseUrl,
    )
    const page = await browser.newPage()
    try {
      await page.goto(link, { waitUntil: 'networkidle' })
      expect(await page.locator('h1').textContent()).toBe(title)
      expect(await page.locator('html').getAttribute('dir')).toBe(dir)
      await expectNoAxeViolations(page)
      // Opening the link only asks: a link scanner must not opt anyone out.
      expect((await organisationNamed(name)).status).toBe('active')
      await tabTo(page, 'main button[type="submit"]')
      await Promise.all([page.waitForLoadState('networkidle'), page.keyboard.press('Enter')])
      await page.locator('h1', { hasText: done }).waitFor()
      await expectNoAxeViolations(page)
      expect((await organisationNamed(name)).status).toBe('opted-out')
    } finally {
      await page.close()
    }
  })
})

describe('an opt-out link that does not work', () => {
  it('should show the same friendly problem page as the newsletter links', async () => {
    const page = await browser.newPage()
    try {
      await page.goto(
        `${baseUrl}/ar/organisaties/afmelden?token=organisation-opt-out.1.0.vervalst`,
        {
          waitUntil: 'networkidle',
        },
      )
      expect(await page.locator('h1').textContent()).toBe('هذا الرابط لا يعمل (بعد الآن)')
      await expectNoAxeViolations(page)
    } finally {
      await page.close()
    }
  })
})
