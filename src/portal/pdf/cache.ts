import crypto from 'node:crypto'

import { pdfStore } from './store'
import type { PdfStore } from './store'

/**
 * Rendered PDFs, one file per name and version, in the PDF store (a folder on disk, or the bucket
 * when S3 is configured: ./store.ts). A file appears whole or not at all, so a reader never sees
 * half a file and a failed render leaves nothing behind. Requests for a file that is being
 * rendered wait for that render instead of starting their own. When a new version is written,
 * older versions of the same name go.
 */

export type CachedPdf = {
  /** The file's name in the store: `<name>.<hash of version>.pdf`. */
  fileName: string
  wasRendered: boolean
  read: () => Promise<Buffer>
}

export const cachedPdf = async ({
  name,
  version,
  render,
  store = pdfStore(),
}: {
  /** Stable per document, for example `arnhem-scholen-ar`. */
  name: string
  /** Anything that changes when the content changes; hashed into the file name. */
  version: string
  render: () => Promise<Buffer | Uint8Array>
  store?: PdfStore
}): Promise<CachedPdf> => {
  const safeName = name.toLowerCase().replace(/[^a-z0-9-]+/g, '-')
  const hash = crypto.createHash('sha256').update(version).digest('hex').slice(0, 20)
  const fileName = `${safeName}.${hash}.pdf`
  const result = (wasRendered: boolean): CachedPdf => ({
    fileName,
    wasRendered,
    read: () => store.read(fileName),
  })
  if (await store.has(fileName)) return result(false)

  const flightKey = `${store.id}|${fileName}`
  const running = inFlight().get(flightKey)
  if (running) {
    await running
    return result(false)
  }
  const rendering = renderToStore({ store, fileName, name: safeName, render })
  inFlight().set(flightKey, rendering)
  try {
    await rendering
  } finally {
    inFlight().delete(flightKey)
  }
  return result(true)
}

const renderToStore = async ({
  store,
  fileName,
  name,
  render,
}: {
  store: PdfStore
  fileName: string
  name: string
  render: () => Promise<Buffer | Uint8Array>
}) => {
  const pdf = await render()
  if (Buffer.from(pdf.subarray(0, 5)).toString('latin1') !== '%PDF-') {
    throw new Error('The renderer did not return a PDF')
  }
  await store.write(fileName, pdf)
  await store.pruneExcept({ name, keep: fileName })
}

/** On globalThis so that module reloads (Next in development) share one list. */
const inFlight = () => {
  const holder = globalThis as typeof globalThis & {
    __samenVeiligPdfInFlight?: Map<string, Promise<void>>
  }
  holder.__samenVeiligPdfInFlight ??= new Map()
  return holder.__samenVeiligPdfInFlight
}
