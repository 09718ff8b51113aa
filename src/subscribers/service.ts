import type { Payload, PayloadRequest } from 'payload'

import { audiences } from '@/fields/taxonomy'
import type { Audience } from '@/fields/taxonomy'
import { defaultLocale, isLocale } from '@/i18n'
import type { Locale } from '@/i18n'
import { renderConfirmSubscription, renderWelcome } from '@/newsletter/render'
import { sendEmail } from '@/newsletter/transports'
import type { Subscriber } from '@/payload-types'
import {
  consentTextVersion,
  formConsentSource,
  hashIp,
  isPlausibleEmail,
  normalizeAddress,
} from './consent'
import { confirmUrlFor, preferencesUrlFor, unsubscribeUrlFor } from './links'
import { verifyToken } from './tokens'
import type { TokenCheck, TokenPurpose } from './tokens'

const collection = 'subscribers'

/** A pending address gets at most one confirmation mail in this time. */
export const confirmationResendInterval = 10 * 60 * 1000

export type SignUp = {
  email: unknown
  locale?: unknown
  /** The municipality's slug, as the form and embedding sites know it. */
  municipality?: unknown
  audiences?: unknown
}

export type SignUpProblem = 'email' | 'locale' | 'municipality' | 'audiences'

/**
 * What happened, for logs and tests only: the visitor always gets the same answer, so nobody
 * can find out whether an address is on the list.
 */
export type SignUpOutcome = 'created' | 'resent' | 'unchanged'

const audienceValues = audiences.map(({ value }) => value) as readonly string[]

/** Checks a sign-up and turns the municipality slug into its id. */
export const parseSignUp = async (
  payload: Payload,
  input: SignUp,
): Promise<
  | {
      isValid: true
      email: string
      locale: Locale
      municipality: string | number | null
      audiences: Audience[]
    }
  | { isValid: false; problem: SignUpProblem }
> => {
  const email = typeof input.email === 'string' ? normalizeAddress(input.email) : ''
  if (!isPlausibleEmail(email)) return { isValid: false, problem: 'email' }
  const locale = input.locale === undefined || input.locale === '' ? defaultLocale : input.locale
  if (!isLocale(locale)) return { isValid: false, problem: 'locale' }
  const chosen = input.audiences === undefined ? [] : input.audiences
  if (!Array.isArray(chosen) || !chosen.every((value) => audienceValues.includes(value))) {
    return { isValid: false, problem: 'audiences' }
  }
  let municipality: string | number | null = null
  if (
    input.municipality !== undefined &&
    input.municipality !== null &&
    input.municipality !== ''
  ) {
    municipality = await municipalityIdBySlug(payload, input.municipality)
    if (municipality === null) return { isValid: false, problem: 'municipality' }
  }
  return {
    isValid: true,
    email,
    locale,
    municipality,
    audiences: [...new Set(chosen)] as Audience[],
  }
}

/**
 * Double opt-in: a new or pending address gets a confirmation mail (pending ones at most once per
 * 10 minutes), a confirmed one nothing. Someone who unsubscribed earlier starts over as pending.
 * Bounced and complained addresses stay suppressed: mail to them would bounce or annoy again.
 */
export const subscribe = async ({
  payload,
  signUp,
  ip,
  source = formConsentSource,
  now = new Date(),
}: {
  payload: Payload
  signUp: Extract<Awaited<ReturnType<typeof parseSignUp>>, { isValid: true }>
  ip?: string
  source?: string
  now?: Date
}): Promise<SignUpOutcome> => {
  const existing = await findByEmail(payload, signUp.email)
  const preferences = {
    locale: signUp.locale,
    municipality: signUp.municipality as number | null,
    audiences: signUp.audiences,
  }
  const consent = {
    givenAt: now.toISOString(),
    source,
    textVersion: consentTextVersion,
    ipHash: hashIp(ip),
  }
  if (!existing) {
    const created = await payload.create({
      collection,
      data: {
        email: signUp.email,
        ...preferences,
        status: 'pending',
        consent,
        lastConfirmationSentAt: now.toISOString(),
      },
      depth: 0,
    })
    await sendConfirmation(payload, created, now)
    return 'created'
  }
  const isStartingOver = existing.status === 'unsubscribed'
  if (existing.status !== 'pending' && !isStartingOver) return 'unchanged'
  const lastSent = existing.lastConfirmationSentAt ? Date.parse(existing.lastConfirmationSentAt) : 0
  if (now.getTime() - lastSent < confirmationResendInterval) return 'unchanged'
  const updated = await payload.update({
    collection,
    id: existing.id,
    data: {
      ...preferences,
      status: 'pending',
      consent,
      lastConfirmationSentAt: now.toISOString(),
      unsubscribedAt: null,
    },
    depth: 0,
  })
  await sendConfirmation(payload, updated, now)
  return 'resent'
}

export type LinkResult =
  | { isValid: true; subscriber: Subscriber }
  | { isValid: false; reason: Extract<TokenCheck, { isValid: false }>['reason'] | 'unknown' }

/** The subscriber a signed link is for, or why the link does not work. Changes nothing. */
export const subscriberForToken = async ({
  payload,
  token,
  purpose,
  now,
}: {
  payload: Payload
  token: unknown
  purpose: TokenPurpose
  now?: number
}): Promise<LinkResult> => {
  const check = verifyToken({ token, purpose, now })
  if (!check.isValid) return check
  const subscriber = await payload
    .findByID({ collection, id: check.subscriberId, depth: 0, disableErrors: true })
    .catch(() => null)
  // Erased, or purged while the link was still in a mailbox.
  if (!subscriber) return { isValid: false, reason: 'unknown' }
  return { isValid: true, subscriber }
}

/**
 * Confirms a pending subscription and sends the welcome mail, once. Following the link again
 * changes nothing; an old link cannot bring back someone who has since unsubscribed.
 */
export const confirmSubscription = async ({
  payload,
  token,
  now = new Date(),
}: {
  payload: Payload
  token: unknown
  now?: Date
}): Promise<LinkResult> => {
  const found = await subscriberForToken({ payload, token, purpose: 'confirm', now: now.getTime() })
  if (!found.isValid || found.subscriber.status !== 'pending') return found
  const subscriber = await payload.update({
    collection,
    id: found.subscriber.id,
    data: { status: 'confirmed', confirmedAt: now.toISOString() },
    depth: 0,
  })
  const rendered = await renderWelcome({
    locale: subscriber.locale,
    preferencesUrl: preferencesUrlFor(subscriber),
    unsubscribeUrl: unsubscribeUrlFor(subscriber),
  })
  await sendEmail(
    payload,
    { to: subscriber.email, ...rendered, tags: [{ name: 'kind', value: 'welcome' }] },
    { idempotencyKey: `welcome-${subscriber.id}-${subscriber.confirmedAt}` },
  )
  return { isValid: true, subscriber }
}

/** Stops all mail to the subscriber of a valid unsubscribe token, at once. */
export const unsubscribe = async ({
  payload,
  token,
  now = new Date(),
}: {
  payload: Payload
  token: unknown
  now?: Date
}): Promise<LinkResult> => {
  const found = await subscriberForToken({ payload, token, purpose: 'unsubscribe' })
  if (!found.isValid) return found
  if (found.subscriber.status !== 'confirmed' && found.subscriber.status !== 'pending') return found
  const subscriber = await payload.update({
    collection,
    id: found.subscriber.id,
    data: { status: 'unsubscribed', unsubscribedAt: now.toISOString() },
    depth: 0,
  })
  return { isValid: true, subscriber }
}

/** Language, municipality and audiences through a preferences link. */
export const updatePreferences = async ({
  payload,
  token,
  preferences,
}: {
  payload: Payload
  token: unknown
  preferences: Omit<SignUp, 'email'>
}): Promise<LinkResult | { isValid: false; reason: SignUpProblem }> => {
  const found = await subscriberForToken({ payload, token, purpose: 'preferences' })
  if (!found.isValid) return found
  const parsed = await parseSignUp(payload, { ...preferences, email: found.subscriber.email })
  if (!parsed.isValid) return { isValid: false, reason: parsed.problem }
  const subscriber = await payload.update({
    collection,
    id: found.subscriber.id,
    data: {
      locale: parsed.locale,
      municipality: parsed.municipality as number | null,
      audiences: parsed.audiences,
    },
    depth: 0,
  })
  return { isValid: true, subscriber }
}

export const findByEmail = async (
  payload: Payload,
  email: string,
  req?: Partial<PayloadRequest>,
): Promise<Subscriber | undefined> => {
  const { docs } = await payload.find({
    collection,
    where: { email: { equals: normalizeAddress(email) } },
    limit: 1,
    depth: 0,
    pagination: false,
    req,
  })
  return docs[0]
}

export const municipalityIdBySlug = async (
  payload: Payload,
  slug: unknown,
): Promise<string | number | null> => {
  if (typeof slug !== 'string') return null
  const { docs } = await payload.find({
    collection: 'municipalities',
    where: { slug: { equals: slug } },
    limit: 1,
    depth: 0,
    pagination: false,
    select: {},
  })
  return docs[0]?.id ?? null
}

const sendConfirmation = async (payload: Payload, subscriber: Subscriber, now: Date) => {
  const municipalityName = await municipalityNameOf(payload, subscriber.municipality)
  const rendered = await renderConfirmSubscription({
    locale: subscriber.locale,
    confirmUrl: confirmUrlFor(subscriber, now.getTime()),
    municipalityName,
  })
  const result = await sendEmail(
    payload,
    { to: subscriber.email, ...rendered, tags: [{ name: 'kind', value: 'confirm' }] },
    { idempotencyKey: `confirm-${subscriber.id}-${now.getTime()}` },
  )
  // The visitor's answer does not change (no enumeration); the failure belongs in the log.
  if (!result.ok) payload.logger.error(`Bevestigingsmail niet verstuurd: ${result.error}`)
}

const municipalityNameOf = async (
  payload: Payload,
  municipality: Subscriber['municipality'],
): Promise<string | undefined> => {
  if (municipality === null || municipality === undefined) return undefined
  if (typeof municipality === 'object') return municipality.name
  const doc = await payload
    .findByID({ collection: 'municipalities', id: municipality, depth: 0, disableErrors: true })
    .catch(() => null)
  return doc?.name ?? undefined
}
