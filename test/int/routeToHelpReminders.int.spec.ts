import { afterEach, describe, expect, it } from 'vitest'

import { sendRouteToHelpReminders } from '@/portal/routeToHelpReminders'

import { useIntegration } from '../support/integration'

const { payload, fixtures, users } = useIntegration({
  emptyAfterEach: ['outbox-messages'],
  // Winterswijk's editor is reminded about Winterswijk; Aalten's editor and the adviser are not.
  users: {
    winterswijk: {
      email: 'redactie.winterswijk@test.example',
      roles: ['gemeente-redactie'],
      municipalities: ['winterswijk'],
    },
    aalten: {
      email: 'redactie.aalten@test.example',
      roles: ['gemeente-redactie'],
      municipalities: ['aalten'],
    },
    adviser: { email: 'adviseur.route@test.example', roles: ['regio-redactie'] },
  },
})

const now = new Date('2027-03-01T07:00:00Z')
const daysLater = (days: number) => new Date(now.getTime() + days * 24 * 60 * 60 * 1000)

const check = async (slug: string, checkedAt: string | null) =>
  payload.update({
    collection: 'municipalities',
    id: await fixtures.municipalityId(slug),
    data: { verification: { checkedAt, checkedBy: checkedAt ? 'Ans de Vries' : null } },
    context: { skipPortalRevalidation: true },
  })

const outbox = async () =>
  (
    await payload.find({
      collection: 'outbox-messages',
      where: { subject: { contains: 'route naar hulp' } },
      pagination: false,
      depth: 0,
    })
  ).docs

afterEach(async () => {
  for (const slug of ['winterswijk', 'aalten']) await check(slug, null)
})

describe('route to help reminders', () => {
  it('should remind the editors of a stale route once, then once more a month later', async () => {
    await check('winterswijk', '2026-01-01T12:00:00.000Z')
    await check('aalten', '2026-12-01T12:00:00.000Z')

    expect(await sendRouteToHelpReminders(payload, now)).toEqual(['winterswijk'])
    expect(await sendRouteToHelpReminders(payload, daysLater(1))).toEqual([])
    const [message, ...others] = await outbox()
    expect(others).toHaveLength(0)
    expect(message?.to).toBe('redactie.winterswijk@test.example')
    expect(message?.subject).toBe('Controleer de route naar hulp van Winterswijk')
    expect(message?.html).toContain('Ans de Vries')
    expect(message?.html).toContain(
      `/admin/collections/municipalities/${await fixtures.municipalityId('winterswijk')}`,
    )

    expect(await sendRouteToHelpReminders(payload, daysLater(30))).toEqual(['winterswijk'])
    expect(await outbox()).toHaveLength(2)
  })

  it('should stop reminding once someone checks the route again', async () => {
    await check('winterswijk', '2026-01-01T12:00:00.000Z')
    expect(await sendRouteToHelpReminders(payload, now)).toEqual(['winterswijk'])
    await check('winterswijk', '2027-03-10T12:00:00.000Z')
    const winterswijk = await payload.findByID({
      collection: 'municipalities',
      id: await fixtures.municipalityId('winterswijk'),
    })
    expect(winterswijk.verification?.reminderSentAt).toBeNull()
    expect(await sendRouteToHelpReminders(payload, daysLater(40))).toEqual([])
  })

  it('should not remind about a verified or a never-checked route', async () => {
    await check('aalten', '2027-01-15T12:00:00.000Z')
    expect(await sendRouteToHelpReminders(payload, now)).toEqual([])
    expect(await outbox()).toHaveLength(0)
  })

  it("should fill in the editor's name when the editor sets the date and leaves the name empty", async () => {
    const editor = users.winterswijk!
    const updated = await payload.update({
      collection: 'municipalities',
      id: await fixtures.municipalityId('winterswijk'),
      data: { verification: { checkedAt: '2027-03-01T12:00:00.000Z', checkedBy: '' } },
      user: editor,
      overrideAccess: false,
      context: { skipPortalRevalidation: true },
    })
    expect(updated.verification?.checkedBy).toBe(editor.name || editor.email)
  })
})
