import type { Endpoint } from 'payload'

import { forRoles } from '@/access/endpointGuards'
import { municipalitiesInScope } from '@/access/municipalityScope'

import { readinessOf } from './readiness'

/**
 * `GET /api/municipalities/readiness`: one row per municipality (named by `slug`) with its route to
 * help, its own pack and organisations per audience. A municipal editor gets only their own rows.
 */
export const readinessEndpoint: Endpoint = {
  path: '/readiness',
  method: 'get',
  handler: forRoles(['admin', 'regio-redactie', 'gemeente-redactie'], async ({ payload, user }) =>
    Response.json(await readinessOf({ payload, municipalities: municipalitiesInScope(user) }), {
      headers: { 'Cache-Control': 'no-store' },
    }),
  ),
}
