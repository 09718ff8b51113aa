'use server'

import { redirect } from 'next/navigation'

import { optOutOrganisation } from '@/organisations/service'

import { localeOf, sitePayload } from '../../site'

/**
 * The button on the opt-out page: opening the link alone opts nobody out. It ends in a redirect
 * (post/redirect/get), so reloading the result never submits twice.
 */
export const optOutAction = async (formData: FormData) => {
  const token = String(formData.get('token') ?? '')
  await optOutOrganisation({ payload: await sitePayload(), token })
  redirect(`/${localeOf(formData)}/organisaties/afmelden?token=${encodeURIComponent(token)}`)
}
