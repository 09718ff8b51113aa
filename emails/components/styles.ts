import { theme } from '../theme'

/** Text styles shared by the short transactional mails (confirmation, welcome). */
export const contentBoxStyle = {
  padding: `${theme.spacing.xl} ${theme.spacing.lg} ${theme.spacing.md}`,
}

export const titleStyle = {
  margin: `0 0 ${theme.spacing.md}`,
  fontFamily: theme.fonts.body,
  fontSize: theme.fontSizes.h1,
  lineHeight: theme.lineHeights.heading,
  color: theme.colors.text,
}

export const textStyle = {
  margin: `0 0 ${theme.spacing.md}`,
  fontFamily: theme.fonts.body,
  fontSize: theme.fontSizes.body,
  lineHeight: theme.lineHeights.body,
  color: theme.colors.text,
}

export const smallTextStyle = {
  ...textStyle,
  fontSize: theme.fontSizes.small,
  lineHeight: theme.lineHeights.small,
  color: theme.colors.muted,
}

export const buttonStyle = {
  backgroundColor: theme.colors.brand,
  color: theme.colors.brandText,
  fontFamily: theme.fonts.body,
  fontSize: theme.fontSizes.body,
  lineHeight: theme.lineHeights.body,
  fontWeight: 'bold',
  textDecoration: 'none',
  borderRadius: theme.radius,
  padding: `12px ${theme.spacing.lg}`,
  margin: `0 0 ${theme.spacing.md}`,
}

export const linkStyle = {
  color: theme.colors.link,
  textDecoration: 'underline',
  wordBreak: 'break-all' as const,
}
