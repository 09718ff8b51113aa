import { spawn } from 'node:child_process'
import type { ChildProcess } from 'node:child_process'
import net from 'node:net'
import path from 'node:path'

const projectRoot = path.resolve(import.meta.dirname, '../..')

/** A port nothing listens on right now. */
export const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const probe = net.createServer()
    probe.once('error', reject)
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo
      probe.close(() => resolve(port))
    })
  })

/**
 * Polls until `url` answers 200. The build alone can take minutes on a fresh machine: a clean
 * start took 10 minutes on a two-core machine busy with other work, so there is room for twice that.
 */
export const waitUntilServing = async (
  url: string,
  server: ChildProcess,
  log: string[],
  minutes = 20,
) => {
  const deadline = Date.now() + minutes * 60_000
  while (Date.now() < deadline) {
    if (server.exitCode !== null) {
      throw new Error(`The server stopped (exit ${server.exitCode}):\n${log.join('')}`)
    }
    const status = await fetch(url).then(
      (response) => response.status,
      () => 0,
    )
    if (status === 200) return
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  throw new Error(`No answer from ${url} within ${minutes} minutes:\n${log.join('')}`)
}

/** Stops a detached child and everything it started (npm run demo starts next start). */
export const stopProcessGroup = (child: ChildProcess) => {
  if (child.pid && child.exitCode === null) {
    try {
      process.kill(-child.pid, 'SIGTERM')
    } catch {
      // already gone
    }
  }
}

/**
 * `npm run demo` (migrations, seed, production build when the sources changed, `next start`) on
 * a fresh database in `workDir` and a free port, resolved once `readyPath` answers. The browser
 * tests and the portal benchmark run against it.
 */
export const startDemo = async ({
  workDir,
  readyPath,
  host = 'localhost',
  env = {},
}: {
  workDir: string
  readyPath: string
  host?: string
  env?: Record<string, string>
}) => {
  const port = await freePort()
  const baseUrl = `http://${host}:${port}`
  const server = spawn(
    process.execPath,
    ['--conditions=production', '--import', 'tsx', 'scripts/demo.ts'],
    {
      cwd: projectRoot,
      env: {
        ...process.env,
        PORT: String(port),
        DATABASE_URL: `file:${path.join(workDir, 'demo.db')}`,
        MEDIA_DIR: path.join(workDir, 'media'),
        PUBLIC_URL: baseUrl,
        ...env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    },
  )
  const log: string[] = []
  server.stdout?.on('data', (chunk) => log.push(String(chunk)))
  server.stderr?.on('data', (chunk) => log.push(String(chunk)))
  try {
    await waitUntilServing(`${baseUrl}${readyPath}`, server, log)
  } catch (error) {
    stopProcessGroup(server)
    throw error
  }
  return { baseUrl, server, log }
}
