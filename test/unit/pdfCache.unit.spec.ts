import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'

import { cachedPdf } from '@/portal/pdf/cache'
import { diskPdfStore } from '@/portal/pdf/store'
import type { PdfStore } from '@/portal/pdf/store'

let dir: string
let store: PdfStore

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'samen-veilig-pdf-cache-'))
  store = diskPdfStore(dir)
})

afterEach(() => {
  fs.rmSync(dir, { recursive: true, force: true })
})

const fakePdf = (text: string) => Buffer.from(`%PDF-1.7\n${text}\n%%EOF`)

/** A render that only finishes when the test says so, counting how often it was started. */
const controlledRender = (text: string) => {
  let finish: () => void = () => undefined
  const done = new Promise<void>((resolve) => {
    finish = resolve
  })
  const render = {
    calls: 0,
    finish,
    run: async () => {
      render.calls += 1
      await done
      return fakePdf(text)
    },
  }
  return render
}

describe('the PDF cache', () => {
  it('should render once when ten requests for the same version arrive together', async () => {
    const render = controlledRender('versie 1')
    const requests = Array.from({ length: 10 }, () =>
      cachedPdf({ store, name: 'arnhem-scholen-nl', version: 'v1', render: render.run }),
    )
    render.finish()
    const results = await Promise.all(requests)

    expect(render.calls).toBe(1)
    expect(results.filter(({ wasRendered }) => wasRendered)).toHaveLength(1)
    expect(new Set(results.map(({ fileName }) => fileName)).size).toBe(1)
    expect(fs.readFileSync(path.join(dir, results[0]!.fileName), 'latin1')).toContain('versie 1')

    const again = await cachedPdf({
      store,
      name: 'arnhem-scholen-nl',
      version: 'v1',
      render: render.run,
    })
    expect(again).toMatchObject({ fileName: results[0]!.fileName, wasRendered: false })
    expect((await again.read()).toString('latin1')).toContain('versie 1')
    expect(render.calls).toBe(1)
  })

  it('should render a new file for a new version and remove the old version', async () => {
    const first = await cachedPdf({
      store,
      name: 'arnhem-scholen-nl',
      version: 'v1',
      render: async () => fakePdf('oud'),
    })
    const other = await cachedPdf({
      store,
      name: 'arnhem-scholen-ar',
      version: 'v1',
      render: async () => fakePdf('ar'),
    })
    const second = await cachedPdf({
      store,
      name: 'arnhem-scholen-nl',
      version: 'v2',
      render: async () => fakePdf('nieuw'),
    })

    expect(second.wasRendered).toBe(true)
    expect(second.fileName).not.toBe(first.fileName)
    expect((await second.read()).toString('latin1')).toContain('nieuw')
    expect(fs.readdirSync(dir).sort()).toEqual([other.fileName, second.fileName].sort())
  })

  it('should leave no file behind and pass the error on when a render fails', async () => {
    const failing = cachedPdf({
      store,
      name: 'arnhem-scholen-nl',
      version: 'v1',
      render: async () => {
        throw new Error('Chromium is weg')
      },
    })
    await expect(failing).rejects.toThrow('Chromium is weg')
    expect(fs.readdirSync(dir)).toEqual([])

    const retried = await cachedPdf({
      store,
      name: 'arnhem-scholen-nl',
      version: 'v1',
      render: async () => fakePdf('gelukt'),
    })
    expect(retried.wasRendered).toBe(true)
    expect(fs.readdirSync(dir)).toEqual([retried.fileName])
  })

  it('should refuse to keep a render that is not a PDF', async () => {
    await expect(
      cachedPdf({
        store,
        name: 'arnhem-scholen-nl',
        version: 'v1',
        render: async () => Buffer.from('<html>'),
      }),
    ).rejects.toThrow('did not return a PDF')
    expect(fs.readdirSync(dir)).toEqual([])
  })
})
