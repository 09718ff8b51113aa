import type { CollectionConfig } from 'payload'

import { isRegional } from '@/access/isRegional'
import { label } from '@/fields/labels'

/**
 * One row per counted attempt at a rate-limited public edge (sign-ups, logins), written and read
 * by src/lib/rateLimits.ts only. Kept in the database so every app instance on it counts against
 * one limit; rows leave once their window has passed.
 */
export const RateLimitHits: CollectionConfig = {
  slug: 'rate-limit-hits',
  labels: {
    singular: label('custom:rateLimitHits:attempt'),
    plural: label('custom:rateLimitHits:attempts'),
  },
  admin: { hidden: true },
  access: {
    read: isRegional,
    create: () => false,
    update: () => false,
    delete: () => false,
  },
  // Written on every attempt: nothing here is worth two more columns.
  timestamps: false,
  indexes: [{ fields: ['limiter', 'key', 'at'] }],
  fields: [
    { name: 'limiter', type: 'text', required: true },
    { name: 'key', type: 'text', required: true },
    /** Milliseconds since 1970, as the limiter counts. */
    { name: 'at', type: 'number', required: true },
    { name: 'expiresAt', type: 'number', required: true, index: true },
  ],
}
