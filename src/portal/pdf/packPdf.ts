import fs from 'node:fs'
import path from 'node:path'

import { directionOf } from '@/i18n'
import { escapeHtml } from '@/lib/html'

import type { PackView } from '../packs'
import { cachedPdf } from './cache'
import type { CachedPdf } from './cache'
import { urlToPdf } from './renderPdf'

/**
 * The printable pack: Chromium prints this app's own print page of the pack
 * (`/<locale>/gemeente/<municipality>/<audience>/print`), so the PDF shows exactly what the pack
 * page shows, rendered by the same components, with print styles. Chromium reaches the page over
 * the loopback interface (`PDF_PRINT_ORIGIN`), so the logo and styles come from this server and
 * never from the internet. The file is kept (on disk or in the bucket) per pack, language and version.
 */
export const packPdf = (view: PackView): Promise<CachedPdf> =>
  cachedPdf({
    name: `${view.municipality.slug}-${view.audienceSlug}-${view.locale}`,
    // The build is part of the version: a new release may change the layout or the wording.
    version: `${view.version}|${buildId()}`,
    render: () =>
      urlToPdf(`${printOrigin()}${packPrintPath(view)}`, {
        headerTemplate: pageHeader(view),
        footerTemplate: pageFooter(view),
        margin: { top: '22mm', right: '18mm', bottom: '20mm', left: '18mm' },
      }),
  })

/** The name a visitor's browser saves the file under. */
export const packPdfFileName = (view: PackView) =>
  `samen-veilig-${view.municipality.slug}-${view.audienceSlug}-${view.locale}.pdf`

export const packPagePath = (view: Pick<PackView, 'locale' | 'municipality' | 'audienceSlug'>) =>
  `/${view.locale}/gemeente/${view.municipality.slug}/${view.audienceSlug}`

export const packPrintPath = (view: Pick<PackView, 'locale' | 'municipality' | 'audienceSlug'>) =>
  `${packPagePath(view)}/print`

export const packPdfPath = (view: Pick<PackView, 'locale' | 'municipality' | 'audienceSlug'>) =>
  `${packPagePath(view)}/pdf`

/** Where Chromium on this machine reaches this app: the loopback address unless told otherwise. */
export const printOrigin = () =>
  (process.env.PDF_PRINT_ORIGIN || `http://127.0.0.1:${process.env.PORT || 3000}`).replace(
    /\/+$/,
    '',
  )

/** Chromium draws these in the page margins; it fills `pageNumber` and `totalPages`. */
const pageHeader = (view: PackView) =>
  marginBox(
    view,
    `<span>Samen Veilig · ${escapeHtml(view.municipality.name)}</span><span>${escapeHtml(view.title)}</span>`,
  )

const pageFooter = (view: PackView) =>
  marginBox(
    view,
    `<span>${escapeHtml(view.municipality.name)}</span><span dir="ltr"><span class="pageNumber"></span> / <span class="totalPages"></span></span>`,
  )

// The margin boxes do not inherit the page's styles: font and size must be set here.
const marginBox = (view: PackView, content: string) =>
  `<div dir="${directionOf(view.locale)}" lang="${view.locale}" style="width:100%;margin:0 18mm;display:flex;justify-content:space-between;gap:8mm;font-family:'Noto Sans','Noto Sans Arabic','DejaVu Sans',sans-serif;font-size:8pt;color:#444">${content}</div>`

let knownBuildId: string | undefined

/** Next's id of the running build; in development (no build) the layout is not part of the version. */
const buildId = () => {
  knownBuildId ??= (() => {
    try {
      return fs.readFileSync(path.join(process.cwd(), '.next', 'BUILD_ID'), 'utf8').trim()
    } catch {
      return 'development'
    }
  })()
  return knownBuildId
}
