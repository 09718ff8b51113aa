import { Text } from '@react-email/components'

import type { EmailT } from '../../src/i18n/email'
import { theme } from '../theme'
import { Box } from './Box'

export type HeaderProps = {
  t: EmailT
  /** Name of the campaign moment the mail belongs to, shown under the regional name. */
  campaignMoment?: string
}

/** The regional identity as a coloured band: no image, so it shows even with images blocked. */
export const Header = ({ t, campaignMoment }: HeaderProps) => (
  <Box style={bandStyle}>
    <Text style={nameStyle}>{t('brand.name')}</Text>
    <Text style={regionStyle}>{t('brand.region')}</Text>
    {campaignMoment ? (
      <Text style={momentStyle}>{t('newsletter.campaignMoment', { name: campaignMoment })}</Text>
    ) : null}
  </Box>
)

const bandStyle = {
  backgroundColor: theme.colors.brand,
  borderBottom: `6px solid ${theme.colors.accent}`,
  padding: `${theme.spacing.lg} ${theme.spacing.lg} ${theme.spacing.md}`,
}

const nameStyle = {
  margin: 0,
  fontFamily: theme.fonts.body,
  fontSize: '24px',
  lineHeight: '30px',
  fontWeight: 'bold',
  color: theme.colors.brandText,
}

const regionStyle = {
  margin: 0,
  fontFamily: theme.fonts.body,
  fontSize: theme.fontSizes.body,
  lineHeight: theme.lineHeights.body,
  color: theme.colors.brandText,
}

const momentStyle = {
  margin: `${theme.spacing.sm} 0 0`,
  fontFamily: theme.fonts.body,
  fontSize: theme.fontSizes.small,
  lineHeight: theme.lineHeights.small,
  color: theme.colors.brandText,
}
