import fs from 'node:fs'
import path from 'node:path'

export const projectRoot = path.resolve(import.meta.dirname, '../..')

/**
 * The node arguments of an npm script exactly as package.json has them, so tests and benchmarks
 * start the worker, the backup and the restore as a deployment does (without npm in between,
 * whose process would otherwise be the one measured or killed).
 */
export const scriptNodeArguments = (script: string): string[] => {
  const packageJson = JSON.parse(fs.readFileSync(path.join(projectRoot, 'package.json'), 'utf8'))
  const [command, ...args] = (packageJson.scripts[script] as string).split(/\s+/)
  if (command !== 'node') throw new Error(`npm run ${script} starts "${command}", not node`)
  return args
}

/** The node arguments of `npm run worker`. */
export const workerNodeArguments = () => scriptNodeArguments('worker')
