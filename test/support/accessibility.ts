import fs from 'node:fs'
import { createRequire } from 'node:module'
import type { Page } from 'playwright-core'
import { expect } from 'vitest'

const axeSource = fs.readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
)

/**
 * axe-core on the page as it is now (or only inside `context`, a selector); fails with every
 * violation and the elements it concerns.
 */
export const expectNoAxeViolations = async (page: Page, context?: string) => {
  // Next streams metadata after a client-side navigation; judge the page once it has its title.
  await page.waitForFunction(() => document.title.length > 0)
  await page.addScriptTag({ content: axeSource })
  const violations = await page.evaluate(async (selector) => {
    const { axe } = window as unknown as {
      axe: {
        run: (
          context?: string,
        ) => Promise<{ violations: { id: string; help: string; nodes: { target: unknown }[] }[] }>
      }
    }
    const result = selector ? await axe.run(selector) : await axe.run()
    return result.violations.map(({ id, help, nodes }) => ({
      id,
      help,
      targets: nodes.map(({ target }) => target),
    }))
  }, context)
  expect(violations, page.url()).toEqual([])
}

/** Moves focus with Tab only, as a keyboard user does, until the element is reached. */
export const tabTo = async (page: Page, selector: string, maxSteps = 120) => {
  for (let step = 0; step < maxSteps; step++) {
    if (
      await page
        .locator(selector)
        .first()
        .evaluate((element) => element === document.activeElement)
    )
      return
    await page.keyboard.press('Tab')
  }
  throw new Error(`Tab never reached ${selector}`)
}
