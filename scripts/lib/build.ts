import { spawnSync } from 'node:child_process'
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

/** What a production build is made from: when none of it changed, the build is reused. */
const buildInputs = [
  'src',
  'emails',
  'locales',
  'payload.config.ts',
  'next.config.ts',
  'tsconfig.json',
  'package-lock.json',
]

const hashFile = path.join('.next', 'samen-veilig-build-inputs.sha256')

export const hashBuildInputs = (root = process.cwd()): string => {
  const hash = crypto.createHash('sha256')
  const visit = (relative: string) => {
    const absolute = path.join(root, relative)
    if (!fs.existsSync(absolute)) return
    const stat = fs.statSync(absolute)
    if (stat.isDirectory()) {
      for (const entry of fs.readdirSync(absolute).sort()) visit(path.join(relative, entry))
      return
    }
    hash.update(relative).update('\0').update(fs.readFileSync(absolute)).update('\0')
  }
  buildInputs.forEach(visit)
  return hash.digest('hex')
}

export const isBuildCurrent = (root = process.cwd()): boolean => {
  const recorded = path.join(root, hashFile)
  return (
    fs.existsSync(path.join(root, '.next', 'BUILD_ID')) &&
    fs.existsSync(recorded) &&
    fs.readFileSync(recorded, 'utf8') === hashBuildInputs(root)
  )
}

/** Builds the Next.js app unless the last build was made from the same sources. */
export const buildIfStale = ({
  env,
  root = process.cwd(),
}: {
  env: NodeJS.ProcessEnv
  root?: string
}) =>
  // Two demos started at once (the browser and the abuse tests) must not build over each other,
  // nor start serving a build the other is still writing: one builds, the other then finds it current.
  withBuildLock(root, () => {
    if (isBuildCurrent(root)) {
      console.log('De app is al gebouwd met deze broncode; bouwen wordt overgeslagen.')
      return
    }
    console.log('De app wordt gebouwd (eenmalig, ongeveer een minuut)…')
    const inputs = hashBuildInputs(root)
    const result = spawnSync('npx', ['next', 'build'], { cwd: root, env, stdio: 'inherit' })
    if (result.status !== 0) {
      throw new Error('Het bouwen van de app is mislukt; zie de meldingen hierboven.')
    }
    fs.writeFileSync(path.join(root, hashFile), inputs)
  })

/** A build that has held the lock this long belongs to a process that died. */
const staleLockMs = 20 * 60_000

const withBuildLock = (root: string, build: () => void) => {
  const lock = path.join(root, '.next-build.lock')
  const pause = new Int32Array(new SharedArrayBuffer(4))
  for (;;) {
    try {
      fs.mkdirSync(lock)
      break
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
      const held = fs.statSync(lock, { throwIfNoEntry: false })
      if (!held) continue
      if (Date.now() - held.mtimeMs > staleLockMs) fs.rmSync(lock, { recursive: true, force: true })
      // Synchronous like the build itself; the demo has nothing else to do meanwhile.
      else Atomics.wait(pause, 0, 0, 1000)
    }
  }
  try {
    build()
  } finally {
    fs.rmSync(lock, { recursive: true, force: true })
  }
}
