import fs from 'node:fs'
import http from 'node:http'
import type net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'

import { closePdfBrowser } from '@/portal/pdf/renderPdf'
import { materialDownloadResponse, packPdfResponse } from '@/portal/pdf/routes'
import { richText } from '@/seed/lexical'

import { useIntegration } from '../support/integration'
import { readPdf } from '../support/pdf'

/**
 * The PDF and material download routes on the Local API. A small HTTP server stands in for the
 * app's print page (the browser test prints the real one), so these tests need no Next build.
 */

const { payload, fixtures } = useIntegration({ emptyAfterEach: ['pack-downloads'] })
let municipalityId: number | string
let packId: number | string
let materialId: string
let mediaUrl: string
let cacheDir: string
let printServer: PrintServer

beforeAll(async () => {
  municipalityId = await fixtures.municipalityId('doesburg')
  const media = await fixtures.image({
    municipality: 'doesburg',
    alt: 'Poster',
    name: 'poster-doesburg.png',
  })
  mediaUrl = media.url!
  const template = await fixtures.packTemplate({
    materials: [
      {
        kind: 'letter',
        title: 'Brief aan ouders',
        body: richText([{ paragraph: 'Beste ouders' }]),
      },
    ],
  })
  const pack = await fixtures.pack({
    municipality: 'doesburg',
    template: template.id,
    extraMaterials: [{ title: 'Poster van Doesburg', file: media.id }],
  })
  packId = pack.id
  materialId = `extra-${pack.extraMaterials![0]!.id}`
  printServer = await startPrintServer()
})

beforeEach(() => {
  cacheDir = fs.mkdtempSync(path.join(os.tmpdir(), 'samen-veilig-pdf-route-'))
  vi.stubEnv('PDF_CACHE_DIR', cacheDir)
  vi.stubEnv('PDF_PRINT_ORIGIN', printServer.origin)
  printServer.reset()
})

afterEach(() => {
  fs.rmSync(cacheDir, { recursive: true, force: true })
})

afterAll(async () => {
  await closePdfBrowser()
  await printServer.close()
})

const params = (
  overrides: Partial<{ locale: string; municipality: string; audience: string }> = {},
) => Promise.resolve({ locale: 'nl', municipality: 'doesburg', audience: 'scholen', ...overrides })

const countOf = async (kind: 'pdf' | 'material') => {
  const { docs } = await payload.find({
    collection: 'pack-downloads',
    where: { kind: { equals: kind } },
  })
  return docs.reduce((sum, { count }) => sum + count, 0)
}

const cachedFiles = () => fs.readdirSync(cacheDir).sort()

describe('the PDF download', () => {
  it('should send the printed pack as an attachment, print it once per version and count every download', async () => {
    const responses = await Promise.all([
      packPdfResponse({ payload, params: params() }),
      packPdfResponse({ payload, params: params() }),
    ])
    const again = await packPdfResponse({ payload, params: params() })

    for (const response of [...responses, again]) {
      expect(response.status).toBe(200)
      expect(response.headers.get('content-type')).toBe('application/pdf')
      expect(response.headers.get('content-disposition')).toBe(
        'attachment; filename="samen-veilig-doesburg-scholen-nl.pdf"',
      )
    }
    const pdf = new Uint8Array(await again.arrayBuffer())
    const { pages } = await readPdf(pdf)
    expect(pages.join(' ')).toContain('Afdrukversie van /nl/gemeente/doesburg/scholen/print')
    expect(pages[0]).toContain('Samen Veilig · Doesburg')
    expect(pages[0]).toContain(`1 / ${pages.length}`)
    expect(printServer.requests).toEqual(['/nl/gemeente/doesburg/scholen/print'])
    expect(cachedFiles()).toHaveLength(1)
    expect(await countOf('pdf')).toBe(3)
  })

  it('should print a new file when the pack changes and remove the old one', async () => {
    await packPdfResponse({ payload, params: params() })
    const [before] = cachedFiles()
    await fixtures.update({
      collection: 'communication-packs',
      id: packId,
      data: { routeNote: 'Bel ook gerust de schoolmaatschappelijk werker.' },
    })

    const response = await packPdfResponse({ payload, params: params() })

    expect(response.status).toBe(200)
    expect(printServer.requests).toHaveLength(2)
    expect(cachedFiles()).toHaveLength(1)
    expect(cachedFiles()).not.toContain(before)
  })

  it('should answer 503 in Dutch and keep no file when the print page cannot be reached', async () => {
    vi.stubEnv('PDF_PRINT_ORIGIN', `http://127.0.0.1:${await closedPort()}`)
    const logged = vi.spyOn(payload.logger, 'error').mockImplementation(() => undefined)

    const response = await packPdfResponse({ payload, params: params() })

    expect(response.status).toBe(503)
    expect(logged).toHaveBeenCalledOnce()
    logged.mockRestore()
    expect(response.headers.get('retry-after')).toBe('120')
    expect(await response.text()).toContain(
      'De pdf kan nu niet worden gemaakt. Probeer het over een paar minuten opnieuw of download de losse materialen.',
    )
    expect(cachedFiles()).toEqual([])
    expect(await countOf('pdf')).toBe(0)
  })

  it('should say in Dutch that this server makes no PDF when Chromium is missing, and lead back to the pack', async () => {
    await closePdfBrowser()
    vi.stubEnv('CHROMIUM_PATH', '/nonexistent/chromium')
    const logged = vi.spyOn(payload.logger, 'error').mockImplementation(() => undefined)

    const response = await packPdfResponse({ payload, params: params() })

    expect(response.status).toBe(503)
    expect(response.headers.get('retry-after')).toBeNull()
    const page = await response.text()
    expect(page).toContain('Deze server maakt geen pdf')
    expect(page).toContain("het programma dat pdf's maakt (Chromium) niet geïnstalleerd")
    expect(page).toContain('href="/nl/gemeente/doesburg/scholen"')
    const { err } = logged.mock.calls[0]![0] as unknown as { err: Error }
    expect(err.message).toContain('apt-get install -y chromium')
    logged.mockRestore()
    expect(cachedFiles()).toEqual([])
    expect(await countOf('pdf')).toBe(0)
  })

  it('should give up after the render time limit when the print page never answers', async () => {
    vi.stubEnv('PDF_RENDER_TIMEOUT_SECONDS', '1')
    printServer.hang()
    const logged = vi.spyOn(payload.logger, 'error').mockImplementation(() => undefined)

    const response = await packPdfResponse({ payload, params: params() })

    expect(response.status).toBe(503)
    expect(
      String(logged.mock.calls[0]?.[0] && (logged.mock.calls[0][0] as { err: Error }).err.message),
    ).toContain('not ready within 1000 ms')
    logged.mockRestore()
    expect(cachedFiles()).toEqual([])
  })

  it('should answer 404 for an unknown language, municipality or audience (without a pack of its own a municipality gets the regional version)', async () => {
    for (const wrong of [
      { locale: 'xx' },
      { municipality: 'nergenshuizen' },
      { audience: 'onbekend' },
    ]) {
      expect((await packPdfResponse({ payload, params: params(wrong) })).status).toBe(404)
    }
    expect(printServer.requests).toEqual([])
  })
})

describe('the material download', () => {
  it('should count the download and send the visitor on to the file', async () => {
    const response = await materialDownloadResponse({
      payload,
      params: Promise.resolve({ ...(await params()), materialId }),
    })

    expect(response.status).toBe(302)
    expect(response.headers.get('location')).toBe(mediaUrl)
    const {
      docs: [row],
    } = await payload.find({ collection: 'pack-downloads', depth: 0 })
    expect(row).toMatchObject({
      municipality: municipalityId,
      audience: 'schools',
      locale: 'nl',
      kind: 'material',
      count: 1,
    })
  })

  it('should answer 404 for an unknown material and a material without a file, and count nothing', async () => {
    const view = await payload.findByID({
      collection: 'pack-templates',
      id: (await templateOfPack()).id,
    })
    const letterWithoutFile = String(view.materials![0]!.id)
    for (const wrong of ['extra-onbekend', letterWithoutFile]) {
      const response = await materialDownloadResponse({
        payload,
        params: Promise.resolve({ ...(await params()), materialId: wrong }),
      })
      expect(response.status).toBe(404)
    }
    expect(await countOf('material')).toBe(0)
  })
})

const templateOfPack = async () => {
  const pack = await payload.findByID({ collection: 'communication-packs', id: packId, depth: 0 })
  return { id: pack.template as number | string }
}

/** A port nothing listens on. */
const closedPort = async () => {
  const server = http.createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as net.AddressInfo
  await new Promise<void>((resolve) => server.close(() => resolve()))
  return port
}

type PrintServer = {
  origin: string
  requests: string[]
  reset: () => void
  hang: () => void
  close: () => Promise<void>
}

/** Answers every path with a small print page naming the path, or never answers after `hang()`. */
const startPrintServer = async (): Promise<PrintServer> => {
  let isHanging = false
  const requests: string[] = []
  const sockets = new Set<net.Socket>()
  const server = http.createServer((request, response) => {
    requests.push(request.url ?? '')
    if (isHanging) return
    response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' })
    response.end(
      `<!doctype html><html lang="nl"><head><meta charset="utf-8"></head><body><h1>Afdrukversie van ${request.url}</h1></body></html>`,
    )
  })
  server.on('connection', (socket) => {
    sockets.add(socket)
    socket.on('close', () => sockets.delete(socket))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as net.AddressInfo
  return {
    origin: `http://127.0.0.1:${port}`,
    requests,
    reset: () => {
      isHanging = false
      requests.length = 0
    },
    hang: () => {
      isHanging = true
    },
    close: async () => {
      for (const socket of sockets) socket.destroy()
      await new Promise<void>((resolve) => server.close(() => resolve()))
    },
  }
}
