import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { cache } from 'react'

import { isLocale } from '@/i18n'
import { siteTranslator } from '@/i18n/site'
import { PackContent } from '@/portal/components/PackContent'
import { RouteToHelp } from '@/portal/components/RouteToHelp'
import { loadPackView } from '@/portal/packs'

import { pageTitle, sitePayload } from '../../../../../site'
import './print.css'

export const dynamic = 'force-dynamic'

type Params = Promise<{ locale: string; municipality: string; audience: string }>

/** The published pack, read once per render (metadata and page); null when there is none. */
const viewOf = cache(async (locale: string, municipality: string, audience: string) =>
  isLocale(locale)
    ? loadPackView(await sitePayload(), {
        municipalitySlug: decodeURIComponent(municipality),
        audienceSlug: decodeURIComponent(audience),
        locale,
      })
    : null,
)

// Metadata must not call notFound(): the page itself answers 404.
export const generateMetadata = async ({ params }: { params: Params }): Promise<Metadata> => {
  const { locale, municipality, audience } = await params
  const view = await viewOf(locale, municipality, audience)
  return view ? { title: pageTitle(view.locale, view.title), robots: { index: false } } : {}
}

/**
 * The print view of a pack: what Chromium turns into the PDF (see `src/portal/pdf/packPdf.ts`),
 * and what a visitor gets from the browser's own print command. A first page with the logo, the
 * title and the local route to help, then the pack as its page shows it, each material on a page
 * of its own (print.css).
 */
export default async function PrintPackPage({ params }: { params: Params }) {
  const { locale, municipality, audience: audienceSlug } = await params
  const view = await viewOf(locale, municipality, audienceSlug)
  if (!view) notFound()
  const t = siteTranslator(view.locale)
  const audience = t(`portalAudiences.${view.audience}`)
  return (
    <div className="print-pack">
      <header className="print-cover">
        {view.logo ? (
          <img
            className="print-cover__logo"
            src={view.logo.url}
            alt={view.logo.alt || t('pack.logoAlt', { name: view.municipality.name })}
            width={view.logo.width ?? undefined}
            height={view.logo.height ?? undefined}
          />
        ) : null}
        <p className="print-cover__brand">
          {t('layout.siteName')} · {t('layout.region')}
        </p>
        <h1>{view.title}</h1>
        <p className="lead">
          {t('pack.for', {
            audience: audience.toLocaleLowerCase(view.locale),
            name: view.municipality.name,
          })}
        </p>
        <RouteToHelp
          route={view.route}
          municipalityName={view.municipality.name}
          locale={view.locale}
          id="route-voorblad"
        />
      </header>
      <PackContent pack={view} />
    </div>
  )
}
