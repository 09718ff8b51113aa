import type { Payload, PayloadRequest } from 'payload'

import { audiences } from '@/fields/taxonomy'
import type { Audience } from '@/fields/taxonomy'
import { defaultLocale, isLocale } from '@/i18n'
import type { Locale } from '@/i18n'
import { documentForToken } from '@/lib/signedTokens'
import type { LinkFailure, TokenPurpose } from '@/lib/signedTokens'
import { renderConfirmSubscription, renderWelcome } from '@/mail/transactional'
import { sendEmail } from '@/mail/transports'
import type { Subscriber } from '@/payload-types'

import { formConsentSource, hashIp, isPlausibleEmail, normalizeAddress } from './consent'
import {
  confirmUrlFor,
  listUnsubscribeHeadersFor,
  preferencesUrlFor,
  unsubscribeUrlFor,
} from './links'
import { confirmationMailCap } from './rateLimit'

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
export type SignUpOutcome = 'created' | 'resent' | 'asked' | 'unchanged'

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

/** The queue the sign-up and welcome jobs go to: worked by the server's autorun and the worker. */
export const subscriberJobsQueue = 'default'

export type ValidSignUp = Extract<Awaited<ReturnType<typeof parseSignUp>>, { isValid: true }>

export type Consent = NonNullable<Subscriber['consent']>

/**
 * Takes a valid sign-up in: queues it and does nothing else. Every answer, whatever is stored for
 * the address, costs the same (the address is not looked up, one job is written, no mail is
 * rendered or sent), so neither the answer nor its timing tells who is on the list. The job does
 * the rest: see `registerSignUp`.
 */
export const subscribe = async ({
  payload,
  signUp,
  ip,
  source = formConsentSource,
  now = new Date(),
}: {
  payload: Payload
  signUp: ValidSignUp
  ip?: string
  source?: string
  now?: Date
}): Promise<void> => {
  await payload.jobs.queue({
    task: 'handleSignUp',
    queue: subscriberJobsQueue,
    input: {
      email: signUp.email,
      locale: signUp.locale,
      municipality: signUp.municipality === null ? null : String(signUp.municipality),
      audiences: signUp.audiences,
      consentGivenAt: now.toISOString(),
      consentSource: source,
      ipHash: hashIp(ip) ?? null,
    },
  })
}

/**
 * Double opt-in, run by the `handleSignUp` job (one job per address at a time, see its
 * concurrency key): a new or pending address gets a confirmation mail, a confirmed one nothing.
 * Every address gets at most one confirmation mail per 10 minutes and at most
 * SIGN_UP_MAILS_PER_ADDRESS per SIGN_UP_MAIL_WINDOW_HOURS, however often it is signed up.
 * Someone who unsubscribed stays unsubscribed: the sign-up is kept in their history and they are
 * asked to confirm it; until they do, nothing about them changes (status, date, consent,
 * preferences). Bounced and complained addresses stay suppressed: mail to them would bounce or
 * annoy again.
 */
export const registerSignUp = async ({
  payload,
  signUp,
  consent,
  now = new Date(),
}: {
  payload: Payload
  signUp: Omit<ValidSignUp, 'isValid'>
  consent: Consent
  now?: Date
}): Promise<SignUpOutcome> => {
  const existing = await findByEmail(payload, signUp.email)
  const preferences = {
    locale: signUp.locale,
    municipality: signUp.municipality as number | null,
    audiences: signUp.audiences,
  }
  if (!existing) {
    const created = await payload.create({
      collection,
      data: {
        email: signUp.email,
        ...preferences,
        status: 'pending',
        consent,
        ...confirmationCounted(undefined, now),
      },
      depth: 0,
    })
    await sendConfirmation(payload, created, now)
    return 'created'
  }
  if (existing.status !== 'pending' && existing.status !== 'unsubscribed') return 'unchanged'
  if (!mayMailConfirmation(existing, now)) return 'unchanged'
  const isUnsubscribed = existing.status === 'unsubscribed'
  const updated = await payload.update({
    collection,
    id: existing.id,
    // A pending address has given no lasting consent yet: the newest sign-up replaces it.
    data: isUnsubscribed
      ? confirmationCounted(existing, now)
      : { ...preferences, consent, ...confirmationCounted(existing, now) },
    context: isUnsubscribed ? { signUpRequest: { consent, preferences } } : undefined,
    depth: 0,
  })
  // The mail goes in the language asked for; for someone unsubscribed nothing else changes yet.
  await sendConfirmation(
    payload,
    { ...updated, locale: signUp.locale, municipality: preferences.municipality },
    now,
  )
  return isUnsubscribed ? 'asked' : 'resent'
}

export type LinkResult =
  | {
      isValid: true
      subscriber: Subscriber
      /** When the link was made, for links that expire. */
      issuedAt?: number
    }
  | LinkFailure

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
  const found = await documentForToken({ payload, collection, token, purpose, now })
  return found.isValid ? { isValid: true, subscriber: found.doc, issuedAt: found.issuedAt } : found
}

/**
 * Whether a valid confirmation link may still confirm: for a pending subscriber, or for someone
 * unsubscribed when the link answers a sign-up made after they unsubscribed.
 */
export const canConfirm = ({
  subscriber,
  issuedAt,
}: {
  subscriber: Subscriber
  issuedAt?: number
}) =>
  subscriber.status === 'pending' ||
  (subscriber.status === 'unsubscribed' && requestAnsweredBy(subscriber, issuedAt) !== null)

/**
 * Confirms a pending subscription and queues the welcome mail, once. Confirming again changes
 * nothing. Someone who unsubscribed is subscribed again only by a link sent after they
 * unsubscribed, in answer to a new sign-up: it applies what that sign-up asked for. An older link
 * cannot bring them back. Only the button on the confirmation page calls this: opening the link
 * (as mail scanners do) confirms nothing.
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
  const found = await subscriberForToken({
    payload,
    token,
    purpose: 'confirm',
    now: now.getTime(),
  })
  if (!found.isValid || !canConfirm(found)) return found
  const current = found.subscriber
  const request = requestAnsweredBy(current, found.issuedAt)
  const subscriber = await payload.update({
    collection,
    id: current.id,
    data: {
      status: 'confirmed',
      confirmedAt: now.toISOString(),
      ...(current.status === 'unsubscribed' && request ? { ...request, unsubscribedAt: null } : {}),
    },
    depth: 0,
  })
  await payload.jobs.queue({
    task: 'sendWelcomeMail',
    queue: subscriberJobsQueue,
    input: { subscriberId: String(subscriber.id), confirmedAt: now.toISOString() },
  })
  return { isValid: true, subscriber }
}

/**
 * The welcome mail, run by the `sendWelcomeMail` job. Nothing for someone who unsubscribed or
 * was erased in the meantime; the idempotency key keeps a retried job from mailing twice.
 */
export const sendWelcomeMail = async ({
  payload,
  subscriberId,
  confirmedAt,
}: {
  payload: Payload
  subscriberId: string | number
  confirmedAt: string
}): Promise<'sent' | 'skipped'> => {
  const subscriber = await payload
    .findByID({ collection, id: subscriberId, depth: 0, disableErrors: true })
    .catch(() => null)
  if (!subscriber || subscriber.status !== 'confirmed') return 'skipped'
  const rendered = await renderWelcome({
    locale: subscriber.locale,
    preferencesUrl: preferencesUrlFor(subscriber),
    unsubscribeUrl: unsubscribeUrlFor(subscriber),
  })
  const result = await sendEmail(
    payload,
    {
      to: subscriber.email,
      ...rendered,
      // Every mail to someone on the list offers the one-click unsubscribe, as the newsletter does.
      headers: listUnsubscribeHeadersFor(subscriber),
      tags: [{ name: 'kind', value: 'welcome' }],
    },
    { idempotencyKey: `welcome-${subscriber.id}-${confirmedAt}` },
  )
  if (!result.ok) throw new Error(`Welkomstmail niet verstuurd: ${result.error}`)
  return 'sent'
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

type MailCounted = Pick<
  Subscriber,
  'lastConfirmationSentAt' | 'confirmationsInWindow' | 'confirmationWindowStartedAt'
>

/** Whether the address may get another confirmation mail now (spacing and per-address cap). */
const mayMailConfirmation = (subscriber: MailCounted, now: Date) => {
  const lastSent = subscriber.lastConfirmationSentAt
    ? Date.parse(subscriber.lastConfirmationSentAt)
    : 0
  if (now.getTime() - lastSent < confirmationResendInterval) return false
  const { mails, windowMs } = confirmationMailCap()
  const windowStart = subscriber.confirmationWindowStartedAt
    ? Date.parse(subscriber.confirmationWindowStartedAt)
    : 0
  return now.getTime() - windowStart >= windowMs || (subscriber.confirmationsInWindow ?? 0) < mails
}

/** The counters after one more confirmation mail. */
const confirmationCounted = (subscriber: MailCounted | undefined, now: Date): MailCounted => {
  const { windowMs } = confirmationMailCap()
  const windowStart = subscriber?.confirmationWindowStartedAt
  const isWindowOpen = windowStart && now.getTime() - Date.parse(windowStart) < windowMs
  return {
    lastConfirmationSentAt: now.toISOString(),
    confirmationWindowStartedAt: isWindowOpen ? windowStart : now.toISOString(),
    confirmationsInWindow: isWindowOpen ? (subscriber?.confirmationsInWindow ?? 0) + 1 : 1,
  }
}

/**
 * The sign-up an unsubscribed person's confirmation link answers: the newest one in their history
 * since they unsubscribed, when the link was made after they unsubscribed. Its preferences and
 * consent are what they confirm.
 */
const requestAnsweredBy = (subscriber: Subscriber, issuedAt: number | undefined) => {
  const unsubscribedAt = subscriber.unsubscribedAt ? Date.parse(subscriber.unsubscribedAt) : 0
  // A link's time is kept in whole seconds: one made in the second of the unsubscribe counts.
  if (issuedAt === undefined || issuedAt + 1000 < unsubscribedAt) return null
  const request = [...(subscriber.consentHistory ?? [])]
    .reverse()
    .find(({ event, at }) => event === 'requested' && Date.parse(at) >= unsubscribedAt)
  if (!request) return null
  const preferences = (request.preferences ?? {}) as Partial<
    Pick<Subscriber, 'locale' | 'municipality' | 'audiences'>
  >
  return {
    ...preferences,
    consent: {
      givenAt: request.at,
      source: request.source,
      textVersion: request.textVersion,
      ipHash: request.ipHash,
    },
  }
}
