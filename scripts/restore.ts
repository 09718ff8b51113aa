/**
 * `npm run restore -- <backup.tar.gz> [--force]`: puts the database, uploads and secret of a
 * backup back where DATABASE_URL and MEDIA_DIR point. Refuses to replace anything without --force,
 * and then keeps what was there beside it. See scripts/lib/backup.ts.
 */
import path from 'node:path'

import { ConfigurationError } from '../src/lib/env'
import { BackupError, restoreBackup } from './lib/backup'

const args = process.argv.slice(2)
const files = args.filter((arg) => !arg.startsWith('--'))
const unknown = args.filter((arg) => arg.startsWith('--') && arg !== '--force')

const main = async () => {
  if (files.length !== 1 || unknown.length > 0) {
    throw new BackupError(
      'Geef precies één backup, en eventueel --force: ' +
        'npm run restore -- backups/samen-veilig-2026-12-06-031500.tar.gz [--force]',
    )
  }
  // npm runs scripts in the project folder; a relative path means where the person typed it.
  const archive = path.resolve(process.env.INIT_CWD || process.cwd(), files[0]!)
  await restoreBackup({ archive, isForced: args.includes('--force') })
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    const isExplained = error instanceof BackupError || error instanceof ConfigurationError
    console.error(
      `\nHet herstel is niet gedaan: ${error instanceof Error ? error.message : String(error)}` +
        (isExplained ? '' : '\nEr is niets vervangen dat niet ook met .voor-herstel- bewaard is.'),
    )
    process.exit(1)
  },
)
