import { describe, expect, it } from 'vitest'

import type { CommunicationPack } from '@/payload-types'
import { loadPackView } from '@/portal/packs'
import { plainText, richText } from '@/seed/lexical'

import { useIntegration } from '../support/integration'
import { useDemoPacks } from '../support/packs'

const { payload, fixtures, rest } = useIntegration()
const packs = useDemoPacks({ payload, fixtures })
const { templateFor, makePack } = packs

describe('what visitors see', () => {
  it('should never show unpublished packs to visitors, in lists, by id or with draft=true', async () => {
    const draft = await makePack('rheden', 'sports-clubs', {
      status: 'draft',
      introduction: 'Geheim concept',
    })
    for (const path of [
      '/api/communication-packs?limit=100',
      '/api/communication-packs?limit=100&draft=true',
      `/api/communication-packs?where[id][equals]=${draft.id}&draft=true`,
    ]) {
      const { status, body, text } = await rest('GET', path)
      expect(status, path).toBe(200)
      expect(
        body.docs.map(({ id }: CommunicationPack) => id),
        path,
      ).not.toContain(draft.id)
      expect(text, path).not.toContain('Geheim concept')
      expect(
        body.docs.every((doc: CommunicationPack) => doc._status === 'published'),
        path,
      ).toBe(true)
    }
    for (const path of [
      `/api/communication-packs/${draft.id}`,
      `/api/communication-packs/${draft.id}?draft=true`,
    ]) {
      const { status, text } = await rest('GET', path)
      expect([403, 404], path).toContain(status)
      expect(text, path).not.toContain('Geheim concept')
    }
    // The portal shows the regional version instead, never the draft.
    const view = await loadPackView(payload, {
      municipalitySlug: 'rheden',
      audienceSlug: 'verenigingen',
      locale: 'nl',
    })
    expect(view?.isRegional).toBe(true)
    expect(view?.packId).not.toBe(draft.id)
  })

  it('should show visitors the published version while a newer draft waits', async () => {
    const pack = await makePack('rheden', 'schools', { introduction: 'Gepubliceerde tekst' })
    await payload.update({
      collection: 'communication-packs',
      id: pack.id,
      locale: 'nl',
      draft: true,
      data: { introduction: richText([{ paragraph: 'Nieuwe concepttekst' }]) },
    })
    for (const path of [
      `/api/communication-packs/${pack.id}`,
      `/api/communication-packs/${pack.id}?draft=true`,
      `/api/communication-packs?where[id][equals]=${pack.id}&draft=true`,
    ]) {
      const { status, text } = await rest('GET', path)
      expect(status, path).toBe(200)
      expect(text, path).toContain('Gepubliceerde tekst')
      expect(text, path).not.toContain('Nieuwe concepttekst')
    }
    const published = await loadPackView(payload, {
      municipalitySlug: 'rheden',
      audienceSlug: 'scholen',
      locale: 'nl',
    })
    expect(plainText(published!.introduction)).toBe('Gepubliceerde tekst')
    const preview = await loadPackView(payload, {
      municipalitySlug: 'rheden',
      audienceSlug: 'scholen',
      locale: 'nl',
      draft: true,
    })
    expect(plainText(preview!.introduction)).toBe('Nieuwe concepttekst')
  })

  it('should not let visitors read the regional templates themselves', async () => {
    const list = await rest('GET', '/api/pack-templates')
    expect(list.status === 403 || list.body?.docs?.length === 0).toBe(true)
    const byId = await rest('GET', `/api/pack-templates/${templateFor('schools').id}`)
    expect([403, 404]).toContain(byId.status)
    const versions = await rest('GET', '/api/pack-templates/versions')
    expect(versions.status === 403 || versions.body?.docs?.length === 0).toBe(true)

    // Nor through a published pack: the relationship stays an id for them.
    const pack = await makePack('rheden', 'employers')
    const viaPack = await rest('GET', `/api/communication-packs/${pack.id}?depth=2`)
    expect(viaPack.status).toBe(200)
    expect(viaPack.body.template).toBe(templateFor('employers').id)
  })
})
