/**
 * `npm run abuse:count`: the abuse suite's attacks tried and held, by kind, from the JSON report
 * `npm test` writes in CI (`--reporter=json --outputFile=test-results/vitest.json`). The table goes
 * into SECURITY.md; the last line is one JSON object with the same figures.
 */
import fs from 'node:fs'

import { attackKinds } from '../test/support/attackKinds'

type Report = {
  testResults: {
    name: string
    assertionResults: { ancestorTitles: string[]; status: string }[]
  }[]
}

const reportPath = process.argv[2] ?? 'test-results/vitest.json'
if (!fs.existsSync(reportPath)) {
  console.error(
    `Geen testverslag in ${reportPath}. Maak het met: npm test -- --project abuse --reporter=json --outputFile=${reportPath}`,
  )
  process.exit(1)
}
const report = JSON.parse(fs.readFileSync(reportPath, 'utf8')) as Report

const counts = new Map<string, { tried: number; held: number }>(
  Object.values(attackKinds).map((kind) => [kind, { tried: 0, held: 0 }]),
)
for (const file of report.testResults) {
  if (!file.name.includes('/test/abuse/')) continue
  for (const attack of file.assertionResults) {
    const kind = attack.ancestorTitles[0]?.split(':')[0] ?? ''
    const count = counts.get(kind)
    if (!count) throw new Error(`An abuse test outside describeAttacks: ${file.name}`)
    count.tried += 1
    if (attack.status === 'passed') count.held += 1
  }
}

const rows = [...counts].filter(([, count]) => count.tried > 0)
const total = rows.reduce(
  (sum, [, count]) => ({ tried: sum.tried + count.tried, held: sum.held + count.held }),
  { tried: 0, held: 0 },
)
console.log('| soort aanval | geprobeerd | gehouden |\n| --- | --- | --- |')
for (const [kind, count] of rows) console.log(`| ${kind} | ${count.tried} | ${count.held} |`)
console.log(`| **totaal** | **${total.tried}** | **${total.held}** |`)
console.log(JSON.stringify({ ...total, byKind: Object.fromEntries(rows) }))
