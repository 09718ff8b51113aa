import type { Metadata } from 'next'

import { siteTranslator } from '@/i18n/site'
import { formatDate } from '@/portal/components/format'

import { sentEditions } from '../../archive'
import { metadataLocale, pageLocale, pageTitle, sitePayload } from '../../site'

type Props = { params: Promise<{ locale: string }> }

// Served from the full-route cache; a finished send usually happens in the worker, outside a
// request, so the interval is short (see src/app/(site)/portal.ts).
export const revalidate = 300
export const generateStaticParams = () => []

export const generateMetadata = async ({ params }: Props): Promise<Metadata> => {
  const locale = await metadataLocale(params)
  return { title: pageTitle(locale, siteTranslator(locale)('archive.title')) }
}

/** Every sent edition, newest first; each opens in the visitor's language. */
export default async function ArchivePage({ params }: Props) {
  const locale = await pageLocale(params)
  const t = siteTranslator(locale)
  const editions = await sentEditions(await sitePayload(), locale)
  return (
    <>
      <h1>{t('archive.title')}</h1>
      <p className="lead">{t('archive.intro')}</p>
      {editions.length > 0 ? (
        <ul className="edition-list">
          {editions.map(({ id, title, sentAt }) => (
            <li key={id}>
              <a href={`/${locale}/archief/${id}`}>{title}</a>
              <p>{t('archive.sentOn', { date: formatDate(sentAt, locale) })}</p>
            </li>
          ))}
        </ul>
      ) : (
        <p>{t('archive.empty')}</p>
      )}
      <p>
        <a href={`/${locale}/nieuwsbrief`}>{t('archive.subscribe')}</a>
      </p>
    </>
  )
}
