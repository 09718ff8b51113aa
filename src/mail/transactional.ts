import { createElement } from 'react'

import type { Locale } from '@/i18n'
import { emailTranslator } from '@/i18n/email'

import CampaignReminder, { campaignReminderSubject } from '../../emails/CampaignReminder'
import type { CampaignReminderProps } from '../../emails/CampaignReminder'
import ConfirmSubscription from '../../emails/ConfirmSubscription'
import type { ConfirmSubscriptionProps } from '../../emails/ConfirmSubscription'
import PasswordReset from '../../emails/PasswordReset'
import type { PasswordResetProps } from '../../emails/PasswordReset'
import RouteToHelpReminder, { routeToHelpReminderSubject } from '../../emails/RouteToHelpReminder'
import type { RouteToHelpReminderProps } from '../../emails/RouteToHelpReminder'
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

export const passwordResetSubject = (locale: Locale) =>
  emailTranslator(locale)('passwordReset.subject')

export const renderPasswordReset = async (props: PasswordResetProps): Promise<RenderedEmail> => ({
  subject: passwordResetSubject(props.locale),
  ...(await renderEmail(createElement(PasswordReset, props))),
})

export const renderCampaignReminder = async (
  props: CampaignReminderProps,
): Promise<RenderedEmail> => ({
  subject: campaignReminderSubject(props),
  ...(await renderEmail(createElement(CampaignReminder, props))),
})

export const renderRouteToHelpReminder = async (
  props: RouteToHelpReminderProps,
): Promise<RenderedEmail> => ({
  subject: routeToHelpReminderSubject(props),
  ...(await renderEmail(createElement(RouteToHelpReminder, props))),
})
