import { spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import type { TestProject } from 'vitest/node'

export const e2eDemoPassword = 'E2e-demo-wachtwoord-42'

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string
    demoPassword: string
  }
}

/**
 * Browser tests run against the real thing: `npm run demo` (migrations, seed, production build,
 * `next start`) on a fresh database and a free port, stopped again when the tests are done.
 */
export default async function startDemoServer(project: TestProject) {
  if (!fs.existsSync('/usr/bin/chromium')) {
    throw new Error('Browser tests need Debian chromium: apt-get update && apt-get install -y chromium')
  }
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'samen-veilig-e2e-'))
  const port = await freePort()
  const baseUrl = `http://localhost:${port}`
  const server = spawn(process.execPath, ['--conditions=production', '--import', 'tsx', 'scripts/demo.ts'], {
    env: {
      ...process.env,
      PORT: String(port),
      DATABASE_URL: `file:${path.join(workDir, 'e2e.db')}`,
      MEDIA_DIR: path.join(workDir, 'media'),
      DEMO_PASSWORD: e2eDemoPassword,
      PUBLIC_URL: baseUrl,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  })
  const log: string[] = []
  server.stdout?.on('data', (chunk) => log.push(String(chunk)))
  server.stderr?.on('data', (chunk) => log.push(String(chunk)))

  try {
    await waitUntilServing(`${baseUrl}/api/municipalities?limit=1`, server, log)
  } catch (error) {
    stop(server)
    fs.rmSync(workDir, { recursive: true, force: true })
    throw error
  }
  project.provide('baseUrl', baseUrl)
  project.provide('demoPassword', e2eDemoPassword)

  return () => {
    stop(server)
    fs.rmSync(workDir, { recursive: true, force: true })
  }
}

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const probe = net.createServer()
    probe.once('error', reject)
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo
      probe.close(() => resolve(port))
    })
  })

/** Polls until the server answers; the build alone can take a minute on a fresh machine. */
const waitUntilServing = async (url: string, server: ChildProcess, log: string[]) => {
  const deadline = Date.now() + 8 * 60_000
  while (Date.now() < deadline) {
    if (server.exitCode !== null) {
      throw new Error(`npm run demo stopped (exit ${server.exitCode}):\n${log.join('')}`)
    }
    const status = await fetch(url).then(
      (response) => response.status,
      () => 0,
    )
    if (status === 200) return
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  throw new Error(`The demo server did not answer within 8 minutes:\n${log.join('')}`)
}

const stop = (server: ChildProcess) => {
  if (server.pid && server.exitCode === null) {
    try {
      process.kill(-server.pid, 'SIGTERM')
    } catch {
      // already gone
    }
  }
}
