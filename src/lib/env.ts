import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

/**
 * Runtime configuration from the environment, checked once at start so a wrong setting stops the
 * app with a message that says what to do instead of failing later in a request.
 */

export class ConfigurationError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'ConfigurationError'
  }
}

/**
 * Settings are read while the config module loads, but a throw during ES module evaluation can
 * leave Node's loader hanging instead of failing. So a bad setting is kept here and raised when
 * Payload starts (see `raiseDeferredConfigurationError`), where it rejects like any other error.
 */
const deferredErrors: ConfigurationError[] = []

export const orDeferError = <T>(resolve: () => T, fallback: T): T => {
  try {
    return resolve()
  } catch (error) {
    if (!(error instanceof ConfigurationError)) throw error
    deferredErrors.push(error)
    return fallback
  }
}

export const raiseDeferredConfigurationError = () => {
  if (deferredErrors[0]) throw deferredErrors[0]
}

/** A numeric setting: its value when that is a positive number, else the default. */
export const positiveNumber = (value: string | undefined, fallback: number) => {
  const number = Number(value)
  return value && Number.isFinite(number) && number > 0 ? number : fallback
}

export const defaultDatabaseUrl = 'file:./data/samen-veilig.db'

/** How long a SQLite write waits for another process's write to finish before it fails. */
export const sqliteBusyTimeoutMs = 10_000

export type AppMode = 'development' | 'demo' | 'production'

/**
 * `APP_MODE=demo` marks the demo (a production build with demo accounts). Otherwise a production
 * build is production: it refuses to start without a secret and never holds demo accounts.
 */
export const appMode = (env: NodeJS.ProcessEnv = process.env): AppMode => {
  if (env.APP_MODE === 'demo') return 'demo'
  if (env.APP_MODE === 'production' || env.NODE_ENV === 'production') return 'production'
  return 'development'
}

export type DatabaseSetting =
  { kind: 'sqlite'; url: string; filePath: string } | { kind: 'mongodb'; url: string }

export const parseDatabaseUrl = (url: string = process.env.DATABASE_URL || defaultDatabaseUrl) => {
  if (url.startsWith('file:')) {
    const filePath = url.slice('file:'.length)
    if (!filePath) {
      throw new ConfigurationError(
        'DATABASE_URL "file:" noemt geen bestand. Gebruik bijvoorbeeld file:./data/samen-veilig.db.',
      )
    }
    return { kind: 'sqlite', url, filePath } satisfies DatabaseSetting
  }
  if (/^mongodb(\+srv)?:\/\/.+/.test(url)) {
    return { kind: 'mongodb', url } satisfies DatabaseSetting
  }
  throw new ConfigurationError(
    `DATABASE_URL "${redactCredentials(url)}" wordt niet ondersteund. ` +
      'Gebruik file:<pad> voor de ingebouwde SQLite-database (bijvoorbeeld file:./data/samen-veilig.db) ' +
      'of mongodb://… / mongodb+srv://… voor MongoDB.',
  )
}

/** Where uploads are kept on local disk (unused when S3_BUCKET sends them to a bucket). */
export const mediaDir = () => path.resolve(process.env.MEDIA_DIR || 'media')

/** Where development and the demo keep their generated secret (backed up with the database). */
export const payloadSecretFile = path.resolve('data', '.payload-secret')

/**
 * Production must be given PAYLOAD_SECRET. Development and the demo generate one and keep it under
 * `data/`, so sessions survive a restart without anyone having to invent a secret.
 */
export const resolvePayloadSecret = (env: NodeJS.ProcessEnv = process.env): string => {
  if (env.PAYLOAD_SECRET) return env.PAYLOAD_SECRET
  if (appMode(env) === 'production' && env.NEXT_PHASE !== 'phase-production-build') {
    throw new ConfigurationError(
      'PAYLOAD_SECRET ontbreekt. In productie start de toolkit niet zonder geheime sleutel: ' +
        'zet PAYLOAD_SECRET op een lange willekeurige waarde (bijvoorbeeld de uitvoer van ' +
        '`openssl rand -hex 32`).',
    )
  }
  if (fs.existsSync(payloadSecretFile)) return fs.readFileSync(payloadSecretFile, 'utf8').trim()
  const secret = crypto.randomBytes(32).toString('hex')
  fs.mkdirSync(path.dirname(payloadSecretFile), { recursive: true })
  fs.writeFileSync(payloadSecretFile, secret, { mode: 0o600 })
  return secret
}

export const publicUrl = (env: NodeJS.ProcessEnv = process.env): string =>
  (env.PUBLIC_URL || `http://localhost:${env.PORT || 3000}`).replace(/\/+$/, '')

const redactCredentials = (url: string) => url.replace(/\/\/[^@/]*@/, '//***@')

/** Sender of every mail; the address must be on a domain verified with the provider. */
export const emailFrom = (env: NodeJS.ProcessEnv = process.env): string =>
  env.EMAIL_FROM || 'Samen Veilig <nieuwsbrief@example.org>'

/**
 * Where to report a security problem (security.txt, SECURITY.md): SECURITY_CONTACT as a mailto: or
 * https: address, else the mailbox mail is sent from.
 */
export const securityContact = (env: NodeJS.ProcessEnv = process.env): string => {
  const configured = env.SECURITY_CONTACT?.trim()
  if (configured) return /^(mailto|https):/.test(configured) ? configured : `mailto:${configured}`
  const address = /<([^>]+)>/.exec(emailFrom(env))?.[1] ?? emailFrom(env)
  return `mailto:${address.trim()}`
}
