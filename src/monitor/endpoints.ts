import { initI18n } from '@payloadcms/translations'
import type { AcceptedLanguages, I18n } from '@payloadcms/translations'
import type { Endpoint, PayloadRequest } from 'payload'

import { refuseRequest } from '@/access/endpointGuards'
import { adminT } from '@/i18n/admin'
import { downloadResponse } from '@/lib/download'
import { htmlToPdf, PdfBrowserMissingError } from '@/portal/pdf/renderPdf'

import { computeMonitor, scopeTables } from './aggregate'
import { csvFileName, fileSlug, toCsv } from './csv'
import { overviewDocument } from './overview'
import { parseYear } from './periods'
import { decideScope } from './scope'
import { isTableId, tableIds } from './tables'

const overviewPdfName = 'jaaroverzicht.pdf'

/**
 * `GET /api/monitor/<table>.csv?jaar=2026&gemeente=<id>`: one monitor table as CSV (without
 * `gemeente`: all municipalities for regional roles, the own municipality for a municipal editor).
 * `GET /api/monitor/jaaroverzicht.pdf?gemeente=<id>&jaar=2026`: the municipality's yearly overview.
 * `&taal=en` writes either file in another admin language (default Dutch). Access is decided
 * here, not in the admin: an editor asking for another municipality gets 403.
 */
export const monitorEndpoint: Endpoint = {
  path: '/monitor/:file',
  method: 'get',
  handler: async (req) => {
    const t = adminT(req)
    const file = String(req.routeParams?.file ?? '')
    const tableId = file.replace(/\.csv$/, '')
    const isOverview = file === overviewPdfName
    if (!isOverview && (!file.endsWith('.csv') || !isTableId(tableId))) {
      return Response.json(
        {
          error: t('custom:monitor:errors:unknownFile', {
            overview: overviewPdfName,
            tables: tableIds.map((id) => `${id}.csv`).join(', '),
          }),
        },
        { status: 404 },
      )
    }
    const decision = decideScope({ user: req.user, requested: req.searchParams.get('gemeente') })
    if (!decision.isAllowed) return refuseRequest(req, decision.status)
    const { scope } = decision
    const year = parseYear(req.searchParams.get('jaar'))
    const i18n = await fileI18n(req)

    if (!isOverview && isTableId(tableId)) {
      const data = await computeMonitor({ payload: req.payload, year, tables: [tableId] })
      const [table] = scopeTables(data.tables, scope)
      const municipalityName =
        scope.kind === 'municipality' ? nameOf(data.municipalities, scope.id) : undefined
      if (scope.kind === 'municipality' && !municipalityName) {
        return Response.json(
          { error: t('custom:monitor:errors:unknownMunicipality') },
          { status: 404 },
        )
      }
      return downloadResponse({
        body: toCsv(table!, i18n),
        fileName: csvFileName(table!, year, municipalityName),
        contentType: 'text/csv; charset=utf-8',
      })
    }

    if (scope.kind !== 'municipality') {
      return Response.json(
        { error: t('custom:monitor:errors:overviewNeedsMunicipality') },
        { status: 400 },
      )
    }
    return overviewPdf(req, { year, i18n, municipalityId: scope.id })
  },
}

const overviewPdf = async (
  req: PayloadRequest,
  { year, i18n, municipalityId }: { year: number; i18n: I18n; municipalityId: string | number },
) => {
  const data = await computeMonitor({ payload: req.payload, year })
  const municipalityName = nameOf(data.municipalities, municipalityId)
  if (!municipalityName) {
    return Response.json(
      { error: adminT(req)('custom:monitor:errors:unknownMunicipality') },
      { status: 404 },
    )
  }
  const html = overviewDocument({
    municipalityName,
    year,
    i18n,
    generatedAt: new Date(),
    tables: scopeTables(data.tables, { kind: 'municipality', id: municipalityId }),
  })
  const pdf = await htmlToPdf(html).catch((error: unknown) => {
    if (error instanceof PdfBrowserMissingError) return undefined
    throw error
  })
  if (!pdf) {
    return Response.json(
      { error: adminT(req)('custom:monitor:errors:pdfBrowserMissing') },
      { status: 503 },
    )
  }
  return downloadResponse({
    body: new Uint8Array(pdf),
    fileName: `jaaroverzicht-${year}-${fileSlug(municipalityName)}.pdf`,
    contentType: 'application/pdf',
  })
}

/** Payload's i18n in the language the file asks for (`?taal=en`), Dutch when none or unknown. */
const fileI18n = (req: PayloadRequest): Promise<I18n> => {
  const { i18n: config } = req.payload.config
  const asked = req.searchParams.get('taal')
  const language = Object.keys(config.supportedLanguages).find((code) => code === asked)
  return initI18n({
    config,
    context: 'api',
    language: (language ?? config.fallbackLanguage) as AcceptedLanguages,
  })
}

const nameOf = (municipalities: { id: string | number; name: string }[], id: string | number) =>
  municipalities.find((municipality) => String(municipality.id) === String(id))?.name
