import { beforeAll, describe, expect, it } from 'vitest'

import { loadEditionContent } from '@/newsletter/editionContent'
import type { BuildingBlock } from '@/payload-types'

import { useIntegration } from '../support/integration'
import { useFakeResend } from '../support/useFakeResend'

const { payload, fixtures, rest, users } = useIntegration({
  emptyAfterEach: ['outbox-messages'],
  users: {
    adviser: { email: 'adviseur@test.example', roles: ['regio-redactie'] },
    editor: {
      email: 'redactie.aalten@test.example',
      roles: ['gemeente-redactie'],
      municipalities: ['aalten'],
    },
  },
})
let approvedArnhem: BuildingBlock
let approvedAalten: BuildingBlock
let draftBlock: BuildingBlock

beforeAll(async () => {
  approvedArnhem = await fixtures.buildingBlock('arnhem', {
    title: 'Arnhem kleurt oranje',
    summary: 'Het stadhuis is oranje verlicht.',
    reviewStatus: 'approved',
  })
  await payload.update({
    collection: 'building-blocks',
    id: approvedArnhem.id,
    locale: 'ar',
    data: { title: 'أرنهم تتلون بالبرتقالي' },
    context: { skipReviewWorkflow: true },
  })
  approvedAalten = await fixtures.buildingBlock('aalten', {
    title: 'Wat werkt in Aalten',
    reviewStatus: 'approved',
  })
  draftBlock = await fixtures.buildingBlock('aalten', {
    title: 'Nog niet klaar',
    reviewStatus: 'draft',
  })
})

const createEdition = (blocks: BuildingBlock['id'][]) =>
  fixtures.edition({ intro: 'Een korte inleiding.', blocks }, { as: users.adviser, draft: true })

describe('composing an edition', () => {
  it('should let the adviser compose an edition from approved blocks of several municipalities', async () => {
    const edition = await createEdition([approvedArnhem.id, approvedAalten.id])
    const content = await loadEditionContent({ payload, id: edition.id, locale: 'nl' })
    expect(content.sections[0]!.blocks.map(({ title }) => title)).toEqual([
      'Arnhem kleurt oranje',
      'Wat werkt in Aalten',
    ])
    expect(content.sections[0]!.blocks.map(({ municipalityName }) => municipalityName)).toEqual([
      'Arnhem',
      'Aalten',
    ])
  })

  it('should refuse a building block that is not approved', async () => {
    await expect(
      fixtures.edition({ title: 'Met concept', blocks: [draftBlock.id] }, { as: users.adviser }),
    ).rejects.toThrow()
  })

  it('should not let a gemeente-redacteur create an edition', async () => {
    await expect(
      fixtures.edition({ title: 'Eigen editie' }, { as: users.editor }),
    ).rejects.toThrow()
  })

  it('should flag a block that lost its approval and leave it out of the mail', async () => {
    const withdrawn = await fixtures.buildingBlock('arnhem', {
      title: 'Later ingetrokken',
      reviewStatus: 'approved',
    })
    const edition = await createEdition([approvedAalten.id, withdrawn.id])
    await payload.update({
      collection: 'building-blocks',
      id: withdrawn.id,
      data: { reviewStatus: 'returned', reviewFeedback: 'Klopt niet meer.' },
      user: users.adviser,
      overrideAccess: false,
    })
    const read = await payload.findByID({
      collection: 'newsletter-editions',
      id: edition.id,
      draft: true,
    })
    expect(read.withdrawnBlocks).toContain('Later ingetrokken')
    const content = await loadEditionContent({ payload, id: edition.id, locale: 'nl' })
    expect(content.sections[0]!.blocks.map(({ title }) => title)).toEqual(['Wat werkt in Aalten'])
  })

  it('should show the Dutch text, marked as such, where a block has no translation', async () => {
    const edition = await createEdition([approvedArnhem.id, approvedAalten.id])
    const content = await loadEditionContent({ payload, id: edition.id, locale: 'ar' })
    const [translated, untranslated] = content.sections[0]!.blocks
    expect(translated).toMatchObject({ title: 'أرنهم تتلون بالبرتقالي', isInDutchFallback: false })
    expect(translated!.summary).toBe('Het stadhuis is oranje verlicht.')
    expect(untranslated).toMatchObject({ title: 'Wat werkt in Aalten', isInDutchFallback: true })
  })
})

describe('preview and test send', () => {
  it('should show the e-mail in Arabic, right to left, to an editor and to nobody else', async () => {
    const edition = await createEdition([approvedArnhem.id])
    const anonymous = await rest('GET', `/api/newsletter-editions/${edition.id}/preview?locale=ar`)
    expect(anonymous.status).toBe(401)

    const response = await rest('GET', `/api/newsletter-editions/${edition.id}/preview?locale=ar`, {
      as: users.adviser,
    })
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toContain('text/html')
    const html = response.text
    expect(html).toMatch(/<html[^>]*lang="ar"/)
    expect(html).toMatch(/<html[^>]*dir="rtl"/)
    expect(html).toContain('أرنهم تتلون بالبرتقالي')
  })

  it('should send a test in the chosen language to the adviser through the outbox', async () => {
    const edition = await createEdition([approvedArnhem.id, approvedAalten.id])
    const { status, body } = await rest(
      'POST',
      `/api/newsletter-editions/${edition.id}/test-send`,
      {
        as: users.adviser,
        body: { locale: 'en' },
      },
    )
    expect(status).toBe(200)
    expect(body.message).toContain(users.adviser.email)
    const { docs } = await payload.find({
      collection: 'outbox-messages',
      where: { to: { equals: users.adviser.email } },
      sort: '-createdAt',
      limit: 1,
    })
    const message = docs[0]!
    expect(message.html).toMatch(/<html[^>]*lang="en"/)
    expect(message.text).toContain('Wat werkt in Aalten')
    expect(message.subject).toContain('Nieuwsbrief december')
  })

  describe('through Resend', () => {
    const fake = useFakeResend()

    it('should send a test through Resend when RESEND_API_KEY is set, with both parts in the chosen language', async () => {
      const edition = await createEdition([approvedArnhem.id, approvedAalten.id])
      const { status, body } = await rest(
        'POST',
        `/api/newsletter-editions/${edition.id}/test-send`,
        { as: users.adviser, body: { locale: 'pl' } },
      )
      expect(status).toBe(200)
      expect(body.message).toContain('Resend')
      expect(fake.messages).toHaveLength(1)
      const [message] = fake.messages
      expect(message!.to).toEqual([users.adviser.email])
      expect(message!.html).toMatch(/<html[^>]*lang="pl"/)
      expect(message!.text).toContain('Arnhem kleurt oranje')
      expect(message!.tags).toEqual(expect.arrayContaining([{ name: 'locale', value: 'pl' }]))
    })
  })

  it('should not let a gemeente-redacteur send a test', async () => {
    const edition = await createEdition([approvedAalten.id])
    const { status } = await rest('POST', `/api/newsletter-editions/${edition.id}/test-send`, {
      as: users.editor,
      body: { locale: 'nl' },
    })
    // Logged in, so not 401: the role is what stops them.
    expect(status).toBe(403)
  })
})
