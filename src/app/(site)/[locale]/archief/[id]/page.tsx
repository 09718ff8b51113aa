import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { cache } from 'react'

import { isLocale } from '@/i18n'
import type { Locale } from '@/i18n'
import { siteTranslator } from '@/i18n/site'
import { formatDate } from '@/portal/components/format'

import { editionWebVersion } from '../../../archive'
import { Breadcrumbs } from '../../../components/Breadcrumbs'
import { pageTitle, sitePayload } from '../../../site'

type Props = { params: Promise<{ locale: string; id: string }> }

// Served from the full-route cache; see the archive list.
export const revalidate = 300
export const generateStaticParams = () => []

/** Rendered once per page render (metadata and page). */
const editionFor = cache(async (locale: Locale, id: string) =>
  editionWebVersion(await sitePayload(), id, locale),
)

const load = async (params: Props['params']) => {
  const { locale, id } = await params
  const edition = isLocale(locale) ? await editionFor(locale, id) : null
  return edition && isLocale(locale) ? { locale, edition } : null
}

export const generateMetadata = async ({ params }: Props): Promise<Metadata> => {
  const found = await load(params)
  return found ? { title: pageTitle(found.locale, found.edition.title) } : {}
}

/** The web version of one sent edition, in the visitor's language. */
export default async function ArchivedEditionPage({ params }: Props) {
  const found = await load(params)
  if (!found) notFound()
  const { locale, edition } = found
  const t = siteTranslator(locale)
  return (
    <>
      <Breadcrumbs
        locale={locale}
        trail={[{ href: `/${locale}/archief`, label: t('archive.title') }]}
        current={edition.title}
      />
      <p>{t('archive.sentOn', { date: formatDate(edition.sentAt, locale) })}</p>
      <section className="web-version" aria-label={t('archive.webVersion')}>
        {/* Our own react-email render, reduced to an allowlist in emailBodyForPage: no editor
            input reaches this as markup (React and the e-mail converter escape it first). */}
        <div dangerouslySetInnerHTML={{ __html: edition.html }} />
      </section>
      <p>
        <a href={`/${locale}/archief`}>{t('archive.back')}</a>
      </p>
    </>
  )
}
