import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it, vi } from 'vitest'

import { checkHealth } from '@/monitor/health'
import { cachedPdf } from '@/portal/pdf/cache'

import { useIntegration } from '../support/integration'

/**
 * Files on S3-compatible storage, against a local stand-in (test/support/fakeS3.ts). The settings
 * must be in place before the app's config is imported, since they decide whether Payload's S3
 * adapter is loaded at all: hence `vi.hoisted`.
 */
const s3 = await vi.hoisted(async () => {
  const { startFakeS3 } = await import('../support/fakeS3')
  const server = await startFakeS3()
  const env = { ...server.env, S3_PREFIX: 'samen-veilig' }
  for (const [name, value] of Object.entries(env)) vi.stubEnv(name, value)
  return { ...server, env }
})

const { payload, fixtures, rest, users } = useIntegration({
  env: s3.env,
  users: { editor: { email: 's3-redacteur@example.org', roles: ['regio-redactie'] } },
})

afterAll(async () => {
  await s3.close()
})

const mediaKeys = () => s3.keys().filter((key) => key.startsWith('samen-veilig/media/'))

describe('files on S3-compatible storage', () => {
  it('should put the original and every resized size in the bucket and nothing on local disk', async () => {
    const doc = await fixtures.image({
      municipality: 'arnhem',
      name: 'emmer.png',
      width: 1600,
      height: 1000,
    })

    const sizeNames = Object.values(doc.sizes ?? {}).map((size) => size?.filename)
    expect(sizeNames).toHaveLength(4)
    expect(mediaKeys()).toEqual(
      [doc.filename, ...sizeNames].map((name) => `samen-veilig/media/${name}`).sort(),
    )
    expect(s3.read(`samen-veilig/media/${doc.filename}`)?.subarray(1, 4).toString()).toBe('PNG')
    // Served by Payload, which names the folder in the bucket the file was put in.
    expect(doc.url).toBe(`/api/media/file/${doc.filename}?prefix=samen-veilig%2Fmedia`)
    expect(fs.existsSync(process.env.MEDIA_DIR!)).toBe(false)
  })

  it('should serve a file through Payload to an editor and refuse it to a visitor while it is not public', async () => {
    const doc = await fixtures.image({ municipality: 'arnhem', name: 'concept-s3.png' })
    expect(doc.isPublic).toBe(false)

    const asEditor = await rest('GET', `/api/media/file/${doc.filename}`, { as: users.editor })
    expect(asEditor.status).toBe(200)
    expect(asEditor.headers.get('content-type')).toBe('image/png')
    expect(asEditor.bytes.equals(s3.read(`samen-veilig/media/${doc.filename}`)!)).toBe(true)

    const firstBytes = await rest('GET', `/api/media/file/${doc.filename}`, {
      as: users.editor,
      headers: { Range: 'bytes=0-7' },
    })
    expect(firstBytes.status).toBe(206)
    expect(firstBytes.bytes.toString('latin1')).toBe('\x89PNG\r\n\x1a\n')

    const asVisitor = await rest('GET', `/api/media/file/${doc.filename}`)
    expect(asVisitor.status).toBe(403)
  })

  it('should remove the original and every size from the bucket when the file is deleted', async () => {
    const doc = await fixtures.image({ municipality: 'arnhem', name: 'weg.png', width: 1400 })
    expect(mediaKeys().filter((key) => key.includes('weg'))).toHaveLength(5)

    await payload.delete({ collection: 'media', id: doc.id, overrideAccess: true })

    expect(mediaKeys().filter((key) => key.includes('weg'))).toEqual([])
  })

  it('should keep a rendered PDF in the bucket, serve it from there and drop the old version', async () => {
    const localDir = path.join(os.tmpdir(), `samen-veilig-no-pdfs-${process.pid}`)
    vi.stubEnv('PDF_CACHE_DIR', localDir)
    const render = vi.fn(async (text: string) => Buffer.from(`%PDF-1.7\n${text}\n%%EOF`))
    const first = await cachedPdf({
      name: 'arnhem-scholen-nl',
      version: 'v1',
      render: () => render('versie 1'),
    })
    const again = await cachedPdf({
      name: 'arnhem-scholen-nl',
      version: 'v1',
      render: () => render('nooit'),
    })

    expect(first.wasRendered).toBe(true)
    expect(again.wasRendered).toBe(false)
    expect(render).toHaveBeenCalledTimes(1)
    expect((await again.read()).toString('latin1')).toContain('versie 1')
    expect(s3.keys()).toContain(`samen-veilig/pdf-cache/${first.fileName}`)

    const second = await cachedPdf({
      name: 'arnhem-scholen-nl',
      version: 'v2',
      render: () => render('versie 2'),
    })
    expect(s3.keys().filter((key) => key.startsWith('samen-veilig/pdf-cache/'))).toEqual([
      `samen-veilig/pdf-cache/${second.fileName}`,
    ])
    expect(fs.existsSync(localDir)).toBe(false)
  })

  it('should report the disk check as failing while the bucket does not answer', async () => {
    expect(await checkHealth(payload)).toMatchObject({ status: 'ok', checks: { disk: 'ok' } })
    s3.setDown(true)
    try {
      expect(await checkHealth(payload)).toMatchObject({
        status: 'fail',
        checks: { database: 'ok', disk: 'fail' },
        failing: ['disk'],
      })
    } finally {
      s3.setDown(false)
    }
  })
})
