import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

import { adminTranslations } from '@/i18n/admin'
import type { AdminTexts } from '@/i18n/admin'

/** Every key of a translations object as Payload's `t` takes it, plural forms included. */
const keysOf = (node: object, prefix = ''): string[] =>
  Object.entries(node).flatMap(([key, value]) =>
    typeof value === 'string' ? [`${prefix}${key}`] : keysOf(value, `${prefix}${key}:`),
  )

const textAt = (texts: AdminTexts, key: string) =>
  key.split(':').reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], texts)

const placeholdersOf = (text: unknown) =>
  [...String(text).matchAll(/\{\{(\w+)\}\}/g)].map(([, name]) => name).sort()

const sourceFiles = (directory: string): string[] =>
  fs.readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(directory, entry.name)
    if (entry.isDirectory()) return sourceFiles(file)
    return /\.tsx?$/.test(entry.name) ? [file] : []
  })

/** Every `custom:` key written in the source; `${…}` in a template stands for one key part. */
const usedKeys = () =>
  sourceFiles(path.resolve('src')).flatMap((file) =>
    [...fs.readFileSync(file, 'utf8').matchAll(/['`](custom:[\w:${}.?]+)['`]/g)].map(([, key]) => ({
      key: key!,
      file: path.relative(process.cwd(), file),
    })),
  )

describe('admin translations', () => {
  const dutchKeys = keysOf(adminTranslations.nl)

  it('should give English exactly the keys Dutch has', () => {
    expect(keysOf(adminTranslations.en).sort()).toEqual([...dutchKeys].sort())
  })

  it('should fill in every text and use the same placeholders in both languages', () => {
    for (const key of dutchKeys) {
      const [dutch, english] = [
        textAt(adminTranslations.nl, key),
        textAt(adminTranslations.en, key),
      ]
      expect({ key, isEmpty: !String(dutch).trim() || !String(english).trim() }).toEqual({
        key,
        isEmpty: false,
      })
      expect({ key, placeholders: placeholdersOf(english) }).toEqual({
        key,
        placeholders: placeholdersOf(dutch),
      })
    }
  })

  // Plural forms (`_one`, `_other`) are asked for by their common key with a count.
  const known = [...new Set(dutchKeys.map((key) => key.replace(/_(one|other)$/, '')))]
  const used = usedKeys()
  const asks = (use: string, key: string) =>
    use.includes('${')
      ? new RegExp(`^${use.replace(/\$\{[^}]*\}/g, '[^:]+')}$`).test(key)
      : use === key

  it('should have a text for every custom: key the source uses', () => {
    const missing = used.filter(({ key }) => !known.some((candidate) => asks(key, candidate)))
    expect(missing).toEqual([])
    expect(used.length).toBeGreaterThan(300)
  })

  it('should hold no custom: text that nothing uses', () => {
    const unused = known.filter(
      (key) => key.startsWith('custom:') && !used.some((use) => asks(use.key, key)),
    )
    expect(unused).toEqual([])
  })
})
