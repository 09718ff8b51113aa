import { expect, it } from 'vitest'

import { confirmUrlFor, oneClickUnsubscribeUrlFor } from '@/subscribers/links'
import { confirmSubscription, subscriberForToken } from '@/subscribers/service'

import { describeAttacks } from '../support/abuse'
import { linkIn, outboxTo, tokenOf } from '../support/subscribers'
import { useSubscribing } from '../support/subscribing'

const { payload, rest, users, signUpAndRun, subscriberByEmail } = useSubscribing({
  users: { adviser: { email: 'adviseur-consent@example.org', roles: ['regio-redactie'] } },
})

/** Someone who signed up, confirmed and then unsubscribed with the one-click link. */
const unsubscribedSubscriber = async (email: string) => {
  await signUpAndRun({ email, locale: 'nl', municipality: 'arnhem', audiences: ['schools'] })
  const pending = (await subscriberByEmail(email))!
  await confirmSubscription({ payload, token: tokenOf(confirmUrlFor(pending)) })
  const confirmed = (await subscriberByEmail(email))!
  const response = await rest(
    'POST',
    oneClickUnsubscribeUrlFor(confirmed).replace(/^https?:\/\/[^/]+/, ''),
    {
      body: 'List-Unsubscribe=One-Click',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    },
  )
  expect(response.status).toBe(200)
  // Past the 10-minute spacing of confirmation mails, so a new sign-up may mail them.
  await payload.db.updateOne({
    collection: 'subscribers',
    id: confirmed.id,
    data: { lastConfirmationSentAt: new Date(Date.now() - 11 * 60_000).toISOString() },
  })
  return (await subscriberByEmail(email))!
}

describeAttacks('consent', 'an unsubscribe stays an unsubscribe until the person confirms', () => {
  it('should keep someone unsubscribed, with date, consent and preferences, when another signs their address up', async () => {
    const before = await unsubscribedSubscriber('afgemeld@example.org')
    await signUpAndRun({
      email: 'afgemeld@example.org',
      locale: 'tr',
      municipality: 'winterswijk',
      audiences: ['employers'],
    })
    const after = (await subscriberByEmail('afgemeld@example.org'))!
    expect(after).toMatchObject({
      status: 'unsubscribed',
      unsubscribedAt: before.unsubscribedAt,
      consent: before.consent,
      locale: 'nl',
      audiences: ['schools'],
    })
    // They are asked again (double opt-in), in the language the sign-up chose.
    expect(await outboxTo(payload, 'afgemeld@example.org')).toHaveLength(2)
    expect(after.consentHistory!.map(({ event }) => event)).toEqual([
      'consent',
      'pending',
      'confirmed',
      'unsubscribed',
      'requested',
    ])
  })

  it('should subscribe them again only when they confirm the new mail, with what that sign-up asked', async () => {
    const before = await unsubscribedSubscriber('terug@example.org')
    await signUpAndRun({ email: 'terug@example.org', locale: 'pl', audiences: ['employers'] })
    const mail = (await outboxTo(payload, 'terug@example.org')).at(-1)
    expect(mail!.text).toContain('/pl/nieuwsbrief/bevestigen')
    const token = tokenOf(linkIn(mail!.text, 'bevestigen'))
    expect(await confirmSubscription({ payload, token })).toMatchObject({ isValid: true })
    const after = (await subscriberByEmail('terug@example.org'))!
    expect(after).toMatchObject({ status: 'confirmed', locale: 'pl', audiences: ['employers'] })
    expect(after.consent?.givenAt).not.toBe(before.consent?.givenAt)
    expect(after.consentHistory!.map(({ event }) => event).slice(0, 4)).toEqual([
      'consent',
      'pending',
      'confirmed',
      'unsubscribed',
    ])
    expect(after.consentHistory!.slice(-3).map(({ event }) => event)).toEqual([
      'requested',
      'consent',
      'confirmed',
    ])
  })

  it('should not let a confirmation link from before the unsubscribe bring them back', async () => {
    await signUpAndRun({ email: 'oude-link@example.org' })
    const pending = (await subscriberByEmail('oude-link@example.org'))!
    const oldToken = tokenOf(confirmUrlFor(pending))
    await payload.update({
      collection: 'subscribers',
      id: pending.id,
      data: { status: 'unsubscribed', unsubscribedAt: new Date(Date.now() + 5000).toISOString() },
    })
    await confirmSubscription({ payload, token: oldToken })
    expect(await subscriberByEmail('oude-link@example.org')).toMatchObject({
      status: 'unsubscribed',
    })
  })

  it('should not let an adviser edit or remove consent history entries through REST', async () => {
    const subscriber = await unsubscribedSubscriber('geschiedenis@example.org')
    const history = subscriber.consentHistory!
    const response = await rest('PATCH', `/api/subscribers/${subscriber.id}`, {
      as: users.adviser,
      body: { consentHistory: [{ event: 'confirmed', at: new Date().toISOString() }] },
    })
    expect(response.status).toBe(200)
    const after = (await subscriberByEmail('geschiedenis@example.org'))!
    expect(after.consentHistory).toEqual(history)
    await rest('PATCH', `/api/subscribers/${subscriber.id}`, {
      as: users.adviser,
      body: { consentHistory: [] },
    })
    expect((await subscriberByEmail('geschiedenis@example.org'))!.consentHistory).toEqual(history)
  })

  it('should append, not replace, when an adviser changes the status or consent by hand', async () => {
    const subscriber = await unsubscribedSubscriber('handmatig@example.org')
    await rest('PATCH', `/api/subscribers/${subscriber.id}`, {
      as: users.adviser,
      body: { status: 'confirmed', consent: { givenAt: '2020-01-01T00:00:00.000Z', source: 'x' } },
    })
    const after = (await subscriberByEmail('handmatig@example.org'))!
    expect(after.consentHistory!.slice(0, subscriber.consentHistory!.length)).toEqual(
      subscriber.consentHistory,
    )
    expect(after.consentHistory!.slice(-2).map(({ event }) => event)).toEqual([
      'consent',
      'confirmed',
    ])
  })

  it('should remove the history with the subscriber on erase', async () => {
    const subscriber = await unsubscribedSubscriber('wissen@example.org')
    const response = await rest('POST', `/api/subscribers/${subscriber.id}/erase`, {
      as: users.adviser,
    })
    expect(response.status).toBe(200)
    expect(await subscriberByEmail('wissen@example.org')).toBeUndefined()
    expect(
      await subscriberForToken({
        payload,
        token: tokenOf(confirmUrlFor(subscriber)),
        purpose: 'confirm',
      }),
    ).toMatchObject({ isValid: false })
  })
})
