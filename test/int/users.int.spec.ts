import { describe, expect, it } from 'vitest'

import { municipalityIdsOf } from '@/lib/municipalities'

import { useIntegration } from '../support/integration'

const { payload, fixtures, users } = useIntegration({
  users: {
    admin: { email: 'beheer@test.example', roles: ['admin'] },
    adviser: { email: 'regio@test.example', roles: ['regio-redactie'] },
    editor: {
      email: 'redactie.duiven@test.example',
      roles: ['gemeente-redactie'],
      municipalities: ['duiven'],
    },
  },
})

describe('managing users', () => {
  it('should let an admin create an editor for two municipalities', async () => {
    const duiven = await fixtures.municipalityId('duiven')
    const zevenaar = await fixtures.municipalityId('zevenaar')
    const created = await fixtures.create(
      'users',
      {
        email: 'nieuw@test.example',
        password: 'Een-lang-wachtwoord-1',
        roles: ['gemeente-redactie'],
        municipalities: [{ municipality: duiven }, { municipality: zevenaar }],
      },
      { as: users.admin },
    )
    expect(created.roles).toEqual(['gemeente-redactie'])
    expect(municipalityIdsOf(created)).toEqual([duiven, zevenaar])
  })

  it('should not let the regio-redactie or an editor create users', async () => {
    for (const user of [users.adviser, users.editor]) {
      await expect(
        fixtures.create(
          'users',
          { email: `x-${user.id}@test.example`, password: 'Wachtwoord-123', roles: ['admin'] },
          { as: user },
        ),
      ).rejects.toThrow()
    }
  })

  it('should not let an editor raise their own role or add municipalities', async () => {
    const arnhem = await fixtures.municipalityId('arnhem')
    await fixtures.restoreLater({ collection: 'users', id: users.editor.id, fields: ['name'] })
    const updated = await payload.update({
      collection: 'users',
      id: users.editor.id,
      data: {
        name: 'Redactie Duiven',
        roles: ['admin'],
        municipalities: [{ municipality: arnhem }],
      },
      user: users.editor,
      overrideAccess: false,
    })
    expect(updated.name).toBe('Redactie Duiven')
    expect(updated.roles).toEqual(['gemeente-redactie'])
    expect(municipalityIdsOf(updated)).toEqual([await fixtures.municipalityId('duiven')])
  })

  it('should not let an editor read other users', async () => {
    const { docs } = await payload.find({
      collection: 'users',
      user: users.editor,
      overrideAccess: false,
    })
    expect(docs.map((doc) => doc.email)).toEqual([users.editor.email])
  })
})
