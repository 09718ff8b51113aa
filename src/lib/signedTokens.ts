import crypto from 'node:crypto'
import type { DataFromCollectionSlug, Payload } from 'payload'

import { resolvePayloadSecret } from '@/lib/env'

const day = 24 * 60 * 60 * 1000

/** What a signed link lets its holder do: a subscriber's, or an organisation's contact person's. */
export type TokenPurpose =
  'confirm' | 'preferences' | 'unsubscribe' | 'organisation-opt-out' | 'pack-open'

/**
 * How long a link of each purpose works. Only links that must always work are `never`: an
 * unsubscribe or opt-out link (the law and RFC 8058 want leaving to stay possible from every mail
 * ever sent) and a pack link (it only counts an open and leads to a public page). Those can still
 * be revoked (see `linkVersion`). A preferences link shows and changes someone's settings, so it
 * ends: every newsletter brings a fresh one.
 */
export const tokenLifetimes: Record<TokenPurpose, number | 'never'> = {
  confirm: 7 * day,
  preferences: 180 * day,
  unsubscribe: 'never',
  'organisation-opt-out': 'never',
  'pack-open': 'never',
}

export type TokenCheck =
  | {
      isValid: true
      subjectId: string
      /** The record's link version the link was made for (0 for links made before versions). */
      linkVersion: number
      /** When the link was made, for purposes that expire (else undefined). */
      issuedAt?: number
    }
  | { isValid: false; reason: 'malformed' | 'tampered' | 'expired' | 'wrong-purpose' }

/**
 * Links in mail carry `<purpose>.<subject id>.<expiry or 0>[.<link version>].<signature>`: an HMAC
 * over the rest with a key derived from PAYLOAD_SECRET, so nobody can act for another subscriber
 * or organisation, and a link ends when its purpose says so. The subject is the subscriber or
 * organisation the purpose is about; the link version is the record's at the time, so raising the
 * record's version (see `renewLinkVersion`) revokes every link made before. Version 0 is written
 * the old way, so links from before versions existed keep working.
 */
export const signToken = ({
  purpose,
  subjectId,
  linkVersion = 0,
  now = Date.now(),
}: {
  purpose: TokenPurpose
  subjectId: string | number
  linkVersion?: number | null
  now?: number
}): string => {
  const lifetime = tokenLifetimes[purpose]
  const expiresAt = lifetime === 'never' ? 0 : Math.floor((now + lifetime) / 1000)
  const version = linkVersion ? `.${linkVersion}` : ''
  const body = `${purpose}.${encodeURIComponent(String(subjectId))}.${expiresAt}${version}`
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
  if (typeof token !== 'string' || token.length > 500)
    return { isValid: false, reason: 'malformed' }
  const parts = token.split('.')
  if (parts.length !== 4 && parts.length !== 5) return { isValid: false, reason: 'malformed' }
  const given = parts.pop()!
  const [tokenPurpose, id, expiresAt, version = '0'] = parts as [string, string, string, string?]
  const expected = signature(parts.join('.'))
  const isSignatureValid =
    given.length === expected.length &&
    crypto.timingSafeEqual(Buffer.from(given), Buffer.from(expected))
  if (!isSignatureValid) return { isValid: false, reason: 'tampered' }
  if (tokenPurpose !== purpose) return { isValid: false, reason: 'wrong-purpose' }
  const lifetime = tokenLifetimes[purpose]
  const expiry = Number(expiresAt) * 1000
  // A link without an end date only counts for a purpose meant never to end.
  if (lifetime !== 'never' && (expiry === 0 || expiry < now)) {
    return { isValid: false, reason: 'expired' }
  }
  return {
    isValid: true,
    subjectId: decodeURIComponent(id),
    linkVersion: Number(version) || 0,
    issuedAt: lifetime === 'never' ? undefined : expiry - lifetime,
  }
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

/**
 * Why a signed link does not work: its token, the record it was for is gone ('unknown'), or the
 * record's links were renewed since ('revoked').
 */
export type LinkFailure = {
  isValid: false
  reason: Extract<TokenCheck, { isValid: false }>['reason'] | 'unknown' | 'revoked'
}

/**
 * The record a signed link is for, read without access checks (the token is the permission), or
 * why the link does not work. Changes nothing. A link made for an earlier link version of the
 * record (before an address change, or for an erased record whose id came back) is revoked.
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
}): Promise<
  { isValid: true; doc: DataFromCollectionSlug<TSlug>; issuedAt?: number } | LinkFailure
> => {
  const check = verifyToken({ token, purpose, now })
  if (!check.isValid) return check
  const doc = await payload
    .findByID({ collection, id: check.subjectId, depth: 0, disableErrors: true })
    .catch(() => null)
  // Erased or purged while the mail was still in a mailbox.
  if (!doc) return { isValid: false, reason: 'unknown' }
  if ((doc.linkVersion ?? 0) !== check.linkVersion) return { isValid: false, reason: 'revoked' }
  return { isValid: true, doc: doc as DataFromCollectionSlug<TSlug>, issuedAt: check.issuedAt }
}
