import { describe, expect, it } from 'vitest'

import { emailTranslator } from '@/i18n/email'
import { signToken } from '@/lib/signedTokens'
import { confirmUrlFor } from '@/subscribers/links'
import { confirmSubscription } from '@/subscribers/service'

import { linkIn, outboxTo, tokenOf } from '../support/subscribers'
import { useSubscribing } from '../support/subscribing'
import { useFakeResend } from '../support/useFakeResend'

const { payload, runSubscriberJobs, signUpAndRun, subscriberByEmail, pendingSubscriber } =
  useSubscribing()

describe('confirming a subscription', () => {
  it('should confirm through the link in the mail and then send the welcome mail once', async () => {
    await signUpAndRun({ email: 'bevestig@example.org', locale: 'ar', audiences: [] })
    const [confirmation] = await outboxTo(payload, 'bevestig@example.org')
    const token = tokenOf(linkIn(confirmation?.text, 'bevestigen'))

    const result = await confirmSubscription({ payload, token })
    expect(result).toMatchObject({ isValid: true, subscriber: { status: 'confirmed' } })
    const subscriber = await subscriberByEmail('bevestig@example.org')
    expect(subscriber?.confirmedAt).toEqual(expect.any(String))
    expect(await outboxTo(payload, 'bevestig@example.org')).toHaveLength(1)
    await runSubscriberJobs()
    // Confirming again (a second press, a reload) sends nothing new.
    await confirmSubscription({ payload, token })
    await runSubscriberJobs()

    const mails = await outboxTo(payload, 'bevestig@example.org')
    expect(mails).toHaveLength(2)
    const welcome = mails[1]
    expect(welcome?.subject).toBe(emailTranslator('ar')('welcome.subject'))
    expect(welcome?.html).toContain('lang="ar"')
    expect(linkIn(welcome?.text, 'voorkeuren')).toContain(
      '/ar/nieuwsbrief/voorkeuren?token=preferences.',
    )
    // One-click unsubscribe (RFC 8058), as on the newsletter.
    expect(welcome?.headers).toEqual({
      'List-Unsubscribe': expect.stringMatching(
        /^<http[^>]+\/api\/subscribers\/unsubscribe\?token=unsubscribe\.[^>]+>, <http[^>]+\/ar\/nieuwsbrief\/afmelden\?token=[^>]+>$/,
      ),
      'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
    })
  })
})

describe('signed confirmation links', () => {
  it('should change nothing for a tampered confirmation token', async () => {
    const subscriber = await pendingSubscriber('knoeien@example.org')
    const other = await pendingSubscriber('ander.lid@example.org')
    const token = tokenOf(confirmUrlFor(subscriber)).replace(`.${subscriber.id}.`, `.${other.id}.`)
    expect(await confirmSubscription({ payload, token })).toEqual({
      isValid: false,
      reason: 'tampered',
    })
    expect((await subscriberByEmail('ander.lid@example.org'))?.status).toBe('pending')
  })

  it('should change nothing for a confirmation token older than 7 days', async () => {
    const subscriber = await pendingSubscriber('te-laat@example.org')
    const token = signToken({
      purpose: 'confirm',
      subjectId: subscriber.id,
      now: Date.now() - 8 * 24 * 60 * 60 * 1000,
    })
    expect(await confirmSubscription({ payload, token })).toEqual({
      isValid: false,
      reason: 'expired',
    })
    expect((await subscriberByEmail('te-laat@example.org'))?.status).toBe('pending')
  })

  it('should refuse an unsubscribe token used as a confirmation token', async () => {
    const subscriber = await pendingSubscriber('verkeerd-doel@example.org')
    const token = signToken({ purpose: 'unsubscribe', subjectId: subscriber.id })
    expect(await confirmSubscription({ payload, token })).toMatchObject({ isValid: false })
    expect((await subscriberByEmail('verkeerd-doel@example.org'))?.status).toBe('pending')
  })
})

describe('double opt-in through the Resend-compatible server', () => {
  const fake = useFakeResend({ ratePerSecond: 100 })

  it('should deliver the confirmation and, after confirming, the welcome mail in the chosen language', async () => {
    await signUpAndRun({ email: 'via-resend@example.org', locale: 'uk', municipality: 'zevenaar' })
    const confirmation = fake.messages.find(({ to }) => to.includes('via-resend@example.org'))
    expect(confirmation?.subject).toBe(emailTranslator('uk')('confirm.subject'))
    expect(confirmation?.html).toContain('Zevenaar')

    const result = await confirmSubscription({
      payload,
      token: tokenOf(linkIn(confirmation?.text, 'bevestigen')),
    })
    expect(result).toMatchObject({ isValid: true })
    await runSubscriberJobs()
    const welcome = fake.messages.filter(({ to }) => to.includes('via-resend@example.org'))[1]
    expect(welcome?.subject).toBe(emailTranslator('uk')('welcome.subject'))
    expect(await outboxTo(payload, 'via-resend@example.org')).toHaveLength(0)
  })
})
