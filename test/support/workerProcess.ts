import { spawn } from 'node:child_process'
import type { ChildProcess } from 'node:child_process'
import path from 'node:path'
import { afterEach } from 'vitest'

import type { FakeResend } from './fakeResend'
import { workerNodeArguments } from './workerCommand'

const projectRoot = path.resolve(import.meta.dirname, '../..')

/**
 * Real `npm run worker` processes for crash tests, on this test's database and fake provider, at
 * 4 requests per second; a killed worker's batch is taken over after a second instead of two
 * minutes. Every worker still running after a test is killed.
 */
export const useWorkerProcesses = ({ fake }: { fake: Pick<FakeResend, 'requests'> }) => {
  const workers = new Set<ChildProcess>()

  afterEach(() => {
    for (const worker of workers) worker.kill('SIGKILL')
  })

  const startWorker = (...args: string[]) => {
    const worker = spawn(process.execPath, [...workerNodeArguments(), ...args], {
      cwd: projectRoot,
      env: {
        ...process.env,
        SEND_RATE_PER_SECOND: '4',
        SEND_LEASE_SECONDS: '1',
        JOBS_AUTORUN: 'false',
      },
      stdio: ['ignore', 'ignore', 'pipe'],
    })
    workers.add(worker)
    const exited = new Promise<number | null>((resolve) =>
      worker.on('exit', (code) => {
        workers.delete(worker)
        resolve(code)
      }),
    )
    return { worker, exited }
  }

  /** Resolves once the provider has received more than `count` requests. */
  const requestsBeyond = async (count: number) => {
    while (fake.requests.length <= count) {
      await new Promise((resolve) => setTimeout(resolve, 10))
    }
  }

  /**
   * Starts a worker `kills` times and SIGKILLs it at a random moment after its next request:
   * freezing, waiting for the window, mid-request, recording.
   */
  const killRepeatedly = async (kills: number) => {
    for (let kill = 0; kill < kills; kill++) {
      const { worker, exited } = startWorker()
      await requestsBeyond(fake.requests.length)
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 600))
      worker.kill('SIGKILL')
      await exited
    }
  }

  return { startWorker, killRepeatedly }
}
