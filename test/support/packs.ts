import type { Payload } from 'payload'
import { beforeAll } from 'vitest'

import type { CommunicationPack, PackTemplate, User } from '@/payload-types'
import { ensureDemoPacks } from '@/seed/packs'

import type { Fixtures } from './fixtures'

/**
 * The demo pack templates and packs, seeded once for the file (they go with its database), and an
 * editor of Aalten, a municipality without demo packs.
 */
export const useDemoPacks = ({ payload, fixtures }: { payload: Payload; fixtures: Fixtures }) => {
  let seeded: Awaited<ReturnType<typeof ensureDemoPacks>> | undefined
  let editor: User | undefined
  const templates = new Map<string, PackTemplate>()

  beforeAll(async () => {
    seeded = await ensureDemoPacks(payload)
    const { docs } = await payload.find({
      collection: 'pack-templates',
      pagination: false,
      depth: 0,
    })
    for (const doc of docs) templates.set(doc.audience, doc)
    editor = await fixtures.user({
      email: 'redactie.aalten@test.example',
      roles: ['gemeente-redactie'],
      municipalities: ['aalten'],
    })
  })

  const templateFor = (audience: string) => templates.get(audience)!

  return {
    /** What the seed made when the file started. */
    get seeded() {
      return seeded!
    },
    get editor() {
      return editor!
    },
    templateFor,
    /** A pack of the region's template for the audience, made directly (as the seed would). */
    makePack: (
      municipality: string,
      audience: string,
      options: Omit<Parameters<Fixtures['pack']>[0], 'municipality' | 'template'> = {},
    ) =>
      fixtures.pack({
        municipality,
        template: templateFor(audience).id,
        introduction: `Inleiding van ${municipality}`,
        ...options,
      }),
    /** The pack's choice for the template section of the given point. */
    sectionOf: (pack: CommunicationPack, audience: string, point: string) => {
      const section = templateFor(audience).sections!.find(
        (candidate) => candidate.point === point,
      )!
      return pack.sectionChoices!.find((choice) => choice.sectionId === section.id)!
    },
  }
}
