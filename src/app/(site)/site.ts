import { notFound } from 'next/navigation'
import { getPayload } from 'payload'

import { defaultLocale, isLocale } from '@/i18n'
import type { Locale } from '@/i18n'
import { siteTranslator } from '@/i18n/site'
import { municipalitiesByName } from '@/lib/municipalities'
import type { TokenPurpose } from '@/lib/signedTokens'
import { subscriberForToken } from '@/subscribers/service'
import config from '@payload-config'

/** The page's language from the URL; anything else is a page that does not exist. */
export const pageLocale = async (params: Promise<{ locale: string }>): Promise<Locale> => {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  return locale
}

/** The language of the site frame: the page's, or Dutch for a URL with an unknown language. */
export const frameLocale = async (params: Promise<{ locale: string }>): Promise<Locale> => {
  const { locale } = await params
  return isLocale(locale) ? locale : defaultLocale
}

/**
 * The language for a page's metadata. Never throws: metadata is rendered outside the page's
 * not-found boundary, so a `notFound()` there would replace the site's own 404 page.
 */
export const metadataLocale = frameLocale

export const sitePayload = () => getPayload({ config })

/** The language of the page a public form was posted from (its hidden `pageLocale` field). */
export const localeOf = (formData: FormData): Locale => {
  const value = formData.get('pageLocale')
  return isLocale(value) ? value : defaultLocale
}

/** `<title>` of a public page: what it is first, then the site. */
export const pageTitle = (locale: Locale, title: string) =>
  `${title} – ${siteTranslator(locale)('layout.siteName')}`

/** The 18 municipalities for a choice list, by name. */
export const municipalityOptions = async () => {
  return municipalitiesByName(await sitePayload())
}

export type MunicipalityOption = Awaited<ReturnType<typeof municipalityOptions>>[number]

export type SearchParams = Promise<Record<string, string | string[] | undefined>>

export const firstValue = (value: string | string[] | undefined): string | undefined =>
  Array.isArray(value) ? value[0] : value

/**
 * What a page behind a signed link starts with: its language, its query, the token and the
 * subscriber the token names (or why it names nobody).
 */
export const signedLinkPage = async ({
  params,
  searchParams,
  purpose,
}: {
  params: Promise<{ locale: string }>
  searchParams: SearchParams
  purpose: TokenPurpose
}) => {
  const locale = await pageLocale(params)
  const query = await searchParams
  const token = firstValue(query.token) ?? ''
  const found = await subscriberForToken({ payload: await sitePayload(), token, purpose })
  return { locale, query, token, found, t: siteTranslator(locale) }
}
