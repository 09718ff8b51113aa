import type { Endpoint, PayloadRequest } from 'payload'

import { regionalRoles, roles } from '@/access/checkRole'
import { forRoles } from '@/access/endpointGuards'
import { municipalitiesInScope } from '@/access/municipalityScope'
import {
  eraseEndpoint as recordEraseEndpoint,
  exportEndpoint as recordExportEndpoint,
  oneClickEndpoint,
} from '@/access/recordEndpoints'
import { defaultLocale, isLocale } from '@/i18n'
import { adminT } from '@/i18n/admin'
import { csvImportTexts } from '@/i18n/admin/csvImport'
import { siteTranslator } from '@/i18n/site'
import { readCappedBody } from '@/lib/cappedBody'
import { clientAddress } from '@/lib/clientAddress'
import { csvImportResponse } from '@/lib/csvImport'

import { countSubscribers } from './counts'
import { saveImportFile, startImport } from './importRecords'
import { eraseSubscriber, exportSubscriberData } from './privacy'
import { admitSignUp } from './rateLimit'
import { parseSignUp, subscribe, unsubscribe } from './service'
import type { SignUp } from './service'

/**
 * Any site may embed the sign-up form and post to it from the browser: the endpoint needs no
 * cookie or credentials, and the answer reveals nothing about who is on the list.
 */
const corsHeaders = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Methods': 'POST, OPTIONS',
  'Access-Control-Allow-Headers': 'Content-Type',
  'Access-Control-Max-Age': '86400',
}

/**
 * `POST /api/subscribers/subscribe`: the public form and embedding sites. The limits come before
 * the body is read, and the body is read only up to a few kilobytes (`readCappedBody`).
 */
export const subscribeEndpoint: Endpoint = {
  path: '/subscribe',
  method: 'post',
  handler: async (req) => {
    const answer = (status: number, body: Record<string, unknown>) =>
      Response.json(body, { status, headers: corsHeaders })
    const queryLocale = new URL(req.url ?? '', 'http://localhost').searchParams.get('locale')
    const admission = await admitSignUp({ payload: req.payload, headers: req.headers })
    if (admission !== 'admitted') {
      const t = siteTranslator(isLocale(queryLocale) ? queryLocale : defaultLocale)
      return answer(admission === 'busy' ? 503 : 429, {
        message: t(admission === 'busy' ? 'api.busy' : 'api.rateLimited'),
      })
    }
    const body = await readCappedBody({ req: req as Request, headers: corsHeaders })
    if (!body.isRead) return body.response
    const input = parseJsonObject(body.text)
    const t = siteTranslator(isLocale(input.locale) ? input.locale : defaultLocale)
    const signUp = await parseSignUp(req.payload, input as SignUp)
    if (!signUp.isValid) {
      return answer(400, { message: t('api.invalid'), field: signUp.problem })
    }
    // The consent proof names the site the form was on, when the browser says so.
    const origin = req.headers.get('origin')
    const source = origin ? `aanmeldformulier op ${origin.slice(0, 200)}` : 'api'
    await subscribe({ payload: req.payload, signUp, ip: clientAddress(req.headers), source })
    return answer(202, { message: t('api.accepted') })
  },
}

export const subscribePreflightEndpoint: Endpoint = {
  path: '/subscribe',
  method: 'options',
  handler: () => new Response(null, { status: 204, headers: corsHeaders }),
}

/**
 * `POST /api/subscribers/unsubscribe?token=…` with the body `List-Unsubscribe=One-Click`
 * (RFC 8058): what Gmail, Yahoo and Apple Mail send from their own unsubscribe button.
 */
export const oneClickUnsubscribeEndpoint = oneClickEndpoint({
  path: '/unsubscribe',
  run: unsubscribe,
})

/** `GET /api/subscribers/:id/export`: everything held on one person, as a JSON download. */
export const exportEndpoint = recordExportEndpoint({
  roles: regionalRoles,
  exportData: exportSubscriberData,
  fileName: (id) => `abonnee-${id}.json`,
  notFound: (req) => notFound(req),
})

/** `POST /api/subscribers/:id/erase`: removes the person everywhere, keeps anonymous counts. */
export const eraseEndpoint = recordEraseEndpoint({
  roles: regionalRoles,
  erase: eraseSubscriber,
  erasedMessage: (req, values) => adminT(req)('custom:subscribers:endpoints:erased', values),
  notFound: (req) => notFound(req),
})

/**
 * `POST /api/subscribers/import` with a CSV file as the body (its name, URI-encoded, in the
 * `X-File-Name` header). The file is written to IMPORT_DIR as it arrives; the answer is a 202 with
 * the import record's `id` as soon as it is in, and the `importSubscribers` job imports it. Its
 * progress and report: `GET /api/subscriber-imports/<id>`.
 */
export const importEndpoint: Endpoint = {
  path: '/import',
  method: 'post',
  handler: forRoles(regionalRoles, (req) => {
    const t = adminT(req)
    const { tooLarge } = csvImportTexts(t)
    return csvImportResponse({
      req,
      chooseCsv: t('custom:subscribers:endpoints:chooseCsv'),
      tooLarge,
      run: async (input) => {
        const storedFile = await saveImportFile({ input, tooLarge })
        const record = await startImport({
          payload: req.payload,
          startedBy: req.user?.id,
          fileName: uploadedFileName(req.headers.get('x-file-name')),
          storedFile,
          language: req.i18n.language === 'en' ? 'en' : 'nl',
        })
        return Response.json(
          { id: record.id, status: record.status, message: t('custom:subscriberImports:queued') },
          { status: 202 },
        )
      },
    })
  }),
}

/**
 * `GET /api/subscribers/counts`: numbers per municipality, never addresses, for every role with
 * the small-number rule applied (`SubscriberCounts`):
 * `{ rows: [{ municipality: { id, name }, counts: { confirmed, pending, stopped } }],
 * totals?: { confirmed, pending, stopped } }`. A figure is a number, `"<5"` (1 to 4) or `"x"`
 * (hidden so a `"<5"` cannot be worked out from a total). `totals`, the region's, only for the
 * regional roles.
 */
export const countsEndpoint: Endpoint = {
  path: '/counts',
  method: 'get',
  handler: forRoles(roles, async ({ payload, user }) => {
    return Response.json(
      await countSubscribers({ payload, municipalities: municipalitiesInScope(user) }),
    )
  }),
}

const notFound = (req: PayloadRequest) =>
  Response.json({ error: adminT(req)('custom:subscribers:endpoints:notFound') }, { status: 404 })

const parseJsonObject = (text: string): Record<string, unknown> => {
  try {
    const value: unknown = JSON.parse(text)
    return value && typeof value === 'object' && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : {}
  } catch {
    return {}
  }
}

/** The name the browser gave the file, or a plain one: only for people to recognise the import. */
const uploadedFileName = (header: string | null) => {
  try {
    const name = decodeURIComponent(header ?? '').trim()
    return name ? name.slice(0, 200) : 'import.csv'
  } catch {
    return 'import.csv'
  }
}
