/**
 * `npm run dev`: Next.js in development mode on its own database file. Development pushes the
 * schema straight to the database, so it must never share a file with the migrated demo.
 */
import { spawn } from 'node:child_process'

process.env.DATABASE_URL ||= 'file:./data/dev.db'
process.env.NEXT_TELEMETRY_DISABLED = '1'

const server = spawn('npx', ['next', 'dev', '-p', process.env.PORT || '3000'], {
  env: process.env,
  stdio: 'inherit',
})
server.on('exit', (code) => process.exit(code ?? 0))
