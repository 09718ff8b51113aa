import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { siteTranslator } from '@/i18n/site'
import { PackContent } from '@/portal/components/PackContent'
import { RouteToHelp } from '@/portal/components/RouteToHelp'
import { loadPackView } from '@/portal/packs'
import { pageLocale, pageTitle, sitePayload } from '../../../../../site'
import './print.css'

export const dynamic = 'force-dynamic'

type Params = Promise<{ locale: string; municipality: string; audience: string }>

const packOf = async (params: Params) => {
  const locale = await pageLocale(params)
  const { municipality, audience } = await params
  const view = await loadPackView(await sitePayload(), {
    municipalitySlug: decodeURIComponent(municipality),
    audienceSlug: decodeURIComponent(audience),
    locale,
  })
  if (!view) notFound()
  return view
}

export const generateMetadata = async ({ params }: { params: Params }): Promise<Metadata> => {
  const view = await packOf(params)
  return { title: pageTitle(view.locale, view.title), robots: { index: false } }
}

/**
 * The print view of a pack: what Chromium turns into the PDF (see `src/portal/pdf/packPdf.ts`),
 * and what a visitor gets from the browser's own print command. A first page with the logo, the
 * title and the local route to help, then the pack as its page shows it, each material on a page
 * of its own (print.css).
 */
export default async function PrintPackPage({ params }: { params: Params }) {
  const view = await packOf(params)
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
          {t('pack.for', { audience: audience.toLowerCase(), name: view.municipality.name })}
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
