import crypto from 'node:crypto'

import { resolvePayloadSecret } from '@/lib/env'

export type TokenPurpose = 'confirm' | 'preferences' | 'unsubscribe'

const lifetimes: Record<TokenPurpose, number | undefined> = {
  confirm: 7 * 24 * 60 * 60 * 1000,
  preferences: undefined,
  unsubscribe: undefined,
}

export type TokenCheck =
  | { isValid: true; subscriberId: string }
  | { isValid: false; reason: 'malformed' | 'tampered' | 'expired' | 'wrong-purpose' }

/**
 * Links in mail carry `<purpose>.<subscriber id>.<expiry or 0>.<signature>`: an HMAC over the rest
 * with a key derived from PAYLOAD_SECRET, so nobody can act for another subscriber and a confirm
 * link stops working after 7 days.
 */
export const signToken = ({
  purpose,
  subscriberId,
  now = Date.now(),
}: {
  purpose: TokenPurpose
  subscriberId: string | number
  now?: number
}): string => {
  const lifetime = lifetimes[purpose]
  const expiresAt = lifetime ? Math.floor((now + lifetime) / 1000) : 0
  const body = `${purpose}.${encodeURIComponent(String(subscriberId))}.${expiresAt}`
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
  return { isValid: true, subscriberId: decodeURIComponent(id) }
}

const signature = (body: string) =>
  crypto.createHmac('sha256', signingKey()).update(body).digest('base64url')

let cachedKey: Buffer | undefined

const signingKey = () => {
  cachedKey ??= crypto
    .createHash('sha256')
    .update(`samen-veilig:subscriber-links:${resolvePayloadSecret()}`)
    .digest()
  return cachedKey
}
