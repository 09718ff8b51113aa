import type { Metadata } from 'next'

import { siteTranslator } from '@/i18n/site'
import { emailFrom } from '@/lib/env'
import { parseMailbox } from '@/lib/mailbox'
import { Ltr } from '@/portal/components/Ltr'

import { metadataLocale, pageLocale, pageTitle } from '../../site'

type Props = { params: Promise<{ locale: string }> }

// Rendered on the first visit (the contact address comes from EMAIL_FROM at run time), then cached.
export const revalidate = 3600
export const generateStaticParams = () => []

export const generateMetadata = async ({ params }: Props): Promise<Metadata> => {
  const locale = await metadataLocale(params)
  return { title: pageTitle(locale, siteTranslator(locale)('accessibility.title')) }
}

/** The accessibility statement the Dutch government asks of public websites. */
export default async function AccessibilityStatementPage({ params }: Props) {
  const locale = await pageLocale(params)
  const t = siteTranslator(locale)
  const contact = parseMailbox(emailFrom()).address
  const [before, after] = t('accessibility.contact', { email: '\u0000' }).split('\u0000')
  return (
    <>
      <h1>{t('accessibility.title')}</h1>
      <p className="lead">{t('accessibility.intro')}</p>
      <h2>{t('accessibility.statusTitle')}</h2>
      <p>{t('accessibility.status')}</p>
      <h2>{t('accessibility.testedTitle')}</h2>
      <ul>
        <li>{t('accessibility.tested1')}</li>
        <li>{t('accessibility.tested2')}</li>
        <li>{t('accessibility.tested3')}</li>
      </ul>
      <h2>{t('accessibility.limitsTitle')}</h2>
      <p>{t('accessibility.limits')}</p>
      <h2>{t('accessibility.contactTitle')}</h2>
      <p>
        {before}
        <a href={`mailto:${contact}`}>
          <Ltr>{contact}</Ltr>
        </a>
        {after}
      </p>
      <p className="hint">{t('accessibility.updated')}</p>
    </>
  )
}
