import crypto from 'node:crypto'

import { resolvePayloadSecret } from '@/lib/env'

/**
 * The version of the consent text on the sign-up form (`subscribe.consent` in locales/*\/site.json).
 * Change it whenever that text changes: each subscriber keeps the version they agreed to.
 */
export const consentTextVersion = '2026-11'

/** Where a consent came from when a person used the public form or the embeddable endpoint. */
export const formConsentSource = 'aanmeldformulier'

/**
 * The IP address as proof of consent without keeping the address itself: a keyed hash, so the
 * same address can be recognised in a dispute but not read back or looked up in a table.
 */
export const hashIp = (ip: string | undefined): string | undefined =>
  ip
    ? crypto
        .createHmac('sha256', `samen-veilig:consent-ip:${resolvePayloadSecret()}`)
        .update(ip)
        .digest('hex')
        .slice(0, 32)
    : undefined

/** Deliberately simple: one @, something on each side, a dot in the domain, no spaces. */
export const isPlausibleEmail = (value: string): boolean =>
  value.length <= 254 && /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value)

export const normalizeAddress = (value: string): string => value.trim().toLowerCase()
