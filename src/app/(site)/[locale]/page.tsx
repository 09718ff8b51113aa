import type { Metadata } from 'next'

import { packAudiences } from '@/fields/taxonomy'
import { siteTranslator } from '@/i18n/site'

import { audienceName, municipalitiesWithPacks } from '../portal'
import { metadataLocale, pageLocale } from '../site'

type Props = { params: Promise<{ locale: string }> }

export const revalidate = 3600
export const generateStaticParams = () => []

export const generateMetadata = async ({ params }: Props): Promise<Metadata> => {
  const locale = await metadataLocale(params)
  return {
    title: `${siteTranslator(locale)('layout.siteName')} – ${siteTranslator(locale)('home.title')}`,
  }
}

/**
 * The portal's front door: what this is, a short form to go straight to a pack, every
 * municipality with its packs as plain links, and the newsletter.
 */
export default async function HomePage({ params }: Props) {
  const locale = await pageLocale(params)
  const t = siteTranslator(locale)
  const municipalities = await municipalitiesWithPacks()

  return (
    <>
      <h1>{t('home.title')}</h1>
      <p className="lead">{t('home.intro')}</p>

      <section className="panel" aria-labelledby="vind-pakket">
        <h2 id="vind-pakket">{t('home.findTitle')}</h2>
        <form action={`/${locale}/gemeente`} method="get" className="form form--inline">
          <p className="hint" id="vind-pakket-hint">
            {t('home.findHint')}
          </p>
          <div className="field">
            <label htmlFor="gemeente">{t('home.municipality')}</label>
            <select
              id="gemeente"
              name="gemeente"
              required
              aria-describedby="vind-pakket-hint"
              defaultValue=""
            >
              <option value="" disabled>
                {t('home.municipalityChoose')}
              </option>
              {municipalities.map(({ slug, name }) => (
                <option key={slug} value={slug}>
                  {name}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="doelgroep">{t('home.audience')}</label>
            <select id="doelgroep" name="doelgroep" defaultValue="">
              <option value="">{t('home.audienceAny')}</option>
              {packAudiences.map(({ value, slug }) => (
                <option key={slug} value={slug}>
                  {audienceName(locale, value)}
                </option>
              ))}
            </select>
          </div>
          <button type="submit" className="button">
            {t('home.submit')}
          </button>
        </form>
      </section>

      <section aria-labelledby="gemeenten">
        <h2 id="gemeenten">{t('home.listTitle')}</h2>
        <ul className="municipality-list">
          {municipalities.map(({ slug, name, audiences }) => (
            <li key={slug}>
              <a href={`/${locale}/gemeente/${slug}`}>{name}</a>
              {audiences.length > 0 ? (
                <ul className="inline-list">
                  {audiences.map((audience) => (
                    <li key={audience.slug}>
                      <a href={`/${locale}/gemeente/${slug}/${audience.slug}`}>
                        {audienceName(locale, audience.value)}
                        <span className="visually-hidden">, {name}</span>
                      </a>
                    </li>
                  ))}
                </ul>
              ) : (
                <p className="hint">{t('home.noPacks')}</p>
              )}
            </li>
          ))}
        </ul>
      </section>

      <section className="panel" aria-labelledby="nieuwsbrief">
        <h2 id="nieuwsbrief">{t('home.newsletterTitle')}</h2>
        <p>{t('home.newsletterText')}</p>
        <ul className="link-list">
          <li>
            <a href={`/${locale}/nieuwsbrief`}>{t('home.newsletterSubscribe')}</a>
          </li>
          <li>
            <a href={`/${locale}/archief`}>{t('home.newsletterArchive')}</a>
          </li>
        </ul>
      </section>
    </>
  )
}
