import type { Endpoint } from 'payload'

import { regionalRoles } from '@/access/checkRole'
import { forRoles } from '@/access/endpointGuards'
import { adminT } from '@/i18n/admin'
import { spreadsheetCsv } from '@/lib/csvWrite'
import { downloadResponse } from '@/lib/download'

/**
 * `GET /api/subscriber-imports/:id/report.csv`: the lines an import refused and why, for Excel.
 * Read with the reader's own access to the record: who may not read the import gets a 404. The
 * reasons echo values from the file, so formula-like text stays text (`spreadsheetCsv`).
 */
export const importReportEndpoint: Endpoint = {
  path: '/:id/report.csv',
  method: 'get',
  handler: forRoles(regionalRoles, async (req) => {
    const t = adminT(req)
    const record = await req.payload
      .findByID({
        collection: 'subscriber-imports',
        id: req.routeParams?.id as string,
        depth: 0,
        select: { problems: true, rejected: true },
        overrideAccess: false,
        req,
      })
      .catch(() => null)
    if (!record) {
      return Response.json({ error: t('custom:subscriberImports:notFound') }, { status: 404 })
    }
    const problems = (record.problems as [number, string][] | null) ?? []
    const notListed = (record.rejected ?? 0) - problems.length
    const lines = [
      [
        t('custom:subscribers:importSubscribers:line'),
        t('custom:subscribers:importSubscribers:reason'),
      ],
      ...problems.map(([line, reason]) => [String(line), reason]),
      ...(notListed > 0
        ? [['', t('custom:subscriberImports:notListed', { count: notListed })]]
        : []),
    ]
    return downloadResponse({
      body: spreadsheetCsv(lines),
      fileName: `importverslag-${record.id}.csv`,
      contentType: 'text/csv; charset=utf-8',
    })
  }),
}
