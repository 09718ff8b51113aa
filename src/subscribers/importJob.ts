import fs from 'node:fs'
import type { Payload, TaskConfig } from 'payload'

import { adminT, adminTextsIn } from '@/i18n/admin'
import type { AdminLanguage } from '@/i18n/admin'
import { ImportFileError, inImportTransaction } from '@/lib/csvImport'
import { idFromText } from '@/lib/ids'
import { waitingJobInputs } from '@/lib/jobs'
import type { SubscriberImport } from '@/payload-types'

import { readImportBatches } from './import'
import { importFilePath, importQueue, queueImport, removeImportFile } from './importRecords'
import { storeImportRows } from './importWrites'

/**
 * Works through one import record's file (see `runImport`). An import that cannot go on ends
 * failed with the reason on the record; a run that dies with its process (a crash, a restart)
 * leaves the record running, and `resumeImportsTask` gives it a new job once its heartbeat is
 * older than the lease.
 */
export const importSubscribersTask: TaskConfig<'importSubscribers'> = {
  slug: 'importSubscribers',
  label: 'Abonnees importeren',
  inputSchema: [{ name: 'importId', type: 'text', required: true }],
  outputSchema: [{ name: 'outcome', type: 'text' }],
  handler: async ({ input, req, job }) => {
    const { payload } = req
    const importId = idFromText(payload, input.importId)
    try {
      return { output: { outcome: await runImport({ payload, importId, runner: String(job.id) }) } }
    } catch (error) {
      await failImport({ payload, importId, error })
      return { output: { outcome: 'failed' } }
    }
  },
}

/** Every minute (the server's autorun, every round of the worker): see `resumeImports`. */
export const resumeImportsTask: TaskConfig<'resumeImports'> = {
  slug: 'resumeImports',
  label: 'Onderbroken imports hervatten',
  inputSchema: [],
  outputSchema: [],
  schedule: [{ cron: '* * * * *', queue: importQueue }],
  handler: async ({ req }) => {
    await resumeImports(req.payload)
    return { output: {} }
  },
}

export const importTasks = [importSubscribersTask, resumeImportsTask]

/** Every five seconds, so an upload starts within moments. */
export const importAutoRun = [{ cron: '*/5 * * * * *', queue: importQueue, limit: 2 }]

/** A running import shows a sign of life after every batch; one silent this long has died. */
export const importLeaseSeconds = 120

/** Rows per batch and transaction: large, since the SQLite path costs little per row. */
export const subscriberImportBatchSize = 5000

/** Problems kept on the record: enough for any real file, while the record stays small. */
export const maxListedProblems = 20_000

export type ImportProgress = Pick<
  SubscriberImport,
  'rowsRead' | 'added' | 'merged' | 'rejected' | 'resumeAfterLine'
> & { problems: [number, string][] }

/**
 * Imports the record's file from the line after `resumeAfterLine` on. Each batch's rows and the
 * record's progress (counts, problems, the new resume point) are written in one transaction, so
 * after a crash the next run starts after the last batch that landed and nobody is added twice.
 * Throws when the import cannot go on; the task then marks the record failed.
 */
export const runImport = async ({
  payload,
  importId,
  runner,
  afterBatch,
}: {
  payload: Payload
  importId: string | number
  /** Who runs it (the job's id): a run that finds another runner on the record stops. */
  runner: string
  /** Called after every committed batch (tests make a run die here). */
  afterBatch?: (progress: ImportProgress) => void | Promise<void>
}): Promise<string> => {
  const record = await claimImport({ payload, importId, runner })
  if (!record) return 'not-claimed'
  const i18n = adminTextsIn(record.language as AdminLanguage)
  const t = adminT(i18n)
  const path = importFilePath(record.storedFile ?? '')
  if (!record.storedFile || !fs.existsSync(path)) {
    throw new ImportFileError(t('custom:subscriberImports:fileMissing'))
  }
  const progress: ImportProgress = {
    rowsRead: record.rowsRead ?? 0,
    added: record.added ?? 0,
    merged: record.merged ?? 0,
    rejected: record.rejected ?? 0,
    resumeAfterLine: record.resumeAfterLine ?? 0,
    problems: (record.problems as ImportProgress['problems'] | null) ?? [],
  }
  const file = fs.createReadStream(path, { highWaterMark: 256 * 1024 })
  for await (const batch of readImportBatches({
    payload,
    input: file,
    i18n,
    batchSize: subscriberImportBatchSize,
  })) {
    const isNew = ({ line }: { line: number }) => line > (progress.resumeAfterLine ?? 0)
    const valid = batch.valid.filter(isNew)
    const rejected = batch.rejected.filter(isNew)
    if (valid.length + rejected.length === 0) continue
    const isStored = await inImportTransaction(payload, async (req) => {
      const current = await payload.db.findOne<SubscriberImport>({
        collection: 'subscriber-imports',
        where: { id: { equals: importId } },
        req,
      })
      if (current?.runner !== runner) throw new ImportTakenOver()
      const counts = await storeImportRows({ payload, rows: valid, req })
      progress.rowsRead = (progress.rowsRead ?? 0) + valid.length + rejected.length
      progress.added = (progress.added ?? 0) + counts.added
      progress.merged = (progress.merged ?? 0) + counts.merged
      progress.rejected = (progress.rejected ?? 0) + rejected.length
      progress.resumeAfterLine = Math.max(
        valid.at(-1)?.line ?? 0,
        rejected.at(-1)?.line ?? 0,
        progress.resumeAfterLine ?? 0,
      )
      for (const { line, reason } of rejected) {
        if (progress.problems.length < maxListedProblems) progress.problems.push([line, reason])
      }
      await payload.db.updateOne({
        collection: 'subscriber-imports',
        id: importId,
        data: {
          ...progress,
          // Read ahead of the parser by at most one chunk: close enough for a progress bar.
          bytesRead: Math.max(file.bytesRead, record.bytesRead ?? 0),
          heartbeatAt: new Date().toISOString(),
        },
        req,
        returning: false,
      })
      return true
    }).catch((error: unknown) => {
      if (error instanceof ImportTakenOver) return false
      throw error
    })
    // A run that went silent past the lease, and came back after another took over, stops here.
    if (!isStored) return 'taken-over'
    await afterBatch?.(progress)
  }
  await payload.db.updateOne({
    collection: 'subscriber-imports',
    id: importId,
    data: {
      status: 'done',
      bytesRead: record.fileBytes,
      finishedAt: new Date().toISOString(),
      runner: null,
      storedFile: null,
    },
    returning: false,
  })
  await removeImportFile(record.storedFile)
  return 'done'
}

/**
 * Gives a new job to every import that waits without one or whose run went silent for
 * `importLeaseSeconds` (its process died). Running it too often is harmless: a run claims its
 * import first, and one that finds another live runner leaves it alone.
 */
export const resumeImports = async (payload: Payload) => {
  const staleBefore = new Date(Date.now() - importLeaseSeconds * 1000).toISOString()
  const { docs } = await payload.db.find<SubscriberImport>({
    collection: 'subscriber-imports',
    where: {
      or: [
        { status: { equals: 'pending' } },
        {
          and: [{ status: { equals: 'running' } }, { heartbeatAt: { less_than: staleBefore } }],
        },
      ],
    },
    pagination: false,
    limit: 0,
  })
  if (docs.length === 0) return
  const waiting = await waitingImportIds(payload)
  for (const record of docs) {
    if (!waiting.has(String(record.id))) await queueImport(payload, record.id)
  }
}

/** Ends an import that cannot go on: the reason on the record, the file removed. */
const failImport = async ({
  payload,
  importId,
  error,
}: {
  payload: Payload
  importId: string | number
  error: unknown
}) => {
  const record = await payload.db.findOne<SubscriberImport>({
    collection: 'subscriber-imports',
    where: { id: { equals: importId } },
  })
  if (!record) return
  const t = adminT(adminTextsIn(record.language as AdminLanguage))
  const reason =
    error instanceof ImportFileError
      ? error.message
      : t('custom:subscriberImports:stopped', {
          reason: error instanceof Error ? error.message : String(error),
        })
  // A file that cannot be imported is the uploader's to fix, and the record says how; anything
  // else is the administrator's.
  if (!(error instanceof ImportFileError)) {
    payload.logger.error({ err: error, msg: `Import ${importId} failed` })
  }
  await payload.db.updateOne({
    collection: 'subscriber-imports',
    id: importId,
    data: {
      status: 'failed',
      error: reason.slice(0, 2000),
      finishedAt: new Date().toISOString(),
      runner: null,
      storedFile: null,
    },
    returning: false,
  })
  await removeImportFile(record.storedFile)
}

/**
 * Takes the import for `runner`: a pending one, a running one whose runner went silent, or one
 * this runner holds already. Undefined when it is finished or another runner is alive.
 */
const claimImport = async ({
  payload,
  importId,
  runner,
}: {
  payload: Payload
  importId: string | number
  runner: string
}): Promise<SubscriberImport | undefined> => {
  const record = await payload.db.findOne<SubscriberImport>({
    collection: 'subscriber-imports',
    where: { id: { equals: importId } },
  })
  if (!record || record.status === 'done' || record.status === 'failed') return undefined
  const isHeldByOther =
    record.status === 'running' &&
    record.runner !== runner &&
    new Date(record.heartbeatAt ?? 0).getTime() > Date.now() - importLeaseSeconds * 1000
  if (isHeldByOther) return undefined
  const heartbeatAt = new Date().toISOString()
  const claim = {
    status: 'running' as const,
    runner,
    heartbeatAt,
    startedAt: record.startedAt ?? heartbeatAt,
  }
  await payload.db.updateOne({
    collection: 'subscriber-imports',
    id: importId,
    data: claim,
    returning: false,
  })
  return { ...record, ...claim }
}

const waitingImportIds = async (payload: Payload) =>
  new Set(
    (await waitingJobInputs(payload, 'importSubscribers')).map((input) => String(input.importId)),
  )

class ImportTakenOver extends Error {}
