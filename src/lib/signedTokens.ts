import crypto from 'node:crypto'
import type { DataFromCollectionSlug, Payload } from 'payload'

import { resolvePayloadSecret } from '@/lib/env'

/** What a signed link lets its holder do: a subscriber's, or an organisation's contact person's. */
export type TokenPurpose =
  'confirm' | 'preferences' | 'unsubscribe' | 'organisation-opt-out' | 'pack-open'

const lifetimes: Record<TokenPurpose, number | undefined> = {
  confirm: 7 * 24 * 60 * 60 * 1000,
  preferences: undefined,
  unsubscribe: undefined,
  'organisation-opt-out': undefined,
  'pack-open': undefined,
}

export type TokenCheck =
  | { isValid: true; subjectId: string }
  | { isValid: false; reason: 'malformed' | 'tampered' | 'expired' | 'wrong-purpose' }

/**
 * Links in mail carry `<purpose>.<subject id>.<expiry or 0>.<signature>`: an HMAC over the rest
 * with a key derived from PAYLOAD_SECRET, so nobody can act for another subscriber or organisation
 * and a confirm link stops working after 7 days. The subject is the subscriber or organisation the
 * purpose is about.
 */
export const signToken = ({
  purpose,
  subjectId,
  now = Date.now(),
}: {
  purpose: TokenPurpose
  subjectId: string | number
  now?: number
}): string => {
  const lifetime = lifetimes[purpose]
  const expiresAt = lifetime ? Math.floor((now + lifetime) / 1000) : 0
  const body = `${purpose}.${encodeURIComponent(String(subjectId))}.${expiresAt}`
  return `${body}.${signature(body)}`
}

export const verifyToken = ({
  token,
  purpose,
  now = Date.now(),
}: {
  token: unknown
  purpose: TokenPurpose
  now?: number
}): TokenCheck => {
  if (typeof token !== 'string') return { isValid: false, reason: 'malformed' }
  const parts = token.split('.')
  if (parts.length !== 4) return { isValid: false, reason: 'malformed' }
  const [tokenPurpose, id, expiresAt, given] = parts as [string, string, string, string]
  const expected = signature(`${tokenPurpose}.${id}.${expiresAt}`)
  const isSignatureValid =
    given.length === expected.length &&
    crypto.timingSafeEqual(Buffer.from(given), Buffer.from(expected))
  if (!isSignatureValid) return { isValid: false, reason: 'tampered' }
  if (tokenPurpose !== purpose) return { isValid: false, reason: 'wrong-purpose' }
  const expiry = Number(expiresAt)
  if (expiry !== 0 && expiry * 1000 < now) return { isValid: false, reason: 'expired' }
  return { isValid: true, subjectId: decodeURIComponent(id) }
}

const signature = (body: string) =>
  crypto.createHmac('sha256', signingKey()).update(body).digest('base64url')

let cachedKey: Buffer | undefined

const signingKey = () => {
  // The key's name predates organisations: changing it would break every link already sent.
  cachedKey ??= crypto
    .createHash('sha256')
    .update(`samen-veilig:subscriber-links:${resolvePayloadSecret()}`)
    .digest()
  return cachedKey
}

/** Why a signed link does not work: its token, or the record it was for is gone. */
export type LinkFailure = {
  isValid: false
  reason: Extract<TokenCheck, { isValid: false }>['reason'] | 'unknown'
}

/**
 * The record a signed link is for, read without access checks (the token is the permission), or
 * why the link does not work. Changes nothing.
 */
export const documentForToken = async <TSlug extends 'subscribers' | 'organisations'>({
  payload,
  collection,
  token,
  purpose,
  now,
}: {
  payload: Payload
  collection: TSlug
  token: unknown
  purpose: TokenPurpose
  now?: number
}): Promise<{ isValid: true; doc: DataFromCollectionSlug<TSlug> } | LinkFailure> => {
  const check = verifyToken({ token, purpose, now })
  if (!check.isValid) return check
  const doc = await payload
    .findByID({ collection, id: check.subjectId, depth: 0, disableErrors: true })
    .catch(() => null)
  // Erased or purged while the mail was still in a mailbox.
  if (!doc) return { isValid: false, reason: 'unknown' }
  return { isValid: true, doc: doc as DataFromCollectionSlug<TSlug> }
}
