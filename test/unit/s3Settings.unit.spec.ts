import { describe, expect, it } from 'vitest'

import { s3KeyPrefix, s3Settings } from '@/lib/s3'

describe('the S3 settings', () => {
  it('should keep files on local disk while S3_BUCKET is unset or blank', () => {
    expect(s3Settings({})).toBeUndefined()
    expect(s3Settings({ S3_BUCKET: '  ', S3_ENDPOINT: 'http://127.0.0.1:9000' })).toBeUndefined()
  })

  it('should read a MinIO-style bucket with keys, path-style addresses and a folder', () => {
    const settings = s3Settings({
      S3_BUCKET: 'samen-veilig',
      S3_ENDPOINT: 'http://127.0.0.1:9000',
      S3_ACCESS_KEY_ID: 'sleutel',
      S3_SECRET_ACCESS_KEY: 'geheim',
      S3_FORCE_PATH_STYLE: 'TRUE',
      S3_PREFIX: '/productie/',
    })
    expect(settings).toEqual({
      bucket: 'samen-veilig',
      region: 'us-east-1',
      endpoint: 'http://127.0.0.1:9000',
      forcePathStyle: true,
      prefix: 'productie',
      credentials: { accessKeyId: 'sleutel', secretAccessKey: 'geheim' },
    })
    expect(s3KeyPrefix(settings!, 'media')).toBe('productie/media')
  })

  it('should refuse one key without the other, saying what to set', () => {
    expect(() => s3Settings({ S3_BUCKET: 'b', S3_ACCESS_KEY_ID: 'alleen-id' })).toThrow(
      /S3_ACCESS_KEY_ID is gezet, S3_SECRET_ACCESS_KEY niet\. Zet ze allebei/,
    )
  })

  it('should leave credentials to the SDK when neither key is set', () => {
    expect(s3Settings({ S3_BUCKET: 'b', S3_REGION: 'eu-west-1' })).toMatchObject({
      region: 'eu-west-1',
      credentials: undefined,
      forcePathStyle: false,
    })
    expect(s3KeyPrefix(s3Settings({ S3_BUCKET: 'b' })!, 'pdf-cache')).toBe('pdf-cache')
  })
})
