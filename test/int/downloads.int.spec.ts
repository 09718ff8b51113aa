import type { Payload } from 'payload'
import { beforeEach, describe, expect, it, vi } from 'vitest'

import { countDownload, downloadDay, downloadTotals } from '@/portal/downloads'
import type { DownloadKey } from '@/portal/downloads'

import { useIntegration } from '../support/integration'

const { payload, fixtures } = useIntegration({ emptyAfterEach: ['pack-downloads'] })

const rows = async () =>
  (
    await payload.find({
      collection: 'pack-downloads',
      pagination: false,
      depth: 0,
      sort: 'id',
    })
  ).docs

// The SQLite fast path (one upsert) and the generic path MongoDB takes (adapter updates), both here.
describe.each([
  { path: 'the SQLite fast path', generic: undefined },
  { path: 'the generic database path', generic: '1' },
])('download counting on $path', ({ generic }) => {
  beforeEach(() => {
    vi.stubEnv('GENERIC_DATABASE_PATHS', generic)
  })

  it('should add up 40 simultaneous downloads of the same pack in one row', async () => {
    const key: DownloadKey = {
      municipalityId: await fixtures.municipalityId('arnhem'),
      audience: 'schools',
      locale: 'nl',
      kind: 'pdf',
      day: '2026-11-29',
    }
    await Promise.all(Array.from({ length: 40 }, () => countDownload(payload, key)))

    const counted = await rows()
    expect(counted).toHaveLength(1)
    expect(counted[0]).toMatchObject({
      municipality: key.municipalityId,
      audience: 'schools',
      locale: 'nl',
      kind: 'pdf',
      day: '2026-11-29T00:00:00.000Z',
      count: 40,
    })
  })

  it('should keep a separate count per municipality, audience, language, kind and day', async () => {
    const arnhem = await fixtures.municipalityId('arnhem')
    const winterswijk = await fixtures.municipalityId('winterswijk')
    const base: DownloadKey = {
      municipalityId: arnhem,
      audience: 'schools',
      locale: 'nl',
      kind: 'pdf',
      day: '2026-11-29',
    }
    const keys: DownloadKey[] = [
      base,
      { ...base, municipalityId: winterswijk },
      { ...base, audience: 'employers' },
      { ...base, locale: 'ar' },
      { ...base, kind: 'material' },
      { ...base, day: '2026-11-30' },
    ]
    for (const key of keys) await countDownload(payload, key)
    await countDownload(payload, base)

    const counted = await rows()
    expect(counted).toHaveLength(6)
    expect(counted.map(({ count }) => count)).toEqual([2, 1, 1, 1, 1, 1])
    expect(await downloadTotals(payload)).toEqual({ pdf: 6, material: 1, total: 7 })
    expect(await downloadTotals(payload, { municipality: { equals: winterswijk } })).toEqual({
      pdf: 1,
      material: 0,
      total: 1,
    })
  })
})

describe('download counting', () => {
  it('should count a download late in the evening on the Dutch calendar day', () => {
    expect(downloadDay(new Date('2026-11-29T23:30:00Z'))).toBe('2026-11-30T00:00:00.000Z')
    expect(downloadDay(new Date('2026-07-01T21:59:00Z'))).toBe('2026-07-01T00:00:00.000Z')
  })

  it('should log and carry on when counting fails', async () => {
    const logged = vi.spyOn(payload.logger, 'error').mockImplementation(() => undefined)
    const broken = { db: { name: 'unknown' }, logger: payload.logger } as unknown as Payload
    await expect(
      countDownload(broken, {
        municipalityId: 1,
        audience: 'schools',
        locale: 'nl',
        kind: 'material',
      }),
    ).resolves.toBeUndefined()
    expect(logged).toHaveBeenCalledOnce()
    logged.mockRestore()
  })
})
