import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { TestProject } from 'vitest/node'

import { e2eDemoPassword } from './appServer'
import { startDemo, stopProcessGroup } from './demoServer'

/**
 * The environment of the app the abuse suite attacks: the production build, as an operator runs
 * it. Limits are set here, where a test that exhausts one can count on the value.
 */
export const abuseServerEnv: Record<string, string> = {
  DEMO_PASSWORD: e2eDemoPassword,
  // public-edges: every attack comes from 127.0.0.1, so the sign-up limit is what they all share.
  SUBSCRIBE_RATE_LIMIT: '20',
}

declare module 'vitest' {
  export interface ProvidedContext {
    abuseBaseUrl: string
  }
}

/** The abuse suite's own demo app (its own database and port), stopped when the suite is done. */
export default async function startAbuseServer(project: TestProject) {
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'samen-veilig-abuse-'))
  const { server, baseUrl } = await startDemo({
    workDir,
    readyPath: '/api/municipalities?limit=1',
    env: abuseServerEnv,
  }).catch((error: unknown) => {
    fs.rmSync(workDir, { recursive: true, force: true })
    throw error
  })
  project.provide('abuseBaseUrl', baseUrl)
  project.provide('demoPassword', e2eDemoPassword)
  return () => {
    stopProcessGroup(server)
    fs.rmSync(workDir, { recursive: true, force: true })
  }
}
