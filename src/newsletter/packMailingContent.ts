import type { Payload, PayloadRequest } from 'payload'

import { audiences } from '@/fields/taxonomy'
import type { PackAudience } from '@/fields/taxonomy'
import { defaultLocale } from '@/i18n'
import type { Locale } from '@/i18n'
import { publicUrl } from '@/lib/env'
import { signToken } from '@/lib/signedTokens'
import type { PackMailingContent, PackMailingMunicipality } from '@/mail/packMailing'
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

/** What a pack mailing shows of one municipality: its name and its pack as PDF. */
export const packMailingMunicipality = ({
  locale,
  audience,
  municipality,
}: {
  locale: Locale
  audience: PackAudience
  municipality: Pick<Municipality, 'name' | 'slug'>
}): PackMailingMunicipality => ({
  municipalityName: municipality.name,
  pdfUrl: `${packPageUrl({ locale, municipalitySlug: municipality.slug, audience })}/pdf`,
})

/**
 * Everything a pack mailing shows in one language, apart from the municipality, as plain data for
 * the renderer: the edition's subject, preheader, note, campaign moment and audience.
 */
export const loadPackMailingContent = async ({
  payload,
  id,
  locale,
  isDraft = true,
  req,
}: {
  payload: Payload
  id: string | number
  locale: Locale
  isDraft?: boolean
  req?: Partial<PayloadRequest>
}): Promise<Omit<PackMailingContent, keyof PackMailingMunicipality>> => {
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
    audience,
  }
}

const audienceSlugOf = (audience: PackAudience) =>
  audiences.find(({ value }) => value === audience)?.slug ?? audience
