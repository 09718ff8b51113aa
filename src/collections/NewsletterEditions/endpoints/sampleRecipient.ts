import type { Locale } from '@/i18n'
import { publicUrl } from '@/lib/env'
import type { User } from '@/payload-types'

import type { Recipient } from '../../../../emails/types'

/**
 * The signed-in editor as recipient of a preview or test: their own address and name, and links
 * that lead to the preferences and unsubscribe pages without acting on anyone's subscription.
 */
export const sampleRecipient = (user: Pick<User, 'email' | 'name'>, locale: Locale): Recipient => ({
  email: user.email,
  name: user.name ?? undefined,
  preferencesUrl: `${publicUrl()}/${locale}/nieuwsbrief/voorkeuren?voorbeeld=1`,
  unsubscribeUrl: `${publicUrl()}/${locale}/nieuwsbrief/afmelden?voorbeeld=1`,
})
