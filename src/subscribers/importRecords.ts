import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { pipeline } from 'node:stream/promises'
import type { Payload } from 'payload'

import type { AdminLanguage } from '@/i18n/admin'
import { capped } from '@/lib/cappedBody'
import { ImportFileError, maxImportBytes } from '@/lib/csvImport'

/**
 * The record of a background import (the `subscriber-imports` collection) and the file it reads:
 * the upload is written to IMPORT_DIR first, so the request ends as soon as the file is in, and
 * the job reads it from there as often as it needs to (a run that died is resumed from the file).
 */

export const importStatuses = ['pending', 'running', 'done', 'failed'] as const

export type ImportStatus = (typeof importStatuses)[number]

/** The queue of the import job: the server works it every few seconds, `npm run worker` too. */
export const importQueue = 'imports'

/** Where uploaded import files wait for their job, `IMPORT_DIR` (default `data/imports`). */
export const importDirectory = () => path.resolve(process.env.IMPORT_DIR || 'data/imports')

/** A stored file's path: only a name is kept on the record, so it cannot point elsewhere. */
export const importFilePath = (storedFile: string) =>
  path.join(importDirectory(), path.basename(storedFile))

/**
 * Writes the upload to a new file under IMPORT_DIR, counting as it goes: past the cap the partial
 * file is removed and an `ImportFileError` (413) is thrown.
 */
export const saveImportFile = async ({
  input,
  tooLarge,
}: {
  input: AsyncIterable<Buffer | string | Uint8Array>
  tooLarge: string
}): Promise<string> => {
  await fs.promises.mkdir(importDirectory(), { recursive: true })
  const storedFile = `${crypto.randomUUID()}.csv`
  const target = importFilePath(storedFile)
  try {
    await pipeline(
      capped({
        input,
        maxBytes: maxImportBytes(),
        tooLarge: () => new ImportFileError(tooLarge, 413),
      }),
      fs.createWriteStream(target, { flags: 'wx' }),
    )
  } catch (error) {
    await removeImportFile(storedFile)
    throw error
  }
  return storedFile
}

export const removeImportFile = (storedFile: string | null | undefined) =>
  storedFile ? fs.promises.rm(importFilePath(storedFile), { force: true }) : Promise.resolve()

/** Makes the record (pending) and queues its job. */
export const startImport = async ({
  payload,
  fileName,
  storedFile,
  language,
  startedBy,
}: {
  payload: Payload
  fileName: string
  storedFile: string
  language: AdminLanguage
  startedBy?: string | number | null
}) => {
  const { size } = await fs.promises.stat(importFilePath(storedFile))
  const record = await payload.create({
    collection: 'subscriber-imports',
    data: {
      status: 'pending',
      fileName: fileName.slice(0, 200),
      storedFile,
      fileBytes: size,
      language,
      startedBy: (startedBy ?? null) as number | null,
      problems: [],
    },
    depth: 0,
  })
  await queueImport(payload, record.id)
  return record
}

export const queueImport = (payload: Payload, importId: string | number) =>
  payload.jobs.queue({
    task: 'importSubscribers',
    queue: importQueue,
    input: { importId: String(importId) },
  })
