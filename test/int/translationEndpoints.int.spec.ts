import { describe, expect, it } from 'vitest'

import { useTranslating } from '../support/translations'

const { fixtures, rest, users } = useTranslating()

describe('the translation endpoints', () => {
  it('should refuse the endpoints to local editors and serve the export to the regional editors', async () => {
    const editor = await fixtures.user({
      email: 'lokaal.vertalingen@test.example',
      roles: ['gemeente-redactie'],
      municipalities: ['arnhem'],
    })
    expect((await rest('GET', '/api/translations/export?locale=ar', { as: editor })).status).toBe(
      403,
    )
    expect(
      (await rest('POST', '/api/translations/import', { as: editor, body: '<xliff/>' })).status,
    ).toBe(403)
    expect((await rest('GET', '/api/translations/status', { as: editor })).status).toBe(403)

    await fixtures.buildingBlock('arnhem', { title: 'Voor de export' })
    const exported = await rest('GET', '/api/translations/export?locale=tr', {
      as: users.adviser,
    })
    expect(exported.status).toBe(200)
    const garbage = await rest('POST', '/api/translations/import', {
      as: users.adviser,
      body: 'geen xml',
    })
    expect(garbage.status).toBe(400)
  })
})
