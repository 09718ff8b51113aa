import type { Endpoint, Payload } from 'payload'

import type { PackAudience } from '@/fields/taxonomy'
import { defaultLocale, isLocale } from '@/i18n'
import { publicUrl } from '@/lib/env'
import { idFromText, idsOf } from '@/lib/ids'
import { verifyToken } from '@/lib/signedTokens'
import { packPageUrl } from '@/newsletter/packMailingContent'
import type { Delivery, Municipality, NewsletterEdition } from '@/payload-types'

import { recordPackOpen } from './state'

/**
 * `GET /api/pack-mailings/open?token=…`: the pack link in a pack mailing. Records the first open
 * of that delivery and sends the reader on (303) to the public pack page, which stays cached and
 * needs no account. A broken or tampered link still reaches the portal, it only does not count.
 */
export const packOpenEndpoint: Endpoint = {
  path: '/pack-mailings/open',
  method: 'get',
  handler: async (req) => {
    const token = new URL(req.url ?? '', 'http://localhost').searchParams.get('token')
    const location = await openPack({ payload: req.payload, token })
    return new Response(null, {
      status: 303,
      headers: { Location: location, 'Cache-Control': 'no-store' },
    })
  },
}

/** Counts the open (once per delivery) and returns where the reader goes. */
export const openPack = async ({
  payload,
  token,
}: {
  payload: Payload
  token: unknown
}): Promise<string> => {
  const fallback = `${publicUrl()}/${defaultLocale}/gemeente`
  const check = verifyToken({ token, purpose: 'pack-open' })
  if (!check.isValid) return fallback
  const delivery = await payload.db.findOne<Delivery>({
    collection: 'deliveries',
    where: { id: { equals: idFromText(payload, check.subjectId) } },
  })
  if (!delivery) return fallback
  const [editionId] = idsOf([delivery.edition])
  const [municipalityId] = idsOf([delivery.municipality])
  const [edition, municipality] = await Promise.all([
    payload.db.findOne<NewsletterEdition>({
      collection: 'newsletter-editions',
      where: { id: { equals: editionId } },
    }),
    payload.db.findOne<Municipality>({
      collection: 'municipalities',
      where: { id: { equals: municipalityId } },
    }),
  ])
  const audience = edition?.packMailing?.audience as PackAudience | undefined
  if (!municipality || !audience) return fallback
  await recordPackOpen({ payload, deliveryId: delivery.id })
  return packPageUrl({
    locale: isLocale(delivery.locale) ? delivery.locale : defaultLocale,
    municipalitySlug: municipality.slug,
    audience,
  })
}
