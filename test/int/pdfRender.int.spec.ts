import fs from 'node:fs'
import http from 'node:http'
import type net from 'node:net'
import sharp from 'sharp'
import { afterAll, describe, expect, it, vi } from 'vitest'

import { closePdfBrowser, htmlToPdf, PdfRenderError, urlToPdf } from '@/portal/pdf/renderPdf'

import { readPdf } from '../support/pdf'

afterAll(async () => {
  await closePdfBrowser()
})

/** Arabic letters take a joined form (initial, medial, final) only when the text was shaped. */
const presentationForms = /[\uFB50-\uFDFF\uFE70-\uFEFF]/

describe('HTML to PDF', () => {
  it('should print Arabic right to left with joined letters and numbers left to right', async () => {
    const pdf = await htmlToPdf(
      `<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8"></head>
      <body style="font-family:'Noto Sans Arabic',sans-serif"><p>اتصلوا بنا</p><p><bdi dir="ltr">0800-2000</bdi></p></body></html>`,
    )
    const { items, lines, pages } = await readPdf(pdf)

    expect(items.some(({ dir }) => dir === 'rtl')).toBe(true)
    expect(items.map(({ str }) => str).join('')).toMatch(presentationForms)
    expect(lines[0]!.map((line) => line.replace(/\s/g, ''))).toContain('اتصلوابنا')
    expect(pages[0]).toContain('0800-2000')
  })

  it('should embed an image given as a data URL and load nothing from the network', async () => {
    const logo = await sharp({
      create: { width: 120, height: 60, channels: 3, background: '#1d6b3a' },
    })
      .png()
      .toBuffer()
    const pdf = await htmlToPdf(
      `<!doctype html><html lang="nl"><head><meta charset="utf-8"></head><body>
      <img src="data:image/png;base64,${logo.toString('base64')}" alt="Logo" width="120" height="60">
      <img src="http://example.invalid/tracker.png" alt=""><p>Gemeente Winterswijk</p></body></html>`,
      {
        timeoutMs: 10_000,
        footerTemplate:
          '<div style="font-size:8pt"><span class="pageNumber"></span> / <span class="totalPages"></span></div>',
      },
    )
    const { imagesPerPage, pages } = await readPdf(pdf)

    expect(imagesPerPage[0]).toBe(1)
    expect(pages[0]).toContain('Gemeente Winterswijk')
    expect(pages[0]).toContain('1 / 1')
  })

  it('should fail with a PdfRenderError when Chromium cannot be started', async () => {
    await closePdfBrowser()
    vi.stubEnv('CHROMIUM_PATH', '/nonexistent/chromium')
    await expect(htmlToPdf('<p>Hallo</p>')).rejects.toBeInstanceOf(PdfRenderError)
    vi.stubEnv('CHROMIUM_PATH', undefined)
    expect(fs.existsSync('/usr/bin/chromium')).toBe(true)
    expect((await readPdf(await htmlToPdf('<p>Weer goed</p>'))).pages[0]).toContain('Weer goed')
  })

  it('should print at most two pages at once and queue the rest', async () => {
    const pageCount = 5
    let open = 0
    let mostOpen = 0
    let served = 0
    const held: http.ServerResponse[] = []
    // Pages are answered in pairs, so two renders overlap whenever the limit allows two, however
    // slowly a loaded machine opens them; a lone page waits at most a few seconds for a partner.
    const answerHeld = () => {
      for (const response of held.splice(0)) {
        open -= 1
        served += 1
        response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' })
        response.end('<!doctype html><html lang="nl"><body><p>Pagina</p></body></html>')
      }
    }
    const server = http.createServer((request, response) => {
      if (!request.url?.startsWith('/pagina-')) {
        response.writeHead(404).end()
        return
      }
      open += 1
      mostOpen = Math.max(mostOpen, open)
      held.push(response)
      if (open >= 2 || served + open === pageCount) answerHeld()
      else setTimeout(answerHeld, 10_000).unref()
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    const { port } = server.address() as net.AddressInfo
    try {
      const pdfs = await Promise.all(
        Array.from({ length: pageCount }, (_, index) =>
          urlToPdf(`http://127.0.0.1:${port}/pagina-${index}`),
        ),
      )
      expect(pdfs.every((pdf) => pdf.subarray(0, 5).toString('latin1') === '%PDF-')).toBe(true)
      expect(mostOpen).toBe(2)
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()))
    }
  })
})
