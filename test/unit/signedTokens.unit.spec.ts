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

  it('should refuse malformed input', () => {
    expect(verifyToken({ token: 'nonsense', purpose: 'confirm' })).toMatchObject({
      reason: 'malformed',
    })
    expect(verifyToken({ token: undefined, purpose: 'confirm' })).toMatchObject({
      reason: 'malformed',
    })
  })
})
