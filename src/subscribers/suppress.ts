import type { Payload, PayloadRequest } from 'payload'

/** What the provider reported that ends all mail to an address. */
export type MailStop = { reason: 'bounced'; detail: string } | { reason: 'complained' }

/**
 * A hard bounce (the address does not exist) or a spam complaint (the person does not want the
 * mail) stops all mail to the subscriber; the admin reads why.
 */
export const suppressSubscriber = ({
  payload,
  id,
  stop,
  req,
}: {
  payload: Payload
  id: string | number
  stop: MailStop
  req?: Partial<PayloadRequest>
}) =>
  payload.update({
    collection: 'subscribers',
    id,
    data:
      stop.reason === 'bounced'
        ? { status: 'bounced', suppressionReason: `Onbestelbaar (${stop.detail})` }
        : { status: 'complained', suppressionReason: 'Als spam gemeld door de ontvanger' },
    depth: 0,
    req,
  })
