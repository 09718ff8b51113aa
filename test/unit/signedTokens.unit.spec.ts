import crypto from 'node:crypto'
import { describe, expect, it, vi } from 'vitest'

import { signToken, verifyToken } from '@/lib/signedTokens'

vi.stubEnv('PAYLOAD_SECRET', process.env.PAYLOAD_SECRET || 'unit-test-secret')

const day = 24 * 60 * 60 * 1000

describe('signed link tokens', () => {
  it('should accept a token for its own purpose and subscriber', () => {
    const token = signToken({ purpose: 'unsubscribe', subjectId: 42 })
    expect(verifyToken({ token, purpose: 'unsubscribe' })).toEqual({
      isValid: true,
      subjectId: '42',
      linkVersion: 0,
    })
  })

  it('should refuse a token whose subscriber id was changed', () => {
    const token = signToken({ purpose: 'preferences', subjectId: 42 })
    const tampered = token.replace('.42.', '.43.')
    expect(verifyToken({ token: tampered, purpose: 'preferences' })).toMatchObject({
      isValid: false,
      reason: 'tampered',
    })
  })

  it('should refuse a token used for another purpose', () => {
    const token = signToken({ purpose: 'preferences', subjectId: 7 })
    expect(verifyToken({ token, purpose: 'unsubscribe' })).toMatchObject({
      reason: 'wrong-purpose',
    })
  })

  it('should let a confirm link expire after 7 days', () => {
    const now = Date.UTC(2026, 10, 1)
    const token = signToken({ purpose: 'confirm', subjectId: 'abc', now })
    expect(verifyToken({ token, purpose: 'confirm', now: now + 6 * day }).isValid).toBe(true)
    expect(verifyToken({ token, purpose: 'confirm', now: now + 8 * day })).toMatchObject({
      reason: 'expired',
    })
  })

  it('should let a preferences link expire after 180 days and refuse one without an end date', () => {
    const now = Date.UTC(2026, 10, 1)
    const token = signToken({ purpose: 'preferences', subjectId: 5, now })
    expect(verifyToken({ token, purpose: 'preferences', now: now + 179 * day }).isValid).toBe(true)
    expect(verifyToken({ token, purpose: 'preferences', now: now + 181 * day })).toMatchObject({
      reason: 'expired',
    })
    expect(
      verifyToken({ token: forged(['unsubscribe', '5', '0']), purpose: 'unsubscribe' }),
    ).toMatchObject({ isValid: true })
    expect(
      verifyToken({ token: forged(['preferences', '5', '0']), purpose: 'preferences' }),
    ).toMatchObject({ reason: 'expired' })
  })

  it('should keep an unsubscribe link working for ever, with the link version it was made for', () => {
    const token = signToken({ purpose: 'unsubscribe', subjectId: 9, linkVersion: 1234 })
    expect(
      verifyToken({ token, purpose: 'unsubscribe', now: Date.now() + 3650 * day }),
    ).toMatchObject({ isValid: true, subjectId: '9', linkVersion: 1234 })
    expect(
      verifyToken({ token: token.replace('.1234.', '.1235.'), purpose: 'unsubscribe' }),
    ).toMatchObject({ reason: 'tampered' })
  })

  it('should refuse malformed input', () => {
    expect(verifyToken({ token: 'nonsense', purpose: 'confirm' })).toMatchObject({
      reason: 'malformed',
    })
    expect(verifyToken({ token: undefined, purpose: 'confirm' })).toMatchObject({
      reason: 'malformed',
    })
  })
})

/**
 * A token signed as the app signed links before they had an end date (`<purpose>.<id>.0`), with
 * the app's own key derivation.
 */
const forged = (parts: string[]) => {
  const key = crypto
    .createHash('sha256')
    .update(`samen-veilig:subscriber-links:${process.env.PAYLOAD_SECRET}`)
    .digest()
  const body = parts.join('.')
  return `${body}.${crypto.createHmac('sha256', key).update(body).digest('base64url')}`
}
