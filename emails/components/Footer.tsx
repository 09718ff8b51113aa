import { Link, Text } from '@react-email/components'
import { Fragment } from 'react'
import type { ReactNode } from 'react'

import type { EmailT } from '../../src/i18n/email'
import { emailFrom } from '../../src/lib/env'
import { region } from '../../src/reference/region'
import { theme } from '../theme'
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
}: FooterProps) => {
  const sender = parseMailbox(emailFrom())
  const links = [
    { href: webVersionUrl, label: t('footer.webVersion') },
    { href: preferencesUrl, label: t('footer.preferences') },
    { href: unsubscribeUrl, label: t('footer.unsubscribe') },
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

const helpline = (name: string) => {
  const found = region.helplines.find((line) => line.name === name)
  if (!found) throw new Error(`Helpline ${name} is missing from src/seed/data/region.json`)
  return found.phone
}

const veiligThuisPhone = helpline('Veilig Thuis')
const emergencyPhone = helpline('Alarmnummer')

const separator = ' · '

/** "Samen Veilig <nieuwsbrief@example.org>" or a bare address, as EMAIL_FROM allows both. */
export const parseMailbox = (mailbox: string): { name?: string; address: string } => {
  const match = /^\s*"?([^"<]*?)"?\s*<([^>]+)>\s*$/.exec(mailbox)
  if (!match) return { address: mailbox.trim() }
  return { name: match[1].trim() || undefined, address: match[2].trim() }
}

const helpStyle = {
  backgroundColor: theme.colors.note,
  padding: `${theme.spacing.md} ${theme.spacing.lg}`,
  borderTop: `1px solid ${theme.colors.border}`,
}

const helpTitleStyle = {
  margin: `0 0 ${theme.spacing.xs}`,
  fontFamily: theme.fonts.body,
  fontSize: theme.fontSizes.body,
  lineHeight: theme.lineHeights.body,
  fontWeight: 'bold',
  color: theme.colors.text,
}

const helpTextStyle = {
  margin: 0,
  fontFamily: theme.fonts.body,
  fontSize: theme.fontSizes.body,
  lineHeight: theme.lineHeights.body,
  color: theme.colors.text,
}

const footerStyle = {
  padding: `${theme.spacing.md} ${theme.spacing.lg} ${theme.spacing.lg}`,
  borderTop: `1px solid ${theme.colors.border}`,
}

const smallStyle = {
  margin: `0 0 ${theme.spacing.sm}`,
  fontFamily: theme.fonts.body,
  fontSize: theme.fontSizes.small,
  lineHeight: theme.lineHeights.small,
  color: theme.colors.muted,
}

const linkStyle = {
  color: theme.colors.link,
  textDecoration: 'underline',
}
