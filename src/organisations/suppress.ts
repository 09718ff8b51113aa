import type { Payload, PayloadRequest } from 'payload'

/**
 * A hard bounce (the address does not exist) or a spam complaint on a pack mailing stops all pack
 * mailings to the organisation, as `suppressSubscriber` does for subscribers; the editor sees the
 * status in the register and can fill in a new address.
 */
export const suppressOrganisation = ({
  payload,
  id,
  req,
}: {
  payload: Payload
  id: string | number
  req?: Partial<PayloadRequest>
}) =>
  payload.update({
    collection: 'organisations',
    id,
    data: { status: 'bounced' },
    depth: 0,
    overrideAccess: true,
    req,
  })
