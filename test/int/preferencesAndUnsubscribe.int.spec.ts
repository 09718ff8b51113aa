import { describe, expect, it } from 'vitest'

import { signToken } from '@/lib/signedTokens'
import { oneClickUnsubscribeUrlFor, preferencesUrlFor } from '@/subscribers/links'
import { subscriberForToken, updatePreferences } from '@/subscribers/service'

import { tokenOf } from '../support/subscribers'
import { useSubscribing } from '../support/subscribing'

const { payload, fixtures, rest, pendingSubscriber } = useSubscribing()

describe('the preferences link', () => {
  it('should update language, municipality and audiences through the preferences link', async () => {
    const subscriber = await pendingSubscriber('voorkeur@example.org')
    const token = tokenOf(preferencesUrlFor(subscriber))
    const result = await updatePreferences({
      payload,
      token,
      preferences: { locale: 'pl', municipality: 'winterswijk', audiences: ['employers'] },
    })
    expect(result).toMatchObject({
      isValid: true,
      subscriber: {
        locale: 'pl',
        municipality: await fixtures.municipalityId('winterswijk'),
        audiences: ['employers'],
      },
    })
  })
})

describe('one-click unsubscribe (RFC 8058)', () => {
  const confirmedSubscriber = async (email: string) => {
    const subscriber = await payload.create({
      collection: 'subscribers',
      data: { email, locale: 'nl', status: 'confirmed', confirmedAt: new Date().toISOString() },
    })
    return subscriber
  }

  const postOneClick = (url: string, body = 'List-Unsubscribe=One-Click') =>
    rest('POST', new URL(url).pathname + new URL(url).search, {
      body,
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    })

  it('should unsubscribe at once with an empty 200 when a mail client posts One-Click', async () => {
    const subscriber = await confirmedSubscriber('klik@example.org')
    const response = await postOneClick(oneClickUnsubscribeUrlFor(subscriber))
    expect(response.status).toBe(200)
    expect(response.text).toBe('')
    const after = await payload.findByID({ collection: 'subscribers', id: subscriber.id })
    expect(after).toMatchObject({ status: 'unsubscribed', unsubscribedAt: expect.any(String) })
  })

  it('should change nothing without the One-Click body or with a tampered token', async () => {
    const subscriber = await confirmedSubscriber('blijft@example.org')
    const url = oneClickUnsubscribeUrlFor(subscriber)
    expect((await postOneClick(url, '')).status).toBe(400)
    expect((await postOneClick(url.replace(/.$/, (c) => (c === 'A' ? 'B' : 'A')))).status).toBe(400)
    const after = await payload.findByID({ collection: 'subscribers', id: subscriber.id })
    expect(after.status).toBe('confirmed')
  })

  it('should find no subscriber for a link once it has been unsubscribed and erased', async () => {
    const subscriber = await confirmedSubscriber('weg@example.org')
    const token = signToken({ purpose: 'unsubscribe', subjectId: subscriber.id })
    await payload.delete({ collection: 'subscribers', id: subscriber.id })
    expect(await subscriberForToken({ payload, token, purpose: 'unsubscribe' })).toEqual({
      isValid: false,
      reason: 'unknown',
    })
  })
})
