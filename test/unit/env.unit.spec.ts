import { describe, expect, it } from 'vitest'

import { appMode, ConfigurationError, parseDatabaseUrl, resolvePayloadSecret } from '@/lib/env'

describe('DATABASE_URL', () => {
  it('should choose SQLite for a file: URL and keep its path', () => {
    expect(parseDatabaseUrl('file:./data/samen-veilig.db')).toEqual({
      kind: 'sqlite',
      url: 'file:./data/samen-veilig.db',
      filePath: './data/samen-veilig.db',
    })
  })

  it('should choose MongoDB for mongodb:// and mongodb+srv:// URLs', () => {
    expect(parseDatabaseUrl('mongodb://db:27017/sv').kind).toBe('mongodb')
    expect(parseDatabaseUrl('mongodb+srv://user:pw@cluster.example/sv').kind).toBe('mongodb')
  })

  it('should refuse other schemes with a Dutch message that names both forms and hides credentials', () => {
    const attempt = () => parseDatabaseUrl('postgres://admin:geheim@db/sv')
    expect(attempt).toThrow(ConfigurationError)
    expect(attempt).toThrow(/niet ondersteund.*file:.*mongodb:\/\//s)
    expect(attempt).not.toThrow(/geheim/)
  })

  it('should refuse a file: URL without a path', () => {
    expect(() => parseDatabaseUrl('file:')).toThrow(/noemt geen bestand/)
  })
})

describe('app mode and secret', () => {
  it('should treat a production build as production unless APP_MODE=demo', () => {
    expect(appMode({ NODE_ENV: 'production' })).toBe('production')
    expect(appMode({ NODE_ENV: 'production', APP_MODE: 'demo' })).toBe('demo')
    expect(appMode({ NODE_ENV: 'development' })).toBe('development')
  })

  it('should use PAYLOAD_SECRET when it is set', () => {
    expect(resolvePayloadSecret({ NODE_ENV: 'production', PAYLOAD_SECRET: 'lang-geheim' })).toBe(
      'lang-geheim',
    )
  })

  it('should refuse production without PAYLOAD_SECRET but allow the build step', () => {
    expect(() => resolvePayloadSecret({ NODE_ENV: 'production' })).toThrow(
      /PAYLOAD_SECRET ontbreekt/,
    )
    expect(() =>
      resolvePayloadSecret({ NODE_ENV: 'production', NEXT_PHASE: 'phase-production-build' }),
    ).not.toThrow()
  })
})
