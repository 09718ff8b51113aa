import { Body, Container, Head, Html, Preview } from '@react-email/components'
import type { ReactNode } from 'react'

import { directionOf } from '../../src/i18n/locales'
import type { Locale } from '../../src/i18n/locales'
import { emailStyle } from '../emailStyle'

export type LayoutProps = {
  locale: Locale
  /** The `<title>`: some clients and the web version show it. */
  title: string
  /** Text mail clients show next to the subject. */
  preheader: string
  children: ReactNode
}

/**
 * The frame of every mail. react-email defaults to lang="en", so language and direction are set
 * explicitly, and again on the inner table because Gmail strips them from html and body.
 */
export const Layout = ({ locale, title, preheader, children }: LayoutProps) => {
  const dir = directionOf(locale)
  return (
    <Html lang={locale} dir={dir}>
      <Head>
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="color-scheme" content="light" />
        <meta name="supported-color-schemes" content="light" />
        <title>{title}</title>
      </Head>
      <Body style={bodyStyle}>
        <Preview>{preheader}</Preview>
        <Container dir={dir} lang={locale} style={containerStyle}>
          {children}
        </Container>
      </Body>
    </Html>
  )
}

const bodyStyle = {
  margin: 0,
  padding: `${emailStyle.spacing.lg} 0`,
  backgroundColor: emailStyle.colors.background,
  fontFamily: emailStyle.fonts.body,
}

const containerStyle = {
  width: '100%',
  maxWidth: `${emailStyle.width}px`,
  backgroundColor: emailStyle.colors.surface,
  fontFamily: emailStyle.fonts.body,
  color: emailStyle.colors.text,
}
