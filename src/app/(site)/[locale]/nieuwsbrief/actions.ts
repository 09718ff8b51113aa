'use server'

import { headers } from 'next/headers'
import { redirect } from 'next/navigation'

import { clientAddress } from '@/lib/clientAddress'
import { admitSignUp } from '@/subscribers/rateLimit'
import {
  confirmSubscription,
  parseSignUp,
  subscribe,
  unsubscribe,
  updatePreferences,
} from '@/subscribers/service'

import { localeOf, sitePayload } from '../../site'

/*
 * The public forms post to these server actions and work without JavaScript: each ends in a
 * redirect (post/redirect/get), so reloading a result page never submits twice.
 */

export const subscribeAction = async (formData: FormData) => {
  const pageLocale = localeOf(formData)
  const base = `/${pageLocale}/nieuwsbrief`
  if (formData.get('consent') !== 'yes') redirect(`${base}?fout=consent#formulier`)
  // Next.js caps a server action's body (1 MB by default) before this runs.
  const requestHeaders = await headers()
  const payload = await sitePayload()
  const admission = await admitSignUp({ payload, headers: requestHeaders })
  if (admission === 'rate-limited') redirect(`${base}?fout=rate#formulier`)
  if (admission === 'busy') redirect(`${base}?fout=busy#formulier`)
  const signUp = await parseSignUp(payload, {
    email: formData.get('email'),
    locale: formData.get('locale'),
    municipality: formData.get('municipality'),
    audiences: formData.getAll('audiences'),
  })
  if (!signUp.isValid) redirect(`${base}?fout=${signUp.problem}#formulier`)
  await subscribe({ payload, signUp, ip: clientAddress(requestHeaders) })
  redirect(`${base}?verzonden=1`)
}

/** The button on the confirmation page: opening the link alone confirms nothing. */
export const confirmAction = async (formData: FormData) => {
  const token = String(formData.get('token') ?? '')
  await confirmSubscription({ payload: await sitePayload(), token })
  redirect(`/${localeOf(formData)}/nieuwsbrief/bevestigen?token=${encodeURIComponent(token)}`)
}

export const unsubscribeAction = async (formData: FormData) => {
  const token = String(formData.get('token') ?? '')
  await unsubscribe({ payload: await sitePayload(), token })
  redirect(`/${localeOf(formData)}/nieuwsbrief/afmelden?token=${encodeURIComponent(token)}`)
}

export const savePreferencesAction = async (formData: FormData) => {
  const token = String(formData.get('token') ?? '')
  const result = await updatePreferences({
    payload: await sitePayload(),
    token,
    preferences: {
      locale: formData.get('locale'),
      municipality: formData.get('municipality'),
      audiences: formData.getAll('audiences'),
    },
  })
  // The page follows the newly chosen language.
  const locale = result.isValid ? result.subscriber.locale : localeOf(formData)
  redirect(
    `/${locale}/nieuwsbrief/voorkeuren?token=${encodeURIComponent(token)}${result.isValid ? '&opgeslagen=1' : ''}`,
  )
}
