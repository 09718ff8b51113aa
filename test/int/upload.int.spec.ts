import fs from 'node:fs'
import sharp from 'sharp'
import { describe, expect, it, vi } from 'vitest'

import { bombPng, plainPng } from '../support/images'
import { useIntegration } from '../support/integration'

const { payload, fixtures } = useIntegration()

const upload = async (file: { data: Buffer; mimetype: string; name: string }) =>
  fixtures.create(
    'media',
    { alt: 'Testbeeld', municipality: await fixtures.municipalityId('arnhem') },
    { file: { ...file, size: file.data.length } },
  )

describe('uploads', () => {
  it('should make every image size an e-mail and the portal need', async () => {
    const data = await sharp({
      create: { width: 2000, height: 1200, channels: 3, background: '#d35400' },
    })
      .png()
      .toBuffer()
    const doc = await upload({ data, mimetype: 'image/png', name: 'oranje.png' })

    expect(doc.sizes?.email?.width).toBe(600)
    expect(doc.sizes?.emailRetina?.width).toBe(1200)
    expect(doc.sizes?.thumbnail).toMatchObject({ width: 300, height: 300 })
    expect(doc.sizes?.card).toMatchObject({ width: 768, height: 512 })
    expect(fs.existsSync(`${process.env.MEDIA_DIR}/${doc.sizes?.email?.filename}`)).toBe(true)
  })

  it('should refuse a 30 MB file with a message that says the limit', async () => {
    const data = Buffer.alloc(30 * 1024 * 1024, 1)
    await expect(upload({ data, mimetype: 'application/pdf', name: 'groot.pdf' })).rejects.toThrow(
      /30\.0 MB.*maximum is 20 MB/,
    )
    const { totalDocs } = await payload.count({ collection: 'media' })
    expect(totalDocs).toBe(0)
  })

  it('should refuse an .exe file with a message that names what is allowed', async () => {
    const data = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(1024)])
    await expect(
      upload({ data, mimetype: 'application/x-msdownload', name: 'setup.exe' }),
    ).rejects.toThrow(/alleen afbeeldingen .* en pdf-bestanden/)
  })

  it('should refuse an executable that pretends to be an image', async () => {
    const data = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(1024)])
    await expect(upload({ data, mimetype: 'image/png', name: 'foto.exe' })).rejects.toThrow(
      /kan niet worden geüpload/,
    )
  })

  it('should refuse an image bomb from its header, saying the size, the limit and what to do', async () => {
    const data = bombPng({ width: 40_000, height: 40_000 })
    await expect(upload({ data, mimetype: 'image/png', name: 'bom.png' })).rejects.toThrow(
      /1600\.0 megapixel; het maximum is 50 megapixel\. Verklein het beeld tot hoogstens 50 megapixel \(bijvoorbeeld 8100 × 6000 pixels\)/,
    )
    const { totalDocs } = await payload.count({ collection: 'media' })
    expect(totalDocs).toBe(0)
    expect(fs.readdirSync(process.env.MEDIA_DIR!).filter((name) => name.startsWith('bom'))).toEqual(
      [],
    )
  })

  it('should hold MAX_IMAGE_MEGAPIXELS and still take an image under it', async () => {
    vi.stubEnv('MAX_IMAGE_MEGAPIXELS', '0.4')
    await expect(
      upload({
        data: await plainPng({ width: 800, height: 600 }),
        mimetype: 'image/png',
        name: 'foto.png',
      }),
    ).rejects.toThrow(/0\.5 megapixel; het maximum is 0\.4 megapixel/)
    const doc = await upload({
      data: await plainPng({ width: 600, height: 400 }),
      mimetype: 'image/png',
      name: 'klein.png',
    })
    expect(doc).toMatchObject({ width: 600, height: 400 })
  })

  it('should refuse a file that claims to be a PNG but is not, with a message instead of an error', async () => {
    const data = Buffer.from('<html><script>alert(1)</script></html>')
    await expect(upload({ data, mimetype: 'image/png', name: 'foto.png' })).rejects.toThrow(
      /"foto\.png" is geen leesbare afbeelding/,
    )
  })

  it('should require alternative text', async () => {
    const data = await sharp({
      create: { width: 10, height: 10, channels: 3, background: '#000' },
    })
      .png()
      .toBuffer()
    await expect(
      fixtures.create('media', { municipality: await fixtures.municipalityId('arnhem') } as never, {
        file: { data, mimetype: 'image/png', name: 'zonder-alt.png', size: data.length },
      }),
    ).rejects.toThrow(/Alternatieve tekst/)
  })
})
