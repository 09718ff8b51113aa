/**
 * `npm run backup`: one archive with the database (a consistent SQLite snapshot, taken while the
 * app runs), the uploads and the generated secret, in BACKUP_DIR (default `backups/`). On MongoDB
 * it says to use mongodump and backs up the uploads. See scripts/lib/backup.ts.
 */
import { ConfigurationError } from '../src/lib/env'
import { BackupError, createBackup } from './lib/backup'

createBackup().then(
  () => process.exit(0),
  (error: unknown) => {
    const isExplained = error instanceof BackupError || error instanceof ConfigurationError
    console.error(
      `\nDe backup is niet gemaakt: ${error instanceof Error ? error.message : String(error)}` +
        (isExplained ? '' : '\nControleer of BACKUP_DIR beschrijfbaar is en er schijfruimte is.'),
    )
    process.exit(1)
  },
)
