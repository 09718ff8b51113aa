// @ts-check
/**
 * Runs a TypeScript entry point (the worker) from one JavaScript bundle of the project's own code
 * instead of through tsx: tsx compiles every file as the process starts and keeps what it made,
 * which cost the worker about 140 MB for its whole life. Packages stay outside the bundle, so Node
 * loads them from node_modules as usual (with the process's `--conditions`).
 *
 * The bundle goes to `.compiled/` and is made again when any file it was made from changed, so a
 * fresh clone and an edited checkout both just work:
 *
 *   node --conditions=production scripts/lib/compiled.js scripts/worker.ts [arguments]
 *
 * Plain JavaScript on purpose: this file has to run before anything can compile TypeScript.
 */
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const thisFile = fileURLToPath(import.meta.url)
const projectRoot = path.resolve(path.dirname(thisFile), '../..')
const outDir = path.join(projectRoot, '.compiled')

/**
 * The path of an up-to-date bundle of `entry` (relative to the project root), built first when
 * there is none or a file it was made from changed.
 *
 * @param {string} entry
 * @returns {Promise<string>}
 */
export const compiledEntry = async (entry) => {
  const name = path.basename(entry).replace(/\.[cm]?tsx?$/, '')
  const manifestFile = path.join(outDir, `${name}.json`)
  const output = path.join(outDir, `${name}.mjs`)
  if (fs.existsSync(output) && isCurrent(manifestFile, entry)) return output
  await build({ entry, output, manifestFile })
  return output
}

/**
 * @typedef {{ entry: string, root: string, inputs: Record<string, string> }} Manifest
 */

/**
 * Besides the bundled files, the path aliases (tsconfig.json) and this file's build options
 * decide what the bundle looks like.
 */
const alwaysInputs = ['tsconfig.json', path.relative(projectRoot, thisFile)]

/**
 * @param {string} manifestFile
 * @param {string} entry
 */
const isCurrent = (manifestFile, entry) => {
  /** @type {Manifest} */
  let manifest
  try {
    manifest = JSON.parse(fs.readFileSync(manifestFile, 'utf8'))
  } catch {
    return false
  }
  return (
    manifest.entry === entry &&
    manifest.root === projectRoot &&
    Object.entries(manifest.inputs).every(([file, hash]) => hashOf(file) === hash)
  )
}

/** @param {string} file relative to the project root */
const hashOf = (file) => {
  try {
    return crypto
      .createHash('sha256')
      .update(fs.readFileSync(path.join(projectRoot, file)))
      .digest('hex')
  } catch {
    return undefined
  }
}

/**
 * @param {{ entry: string, output: string, manifestFile: string }} options
 */
const build = async ({ entry, output, manifestFile }) => {
  const esbuild = await import('esbuild')
  fs.mkdirSync(outDir, { recursive: true })
  // Workers that start together may all build: each writes its own file and renames it into
  // place, so none ever loads a half-written bundle.
  const temporary = `${output}.${process.pid}.tmp`
  const result = await esbuild.build({
    absWorkingDir: projectRoot,
    entryPoints: [entry],
    outfile: temporary,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    metafile: true,
    logLevel: 'warning',
    plugins: [externalPackages, ownModuleUrls],
  })
  const inputs = Object.fromEntries(
    [...Object.keys(result.metafile.inputs), ...alwaysInputs].map((file) => [
      file,
      hashOf(file) ?? 'missing',
    ]),
  )
  /** @type {Manifest} */
  const manifest = { entry, root: projectRoot, inputs }
  fs.writeFileSync(`${manifestFile}.${process.pid}.tmp`, JSON.stringify(manifest, null, 2))
  fs.renameSync(temporary, output)
  fs.renameSync(`${manifestFile}.${process.pid}.tmp`, manifestFile)
}

/** Marks the resolution `externalPackages` asks esbuild for, so it does not ask itself again. */
const innerResolution = Symbol('inner resolution')

/**
 * Packages stay outside the bundle and Node loads them, but Node's loader is stricter than tsx
 * and TypeScript's "bundler" resolution: a package without an `exports` map only serves exact
 * file names (`next/cache` has to be `next/cache.js`). Such an import is written as the file
 * esbuild found for it; an import of a package with an `exports` map stays as it is, so Node
 * picks the files for the process's own `--conditions`. Path aliases (`@/…`) lead into the
 * project and are bundled.
 *
 * @type {import('esbuild').Plugin}
 */
const externalPackages = {
  name: 'external-packages',
  setup: (build) => {
    build.onResolve({ filter: /^[^./]/ }, async ({ path: specifier, pluginData, ...where }) => {
      if (pluginData === innerResolution) return undefined
      const resolved = await build.resolve(specifier, {
        kind: where.kind,
        importer: where.importer,
        resolveDir: where.resolveDir,
        pluginData: innerResolution,
      })
      // Left to Node, as it would be without a bundle: built-in modules, and anything esbuild
      // cannot find (Node may still, or the code expects the import to fail).
      if (resolved.errors.length > 0) return { external: true, path: specifier }
      if (resolved.external) return { external: true, path: resolved.path }
      const owner = packageOf(resolved.path)
      if (!owner) return undefined
      return { external: true, path: nodeSpecifier(specifier, owner, resolved.path) }
    })
  },
}

/**
 * The installed package a file belongs to, if any.
 *
 * @param {string} file
 * @returns {{ name: string, directory: string } | undefined}
 */
const packageOf = (file) => {
  const marker = `${path.sep}node_modules${path.sep}`
  const start = file.lastIndexOf(marker)
  if (start === -1) return undefined
  const parts = file.slice(start + marker.length).split(path.sep)
  const name = parts[0].startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0]
  return { name, directory: file.slice(0, start + marker.length) + name.split('/').join(path.sep) }
}

/**
 * @param {string} specifier
 * @param {{ name: string, directory: string }} owner
 * @param {string} file
 */
const nodeSpecifier = (specifier, owner, file) => {
  if (specifier === owner.name) return specifier
  const manifest = JSON.parse(fs.readFileSync(path.join(owner.directory, 'package.json'), 'utf8'))
  if (manifest.exports !== undefined) return specifier
  return `${owner.name}/${path.relative(owner.directory, file).split(path.sep).join('/')}`
}

const loaders = /** @type {const} */ ({ '.ts': 'ts', '.mts': 'ts', '.tsx': 'tsx', '.jsx': 'jsx' })

/**
 * In a bundle every module would see the bundle's `import.meta.url`; payload.config.ts finds the
 * project root (migrations, import map) through its own, so each file keeps its own location.
 *
 * @type {import('esbuild').Plugin}
 */
const ownModuleUrls = {
  name: 'own-module-urls',
  setup: (build) => {
    build.onLoad({ filter: /\.[cm]?[jt]sx?$/ }, async ({ path: file }) => {
      const source = await fs.promises.readFile(file, 'utf8')
      if (!source.includes('import.meta.')) return undefined
      const contents = source
        .replaceAll('import.meta.url', JSON.stringify(pathToFileURL(file).href))
        .replaceAll('import.meta.dirname', JSON.stringify(path.dirname(file)))
        .replaceAll('import.meta.filename', JSON.stringify(file))
      const extension = /** @type {keyof typeof loaders} */ (path.extname(file))
      return { contents, loader: loaders[extension] ?? 'js' }
    })
  },
}

/** Started as a script: bundle the entry when needed, then run it with the remaining arguments. */
const main = async () => {
  const [entry, ...args] = process.argv.slice(2)
  if (!entry) throw new Error('Gebruik: node scripts/lib/compiled.js <bestand.ts> [argumenten]')
  const output = await compiledEntry(path.relative(projectRoot, path.resolve(entry)))
  // The entry sees the arguments as if it had been started itself.
  process.argv = [process.argv[0], output, ...args]
  await import(pathToFileURL(output).href)
}

// No top-level await: a module that awaits at the top can leave Node 20's loader waiting forever
// once Lexical's own top-level await is in the same graph.
if (process.argv[1] && path.resolve(process.argv[1]) === thisFile) {
  main().catch((/** @type {unknown} */ error) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : String(error))
    process.exit(1)
  })
}
