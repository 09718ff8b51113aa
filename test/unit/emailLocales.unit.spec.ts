import fs from 'node:fs'
import path from 'node:path'
import ts from 'typescript'
import { describe, expect, it } from 'vitest'

import { localeCodes } from '@/i18n'

import { resources } from '../../locales'

const pluralSuffix = /_(zero|one|two|few|many|other)$/

const flatten = (value: unknown, prefix = ''): Record<string, string> => {
  if (typeof value === 'string') return { [prefix]: value }
  if (typeof value !== 'object' || value === null) return { [prefix]: String(value) }
  return Object.assign(
    {},
    ...Object.entries(value).map(([key, child]) =>
      flatten(child, prefix ? `${prefix}.${key}` : key),
    ),
  )
}

const variables = (value: string) => new Set([...value.matchAll(/\{\{\s*(\w+)/g)].map((m) => m[1]))

const dutch = flatten(resources.nl.email)
const dutchKeys = Object.keys(dutch).filter((key) => !pluralSuffix.test(key))

/**
 * The mails to admin users come in the admin's languages only, Dutch and English; i18next falls
 * back to Dutch for the others.
 */
const staffSections = ['passwordReset.', 'campaignReminder.', 'routeToHelpReminder.']
const isStaffKey = (key: string) => staffSections.some((section) => key.startsWith(section))
const keysFor = (code: string) =>
  code === 'nl' || code === 'en' ? dutchKeys : dutchKeys.filter((key) => !isStaffKey(key))
const dutchPluralBases = [
  ...new Set(
    Object.keys(dutch)
      .filter((key) => pluralSuffix.test(key))
      .map((key) => key.replace(pluralSuffix, '')),
  ),
]

describe('e-mail strings', () => {
  it('should have a locales/<lng>/email.json for every language in src/i18n/locales.ts', () => {
    for (const code of localeCodes) {
      expect(resources[code]?.email, code).toBeTypeOf('object')
      expect(fs.existsSync(path.resolve('locales', code, 'email.json')), code).toBe(true)
    }
  })

  describe.each(localeCodes)('%s', (code) => {
    const strings = flatten(resources[code].email)

    it('should have every key of the Dutch file, and no others', () => {
      const missing = keysFor(code).filter((key) => !(key in strings))
      expect(missing).toEqual([])
      const known = new Set([...keysFor(code), ...dutchPluralBases])
      const extra = Object.keys(strings).filter(
        (key) => !known.has(key.replace(pluralSuffix, '')) && !known.has(key),
      )
      expect(extra).toEqual([])
    })

    it('should have every plural form the language needs', () => {
      const categories = new Intl.PluralRules(code).resolvedOptions().pluralCategories
      for (const base of dutchPluralBases) {
        for (const category of categories) {
          expect(strings[`${base}_${category}`], `${base}_${category}`).toBeTruthy()
        }
      }
    })

    it('should have no empty values and no stray whitespace', () => {
      for (const [key, value] of Object.entries(strings)) {
        expect(value.trim(), key).not.toBe('')
        // The text part is made by html-to-text, which collapses whitespace: keep strings clean.
        expect(value, key).toBe(value.trim())
        expect(value, key).not.toMatch(/\s{2,}|[\t\n]/)
      }
    })

    it('should use the same interpolation variables as Dutch', () => {
      for (const [key, value] of Object.entries(strings)) {
        const reference = dutch[key] ?? dutch[`${key.replace(pluralSuffix, '')}_other`]
        const expected = variables(reference)
        const actual = variables(value)
        // A plural form may spell out its number ("يوم واحد") instead of using {{count}}.
        expected.delete('count')
        actual.delete('count')
        expect([...actual].sort(), key).toEqual([...expected].sort())
      }
    })
  })

  it.each(['ar', 'tr', 'pl', 'uk'] as const)(
    'should really translate %s, not copy Dutch or English',
    (code) => {
      const english = flatten(resources.en.email)
      const strings = flatten(resources[code].email)
      // Only the brand name and the [TEST] marker may stay the same.
      const copied = Object.entries(strings).filter(
        ([key, value]) => (value === dutch[key] || value === english[key]) && key !== 'brand.name',
      )
      expect(copied.map(([key]) => key).filter((key) => key !== 'newsletter.testSubject')).toEqual(
        [],
      )
    },
  )

  it('should write Arabic in Arabic script and Ukrainian in Cyrillic', () => {
    const share = (code: 'ar' | 'uk', script: RegExp) => {
      const values = Object.entries(flatten(resources[code].email)).filter(
        ([key]) => key !== 'brand.name',
      )
      return values.filter(([, value]) => script.test(value)).length / values.length
    }
    expect(share('ar', /\p{Script=Arabic}/u)).toBe(1)
    expect(share('uk', /\p{Script=Cyrillic}/u)).toBe(1)
  })
})

/**
 * Templates must take every word a reader sees from the locale files, so a new language never
 * shows Dutch by accident. The check reads the TSX syntax tree: no JSX text with letters, no
 * string literal with Dutch words, and no literal alt/title, outside the Dutch preview data.
 */
const dutchWords = new Set(
  `de het een uw u je jij wij we ons onze van voor niet met bij naar hier klik bekijk lees meer
  beste lezer welkom nieuwsbrief afmelden aanmelden aanmelding bevestig bevestigen voorkeuren
  aanpassen gemeente regio bel gratis gevaar zorgen testbericht afzender ontvangt deze dit tekst
  alleen nederlands beschikbaar wanneer nieuws`.split(/\s+/),
)

type Finding = { file: string; line: number; text: string; reason: string }

const findHardCodedText = (file: string, source: string): Finding[] => {
  const sourceFile = ts.createSourceFile(
    file,
    source,
    ts.ScriptTarget.Latest,
    true,
    ts.ScriptKind.TSX,
  )
  const findings: Finding[] = []
  const report = (node: ts.Node, text: string, reason: string) =>
    findings.push({
      file,
      line: sourceFile.getLineAndCharacterOfPosition(node.getStart()).line + 1,
      text,
      reason,
    })
  const isPreviewData = (node: ts.Node) =>
    ts.isBinaryExpression(node) &&
    ts.isPropertyAccessExpression(node.left) &&
    node.left.name.text === 'PreviewProps'
  const visit = (node: ts.Node) => {
    if (isPreviewData(node) || ts.isImportDeclaration(node)) return
    if (ts.isJsxText(node) && /\p{L}/u.test(node.text)) {
      report(node, node.text.trim(), 'JSX text')
    }
    if (
      ts.isJsxAttribute(node) &&
      ['alt', 'title', 'aria-label'].includes(node.name.getText()) &&
      node.initializer &&
      ts.isStringLiteral(node.initializer)
    ) {
      report(node, node.initializer.text, 'literal attribute')
    }
    if (
      ts.isStringLiteral(node) ||
      ts.isNoSubstitutionTemplateLiteral(node) ||
      ts.isTemplateHead(node) ||
      ts.isTemplateMiddle(node) ||
      ts.isTemplateTail(node)
    ) {
      // Markup the rich-text converter writes (`<u>`) is no text a reader sees.
      const words = node.text
        .replace(/<[^>]*>/g, ' ')
        .toLowerCase()
        .split(/[^\p{L}]+/u)
      if (words.some((word) => dutchWords.has(word))) report(node, node.text, 'Dutch words')
    }
    ts.forEachChild(node, visit)
  }
  visit(sourceFile)
  return findings
}

const templateFiles = (directory: string): string[] =>
  fs.readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(directory, entry.name)
    if (entry.isDirectory()) return templateFiles(full)
    return /\.tsx?$/.test(entry.name) ? [full] : []
  })

describe('templates', () => {
  it('should catch hard-coded text (self-test of the check)', () => {
    const findings = findHardCodedText(
      'voorbeeld.tsx',
      `const A = () => <Text>Beste lezer</Text>
       const B = () => <Img alt="Logo" />
       const C = 'Klik hier om af te melden'
       const D = () => <Text>{t('newsletter.greetingGeneric')} {' · '}</Text>
       X.PreviewProps = { title: 'Nieuwsbrief van de regio' }`,
    )
    expect(findings.map(({ reason, text }) => `${reason}: ${text}`)).toEqual([
      'JSX text: Beste lezer',
      'literal attribute: Logo',
      'Dutch words: Klik hier om af te melden',
    ])
  })

  it('should contain no hard-coded user-visible text under emails/', () => {
    const files = templateFiles(path.resolve('emails'))
    expect(files.length).toBeGreaterThanOrEqual(5)
    const findings = files.flatMap((file) =>
      findHardCodedText(path.relative(process.cwd(), file), fs.readFileSync(file, 'utf8')),
    )
    expect(findings).toEqual([])
  })
})
