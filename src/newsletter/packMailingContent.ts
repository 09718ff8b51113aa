import type { Payload, PayloadRequest } from 'payload'

import { audiences } from '@/fields/taxonomy'
import type { PackAudience } from '@/fields/taxonomy'
import { defaultLocale } from '@/i18n'
import type { Locale } from '@/i18n'
import { publicUrl } from '@/lib/env'
import { signToken } from '@/lib/signedTokens'
import type { PackMailingContent } from '@/mail/packMailing'
import type { Municipality } from '@/payload-types'

/** The public pack page of one municipality for one audience, in one language. */
export const packPageUrl = ({
  locale,
  municipalitySlug,
  audience,
}: {
  locale: string
  municipalitySlug: string
  audience: PackAudience
}) => `${publicUrl()}/${locale}/gemeente/${municipalitySlug}/${audienceSlugOf(audience)}`

/**
 * The pack link in a pack mailing: through the open counter, which records the first open of this
 * delivery and sends the reader on to the (cached, public) pack page.
 */
export const packOpenUrlFor = (deliveryId: string | number) =>
  `${publicUrl()}/api/pack-mailings/open?token=${encodeURIComponent(
    signToken({ purpose: 'pack-open', subjectId: deliveryId }),
  )}`

/**
 * Everything a pack mailing shows in one language for one municipality, as plain data for the
 * renderer: the edition's subject, preheader and note, and the municipality's pack links.
 */
export const loadPackMailingContent = async ({
  payload,
  id,
  locale,
  municipality,
  isDraft = true,
  req,
}: {
  payload: Payload
  id: string | number
  locale: Locale
  municipality: Pick<Municipality, 'name' | 'slug'>
  isDraft?: boolean
  req?: Partial<PayloadRequest>
}): Promise<PackMailingContent> => {
  const edition = await payload.findByID({
    collection: 'newsletter-editions',
    id,
    locale,
    fallbackLocale: defaultLocale,
    draft: isDraft,
    depth: 1,
    overrideAccess: true,
    req,
  })
  const audience = (edition.packMailing?.audience ?? 'schools') as PackAudience
  const campaignMoment =
    typeof edition.campaignMoment === 'object' ? edition.campaignMoment?.name : undefined
  return {
    locale,
    subject: edition.title,
    preheader: edition.preheader ?? '',
    message: edition.packMailing?.message?.trim() || undefined,
    campaignMoment: campaignMoment ?? undefined,
    municipalityName: municipality.name,
    audience,
    pdfUrl: `${packPageUrl({ locale, municipalitySlug: municipality.slug, audience })}/pdf`,
  }
}

const audienceSlugOf = (audience: PackAudience) =>
  audiences.find(({ value }) => value === audience)?.slug ?? audience
