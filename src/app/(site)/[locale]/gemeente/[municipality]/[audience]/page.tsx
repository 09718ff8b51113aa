import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { cache } from 'react'

import { isLocale } from '@/i18n'
import type { Locale } from '@/i18n'
import { loadPackView } from '@/portal/packs'

import { PackPage } from '../../../../components/PackPage'
import { pageTitle, sitePayload } from '../../../../site'

type Props = { params: Promise<{ locale: string; municipality: string; audience: string }> }

// Served from the full-route cache; see src/app/(site)/portal.ts.
export const revalidate = 3600
export const generateStaticParams = () => []

/** Published packs only: a draft never reaches this page or its cache. Read once per render. */
const packFor = cache(async (locale: Locale, municipality: string, audience: string) =>
  loadPackView(await sitePayload(), {
    municipalitySlug: decodeURIComponent(municipality),
    audienceSlug: decodeURIComponent(audience),
    locale,
  }),
)

export const generateMetadata = async ({ params }: Props): Promise<Metadata> => {
  const { locale, municipality, audience } = await params
  const pack = isLocale(locale) ? await packFor(locale, municipality, audience) : null
  if (!pack) return {}
  const {
    title,
    municipality: { name },
  } = pack
  return { title: pageTitle(pack.locale, title.includes(name) ? title : `${title} – ${name}`) }
}

/** One municipality's pack for one audience, in the visitor's language. */
export default async function PackRoute({ params }: Props) {
  const { locale, municipality, audience } = await params
  const pack = isLocale(locale) ? await packFor(locale, municipality, audience) : null
  if (!pack) notFound()
  return <PackPage pack={pack} />
}
