import type { Endpoint, PayloadRequest } from 'payload'

import { roles } from '@/access/checkRole'
import { forRoles } from '@/access/endpointGuards'
import {
  eraseEndpoint as recordEraseEndpoint,
  exportEndpoint as recordExportEndpoint,
  oneClickEndpoint,
} from '@/access/recordEndpoints'
import { adminT } from '@/i18n/admin'
import { csvImportTexts } from '@/i18n/admin/csvImport'
import { csvImportResponse } from '@/lib/csvImport'
import type { User } from '@/payload-types'

import { importOrganisations } from './import'
import { eraseOrganisation, exportOrganisationData } from './privacy'
import { optOutOrganisation } from './service'

/**
 * `POST /api/organisations/opt-out?token=…` with the body `List-Unsubscribe=One-Click`
 * (RFC 8058): what mail clients send from their own unsubscribe button under a pack mailing.
 */
export const oneClickOptOutEndpoint = oneClickEndpoint({
  path: '/opt-out',
  run: optOutOrganisation,
})

/**
 * `GET /api/organisations/:id/export`: everything held on one organisation, as a JSON download.
 * Regional roles, and editors of the organisation's own municipality.
 */
export const exportEndpoint = recordExportEndpoint({
  roles,
  exportData: exportOrganisationData,
  fileName: (id) => `organisatie-${id}.json`,
  notFound: (req) => notFound(req),
})

/** `POST /api/organisations/:id/erase`: removes the organisation, keeps anonymous counts. */
export const eraseEndpoint = recordEraseEndpoint({
  roles,
  erase: eraseOrganisation,
  erasedMessage: (req, values) => adminT(req)('custom:organisations:endpoints:erased', values),
  notFound: (req) => notFound(req),
})

/**
 * `POST /api/organisations/import?municipality=<slug>` with a CSV file as the body (streamed; the
 * upload's progress is the import's). A municipal editor imports into their own municipality
 * only; `municipality` is the one for rows that name none.
 */
export const importEndpoint: Endpoint = {
  path: '/import',
  method: 'post',
  handler: forRoles(roles, (req) =>
    csvImportResponse({
      req,
      chooseCsv: adminT(req)('custom:subscribers:endpoints:chooseCsv'),
      tooLarge: csvImportTexts(adminT(req)).tooLarge,
      run: (input) =>
        importOrganisations({
          payload: req.payload,
          input,
          user: req.user as User,
          municipality: new URL(req.url ?? '', 'http://localhost').searchParams.get('municipality'),
          i18n: req.i18n,
        }),
    }),
  ),
}

const notFound = (req: PayloadRequest) =>
  Response.json({ error: adminT(req)('custom:organisations:endpoints:notFound') }, { status: 404 })
