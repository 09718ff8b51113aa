import { emailStyle } from '../emailStyle'

/** Text styles shared by the short mails (see ShortMail). */
export const contentBoxStyle = {
  padding: `${emailStyle.spacing.xl} ${emailStyle.spacing.lg} ${emailStyle.spacing.md}`,
}

export const titleStyle = {
  margin: `0 0 ${emailStyle.spacing.md}`,
  fontFamily: emailStyle.fonts.body,
  fontSize: emailStyle.fontSizes.h1,
  lineHeight: emailStyle.lineHeights.heading,
  color: emailStyle.colors.text,
}

export const textStyle = {
  margin: `0 0 ${emailStyle.spacing.md}`,
  fontFamily: emailStyle.fonts.body,
  fontSize: emailStyle.fontSizes.body,
  lineHeight: emailStyle.lineHeights.body,
  color: emailStyle.colors.text,
}

export const smallTextStyle = {
  ...textStyle,
  fontSize: emailStyle.fontSizes.small,
  lineHeight: emailStyle.lineHeights.small,
  color: emailStyle.colors.muted,
}

export const buttonStyle = {
  backgroundColor: emailStyle.colors.brand,
  color: emailStyle.colors.brandText,
  fontFamily: emailStyle.fonts.body,
  fontSize: emailStyle.fontSizes.body,
  lineHeight: emailStyle.lineHeights.body,
  fontWeight: 'bold',
  textDecoration: 'none',
  borderRadius: emailStyle.radius,
  padding: `12px ${emailStyle.spacing.lg}`,
  margin: `0 0 ${emailStyle.spacing.md}`,
}

export const linkStyle = {
  color: emailStyle.colors.link,
  textDecoration: 'underline',
  wordBreak: 'break-all' as const,
}
