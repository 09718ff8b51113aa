import { expect, it } from 'vitest'

import { signToken } from '@/lib/signedTokens'
import { optOutUrlFor } from '@/organisations/links'
import { organisationForToken } from '@/organisations/service'
import { confirmUrlFor, preferencesUrlFor, unsubscribeUrlFor } from '@/subscribers/links'
import { confirmSubscription, subscriberForToken, unsubscribe } from '@/subscribers/service'

import { describeAttacks } from '../support/abuse'
import { tokenOf } from '../support/subscribers'
import { useSubscribing } from '../support/subscribing'

const { payload, fixtures, rest, users, pendingSubscriber, subscriberByEmail } = useSubscribing({
  users: { adviser: { email: 'adviseur-links@example.org', roles: ['regio-redactie'] } },
})

const day = 24 * 60 * 60 * 1000

const confirmed = async (email: string) => {
  const pending = await pendingSubscriber(email)
  await confirmSubscription({ payload, token: tokenOf(confirmUrlFor(pending)) })
  return (await subscriberByEmail(email))!
}

describeAttacks('links', 'signed links can be revoked and end when their purpose says', () => {
  it('should revoke preferences and unsubscribe links when the address changes', async () => {
    const subscriber = await confirmed('oud-adres@example.org')
    const preferences = tokenOf(preferencesUrlFor(subscriber))
    const unsubscribeToken = tokenOf(unsubscribeUrlFor(subscriber))
    const response = await rest('PATCH', `/api/subscribers/${subscriber.id}`, {
      as: users.adviser,
      body: { email: 'nieuw-adres@example.org' },
    })
    expect(response.status).toBe(200)
    for (const [token, purpose] of [
      [preferences, 'preferences'],
      [unsubscribeToken, 'unsubscribe'],
    ] as const) {
      expect(await subscriberForToken({ payload, token, purpose })).toEqual({
        isValid: false,
        reason: 'revoked',
      })
    }
    expect(await unsubscribe({ payload, token: unsubscribeToken })).toMatchObject({
      reason: 'revoked',
    })
    const renewed = (await subscriberByEmail('nieuw-adres@example.org'))!
    expect(renewed.status).toBe('confirmed')
    expect(
      await subscriberForToken({
        payload,
        token: tokenOf(unsubscribeUrlFor(renewed)),
        purpose: 'unsubscribe',
      }),
    ).toMatchObject({ isValid: true })
  })

  it('should not let anyone set the link version through REST', async () => {
    const subscriber = await confirmed('versie@example.org')
    const token = tokenOf(unsubscribeUrlFor(subscriber))
    await rest('PATCH', `/api/subscribers/${subscriber.id}`, {
      as: users.adviser,
      body: { linkVersion: 7, name: 'Versie' },
    })
    expect(await subscriberForToken({ payload, token, purpose: 'unsubscribe' })).toMatchObject({
      isValid: true,
    })
    const read = await rest('GET', `/api/subscribers/${subscriber.id}`, { as: users.adviser })
    expect(read.body.linkVersion).toBeUndefined()
  })

  it('should revoke every link on a renewal of links', async () => {
    const subscriber = await confirmed('vernieuwd@example.org')
    const token = tokenOf(preferencesUrlFor(subscriber))
    await payload.update({
      collection: 'subscribers',
      id: subscriber.id,
      data: {},
      context: { renewLinks: true },
    })
    expect(await subscriberForToken({ payload, token, purpose: 'preferences' })).toMatchObject({
      reason: 'revoked',
    })
  })

  it('should not let the link of an erased subscriber work for the next one with its id', async () => {
    const erased = await confirmed('gewist@example.org')
    const token = tokenOf(unsubscribeUrlFor(erased))
    await payload.delete({ collection: 'subscribers', id: erased.id })
    const next = await confirmed('opvolger@example.org')
    const result = await unsubscribe({ payload, token })
    expect(result.isValid).toBe(false)
    expect(result).toMatchObject({ reason: next.id === erased.id ? 'revoked' : 'unknown' })
    expect((await subscriberByEmail('opvolger@example.org'))!.status).toBe('confirmed')
  })

  it('should refuse a preferences link older than 180 days', async () => {
    const subscriber = await confirmed('verlopen@example.org')
    const token = signToken({
      purpose: 'preferences',
      subjectId: subscriber.id,
      linkVersion: subscriber.linkVersion,
      now: Date.now() - 181 * day,
    })
    expect(await subscriberForToken({ payload, token, purpose: 'preferences' })).toEqual({
      isValid: false,
      reason: 'expired',
    })
  })

  it('should keep the one-click unsubscribe of a mail sent before link versions working', async () => {
    const subscriber = await confirmed('oude-mail@example.org')
    // A record from before link versions: the migration leaves it without one.
    await payload.db.updateOne({
      collection: 'subscribers',
      id: subscriber.id,
      data: { linkVersion: null },
    })
    const legacyToken = signToken({ purpose: 'unsubscribe', subjectId: subscriber.id })
    expect(legacyToken.split('.')).toHaveLength(4)
    const response = await rest(
      'POST',
      `/api/subscribers/unsubscribe?token=${encodeURIComponent(legacyToken)}`,
      {
        body: 'List-Unsubscribe=One-Click',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      },
    )
    expect(response.status).toBe(200)
    expect((await subscriberByEmail('oude-mail@example.org'))!.status).toBe('unsubscribed')
  })

  it('should revoke an organisation opt-out link when its address changes', async () => {
    const organisation = await fixtures.create('organisations', {
      name: 'Basisschool De Linde',
      kind: 'primary-school',
      audience: 'schools',
      language: 'nl',
      source: 'manual',
      status: 'active',
      email: 'linde@example.org',
      municipality: await fixtures.municipalityId('arnhem'),
    })
    const stored = await payload.findByID({ collection: 'organisations', id: organisation.id })
    const token = tokenOf(optOutUrlFor(stored))
    expect(await organisationForToken({ payload, token })).toMatchObject({ isValid: true })
    await payload.update({
      collection: 'organisations',
      id: organisation.id,
      data: { email: 'directie-linde@example.org' },
    })
    expect(await organisationForToken({ payload, token })).toMatchObject({ reason: 'revoked' })
  })
})
