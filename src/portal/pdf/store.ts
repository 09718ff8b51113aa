import crypto from 'node:crypto'
import fs from 'node:fs/promises'
import path from 'node:path'

import { isS3NotFound, s3Client, s3KeyPrefix, s3Settings } from '@/lib/s3'
import type { S3Settings } from '@/lib/s3'

/**
 * Where rendered PDFs are kept: a folder on disk (`PDF_CACHE_DIR`, default `data/pdf-cache`), or
 * the bucket when `S3_BUCKET` is set, so every app server behind a load balancer shares them.
 * Either way a file appears whole or not at all.
 */
export type PdfStore = {
  /** Tells apart two stores in the list of renders in flight. */
  id: string
  has: (fileName: string) => Promise<boolean>
  read: (fileName: string) => Promise<Buffer>
  write: (fileName: string, pdf: Buffer | Uint8Array) => Promise<void>
  /** Removes the other versions of `name`, and what a crashed writer left behind. */
  pruneExcept: (options: { name: string; keep: string }) => Promise<void>
}

export const pdfCacheDir = () =>
  path.resolve(process.env.PDF_CACHE_DIR || path.join('data', 'pdf-cache'))

/** The store the settings choose: the bucket when there is one, else the folder. */
export const pdfStore = (): PdfStore => {
  const settings = s3Settings()
  return settings ? s3PdfStore(settings) : diskPdfStore(pdfCacheDir())
}

export const diskPdfStore = (dir: string): PdfStore => ({
  id: `disk:${dir}`,
  has: (fileName) =>
    fs.access(path.join(dir, fileName)).then(
      () => true,
      () => false,
    ),
  read: (fileName) => fs.readFile(path.join(dir, fileName)),
  // Written under a temporary name and renamed when complete: a reader never sees half a file.
  write: async (fileName, pdf) => {
    await fs.mkdir(dir, { recursive: true })
    const filePath = path.join(dir, fileName)
    const tempPath = `${filePath}.${process.pid}.${crypto.randomUUID()}.tmp`
    try {
      await fs.writeFile(tempPath, pdf)
      await fs.rename(tempPath, filePath)
    } catch (error) {
      await fs.rm(tempPath, { force: true })
      throw error
    }
  },
  // Temporary files count as left behind after 10 minutes: another process may still write one.
  pruneExcept: async ({ name, keep }) => {
    const entries = await fs.readdir(dir).catch(() => [] as string[])
    const staleBefore = Date.now() - 10 * 60_000
    for (const entry of entries) {
      if (entry === keep || !entry.startsWith(`${name}.`)) continue
      const entryPath = path.join(dir, entry)
      if (entry.endsWith('.pdf')) {
        await fs.rm(entryPath, { force: true })
      } else if (entry.endsWith('.tmp')) {
        const stat = await fs.stat(entryPath).catch(() => undefined)
        if (stat && stat.mtimeMs < staleBefore) await fs.rm(entryPath, { force: true })
      }
    }
  },
})

/** An object store writes an object whole or not at all, so no temporary names are needed. */
export const s3PdfStore = (settings: S3Settings): PdfStore => {
  const folder = s3KeyPrefix(settings, 'pdf-cache')
  const keyOf = (fileName: string) => `${folder}/${fileName}`
  const { bucket } = settings
  return {
    id: `s3:${settings.endpoint ?? ''}/${bucket}/${folder}`,
    has: async (fileName) => {
      const client = await s3Client(settings)
      const { HeadObjectCommand } = await import('@aws-sdk/client-s3')
      try {
        await client.send(new HeadObjectCommand({ Bucket: bucket, Key: keyOf(fileName) }))
        return true
      } catch (error) {
        if (isS3NotFound(error)) return false
        throw error
      }
    },
    read: async (fileName) => {
      const client = await s3Client(settings)
      const { GetObjectCommand } = await import('@aws-sdk/client-s3')
      const { Body } = await client.send(
        new GetObjectCommand({ Bucket: bucket, Key: keyOf(fileName) }),
      )
      if (!Body) throw new Error(`The bucket returned no body for ${keyOf(fileName)}`)
      return Buffer.from(await Body.transformToByteArray())
    },
    write: async (fileName, pdf) => {
      const client = await s3Client(settings)
      const { PutObjectCommand } = await import('@aws-sdk/client-s3')
      await client.send(
        new PutObjectCommand({
          Bucket: bucket,
          Key: keyOf(fileName),
          Body: pdf,
          ContentType: 'application/pdf',
        }),
      )
    },
    pruneExcept: async ({ name, keep }) => {
      const client = await s3Client(settings)
      const { DeleteObjectCommand, ListObjectsV2Command } = await import('@aws-sdk/client-s3')
      let continuationToken: string | undefined
      do {
        const page = await client.send(
          new ListObjectsV2Command({
            Bucket: bucket,
            Prefix: keyOf(`${name}.`),
            ContinuationToken: continuationToken,
          }),
        )
        for (const { Key } of page.Contents ?? []) {
          if (!Key || Key === keyOf(keep) || !Key.endsWith('.pdf')) continue
          await client.send(new DeleteObjectCommand({ Bucket: bucket, Key }))
        }
        continuationToken = page.IsTruncated ? page.NextContinuationToken : undefined
      } while (continuationToken)
    },
  }
}
