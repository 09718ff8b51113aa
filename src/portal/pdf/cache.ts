import crypto from 'node:crypto'
import fs from 'node:fs/promises'
import path from 'node:path'

/**
 * Rendered PDFs on disk, one file per name and version. A file is written under a temporary name
 * and renamed when complete, so a reader never sees half a file and a failed render leaves
 * nothing behind. Requests for a file that is being rendered wait for that render instead of
 * starting their own. When a new version is written, older versions of the same name go.
 */

export const pdfCacheDir = () =>
  path.resolve(process.env.PDF_CACHE_DIR || path.join('data', 'pdf-cache'))

export type CachedPdf = { filePath: string; wasRendered: boolean }

export const cachedPdf = async ({
  name,
  version,
  render,
  dir = pdfCacheDir(),
}: {
  /** Stable per document, for example `arnhem-scholen-ar`. */
  name: string
  /** Anything that changes when the content changes; hashed into the file name. */
  version: string
  render: () => Promise<Buffer | Uint8Array>
  dir?: string
}): Promise<CachedPdf> => {
  const safeName = name.toLowerCase().replace(/[^a-z0-9-]+/g, '-')
  const hash = crypto.createHash('sha256').update(version).digest('hex').slice(0, 20)
  const filePath = path.join(dir, `${safeName}.${hash}.pdf`)
  if (await exists(filePath)) return { filePath, wasRendered: false }

  const running = inFlight().get(filePath)
  if (running) {
    await running
    return { filePath, wasRendered: false }
  }
  const rendering = renderToFile({ dir, filePath, name: safeName, render })
  inFlight().set(filePath, rendering)
  try {
    await rendering
  } finally {
    inFlight().delete(filePath)
  }
  return { filePath, wasRendered: true }
}

const renderToFile = async ({
  dir,
  filePath,
  name,
  render,
}: {
  dir: string
  filePath: string
  name: string
  render: () => Promise<Buffer | Uint8Array>
}) => {
  const pdf = await render()
  if (Buffer.from(pdf.subarray(0, 5)).toString('latin1') !== '%PDF-') {
    throw new Error('The renderer did not return a PDF')
  }
  await fs.mkdir(dir, { recursive: true })
  const tempPath = `${filePath}.${process.pid}.${crypto.randomUUID()}.tmp`
  try {
    await fs.writeFile(tempPath, pdf)
    await fs.rename(tempPath, filePath)
  } catch (error) {
    await fs.rm(tempPath, { force: true })
    throw error
  }
  await pruneOlderVersions({ dir, name, keep: path.basename(filePath) })
}

/** Other versions of this name, and temporary files a crashed process left more than 10 minutes ago. */
const pruneOlderVersions = async ({
  dir,
  name,
  keep,
}: {
  dir: string
  name: string
  keep: string
}) => {
  const entries = await fs.readdir(dir).catch(() => [] as string[])
  const staleBefore = Date.now() - 10 * 60_000
  for (const entry of entries) {
    if (entry === keep || !entry.startsWith(`${name}.`)) continue
    const entryPath = path.join(dir, entry)
    if (entry.endsWith('.pdf')) {
      await fs.rm(entryPath, { force: true })
    } else if (entry.endsWith('.tmp')) {
      const stat = await fs.stat(entryPath).catch(() => undefined)
      if (stat && stat.mtimeMs < staleBefore) await fs.rm(entryPath, { force: true })
    }
  }
}

const exists = (filePath: string) =>
  fs.access(filePath).then(
    () => true,
    () => false,
  )

/** On globalThis so that module reloads (Next in development) share one list. */
const inFlight = () => {
  const holder = globalThis as typeof globalThis & {
    __samenVeiligPdfInFlight?: Map<string, Promise<void>>
  }
  holder.__samenVeiligPdfInFlight ??= new Map()
  return holder.__samenVeiligPdfInFlight
}
