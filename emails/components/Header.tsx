import { Text } from '@react-email/components'

import type { EmailT } from '../../src/i18n/email'
import { emailStyle } from '../emailStyle'
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
  backgroundColor: emailStyle.colors.brand,
  borderBottom: `6px solid ${emailStyle.colors.accent}`,
  padding: `${emailStyle.spacing.lg} ${emailStyle.spacing.lg} ${emailStyle.spacing.md}`,
}

const nameStyle = {
  margin: 0,
  fontFamily: emailStyle.fonts.body,
  fontSize: '24px',
  lineHeight: '30px',
  fontWeight: 'bold',
  color: emailStyle.colors.brandText,
}

const regionStyle = {
  margin: 0,
  fontFamily: emailStyle.fonts.body,
  fontSize: emailStyle.fontSizes.body,
  lineHeight: emailStyle.lineHeights.body,
  color: emailStyle.colors.brandText,
}

const momentStyle = {
  margin: `${emailStyle.spacing.sm} 0 0`,
  fontFamily: emailStyle.fonts.body,
  fontSize: emailStyle.fontSizes.small,
  lineHeight: emailStyle.lineHeights.small,
  color: emailStyle.colors.brandText,
}
