import { spawn } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

import {
  defaultDatabaseUrl,
  parseDatabaseUrl,
  payloadSecretFile,
  sqliteBusyTimeoutMs,
} from '../../src/lib/env'

/**
 * `npm run backup` and `npm run restore`: one archive (.tar.gz) with what the toolkit needs to run
 * again: the SQLite database, the uploads (MEDIA_DIR) and the generated secret of development and
 * the demo. The database is copied with SQLite's `VACUUM INTO`, which reads one consistent
 * snapshot while the app and workers keep writing (the database runs in WAL mode, so the copy never
 * blocks them). On MongoDB the database is backed up with mongodump (README, "Backups"); the
 * archive then holds the uploads only.
 */

export class BackupError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'BackupError'
  }
}

type Manifest = {
  format: typeof manifestFormat
  version: 1
  createdAt: string
  database: 'sqlite' | 'mongodb'
  /** The uploads folder's name inside the archive, when there were uploads. */
  media: string | null
  hasSecret: boolean
}

type Log = (line: string) => void

export const createBackup = async ({
  env = process.env,
  log = console.log,
}: { env?: NodeJS.ProcessEnv; log?: Log } = {}) => {
  const database = parseDatabaseUrl(env.DATABASE_URL || defaultDatabaseUrl)
  const mediaDir = mediaDirectory(env)
  const backupDir = path.resolve(env.BACKUP_DIR || 'backups')
  fs.mkdirSync(backupDir, { recursive: true })
  const staging = fs.mkdtempSync(path.join(backupDir, '.bezig-'))
  try {
    if (database.kind === 'sqlite') {
      await snapshotSqlite({
        source: path.resolve(database.filePath),
        target: path.join(staging, databaseEntry),
      })
      log(`Database gekopieerd (consistente momentopname): ${path.resolve(database.filePath)}`)
    } else {
      log(
        'DATABASE_URL wijst naar MongoDB: maak de backup van de database met mongodump ' +
          '(zie README, "Backups"). Deze backup bevat alleen de uploads.',
      )
    }
    const hasSecret = !env.PAYLOAD_SECRET && fs.existsSync(payloadSecretFile)
    if (hasSecret) fs.copyFileSync(payloadSecretFile, path.join(staging, secretEntry))
    else if (env.PAYLOAD_SECRET) {
      log('PAYLOAD_SECRET staat in de omgeving: bewaar die sleutel zelf apart van de backup.')
    }
    const hasMedia = fs.existsSync(mediaDir) && fs.readdirSync(mediaDir).length > 0
    const manifest: Manifest = {
      format: manifestFormat,
      version: 1,
      createdAt: new Date().toISOString(),
      database: database.kind,
      media: hasMedia ? path.basename(mediaDir) : null,
      hasSecret,
    }
    fs.writeFileSync(path.join(staging, manifestEntry), JSON.stringify(manifest, null, 2))

    const archive = unusedName(path.join(backupDir, `samen-veilig-${timestamp(new Date())}`))
    const partial = `${archive}.partial`
    // The uploads are read after the database snapshot, so every file the database names is in.
    await tar(
      [
        '-czf',
        partial,
        '-C',
        staging,
        ...fs.readdirSync(staging),
        ...(hasMedia ? ['-C', path.dirname(mediaDir), path.basename(mediaDir)] : []),
      ],
      { isChangeWhileReadingFine: true },
    )
    fs.renameSync(partial, archive)
    const bytes = fs.statSync(archive).size
    log(`Backup geschreven: ${archive} (${formatBytes(bytes)})`)
    log(hasMedia ? `Uploads meegenomen uit ${mediaDir}.` : `Geen uploads in ${mediaDir}.`)
    return { archive, bytes, manifest }
  } finally {
    fs.rmSync(staging, { recursive: true, force: true })
  }
}

export const restoreBackup = async ({
  archive,
  isForced = false,
  env = process.env,
  log = console.log,
}: {
  archive: string
  isForced?: boolean
  env?: NodeJS.ProcessEnv
  log?: Log
}) => {
  if (!fs.existsSync(archive) || !fs.statSync(archive).isFile()) {
    throw new BackupError(
      `Backup ${archive} bestaat niet. Geef het pad van een backup, bijvoorbeeld: ` +
        'npm run restore -- backups/samen-veilig-2026-12-06-031500.tar.gz',
    )
  }
  const database = parseDatabaseUrl(env.DATABASE_URL || defaultDatabaseUrl)
  const mediaDir = mediaDirectory(env)
  const targetDatabase = database.kind === 'sqlite' ? path.resolve(database.filePath) : undefined
  // Unpacked beside the database, so putting it in place is a rename, never a half-written copy.
  const unpackParent = path.dirname(targetDatabase ?? mediaDir)
  fs.mkdirSync(unpackParent, { recursive: true })
  const unpacked = fs.mkdtempSync(path.join(unpackParent, '.herstel-'))
  try {
    await tar(['-xzf', archive, '-C', unpacked, '--no-same-owner', '--no-same-permissions'])
    const manifest = readManifest(unpacked)
    if (manifest.database === 'sqlite' && !targetDatabase) {
      throw new BackupError(
        'Deze backup bevat een SQLite-database, maar DATABASE_URL wijst naar MongoDB. ' +
          'Zet DATABASE_URL op het SQLite-bestand dat hersteld moet worden (file:…).',
      )
    }
    if (manifest.database === 'mongodb' && targetDatabase) {
      throw new BackupError(
        'Deze backup is van een MongoDB-installatie en bevat geen database. Zet DATABASE_URL op ' +
          'die MongoDB-server om de uploads terug te zetten, en herstel de database met ' +
          'mongorestore (zie README, "Backups").',
      )
    }

    const secretSource = path.join(unpacked, secretEntry)
    const restoresSecret =
      manifest.hasSecret &&
      fs.existsSync(secretSource) &&
      fs.readFileSync(secretSource, 'utf8') !==
        (fs.existsSync(payloadSecretFile) ? fs.readFileSync(payloadSecretFile, 'utf8') : undefined)
    const replaced = [
      ...(targetDatabase && fs.existsSync(targetDatabase) ? [targetDatabase] : []),
      ...(manifest.media && hasEntries(mediaDir) ? [mediaDir] : []),
      ...(restoresSecret && fs.existsSync(payloadSecretFile) ? [payloadSecretFile] : []),
    ]
    const isInUse =
      targetDatabase !== undefined &&
      ['-wal', '-shm'].some((suffix) => fs.existsSync(`${targetDatabase}${suffix}`))
    if (replaced.length > 0 && !isForced) {
      throw new BackupError(
        `Er staat al iets op de plek van de backup: ${replaced.join(', ')}. ` +
          (isInUse ? 'De database lijkt in gebruik (draait de toolkit of een worker nog?). ' : '') +
          'Stop de toolkit (app en workers) en herhaal met --force: ' +
          `npm run restore -- ${archive} --force. Wat er nu staat, wordt dan eerst bewaard ` +
          'met de toevoeging .voor-herstel-<tijdstip>.',
      )
    }
    if (isInUse) {
      log(
        'Let op: de database lijkt in gebruik. Start de toolkit en workers na het herstel opnieuw.',
      )
    }

    const aside = `.voor-herstel-${timestamp(new Date())}`
    if (targetDatabase) {
      for (const suffix of ['', '-wal', '-shm', '-journal']) {
        const file = `${targetDatabase}${suffix}`
        if (fs.existsSync(file)) fs.renameSync(file, `${file}${aside}`)
      }
      if (fs.existsSync(`${targetDatabase}${aside}`)) {
        log(`Bestaande database bewaard als ${targetDatabase}${aside}`)
      }
      fs.renameSync(path.join(unpacked, databaseEntry), targetDatabase)
      log(`Database teruggezet: ${targetDatabase} (backup van ${manifest.createdAt})`)
    } else {
      log(
        'Uploads teruggezet; herstel de MongoDB-database zelf met mongorestore (README, "Backups").',
      )
    }

    if (manifest.media) {
      if (fs.existsSync(mediaDir)) {
        fs.renameSync(mediaDir, `${mediaDir}${aside}`)
        log(`Bestaande uploads bewaard als ${mediaDir}${aside}`)
      }
      moveDirectory(path.join(unpacked, manifest.media), mediaDir)
      log(`Uploads teruggezet: ${mediaDir}`)
    }

    if (restoresSecret) {
      if (fs.existsSync(payloadSecretFile)) {
        fs.renameSync(payloadSecretFile, `${payloadSecretFile}${aside}`)
      }
      fs.mkdirSync(path.dirname(payloadSecretFile), { recursive: true })
      fs.copyFileSync(secretSource, payloadSecretFile)
      fs.chmodSync(payloadSecretFile, 0o600)
      log(`Geheime sleutel teruggezet: ${payloadSecretFile}`)
    }
    log('Herstel klaar. Start de toolkit (en workers): een verzending die liep, gaat verder.')
    return { manifest }
  } finally {
    fs.rmSync(unpacked, { recursive: true, force: true })
  }
}

const manifestFormat = 'samen-veilig-backup'
const manifestEntry = 'backup.json'
const databaseEntry = 'database.sqlite'
const secretEntry = 'payload-secret'
const maxManifestBytes = 64 * 1024

const mediaDirectory = (env: NodeJS.ProcessEnv) =>
  path.resolve(env.MEDIA_DIR || path.join(process.cwd(), 'media'))

/** One statement copies a consistent snapshot, however much the app writes meanwhile. */
const snapshotSqlite = async ({ source, target }: { source: string; target: string }) => {
  if (!fs.existsSync(source)) {
    throw new BackupError(
      `Er is geen database op ${source}. Controleer DATABASE_URL (of start de toolkit eerst ` +
        'één keer, zodat de database bestaat).',
    )
  }
  const { drizzle } = await import('@payloadcms/db-sqlite/drizzle/libsql')
  const reader = drizzle({ connection: { url: `file:${source}` } }).$client
  try {
    await reader.execute(`PRAGMA busy_timeout = ${sqliteBusyTimeoutMs}`)
    await reader.execute({ sql: 'VACUUM INTO ?', args: [target] })
  } finally {
    reader.close()
  }
  const copy = drizzle({ connection: { url: `file:${target}` } }).$client
  try {
    const { rows } = await copy.execute('PRAGMA quick_check')
    if (rows[0]?.[0] !== 'ok') {
      throw new BackupError(
        `De kopie van de database is niet in orde (${String(rows[0]?.[0])}). Controleer de ` +
          'database met sqlite3 "PRAGMA integrity_check" en probeer het opnieuw.',
      )
    }
  } finally {
    copy.close()
  }
}

const readManifest = (unpacked: string): Manifest => {
  const file = path.join(unpacked, manifestEntry)
  const isReadable = fs.existsSync(file) && fs.statSync(file).size <= maxManifestBytes
  const manifest = isReadable ? (parseJson(fs.readFileSync(file, 'utf8')) as Partial<Manifest>) : {}
  if (manifest?.format !== manifestFormat || manifest.version !== 1) {
    throw new BackupError(
      'Dit is geen backup van de Samen Veilig Toolkit (backup.json ontbreekt of is onbekend). ' +
        'Gebruik een bestand dat npm run backup heeft gemaakt.',
    )
  }
  if (manifest.media && (manifest.media.includes('/') || manifest.media.startsWith('.'))) {
    throw new BackupError('De backup noemt een ongeldige map voor de uploads.')
  }
  return manifest as Manifest
}

const parseJson = (text: string): unknown => {
  try {
    return JSON.parse(text)
  } catch {
    return undefined
  }
}

const hasEntries = (directory: string) =>
  fs.existsSync(directory) && fs.readdirSync(directory).length > 0

const moveDirectory = (from: string, to: string) => {
  fs.mkdirSync(path.dirname(to), { recursive: true })
  try {
    fs.renameSync(from, to)
  } catch (error) {
    // Another file system (MEDIA_DIR on its own disk): copy, then the unpacked copy goes.
    if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error
    fs.cpSync(from, to, { recursive: true })
  }
}

/**
 * The system's tar (GNU tar on Debian and Ubuntu): it streams, so neither the database nor the
 * uploads are ever held in memory, and on unpacking it refuses absolute paths and `..`.
 */
const tar = (args: string[], { isChangeWhileReadingFine = false } = {}) =>
  new Promise<void>((resolve, reject) => {
    const child = spawn('tar', args, { stdio: ['ignore', 'ignore', 'pipe'] })
    let stderr = ''
    child.stderr.on('data', (chunk: Buffer) => {
      stderr = (stderr + chunk.toString()).slice(-4000)
    })
    child.on('error', (error) =>
      reject(
        new BackupError(
          `tar kon niet starten (${error.message}). Installeer tar: apt-get install -y tar.`,
        ),
      ),
    )
    child.on('exit', (code) => {
      // 1: a file changed while it was read (an upload arriving): the archive is still whole.
      if (code === 0 || (code === 1 && isChangeWhileReadingFine)) resolve()
      else reject(new BackupError(`tar stopte met code ${code}: ${stderr.trim()}`))
    })
  })

/** Two backups in the same second both stay. */
const unusedName = (base: string) => {
  let name = `${base}.tar.gz`
  for (let number = 2; fs.existsSync(name); number++) name = `${base}-${number}.tar.gz`
  return name
}

const timestamp = (date: Date) =>
  date
    .toISOString()
    .replace(/\.\d+Z$/, '')
    .replace('T', '-')
    .replaceAll(':', '')

const formatBytes = (bytes: number) =>
  bytes >= 1024 * 1024
    ? `${(bytes / 1024 / 1024).toFixed(1)} MB`
    : `${Math.max(1, Math.round(bytes / 1024))} kB`
