import { drizzle } from '@payloadcms/db-sqlite/drizzle/libsql'
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it, vi } from 'vitest'

import { useIntegration } from '../support/integration'
import { createEdition, scheduleNow, seedSubscribers, sendingCollections } from '../support/sending'
import { useFakeResend } from '../support/useFakeResend'
import { projectRoot, scriptNodeArguments } from '../support/workerCommand'
import { useWorkerProcesses } from '../support/workerProcess'

/**
 * `npm run backup` and `npm run restore` as an operator runs them (child processes), on a send in
 * progress in real worker processes. SQLite only: on MongoDB the database is backed up with
 * mongodump (vitest.config.mts leaves this file out there).
 */

const subscriberCount = 200

const { payload, fixtures, users } = useIntegration({
  env: { SEND_BATCH_SIZE: '20' },
  emptyAfterEach: sendingCollections,
  users: { adviser: { email: 'adviseur.backup@test.example', roles: ['regio-redactie'] } },
})
const fake = useFakeResend({ ratePerSecond: 4, latencyMs: 100 })
const { startWorker } = useWorkerProcesses({ fake })

const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'samen-veilig-backup-'))
afterAll(() => fs.rmSync(workDir, { recursive: true, force: true }))

describe('backup and restore', () => {
  it('should restore a backup taken mid-send and finish the send from it, mailing every subscriber exactly once', async () => {
    const poster = Buffer.from('een poster, byte voor byte')
    fs.mkdirSync(process.env.MEDIA_DIR!, { recursive: true })
    fs.writeFileSync(path.join(process.env.MEDIA_DIR!, 'poster.png'), poster)
    await seedSubscribers({ payload, count: subscriberCount })
    const block = await fixtures.buildingBlock('arnhem', { reviewStatus: 'approved' })
    const edition = await createEdition({ fixtures, user: users.adviser, blocks: [block.id] })
    await scheduleNow(payload, users.adviser, edition.id)

    const original = startWorker('--exit-when-idle')
    await until(async () => (await acceptedIn(payload)) >= 40)
    // The provider holds the send half-way while the backup is taken, however slow the machine.
    const release = fake.hold()
    const backup = await runScript('backup', [], { BACKUP_DIR: path.join(workDir, 'backups') })
    release()
    expect(backup.code, backup.output).toBe(0)
    const archive = /Backup geschreven: (\S+\.tar\.gz)/.exec(backup.output)![1]!
    // The original send finishes on the original database, as it would on a live server.
    expect(await original.exited).toBe(0)
    expect(fake.messages).toHaveLength(subscriberCount)

    const restored = path.join(workDir, 'hersteld')
    const restoredEnv = {
      DATABASE_URL: `file:${path.join(restored, 'samen-veilig.db')}`,
      MEDIA_DIR: path.join(restored, 'media'),
    }
    const restore = await runScript('restore', [archive], restoredEnv)
    expect(restore.code, restore.output).toBe(0)
    expect(restore.output).toContain('Database teruggezet')
    expect(fs.readFileSync(path.join(restoredEnv.MEDIA_DIR, 'poster.png'))).toEqual(poster)
    const atBackup = await readRestored(restoredEnv.DATABASE_URL)
    expect(atBackup.accepted).toBeGreaterThanOrEqual(40)
    expect(atBackup.accepted).toBeLessThan(subscriberCount)
    expect(atBackup.status).toBe('sending')

    // The restored database resumes the send; batches it never saw accepted go again with their
    // idempotency keys, which the provider (keys kept 24 hours) answers without sending twice.
    for (const [name, value] of Object.entries(restoredEnv)) vi.stubEnv(name, value)
    const requestsBeforeResuming = fake.requests.length
    const resumed = startWorker('--exit-when-idle')
    expect(await resumed.exited).toBe(0)
    expect(fake.requests.length).toBeGreaterThan(requestsBeforeResuming)

    const recipients = fake.messages.map((message) => message.to[0])
    expect(recipients).toHaveLength(subscriberCount)
    expect(new Set(recipients).size).toBe(subscriberCount)
    const finished = await readRestored(restoredEnv.DATABASE_URL)
    expect(finished).toMatchObject({
      status: 'sent',
      deliveries: subscriberCount,
      subscribers: subscriberCount,
    })
    // Known gap (see the closing note of issue 15): a batch that was in flight at the backup is
    // sometimes composed differently on the restored database, the provider refuses its key with
    // 409 and its deliveries end failed although their mail went once. Every delivery is accounted
    // for, as accepted with the provider's id or failed with the reason.
    expect(finished.accepted! + finished.failed!).toBe(subscriberCount)
    expect(finished.accepted).toBeGreaterThanOrEqual(atBackup.accepted!)
  }, 240_000)

  it('should refuse to restore over an existing database without --force, and keep it with --force', async () => {
    const backup = await runScript('backup', [], { BACKUP_DIR: path.join(workDir, 'backups') })
    expect(backup.code, backup.output).toBe(0)
    const archive = /Backup geschreven: (\S+\.tar\.gz)/.exec(backup.output)![1]!
    const target = path.join(workDir, 'bezet')
    fs.mkdirSync(target, { recursive: true })
    const existing = path.join(target, 'samen-veilig.db')
    fs.writeFileSync(existing, 'de database die er al stond')
    const env = { DATABASE_URL: `file:${existing}`, MEDIA_DIR: path.join(target, 'media') }

    const refused = await runScript('restore', [archive], env)
    expect(refused.code).toBe(1)
    expect(refused.output).toContain(`Er staat al iets op de plek van de backup: ${existing}`)
    expect(refused.output).toContain(`npm run restore -- ${archive} --force`)
    expect(fs.readFileSync(existing, 'utf8')).toBe('de database die er al stond')

    const forced = await runScript('restore', [archive, '--force'], env)
    expect(forced.code, forced.output).toBe(0)
    const kept = fs.readdirSync(target).find((name) => name.includes('.voor-herstel-'))!
    expect(fs.readFileSync(path.join(target, kept), 'utf8')).toBe('de database die er al stond')
    expect(fs.readFileSync(existing).subarray(0, 15).toString()).toBe('SQLite format 3')
  })

  it('should back up the uploads on MongoDB and say the database goes with mongodump', async () => {
    fs.mkdirSync(process.env.MEDIA_DIR!, { recursive: true })
    fs.writeFileSync(path.join(process.env.MEDIA_DIR!, 'folder.pdf'), 'pdf')
    const backup = await runScript('backup', [], {
      BACKUP_DIR: path.join(workDir, 'mongo-backups'),
      DATABASE_URL: 'mongodb://127.0.0.1:9/samen-veilig',
    })

    expect(backup.code, backup.output).toBe(0)
    expect(backup.output).toContain('maak de backup van de database met mongodump')
    const archive = /Backup geschreven: (\S+\.tar\.gz)/.exec(backup.output)![1]!
    const listing = await runCommand('tar', ['-tzf', archive])
    expect(listing.output.split('\n')).toEqual(
      expect.arrayContaining(['backup.json', 'media/folder.pdf']),
    )
    expect(listing.output).not.toContain('database.sqlite')
  })
})

const acceptedIn = async (db: typeof payload) =>
  (await db.count({ collection: 'deliveries', where: { state: { equals: 'accepted' } } })).totalDocs

/** Waits on a record (the database), never on the clock. */
const until = async (isDone: () => Promise<boolean>) => {
  while (!(await isDone())) await new Promise((resolve) => setTimeout(resolve, 20))
}

const runScript = (script: string, args: string[], env: Record<string, string>) =>
  runCommand(process.execPath, [...scriptNodeArguments(script), ...args], env)

const runCommand = (command: string, args: string[], env: Record<string, string> = {}) =>
  new Promise<{ code: number | null; output: string }>((resolve) => {
    const child = spawn(command, args, { cwd: projectRoot, env: { ...process.env, ...env } })
    let output = ''
    child.stdout.on('data', (chunk: Buffer) => (output += chunk))
    child.stderr.on('data', (chunk: Buffer) => (output += chunk))
    child.on('exit', (code) => resolve({ code, output }))
  })

/** What the restored database holds, read with SQLite itself (Payload runs on the original). */
const readRestored = async (url: string) => {
  const client = drizzle({ connection: { url } }).$client
  try {
    const first = async (query: string) => (await client.execute(query)).rows[0]
    const hasEditions = await first(
      "select 1 from sqlite_master where type = 'table' and name = 'newsletter_editions'",
    )
    if (!hasEditions) return { status: undefined }
    const edition = await first('select status from newsletter_editions order by id desc limit 1')
    const counts = await first(
      "select count(*) as deliveries, sum(state = 'accepted') as accepted, " +
        "sum(state = 'failed') as failed, " +
        'count(distinct subscriber_id) as subscribers from deliveries',
    )
    return {
      status: edition?.status as string | undefined,
      deliveries: Number(counts?.deliveries),
      accepted: Number(counts?.accepted),
      failed: Number(counts?.failed),
      subscribers: Number(counts?.subscribers),
    }
  } finally {
    client.close()
  }
}
