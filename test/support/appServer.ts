import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { TestProject } from 'vitest/node'

import { startDemo, stopProcessGroup } from './demoServer'

export const e2eDemoPassword = 'E2e-demo-wachtwoord-42'

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string
    demoPassword: string
    /** The demo's database, for what no API hands out (the link version links are signed for). */
    demoDatabaseUrl: string
  }
}

/**
 * Browser tests run against the real thing: `npm run demo` (migrations, seed, production build,
 * `next start`) on a fresh database and a free port, stopped again when the tests are done.
 */
export default async function startDemoServer(project: TestProject) {
  if (!fs.existsSync('/usr/bin/chromium')) {
    throw new Error(
      'Browser tests need Debian chromium: apt-get update && apt-get install -y chromium fonts-noto-core',
    )
  }
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'samen-veilig-e2e-'))
  const { server, baseUrl } = await startDemo({
    workDir,
    readyPath: '/api/municipalities?limit=1',
    env: { DEMO_PASSWORD: e2eDemoPassword },
  }).catch((error: unknown) => {
    fs.rmSync(workDir, { recursive: true, force: true })
    throw error
  })
  project.provide('baseUrl', baseUrl)
  project.provide('demoPassword', e2eDemoPassword)
  project.provide('demoDatabaseUrl', `file:${path.join(workDir, 'demo.db')}`)

  return () => {
    stopProcessGroup(server)
    fs.rmSync(workDir, { recursive: true, force: true })
  }
}
