import crypto from 'node:crypto'
import type { NumberField } from 'payload'

/**
 * The version the record's signed links are made for (src/lib/signedTokens.ts): a link made for
 * another version is refused as revoked. A new record gets a random version, so a link to an
 * erased record never works for a new one that gets its id back; changing the address (the links
 * were mailed to the old one) or saving with `context.renewLinks` draws a new one, revoking every
 * link sent before. Nobody sets it by hand: it is not read, created or updated through the API.
 * Records from before versions existed have none and keep their links (version 0).
 */
export const linkVersionField = (): NumberField => ({
  name: 'linkVersion',
  type: 'number',
  admin: { hidden: true },
  access: { read: () => false, create: () => false, update: () => false },
  hooks: {
    beforeChange: [
      ({ operation, previousValue, siblingData, previousSiblingDoc, context }) => {
        const isAddressChanged =
          operation === 'update' &&
          siblingData.email !== undefined &&
          (siblingData.email ?? '') !== (previousSiblingDoc?.email ?? '')
        if (operation === 'create' || isAddressChanged || context.renewLinks === true) {
          return crypto.randomInt(1, 2 ** 31 - 1)
        }
        return previousValue ?? null
      },
    ],
  },
})
