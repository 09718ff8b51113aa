/**
 * `npm run demo`: migrate and seed the embedded database, build the app when needed, and start it
 * with demo accounts behind the app's own server (scripts/server.ts). Honours PORT, DATABASE_URL and DEMO_PASSWORD; safe to run again.
 */
import { spawn } from 'node:child_process'
import crypto from 'node:crypto'

import { defaultDatabaseUrl, resolvePayloadSecret } from '../src/lib/env'
import { buildIfStale } from './lib/build'

process.env.APP_MODE = 'demo'
Object.assign(process.env, { NODE_ENV: 'production' })
process.env.NEXT_TELEMETRY_DISABLED = '1'
process.env.DATABASE_URL ||= defaultDatabaseUrl
const port = process.env.PORT || '3000'
process.env.PUBLIC_URL ||= `http://localhost:${port}`

const prepareDatabase = async () => {
  const { getPayload } = await import('payload')
  const { default: config } = await import('../payload.config')
  const { seedDemoData } = await import('../src/seed/demo')
  const { demoAccounts } = await import('../src/seed/data/demo/accounts')
  console.log(
    `Database: ${process.env.DATABASE_URL} (migraties en basisgegevens worden bijgewerkt)`,
  )
  const payload = await getPayload({ config })
  const password = process.env.DEMO_PASSWORD || crypto.randomBytes(9).toString('base64url')
  await seedDemoData(payload, { password })
  await payload.destroy()
  return { accounts: demoAccounts, password }
}

const printAccounts = ({ accounts, password }: Awaited<ReturnType<typeof prepareDatabase>>) => {
  const width = Math.max(...accounts.map(({ email }) => email.length))
  console.log('\nDemo-accounts (alleen voor deze demo):')
  for (const { email, name } of accounts) console.log(`  ${email.padEnd(width)}  ${name}`)
  console.log(
    process.env.DEMO_PASSWORD
      ? '  Wachtwoord: de waarde van DEMO_PASSWORD'
      : `  Wachtwoord: ${password}   (nieuw bij elke start; zet DEMO_PASSWORD voor een vast wachtwoord)`,
  )
  console.log(`\nOpen http://localhost:${port}/admin\n`)
}

const main = async () => {
  process.env.PAYLOAD_SECRET ||= resolvePayloadSecret()
  const demo = await prepareDatabase()
  buildIfStale({ env: process.env })
  // The app's own server (scripts/server.ts), as `npm start` runs it: it sets the client address.
  const server = spawn(
    process.execPath,
    ['--conditions=production', '--import', 'tsx', 'scripts/server.ts'],
    { env: { ...process.env, PORT: port }, stdio: 'inherit' },
  )
  server.once('spawn', () => printAccounts(demo))
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => server.kill(signal))
  }
  server.on('exit', (code) => process.exit(code ?? 0))
}

main().catch((error: unknown) => {
  console.error(
    `\nDe demo kon niet starten: ${error instanceof Error ? error.message : String(error)}`,
  )
  process.exit(1)
})
