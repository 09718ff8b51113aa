import { Heading, Link, Text } from '@react-email/components'
import type { ReactNode } from 'react'

import type { EmailT } from '../../src/i18n/email'
import type { Locale } from '../../src/i18n/locales'
import { Box } from './Box'
import { Footer } from './Footer'
import type { FooterProps } from './Footer'
import { Header } from './Header'
import { Layout } from './Layout'
import { Ltr } from './Ltr'
import { contentBoxStyle, linkStyle, smallTextStyle, titleStyle } from './styles'

export type ShortMailProps = {
  locale: Locale
  t: EmailT
  /** The subject line, also the `<title>`. */
  subject: string
  preheader: string
  heading: string
  /** Shown in the band, for a mail about a campaign moment. */
  campaignMoment?: string
  footer: Omit<FooterProps, 't'>
  children: ReactNode
}

/**
 * The frame of every mail but the newsletter (confirmation, welcome, password reset, reminders):
 * the band, one column of text under a heading, and the footer.
 */
export const ShortMail = ({
  locale,
  t,
  subject,
  preheader,
  heading,
  campaignMoment,
  footer,
  children,
}: ShortMailProps) => (
  <Layout locale={locale} title={subject} preheader={preheader}>
    <Header t={t} campaignMoment={campaignMoment} />
    <Box style={contentBoxStyle}>
      <Heading as="h1" style={titleStyle}>
        {heading}
      </Heading>
      {children}
    </Box>
    <Footer t={t} {...footer} />
  </Layout>
)

/** The button's address as text to copy, for mail clients where the button does not work. */
export const FallbackLink = ({ t, href }: { t: EmailT; href: string }) => (
  <Text style={smallTextStyle}>
    {t('button.fallbackLink')}
    <br />
    <Ltr>
      <Link href={href} style={linkStyle}>
        {href}
      </Link>
    </Ltr>
  </Text>
)
