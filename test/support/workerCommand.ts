import fs from 'node:fs'
import path from 'node:path'

const projectRoot = path.resolve(import.meta.dirname, '../..')

/**
 * The node arguments of `npm run worker` exactly as package.json has them, so tests and the send
 * benchmark start the worker as a deployment does (without npm in between, whose process would
 * otherwise be the one measured or killed).
 */
export const workerNodeArguments = (): string[] => {
  const packageJson = JSON.parse(fs.readFileSync(path.join(projectRoot, 'package.json'), 'utf8'))
  const [command, ...args] = (packageJson.scripts.worker as string).split(/\s+/)
  if (command !== 'node') throw new Error(`npm run worker starts "${command}", not node`)
  return args
}
