import { Link, Text } from '@react-email/components'
import { Fragment } from 'react'
import type { ReactNode } from 'react'

import type { EmailT } from '../../src/i18n/email'
import { emailFrom } from '../../src/lib/env'
import { parseMailbox } from '../../src/lib/mailbox'
import { helplinePhone } from '../../src/reference/region'
import { emailStyle } from '../emailStyle'
import { Box } from './Box'
import { Ltr } from './Ltr'
import { translateWithNodes } from './translate'

export type FooterProps = {
  t: EmailT
  /** Why this person receives this mail, already in their language. */
  reason: ReactNode
  webVersionUrl?: string
  preferencesUrl?: string
  unsubscribeUrl?: string
  /** The unsubscribe link's words when "unsubscribe" says too little (a pack mailing's opt-out). */
  unsubscribeLabel?: string
}

/**
 * On every mail: where to get help (the reason this toolkit exists), why the reader gets the mail,
 * the links that apply to it and who sent it.
 */
export const Footer = ({
  t,
  reason,
  webVersionUrl,
  preferencesUrl,
  unsubscribeUrl,
  unsubscribeLabel,
}: FooterProps) => {
  const sender = parseMailbox(emailFrom())
  const links = [
    { href: webVersionUrl, label: t('footer.webVersion') },
    { href: preferencesUrl, label: t('footer.preferences') },
    { href: unsubscribeUrl, label: unsubscribeLabel ?? t('footer.unsubscribe') },
  ].filter((link): link is { href: string; label: string } => Boolean(link.href))
  return (
    <>
      <Box style={helpStyle}>
        <Text style={helpTitleStyle}>{t('footer.helpTitle')}</Text>
        <Text style={helpTextStyle}>
          {translateWithNodes(t, 'footer.veiligThuis', { phone: <Ltr>{veiligThuisPhone}</Ltr> })}
        </Text>
        <Text style={helpTextStyle}>
          {translateWithNodes(t, 'footer.emergency', { phone: <Ltr>{emergencyPhone}</Ltr> })}
        </Text>
      </Box>
      <Box style={footerStyle}>
        {reason ? <Text style={smallStyle}>{reason}</Text> : null}
        {links.length > 0 ? (
          <Text style={smallStyle}>
            {links.map((link, index) => (
              <Fragment key={link.label}>
                {index > 0 ? separator : null}
                <Link href={link.href} style={linkStyle}>
                  {link.label}
                </Link>
              </Fragment>
            ))}
          </Text>
        ) : null}
        <Text style={smallStyle}>{t('footer.about')}</Text>
        <Text style={smallStyle}>
          {translateWithNodes(t, 'footer.sender', {
            name: sender.name ?? t('brand.name'),
            address: <Ltr>{sender.address}</Ltr>,
          })}
        </Text>
      </Box>
    </>
  )
}

const veiligThuisPhone = helplinePhone('Veilig Thuis')
const emergencyPhone = helplinePhone('Alarmnummer')

const separator = ' · '

const helpStyle = {
  backgroundColor: emailStyle.colors.note,
  padding: `${emailStyle.spacing.md} ${emailStyle.spacing.lg}`,
  borderTop: `1px solid ${emailStyle.colors.border}`,
}

const helpTitleStyle = {
  margin: `0 0 ${emailStyle.spacing.xs}`,
  fontFamily: emailStyle.fonts.body,
  fontSize: emailStyle.fontSizes.body,
  lineHeight: emailStyle.lineHeights.body,
  fontWeight: 'bold',
  color: emailStyle.colors.text,
}

const helpTextStyle = {
  margin: 0,
  fontFamily: emailStyle.fonts.body,
  fontSize: emailStyle.fontSizes.body,
  lineHeight: emailStyle.lineHeights.body,
  color: emailStyle.colors.text,
}

const footerStyle = {
  padding: `${emailStyle.spacing.md} ${emailStyle.spacing.lg} ${emailStyle.spacing.lg}`,
  borderTop: `1px solid ${emailStyle.colors.border}`,
}

const smallStyle = {
  margin: `0 0 ${emailStyle.spacing.sm}`,
  fontFamily: emailStyle.fonts.body,
  fontSize: emailStyle.fontSizes.small,
  lineHeight: emailStyle.lineHeights.small,
  color: emailStyle.colors.muted,
}

const linkStyle = {
  color: emailStyle.colors.link,
  textDecoration: 'underline',
}
