import { describe, expect, it } from 'vitest'

import { testDatabaseUrl } from '../support/testDatabase'

describe('the int suite database (TEST_DATABASE_URL)', () => {
  it('should use a fresh SQLite file in the work folder when no server is named', () => {
    expect(testDatabaseUrl({ workDir: '/tmp/werk', configured: undefined })).toBe(
      'file:/tmp/werk/test.db',
    )
    expect(testDatabaseUrl({ workDir: '/tmp/werk', configured: '' })).toBe('file:/tmp/werk/test.db')
  })

  it('should give every test file a database of its own on the named MongoDB server', () => {
    const configured = 'mongodb://gebruiker:geheim@db1:27017,db2:27017/samen?replicaSet=rs0'
    const first = testDatabaseUrl({ workDir: '/tmp/a', configured })
    const second = testDatabaseUrl({ workDir: '/tmp/b', configured })

    expect(first).toMatch(
      /^mongodb:\/\/gebruiker:geheim@db1:27017,db2:27017\/samen_veilig_test_[0-9a-f]{12}\?replicaSet=rs0$/,
    )
    expect(second).not.toBe(first)
    expect(
      testDatabaseUrl({ workDir: '/tmp/a', configured: 'mongodb+srv://cluster.example' }),
    ).toMatch(/^mongodb\+srv:\/\/cluster\.example\/samen_veilig_test_[0-9a-f]{12}$/)
  })

  it('should refuse another kind of database and not print its password', () => {
    expect(() =>
      testDatabaseUrl({ workDir: '/tmp/a', configured: 'postgres://wie:geheim@localhost/db' }),
    ).toThrow(/wordt niet ondersteund.*mongodb:\/\//)
    expect(() =>
      testDatabaseUrl({ workDir: '/tmp/a', configured: 'postgres://wie:geheim@localhost/db' }),
    ).not.toThrow(/geheim/)
  })
})
