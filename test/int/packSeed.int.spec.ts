import { describe, expect, it } from 'vitest'

import { loadPackView } from '@/portal/packs'
import { plainText } from '@/seed/lexical'
import { ensureDemoPacks, localTailorings, packTemplateContents } from '@/seed/packs'

import { useIntegration } from '../support/integration'
import { useDemoPacks } from '../support/packs'

const { payload, fixtures } = useIntegration()
const packs = useDemoPacks({ payload, fixtures })
const { templateFor } = packs

describe('demo communication packs', () => {
  it('should seed four published templates with all four points in nl, en and ar', async () => {
    expect(packs.seeded.createdTemplates).toBe(4)
    const { docs } = await payload.find({
      collection: 'pack-templates',
      locale: 'all',
      pagination: false,
      depth: 0,
    })
    expect(docs.map(({ audience }) => audience).sort()).toEqual([
      'employers',
      'schools',
      'sports-clubs',
      'volunteer-organisations',
    ])
    for (const template of docs) {
      expect(template._status).toBe('published')
      const title = template.title as unknown as Record<string, string>
      const intro = template.intro as unknown as Record<string, unknown>
      for (const locale of ['nl', 'en', 'ar']) {
        expect(title[locale], `${template.audience} ${locale}`).toBeTruthy()
        expect(plainText(intro[locale]).length).toBeGreaterThan(50)
      }
      expect(template.sections!.map(({ point }) => point)).toEqual([
        'national-campaigns',
        'reporting-code',
        'norm',
        'help-nearby',
      ])
      for (const section of template.sections!) {
        const body = section.body as unknown as Record<string, unknown>
        expect(plainText(body.ar)).toMatch(/[\u0600-\u06ff]/)
        expect(plainText(body.en)).not.toEqual(plainText(body.nl))
      }
      expect(template.materials!.length).toBeGreaterThan(0)
    }
  })

  it('should seed the start-of-school-year set: a letter to parents, a poster and the meldcode steps', async () => {
    const schools = await payload.findByID({
      collection: 'pack-templates',
      id: templateFor('schools').id,
      locale: 'nl',
    })
    const schoolYear = schools.materials!.filter(({ schoolYearStart }) => schoolYearStart)
    expect(schoolYear.map(({ kind }) => kind).sort()).toEqual([
      'letter',
      'poster',
      'reporting-code-steps',
    ])
    const steps = plainText(schoolYear.find(({ kind }) => kind === 'reporting-code-steps')!.body)
    for (const step of [
      'Stap 1: signalen in kaart brengen',
      'Stap 2: collegiale consultatie en zo nodig Veilig Thuis raadplegen',
      'Stap 3: gesprek met de betrokkene',
      'Stap 4: wegen van het geweld',
      'Stap 5: beslissen: hulp organiseren en/of melden',
    ])
      expect(steps).toContain(step)
    expect(steps).toContain('afwegingskader')
    const reportingCode = schools.sections!.find(({ point }) => point === 'reporting-code')!
    expect(plainText(reportingCode.body)).toMatch(/VIRA[\s\S]*Multisignaal/)
  })

  it('should seed published packs for the demo municipalities in every audience, with a logo, and one private draft', async () => {
    const demoMunicipalities = ['arnhem', 'winterswijk', 'duiven', 'zevenaar']
    for (const slug of demoMunicipalities) {
      for (const audienceSlug of [
        'scholen',
        'werkgevers',
        'vrijwilligersorganisaties',
        'verenigingen',
      ]) {
        const view = await loadPackView(payload, {
          municipalitySlug: slug,
          audienceSlug,
          locale: 'ar',
        })
        expect(view, `${slug}/${audienceSlug}`).not.toBeNull()
        expect(plainText(view!.introduction)).toMatch(/[\u0600-\u06ff]/)
        expect(view!.logo?.url).toMatch(new RegExp(`logo-${slug}`))
      }
    }
    const winterswijkEmployers = await loadPackView(payload, {
      municipalitySlug: 'winterswijk',
      audienceSlug: 'werkgevers',
      locale: 'nl',
    })
    expect(winterswijkEmployers!.sections.map(({ point }) => point)).not.toContain(
      'national-campaigns',
    )
    const arnhemSchools = await loadPackView(payload, {
      municipalitySlug: 'arnhem',
      audienceSlug: 'scholen',
      locale: 'en',
    })
    const helpNearby = arnhemSchools!.sections.find(({ point }) => point === 'help-nearby')!
    expect(plainText(helpNearby.localNote)).toContain('neighbourhood team')

    const draftOnly = localTailorings.find(({ packs }) =>
      packs.some(({ status }) => status === 'draft'),
    )!
    const { docs: drafts } = await payload.find({
      collection: 'communication-packs',
      where: { municipality: { equals: await fixtures.municipalityId(draftOnly.municipality) } },
      draft: true,
      depth: 0,
    })
    expect(drafts).toHaveLength(1)
    expect(drafts[0]._status).toBe('draft')
    const regional = await loadPackView(payload, {
      municipalitySlug: draftOnly.municipality,
      audienceSlug: 'werkgevers',
      locale: 'nl',
    })
    expect(regional?.isRegional).toBe(true)
    expect(regional?.packId).not.toBe(drafts[0].id)
  })

  it('should create nothing when seeded again', async () => {
    expect(await ensureDemoPacks(payload)).toEqual({
      createdTemplates: 0,
      createdPacks: 0,
      createdLogos: 0,
    })
    expect(packTemplateContents).toHaveLength(4)
  })
})
