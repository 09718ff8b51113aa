import type { Endpoint, PayloadRequest } from 'payload'

import { refuseRequest } from '@/access/endpointGuards'
import { downloadResponse } from '@/lib/download'
import { htmlToPdf } from '@/portal/pdf/renderPdf'
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
 * Access is decided here, not in the admin: an editor asking for another municipality gets 403.
 */
export const monitorEndpoint: Endpoint = {
  path: '/monitor/:file',
  method: 'get',
  handler: async (req) => {
    const file = String(req.routeParams?.file ?? '')
    const tableId = file.replace(/\.csv$/, '')
    const isOverview = file === overviewPdfName
    if (!isOverview && (!file.endsWith('.csv') || !isTableId(tableId))) {
      return Response.json(
        {
          error: `Onbekend bestand. Kies ${overviewPdfName} of een van: ${tableIds.map((id) => `${id}.csv`).join(', ')}`,
        },
        { status: 404 },
      )
    }
    const decision = decideScope({ user: req.user, requested: req.searchParams.get('gemeente') })
    if (!decision.isAllowed) return refuseRequest(req, decision.status)
    const { scope } = decision
    const year = parseYear(req.searchParams.get('jaar'))
    const language = req.searchParams.get('taal') === 'en' ? 'en' : 'nl'

    if (!isOverview && isTableId(tableId)) {
      const data = await computeMonitor({ payload: req.payload, year, tables: [tableId] })
      const [table] = scopeTables(data.tables, scope)
      const municipalityName =
        scope.kind === 'municipality' ? nameOf(data.municipalities, scope.id) : undefined
      if (scope.kind === 'municipality' && !municipalityName) {
        return Response.json({ error: 'Onbekende gemeente' }, { status: 404 })
      }
      return downloadResponse({
        body: toCsv(table!, language),
        fileName: csvFileName(table!, year, municipalityName),
        contentType: 'text/csv; charset=utf-8',
      })
    }

    if (scope.kind !== 'municipality') {
      return Response.json(
        { error: 'Kies een gemeente: ?gemeente=<id>. Het jaaroverzicht is per gemeente.' },
        { status: 400 },
      )
    }
    return overviewPdf(req, { year, language, municipalityId: scope.id })
  },
}

const overviewPdf = async (
  req: PayloadRequest,
  {
    year,
    language,
    municipalityId,
  }: { year: number; language: string; municipalityId: string | number },
) => {
  const data = await computeMonitor({ payload: req.payload, year })
  const municipalityName = nameOf(data.municipalities, municipalityId)
  if (!municipalityName) return Response.json({ error: 'Onbekende gemeente' }, { status: 404 })
  const html = overviewDocument({
    municipalityName,
    year,
    language,
    generatedAt: new Date(),
    tables: scopeTables(data.tables, { kind: 'municipality', id: municipalityId }),
  })
  const pdf = await htmlToPdf(html)
  return downloadResponse({
    body: new Uint8Array(pdf),
    fileName: `jaaroverzicht-${year}-${fileSlug(municipalityName)}.pdf`,
    contentType: 'application/pdf',
  })
}

const nameOf = (municipalities: { id: string | number; name: string }[], id: string | number) =>
  municipalities.find((municipality) => String(municipality.id) === String(id))?.name
