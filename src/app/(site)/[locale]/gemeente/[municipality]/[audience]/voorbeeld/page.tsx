import type { Metadata } from 'next'
import { headers } from 'next/headers'
import { notFound, redirect } from 'next/navigation'

import { audienceBySlug, findMunicipality, loadPackView } from '@/portal/packs'

import { PackPage } from '../../../../../components/PackPage'
import { pageLocale, sitePayload } from '../../../../../site'

type Props = { params: Promise<{ locale: string; municipality: string; audience: string }> }

// A draft for its editors only: rendered per request, never cached, never indexed.
export const dynamic = 'force-dynamic'

export const metadata: Metadata = {
  title: 'Voorbeeld – Samen Veilig',
  robots: { index: false, follow: false },
}

/**
 * The latest draft of a pack, for an editor signed in to the admin who may read that pack (a
 * municipality editor only their own municipality's). Others are sent to the login first.
 */
export default async function PackPreviewRoute({ params }: Props) {
  const locale = await pageLocale(params)
  const { municipality: rawMunicipality, audience: rawAudience } = await params
  const municipalitySlug = decodeURIComponent(rawMunicipality)
  const audienceSlug = decodeURIComponent(rawAudience)
  const payload = await sitePayload()
  const { user } = await payload.auth({ headers: await headers() })
  if (!user) {
    const here = `/${locale}/gemeente/${encodeURIComponent(municipalitySlug)}/${encodeURIComponent(audienceSlug)}/voorbeeld`
    redirect(`/admin/login?redirect=${encodeURIComponent(here)}`)
  }
  const municipality = await findMunicipality(payload, municipalitySlug, locale)
  const audience = audienceBySlug(audienceSlug)
  if (!municipality || !audience) notFound()
  // The editor's own access decides, so the multi-tenant rules apply as in the admin.
  const { totalDocs } = await payload.count({
    collection: 'communication-packs',
    where: {
      and: [
        { municipality: { equals: municipality.id } },
        { audience: { equals: audience.value } },
      ],
    },
    user,
    overrideAccess: false,
  })
  if (totalDocs === 0) notFound()
  const pack = await loadPackView(payload, { municipalitySlug, audienceSlug, locale, draft: true })
  if (!pack) notFound()
  return <PackPage pack={pack} isPreview />
}
