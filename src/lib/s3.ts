import type { S3Client } from '@aws-sdk/client-s3'
import type { Plugin } from 'payload'

import { ConfigurationError } from './env'

/**
 * Files on S3-compatible storage (AWS S3, MinIO, Scaleway, …) when `S3_BUCKET` is set; local
 * disk otherwise. Media go through Payload's storage adapter, rendered PDFs through the PDF
 * cache's own small store, both into the one bucket under `S3_PREFIX`. The AWS SDK is imported
 * only when a bucket is configured, so an installation on local disk (and the worker) never loads
 * it.
 */

export type S3Settings = {
  bucket: string
  region: string
  endpoint?: string
  forcePathStyle: boolean
  /** Without a slash at either end; '' for the bucket's root. */
  prefix: string
  credentials?: { accessKeyId: string; secretAccessKey: string }
}

export const s3Settings = (
  env: Record<string, string | undefined> = process.env,
): S3Settings | undefined => {
  const bucket = env.S3_BUCKET?.trim()
  if (!bucket) return undefined
  const accessKeyId = env.S3_ACCESS_KEY_ID?.trim()
  const secretAccessKey = env.S3_SECRET_ACCESS_KEY?.trim()
  if (Boolean(accessKeyId) !== Boolean(secretAccessKey)) {
    throw new ConfigurationError(
      `${accessKeyId ? 'S3_ACCESS_KEY_ID' : 'S3_SECRET_ACCESS_KEY'} is gezet, ` +
        `${accessKeyId ? 'S3_SECRET_ACCESS_KEY' : 'S3_ACCESS_KEY_ID'} niet. Zet ze allebei, of ` +
        'geen van beide om de sleutels aan de server over te laten (een rol, of AWS_ACCESS_KEY_ID ' +
        'en AWS_SECRET_ACCESS_KEY).',
    )
  }
  return {
    bucket,
    region: env.S3_REGION?.trim() || 'us-east-1',
    endpoint: env.S3_ENDPOINT?.trim() || undefined,
    forcePathStyle: ['1', 'true'].includes(env.S3_FORCE_PATH_STYLE?.trim().toLowerCase() ?? ''),
    prefix: (env.S3_PREFIX ?? '').trim().replace(/^\/+|\/+$/g, ''),
    // Without keys the SDK looks for credentials itself (instance role, AWS_* variables).
    credentials: accessKeyId && secretAccessKey ? { accessKeyId, secretAccessKey } : undefined,
  }
}

/** The key prefix of one kind of file (`media`, `pdf-cache`) under `S3_PREFIX`. */
export const s3KeyPrefix = (settings: S3Settings, folder: string) =>
  settings.prefix ? `${settings.prefix}/${folder}` : folder

/**
 * The client options the storage adapter and our own client share. Checksums only when the
 * operation requires one: newer SDKs add them to every upload by default, which several
 * S3-compatible servers refuse.
 */
const clientConfig = (settings: S3Settings) => ({
  region: settings.region,
  endpoint: settings.endpoint,
  forcePathStyle: settings.forcePathStyle,
  credentials: settings.credentials,
  requestChecksumCalculation: 'WHEN_REQUIRED' as const,
  responseChecksumValidation: 'WHEN_REQUIRED' as const,
})

/** The admin component the adapter registers (see payload.config.ts: always in the import map). */
export const s3ClientUploadHandler = '@payloadcms/storage-s3/client#S3ClientUploadHandler'

/** Payload's S3 adapter for the media collection, or nothing when no bucket is configured. */
export const mediaStoragePlugins = async (settings = s3Settings()): Promise<Plugin[]> => {
  if (!settings) return []
  const { s3Storage } = await import('@payloadcms/storage-s3')
  return [
    s3Storage({
      bucket: settings.bucket,
      config: clientConfig(settings),
      collections: {
        // Files stay served through Payload (`/api/media/file/…`; disablePayloadAccessControl is
        // left off), which applies the collection's read access: a file is public only while
        // published content uses it, so the bucket itself stays private.
        media: { prefix: s3KeyPrefix(settings, 'media') },
      },
    }),
  ]
}

/** One client per process and setting, made on first use. */
export const s3Client = async (settings: S3Settings): Promise<S3Client> => {
  const key = JSON.stringify(settings)
  const clients = s3Clients()
  const known = clients.get(key)
  if (known) return known
  const { S3Client } = await import('@aws-sdk/client-s3')
  const client = new S3Client(clientConfig(settings))
  clients.set(key, client)
  return client
}

/** Whether an error of the SDK means "no such object". */
export const isS3NotFound = (error: unknown) =>
  typeof error === 'object' &&
  error !== null &&
  (('name' in error && (error.name === 'NotFound' || error.name === 'NoSuchKey')) ||
    ('$metadata' in error &&
      (error.$metadata as { httpStatusCode?: number } | undefined)?.httpStatusCode === 404))

/** On globalThis so that module reloads (Next in development) share the clients. */
const s3Clients = () => {
  const holder = globalThis as typeof globalThis & {
    __samenVeiligS3Clients?: Map<string, S3Client>
  }
  holder.__samenVeiligS3Clients ??= new Map()
  return holder.__samenVeiligS3Clients
}
