import type { Payload, PayloadRequest } from 'payload'

import type { Organisation } from '@/payload-types'

type PrivacyRequest = {
  payload: Payload
  id: string | number
  /** The asking user's request: only an organisation they may read is found. */
  req: Partial<PayloadRequest>
}

/**
 * Everything held on one organisation and its contact person (AVG article 15): the organisation,
 * every pack delivery to it and every stored message to its address. Only an organisation the
 * user may read is found: the multi-tenant plugin keeps municipal editors to their own.
 */
export const exportOrganisationData = async ({ payload, id, req }: PrivacyRequest) => {
  const organisation = await readableOrganisation({ payload, id, req })
  const { docs: deliveries } = await payload.find({
    collection: 'deliveries',
    where: { organisation: { equals: organisation.id } },
    pagination: false,
    depth: 0,
    req,
  })
  return {
    exportedAt: new Date().toISOString(),
    organisation,
    deliveries: deliveries.map(({ organisation: _organisation, ...delivery }) => delivery),
    messages: await messagesTo({ payload, email: organisation.email, req }),
  }
}

/**
 * Erases an organisation (AVG article 17): the row with its contact person and every stored
 * message to its address go; deliveries stay as anonymous counts. The Organisations collection
 * anonymises them when the row is deleted, so an editor's plain delete does the same.
 */
export const eraseOrganisation = async ({
  payload,
  id,
  req,
}: PrivacyRequest): Promise<{ deliveriesAnonymised: number; messagesDeleted: number }> => {
  const organisation = await readableOrganisation({ payload, id, req })
  const { totalDocs: deliveriesAnonymised } = await payload.count({
    collection: 'deliveries',
    where: { organisation: { equals: organisation.id } },
    req,
  })
  const messagesDeleted = organisation.email
    ? (
        await payload.delete({
          collection: 'outbox-messages',
          where: { to: { equals: organisation.email } },
          depth: 0,
          req,
        })
      ).docs.length
    : 0
  await payload.delete({ collection: 'organisations', id: organisation.id, req })
  return { deliveriesAnonymised, messagesDeleted }
}

const readableOrganisation = ({ payload, id, req }: PrivacyRequest): Promise<Organisation> =>
  payload.findByID({
    collection: 'organisations',
    id,
    depth: 0,
    overrideAccess: false,
    user: req.user,
    req,
  })

const messagesTo = async ({
  payload,
  email,
  req,
}: {
  payload: Payload
  email?: string | null
  req: Partial<PayloadRequest>
}) => {
  if (!email) return []
  const { docs } = await payload.find({
    collection: 'outbox-messages',
    where: { to: { equals: email } },
    pagination: false,
    depth: 0,
    select: { to: true, subject: true, text: true, tags: true, createdAt: true },
    req,
  })
  return docs
}
