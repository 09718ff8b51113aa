import fs from 'node:fs'
import { expect, it, vi } from 'vitest'

import { readXliff } from '@/translations/xliffFile'

import { describeAttacks } from '../support/abuse'
import { animatedGif, bombPng, plainPng } from '../support/images'
import { useIntegration } from '../support/integration'

/**
 * Files from outside, through the app's own route handlers: images uploaded by an editor, CSV
 * imports and translation files. None may freeze the app, fill its memory or echo itself back.
 */

const { payload, fixtures, rest, users } = useIntegration({
  emptyAfterEach: ['organisations'],
  users: {
    editor: {
      email: 'redactie.duiven@test.example',
      roles: ['gemeente-redactie'],
      municipalities: ['duiven'],
    },
    adviser: { email: 'adviseur@test.example', roles: ['regio-redactie'] },
  },
})

const megabyte = 1024 * 1024

const uploadImage = async ({
  data,
  name,
  type = 'image/png',
  language,
}: {
  data: Buffer
  name: string
  type?: string
  language?: 'en'
}) => {
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(data)], { type }), name)
  form.append(
    '_payload',
    JSON.stringify({ alt: 'Aanval', municipality: await fixtures.municipalityId('duiven') }),
  )
  const response = await rest('POST', '/api/media', {
    as: users.editor,
    body: form,
    headers: language ? { Cookie: `payload-lng=${language}` } : {},
  })
  return { ...response, message: String(response.body?.errors?.[0]?.message ?? '') }
}

const expectNothingStored = async () => {
  expect((await payload.count({ collection: 'media' })).totalDocs).toBe(0)
  const mediaDir = process.env.MEDIA_DIR!
  expect(fs.existsSync(mediaDir) ? fs.readdirSync(mediaDir) : []).toEqual([])
}

/** A body of `totalBytes` that arrives in 64 kB chunks and counts how much of it was read. */
const countedBody = (totalBytes: number) => {
  const chunk = new Uint8Array(64 * 1024).fill('a'.charCodeAt(0))
  const counter = { bytesRead: 0 }
  const stream = new ReadableStream<Uint8Array>({
    pull: (controller) => {
      if (counter.bytesRead >= totalBytes) return controller.close()
      counter.bytesRead += chunk.length
      controller.enqueue(chunk)
    },
  })
  return { stream, counter }
}

describeAttacks(
  'oversized',
  'an image is measured by its header and never decoded past the cap',
  () => {
    it('should refuse a 40,000 × 40,000 PNG bomb of a few bytes with 413 and store nothing', async () => {
      const data = bombPng({ width: 40_000, height: 40_000 })
      expect(data.length).toBeLessThan(1024)
      const { status, message } = await uploadImage({ data, name: 'bom.png' })
      expect(status).toBe(413)
      expect(message).toContain('Dit beeld is 1600.0 megapixel; het maximum is 50 megapixel.')
      expect(message).toContain('Verklein het beeld tot hoogstens 50 megapixel')
      await expectNothingStored()
    })

    it('should tell an English admin the same in English', async () => {
      const { status, message } = await uploadImage({
        data: bombPng(),
        name: 'bomb.png',
        language: 'en',
      })
      expect(status).toBe(413)
      expect(message).toContain('This image is 1600.0 megapixels; the maximum is 50 megapixels.')
      await expectNothingStored()
    })

    it('should count every frame of an animated GIF against the cap', async () => {
      vi.stubEnv('MAX_IMAGE_MEGAPIXELS', '0.3')
      const data = await animatedGif({ width: 400, height: 400, frames: 3 })
      const { status, message } = await uploadImage({
        data,
        name: 'animatie.gif',
        type: 'image/gif',
      })
      expect(status).toBe(413)
      expect(message).toContain(
        'Deze animatie is samen 0.5 megapixel (3 beelden); het maximum is 0.3 megapixel.',
      )
      await expectNothingStored()
    })

    it('should refuse a file whose type lies with a clear 400 instead of a 500', async () => {
      const data = Buffer.from('<svg onload="alert(1)"><script>alert(2)</script></svg>')
      const { status, message } = await uploadImage({ data, name: 'foto.png' })
      expect(status).toBe(400)
      expect(message).toContain('"foto.png" is geen leesbare afbeelding')
      await expectNothingStored()
    })

    it('should still take an ordinary photo', async () => {
      const { status, body } = await uploadImage({ data: await plainPng(), name: 'foto.png' })
      expect(status).toBe(201)
      expect(body.doc).toMatchObject({ width: 800, height: 600 })
      await payload.delete({ collection: 'media', id: body.doc.id })
    })
  },
)

describeAttacks(
  'oversized',
  'a CSV import reads every line it can and echoes nothing large',
  () => {
    it('should report an unclosed quote by line, keep the valid rows and quote at most 60 characters', async () => {
      const csv = [
        'name,kind',
        'Club Een,club',
        '"Club Open,club',
        'Club Twee,club',
        'Club Drie,club',
        `Club Vier,club${'X'.repeat(5_000)}`,
        `Club Vijf,${'B'.repeat(2 * megabyte)}`,
        'Club Zes,club',
      ].join('\n')
      const { status, body, text } = await rest('POST', '/api/organisations/import', {
        as: users.editor,
        body: `${csv}\n`,
        headers: { 'Content-Type': 'text/csv' },
      })
      expect(status).toBe(200)
      expect(body).toMatchObject({ rows: 7, imported: 4 })
      expect(body.rejected.map(({ line }: { line: number }) => line)).toEqual([3, 6, 7])
      expect(body.rejected[0].reason).toContain('aanhalingsteken (") wordt niet gesloten')
      expect(text.length).toBeLessThan(2_000)
      expect(text).not.toMatch(/X{60}|B{60}/)
      const { docs } = await payload.find({ collection: 'organisations', pagination: false })
      expect(docs.map(({ name }) => name).sort()).toEqual([
        'Club Drie',
        'Club Een',
        'Club Twee',
        'Club Zes',
      ])
    })

    it('should refuse an import announced above MAX_IMPORT_MB without reading it', async () => {
      const { stream, counter } = countedBody(30 * megabyte)
      const { status, body } = await rest('POST', '/api/organisations/import', {
        as: users.editor,
        body: stream,
        headers: { 'Content-Type': 'text/csv', 'Content-Length': String(30 * megabyte) },
      })
      expect(status).toBe(413)
      expect(body.error).toContain('groter dan 20 MB')
      expect(counter.bytesRead).toBeLessThanOrEqual(64 * 1024)
    })

    it('should stop reading an unannounced import at MAX_IMPORT_MB and change nothing', async () => {
      vi.stubEnv('MAX_IMPORT_MB', '1')
      const { stream, counter } = countedBody(30 * megabyte)
      const { status, body } = await rest('POST', '/api/organisations/import', {
        as: users.editor,
        body: stream,
        headers: { 'Content-Type': 'text/csv' },
      })
      expect(status).toBe(413)
      expect(body.error).toContain('groter dan 1 MB')
      expect(counter.bytesRead).toBeLessThan(2 * megabyte)
      expect((await payload.count({ collection: 'organisations' })).totalDocs).toBe(0)
    })
  },
)

const xliffHead =
  '<?xml version="1.0" encoding="UTF-8"?>\n<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="nl" trgLang="en"><file id="building-blocks:1"><unit id="u"><segment><source>a</source>'

/** Thousands of `<target>` tags that are never closed, to about `bytes` bytes. */
const unclosedTargets = (bytes: number) =>
  xliffHead + '<target>'.repeat(Math.floor(bytes / '<target>'.length))

/** The fastest of a few runs: the least disturbed by whatever else the machine is doing. */
const fastestMs = async (run: () => Promise<unknown>, repeats = 5) => {
  let fastest = Infinity
  for (let attempt = 0; attempt < repeats; attempt++) {
    const started = performance.now()
    await run()
    fastest = Math.min(fastest, performance.now() - started)
  }
  return fastest
}

describeAttacks('oversized', 'a translation file is capped and read in linear time', () => {
  it('should refuse a translation file announced above MAX_TRANSLATION_FILE_MB without reading it', async () => {
    const { stream, counter } = countedBody(30 * megabyte)
    const { status, body } = await rest('POST', '/api/translations/import', {
      as: users.adviser,
      body: stream,
      headers: { 'Content-Type': 'application/xliff+xml', 'Content-Length': String(30 * megabyte) },
    })
    expect(status).toBe(413)
    expect(body.error).toContain('5 MB')
    expect(counter.bytesRead).toBeLessThanOrEqual(64 * 1024)
  })

  it('should stop reading an unannounced translation file at its cap', async () => {
    vi.stubEnv('MAX_TRANSLATION_FILE_MB', '1')
    const { stream, counter } = countedBody(30 * megabyte)
    const { status } = await rest('POST', '/api/translations/import', {
      as: users.adviser,
      body: stream,
      headers: { 'Content-Type': 'application/xliff+xml' },
    })
    expect(status).toBe(413)
    expect(counter.bytesRead).toBeLessThan(2 * megabyte)
  })

  it('should answer a megabyte of unclosed <target> tags with a report, not a hang or an echo', async () => {
    const { status, text } = await rest('POST', '/api/translations/import', {
      as: users.adviser,
      body: unclosedTargets(megabyte),
      headers: { 'Content-Type': 'application/xliff+xml' },
    })
    expect(status).toBeLessThan(500)
    expect(text.length).toBeLessThan(10_000)
  })

  it('should take about four times as long for four times the unclosed tags, not sixteen', async () => {
    const small = unclosedTargets(256 * 1024)
    const large = unclosedTargets(1024 * 1024)
    const parse = (xml: string) => () => readXliff(xml).catch(() => undefined)
    await parse(small)()
    const ratio = (await fastestMs(parse(large))) / (await fastestMs(parse(small)))
    // Linear is 4 (measured 3.5 to 8 on a busy machine), quadratic 16: 12 tells them apart
    // without flaking. The quadratic reader this guards against took 10 s for 512 kB.
    expect(ratio).toBeLessThan(12)
  })
})
