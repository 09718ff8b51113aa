import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { cache } from 'react'

import { isLocale } from '@/i18n'
import type { Locale } from '@/i18n'
import { siteTranslator } from '@/i18n/site'
import { hasContent, RichText } from '@/portal/components/RichText'
import { RouteToHelp } from '@/portal/components/RouteToHelp'
import { findMunicipality, packAudiencesOf, publicRouteOf } from '@/portal/packs'

import { Breadcrumbs } from '../../../components/Breadcrumbs'
import { audienceName } from '../../../portal'
import { pageTitle, sitePayload } from '../../../site'

type Props = { params: Promise<{ locale: string; municipality: string }> }

export const revalidate = 3600
export const generateStaticParams = () => []

/** The municipality in the page's language, read once per render (metadata and page). */
const municipalityFor = cache(async (locale: Locale, slug: string) =>
  findMunicipality(await sitePayload(), decodeURIComponent(slug), locale),
)

export const generateMetadata = async ({ params }: Props): Promise<Metadata> => {
  const { locale, municipality: slug } = await params
  const municipality = isLocale(locale) ? await municipalityFor(locale, slug) : null
  if (!isLocale(locale) || !municipality) return {}
  return {
    title: pageTitle(
      locale,
      siteTranslator(locale)('municipality.title', { name: municipality.name }),
    ),
  }
}

/** "Zo werkt het in onze gemeente": the municipality's own text, its packs and the route to help. */
export default async function MunicipalityPage({ params }: Props) {
  const { locale, municipality: slug } = await params
  if (!isLocale(locale)) notFound()
  const municipality = await municipalityFor(locale, slug)
  if (!municipality) notFound()
  const payload = await sitePayload()
  const t = siteTranslator(locale)
  const audiences = await packAudiencesOf(payload, municipality.id)
  const route = publicRouteOf(municipality)

  return (
    <>
      <Breadcrumbs locale={locale} current={municipality.name} />
      <h1>{t('municipality.title', { name: municipality.name })}</h1>
      <p className="lead">{t('municipality.intro', { name: municipality.name })}</p>
      {hasContent(municipality.howItWorks) ? (
        <RichText value={municipality.howItWorks} headingLevel={2} />
      ) : null}

      <section className="panel" aria-labelledby="pakketten">
        <h2 id="pakketten">{t('municipality.packsTitle')}</h2>
        {audiences.length > 0 ? (
          <ul className="link-list">
            {audiences.map(({ slug, value, isRegional }) => (
              <li key={slug}>
                <a href={`/${locale}/gemeente/${municipality.slug}/${slug}`}>
                  {t('municipality.packFor', {
                    audience: audienceName(locale, value).toLocaleLowerCase(locale),
                  })}
                </a>
                {isRegional ? <> ({t('municipality.regionalTag')})</> : null}
              </li>
            ))}
          </ul>
        ) : (
          <p>{t('municipality.noPacks', { name: municipality.name })}</p>
        )}
      </section>

      <RouteToHelp route={route} municipalityName={municipality.name} locale={locale} />
    </>
  )
}
