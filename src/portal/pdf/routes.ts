import type { Payload } from 'payload'

import { isLocale } from '@/i18n'
import { downloadResponse } from '@/lib/download'
import { escapeHtml } from '@/lib/html'

import { countDownload } from '../downloads'
import { loadPackView } from '../packs'
import type { PackView } from '../packs'
import { packPagePath, packPdf, packPdfFileName } from './packPdf'
import { PdfBrowserMissingError } from './renderPdf'

/**
 * The two download addresses of a pack page: the printable pack as a PDF and each material's
 * file. Both count the download (no personal data) and never fail because counting did.
 */

export type PackRouteParams = Promise<{ locale: string; municipality: string; audience: string }>

/** `GET /<locale>/gemeente/<municipality>/<audience>/pdf` */
export const packPdfResponse = async ({
  payload,
  params,
}: {
  payload: Payload
  params: PackRouteParams
}): Promise<Response> => {
  const view = await findPack(payload, params)
  if (!view) return notFound()
  try {
    const pdf = await (await packPdf(view)).read()
    await countDownload(payload, {
      municipalityId: view.municipality.id,
      audience: view.audience,
      locale: view.locale,
      kind: 'pdf',
    })
    return downloadResponse({
      body: new Uint8Array(pdf),
      fileName: packPdfFileName(view),
      contentType: 'application/pdf',
    })
  } catch (error) {
    payload.logger.error({ err: error, msg: `Pdf van ${packPagePath(view)} niet gemaakt` })
    return error instanceof PdfBrowserMissingError ? pdfNotOnThisServer(view) : pdfUnavailable(view)
  }
}

/** `GET /<locale>/gemeente/<municipality>/<audience>/download/<materialId>`: counts, then sends to the file. */
export const materialDownloadResponse = async ({
  payload,
  params,
}: {
  payload: Payload
  params: Promise<{ locale: string; municipality: string; audience: string; materialId: string }>
}): Promise<Response> => {
  const view = await findPack(payload, params)
  if (!view) return notFound()
  const { materialId } = await params
  const material = view.materials.find(({ id }) => id === decodeURIComponent(materialId))
  if (!material?.file) return notFound()
  await countDownload(payload, {
    municipalityId: view.municipality.id,
    audience: view.audience,
    locale: view.locale,
    kind: 'material',
  })
  // A relative Location: right behind any proxy, whatever host name the request came in on.
  return new Response(null, {
    status: 302,
    headers: { Location: material.file.url, 'Cache-Control': 'no-store' },
  })
}

const findPack = async (payload: Payload, params: PackRouteParams): Promise<PackView | null> => {
  const { locale, municipality, audience } = await params
  if (!isLocale(locale)) return null
  return loadPackView(payload, {
    municipalitySlug: decodeURIComponent(municipality),
    audienceSlug: decodeURIComponent(audience),
    locale,
  })
}

const notFound = () =>
  htmlResponse(
    404,
    'Niet gevonden',
    '<p>Dit pakket bestaat niet of is (nog) niet gepubliceerd.</p><p><a href="/">Naar de startpagina</a></p>',
  )

/** Nothing half-made reaches the visitor: a clear message and where to go instead. */
const pdfUnavailable = (view: PackView) =>
  htmlResponse(
    503,
    'De pdf kan nu niet worden gemaakt',
    `<p>De pdf kan nu niet worden gemaakt. Probeer het over een paar minuten opnieuw of download de losse materialen.</p><p><a href="${escapeHtml(packPagePath(view))}">Terug naar het pakket: ${escapeHtml(view.title)}</a></p>`,
    { 'Retry-After': '120' },
  )

/** Without Chromium no PDF can be made here at all, so no "try again": the page has it all. */
const pdfNotOnThisServer = (view: PackView) =>
  htmlResponse(
    503,
    'Deze server maakt geen pdf',
    `<p>Op deze server is het programma dat pdf's maakt (Chromium) niet geïnstalleerd. Alles uit de pdf staat ook op de pakketpagina, met de losse materialen om te downloaden.</p><p><a href="${escapeHtml(packPagePath(view))}">Naar het pakket: ${escapeHtml(view.title)}</a></p><p>Beheert u deze server? Installeer Chromium (zie de README, "Twee commando's").</p>`,
  )

const htmlResponse = (
  status: number,
  title: string,
  body: string,
  headers: Record<string, string> = {},
) =>
  new Response(
    `<!doctype html><html lang="nl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(title)} – Samen Veilig</title><meta name="robots" content="noindex"></head><body style="font-family:system-ui,sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem;line-height:1.6"><h1>${escapeHtml(title)}</h1>${body}</body></html>`,
    {
      status,
      headers: {
        'Content-Type': 'text/html; charset=utf-8',
        'Cache-Control': 'no-store',
        ...headers,
      },
    },
  )
