import { createElement } from 'react'

import { emailTranslator } from '@/i18n/email'
import ConfirmSubscription from '../../emails/ConfirmSubscription'
import type { ConfirmSubscriptionProps } from '../../emails/ConfirmSubscription'
import Welcome from '../../emails/Welcome'
import type { WelcomeProps } from '../../emails/Welcome'
import { renderEmail } from './render'
import type { RenderedEmail } from './render'

// The mails to one person at a time; the newsletter, rendered once for many, is in newsletter.ts.

export const renderConfirmSubscription = async (
  props: ConfirmSubscriptionProps,
): Promise<RenderedEmail> => ({
  subject: emailTranslator(props.locale)('confirm.subject'),
  ...(await renderEmail(createElement(ConfirmSubscription, props))),
})

export const renderWelcome = async (props: WelcomeProps): Promise<RenderedEmail> => ({
  subject: emailTranslator(props.locale)('welcome.subject'),
  ...(await renderEmail(createElement(Welcome, props))),
})
