import type { Endpoint, Payload, PayloadRequest } from 'payload'

import { readCappedBody } from '@/lib/cappedBody'
import { downloadResponse } from '@/lib/download'

import type { Role } from './checkRole'
import { forRoles } from './endpointGuards'

/*
 * The endpoints that subscribers and organisations share: one-click opt-out from a mail client,
 * and the privacy rights of access (export) and erasure on one record.
 */

/**
 * `POST <path>?token=…` with the body `List-Unsubscribe=One-Click` (RFC 8058): what mail clients
 * send from their own unsubscribe button. An empty 200 when the token was valid, else 400.
 */
export const oneClickEndpoint = ({
  path,
  run,
}: {
  path: string
  run: (args: { payload: Payload; token: string | null }) => Promise<{ isValid: boolean }>
}): Endpoint => ({
  path,
  method: 'post',
  handler: async (req) => {
    // The body is one short form field: anything much longer is refused before it is read.
    const read = await readCappedBody({ req: req as Request, maxBytes: 1024 })
    if (!read.isRead) return read.response
    const body = new URLSearchParams(read.text)
    if (body.get('List-Unsubscribe') !== 'One-Click') return new Response(null, { status: 400 })
    const token = new URL(req.url ?? '', 'http://localhost').searchParams.get('token')
    const result = await run({ payload: req.payload, token })
    return new Response(null, { status: result.isValid ? 200 : 400 })
  },
})

type RecordRequest = { payload: Payload; id: string; req: PayloadRequest }

/** `GET /:id/export`: everything held on one record as a JSON download; 404 when not found. */
export const exportEndpoint = ({
  roles,
  exportData,
  fileName,
  notFound,
}: {
  roles: readonly Role[]
  exportData: (args: RecordRequest) => Promise<unknown>
  fileName: (id: string) => string
  notFound: (req: PayloadRequest) => Response
}): Endpoint => ({
  path: '/:id/export',
  method: 'get',
  handler: forRoles(roles, async (req) => {
    const id = req.routeParams?.id as string
    const data = await exportData({ payload: req.payload, id, req }).catch(() => null)
    if (!data) return notFound(req)
    return downloadResponse({
      body: JSON.stringify(data, null, 2),
      fileName: fileName(id),
      contentType: 'application/json; charset=utf-8',
    })
  }),
})

export type Erasure = { deliveriesAnonymised: number; messagesDeleted: number }

/** `POST /:id/erase`: removes the record, keeps anonymous counts; 404 when not found. */
export const eraseEndpoint = ({
  roles,
  erase,
  erasedMessage,
  notFound,
}: {
  roles: readonly Role[]
  erase: (args: RecordRequest) => Promise<Erasure>
  erasedMessage: (req: PayloadRequest, values: { deliveries: number; messages: number }) => string
  notFound: (req: PayloadRequest) => Response
}): Endpoint => ({
  path: '/:id/erase',
  method: 'post',
  handler: forRoles(roles, async (req) => {
    const id = req.routeParams?.id as string
    const result = await erase({ payload: req.payload, id, req }).catch(() => null)
    if (!result) return notFound(req)
    return Response.json({
      message: erasedMessage(req, {
        deliveries: result.deliveriesAnonymised,
        messages: result.messagesDeleted,
      }),
      ...result,
    })
  }),
})
