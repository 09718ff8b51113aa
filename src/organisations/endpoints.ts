import type { Endpoint, PayloadRequest } from 'payload'

import { roles } from '@/access/checkRole'
import { forRoles } from '@/access/endpointGuards'
import { adminT } from '@/i18n/admin'
import { csvImportResponse } from '@/lib/csvImport'
import { downloadResponse } from '@/lib/download'
import type { User } from '@/payload-types'

import { importOrganisations } from './import'
import { eraseOrganisation, exportOrganisationData } from './privacy'
import { optOutOrganisation } from './service'

/**
 * `POST /api/organisations/opt-out?token=…` with the body `List-Unsubscribe=One-Click`
 * (RFC 8058): what mail clients send from their own unsubscribe button under a pack mailing.
 */
export const oneClickOptOutEndpoint: Endpoint = {
  path: '/opt-out',
  method: 'post',
  handler: async (req) => {
    const body = new URLSearchParams(typeof req.text === 'function' ? await req.text() : '')
    if (body.get('List-Unsubscribe') !== 'One-Click') return new Response(null, { status: 400 })
    const token = new URL(req.url ?? '', 'http://localhost').searchParams.get('token')
    const result = await optOutOrganisation({ payload: req.payload, token })
    return new Response(null, { status: result.isValid ? 200 : 400 })
  },
}

/**
 * `GET /api/organisations/:id/export`: everything held on one organisation, as a JSON download.
 * Regional roles, and editors of the organisation's own municipality.
 */
export const exportEndpoint: Endpoint = {
  path: '/:id/export',
  method: 'get',
  handler: forRoles(roles, async (req) => {
    const id = req.routeParams?.id as string
    const data = await exportOrganisationData({ payload: req.payload, id, req }).catch(() => null)
    if (!data) return notFound(req)
    return downloadResponse({
      body: JSON.stringify(data, null, 2),
      fileName: `organisatie-${id}.json`,
      contentType: 'application/json; charset=utf-8',
    })
  }),
}

/** `POST /api/organisations/:id/erase`: removes the organisation, keeps anonymous counts. */
export const eraseEndpoint: Endpoint = {
  path: '/:id/erase',
  method: 'post',
  handler: forRoles(roles, async (req) => {
    const id = req.routeParams?.id as string
    const result = await eraseOrganisation({ payload: req.payload, id, req }).catch(() => null)
    if (!result) return notFound(req)
    return Response.json({
      message: adminT(req)('custom:organisations:endpoints:erased', {
        deliveries: result.deliveriesAnonymised,
        messages: result.messagesDeleted,
      }),
      ...result,
    })
  }),
}

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
