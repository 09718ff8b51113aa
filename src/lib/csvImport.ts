import { Readable } from 'node:stream'
import type { ReadableStream as NodeReadableStream } from 'node:stream/web'
import { commitTransaction, createLocalReq, initTransaction, killTransaction } from 'payload'
import type { Payload, PayloadRequest } from 'payload'

import { capped, isDeclaredTooLarge, megabyte, megabytesFromEnv } from './cappedBody'
import { csvRecords } from './csvRecords'
import type { CsvProblem } from './csvRecords'

/**
 * The streaming CSV import that the subscribers' and the organisations' imports share: the file
 * is read as it arrives, checked row by row, and handed on in batches, so memory depends on the
 * batch size and not on the file. Every bad row is reported with its line number and reason.
 */

export type ImportProblem = { line: number; reason: string }

export type ImportReport = {
  /** Data rows read (the header not counted). */
  rows: number
  imported: number
  merged: number
  rejected: ImportProblem[]
}

export type ImportBatch<Row> = { rows: number; valid: Row[]; rejected: ImportProblem[] }

/** The file as a whole cannot be imported (no header, wrong columns, too large): nothing changed. */
export class ImportFileError extends Error {
  /** 413 for a file over the size cap, else 400. */
  status: number
  constructor(message: string, status = 400) {
    super(message)
    this.name = 'ImportFileError'
    this.status = status
  }
}

/** Rows handled together: one look-up of existing rows per batch, memory stays flat. */
export const importBatchSize = 500

/**
 * Reads and checks a CSV file in batches of `batchSize` rows (500 unless told), pulling from the input only as fast
 * as the batches are consumed (back-pressure). The delimiter (`,` or `;`) is taken from the
 * header line. `columns` names the header's columns (unknown ones keep their name); `checkHeader`
 * throws an `ImportFileError` when the header lacks a column the import needs. A line that cannot
 * be read (see `csvRecords`) is reported with its number and `unreadable[problem]`, and reading
 * goes on with the next line, so every readable row still counts.
 */
export async function* readCsvBatches<Row>({
  input,
  columns,
  checkHeader,
  checkRow,
  unreadable,
  tooLarge,
  tooManyColumns,
  maxBytes = maxImportBytes(),
  batchSize = importBatchSize,
}: {
  input: AsyncIterable<Buffer | string | Uint8Array>
  columns: (header: string[]) => string[]
  checkHeader: (record: Record<string, string>) => void
  checkRow: (args: { record: Record<string, string>; line: number }) => Row | ImportProblem
  /** The reason given for a line that cannot be read, per cause. */
  unreadable: Record<CsvProblem, string>
  /** The message for a file larger than `maxBytes`. */
  tooLarge: string
  /** The message for a header with more than `maxColumns` columns. */
  tooManyColumns: string
  maxBytes?: number
  /** Rows per batch: more where storing a batch costs little per row (the SQLite fast path). */
  batchSize?: number
}): AsyncGenerator<ImportBatch<Row>> {
  let batch: ImportBatch<Row> = { rows: 0, valid: [], rejected: [] }
  let names: string[] | undefined
  for await (const record of csvRecords({ input: cappedChunks({ input, maxBytes, tooLarge }) })) {
    if (!names) {
      if (!('fields' in record) || record.fields.length > maxColumns) {
        throw new ImportFileError('fields' in record ? tooManyColumns : unreadable[record.problem])
      }
      names = columns(record.fields)
      checkHeader(Object.fromEntries(names.map((name) => [name, name])))
      continue
    }
    batch.rows++
    if ('problem' in record) {
      batch.rejected.push({ line: record.line, reason: unreadable[record.problem] })
    } else {
      const fields = record.fields
      const values = Object.fromEntries(
        names.slice(0, fields.length).map((name, index) => [name, fields[index]!]),
      )
      const checked = checkRow({ record: values, line: record.line })
      if (isProblem(checked)) batch.rejected.push(checked)
      else batch.valid.push(checked)
    }
    if (batch.rows >= batchSize) {
      yield batch
      batch = { rows: 0, valid: [], rejected: [] }
    }
  }
  if (batch.rows > 0) yield batch
}

/** Columns a header may have: real import files have about ten. */
export const maxColumns = 100

/** The largest import file, `MAX_IMPORT_MB` (default 20 MB). */
export const maxImportBytes = () => megabytesFromEnv('MAX_IMPORT_MB', 20) * megabyte

/**
 * A value from the file as it may appear in a reason: never more than 60 characters, so a report
 * about a megabyte-long cell stays small.
 */
export const echoed = (value: string | undefined, maxChars = 60) =>
  value === undefined || value.length <= maxChars ? value : `${value.slice(0, maxChars - 1)}…`

/**
 * One transaction per batch: a database commit per row would make a large import take hours on
 * SQLite, and a batch either lands whole or not at all.
 */
export const inImportTransaction = async <Result>(
  payload: Payload,
  store: (req: PayloadRequest) => Promise<Result>,
): Promise<Result> => {
  const req = await createLocalReq({}, payload)
  const hasOwnTransaction = await initTransaction(req)
  try {
    const result = await store(req)
    if (hasOwnTransaction) await commitTransaction(req)
    return result
  } catch (error) {
    if (hasOwnTransaction) await killTransaction(req)
    throw error
  }
}

/** A header name's spelling, so `E-mail `, `e-mail` and `E-MAIL` are one column. */
export const headerKey = (name: string) => name.trim().toLowerCase()

const isProblem = (value: unknown): value is ImportProblem =>
  typeof value === 'object' && value !== null && 'reason' in value && 'line' in value

/** The input, stopped with an `ImportFileError` once it passes `maxBytes`. */
const cappedChunks = ({
  input,
  maxBytes,
  tooLarge,
}: {
  input: AsyncIterable<Buffer | string | Uint8Array>
  maxBytes: number
  tooLarge: string
}) => capped({ input, maxBytes, tooLarge: () => new ImportFileError(tooLarge, 413) })

/**
 * The answer of an import endpoint that takes a CSV file as the request body. A file that says it
 * is larger than the cap gets a 413 before a byte of it is read; one that cannot be imported as a
 * whole gets the reason, with a 400 (or a 413 once it passes the cap). `run` reads the body as it
 * arrives and answers with the report (the organisations' import, in the request) or its own
 * response (the subscribers' import answers 202 and goes on in a job).
 */
export const csvImportResponse = async ({
  req,
  chooseCsv,
  tooLarge,
  run,
}: {
  req: PayloadRequest
  /** The message when no file was sent. */
  chooseCsv: string
  /** The message when the file is over `maxImportBytes()`. */
  tooLarge: string
  run: (input: Readable) => Promise<ImportReport | Response>
}): Promise<Response> => {
  if (isDeclaredTooLarge(req.headers, maxImportBytes())) {
    return Response.json({ error: tooLarge }, { status: 413 })
  }
  if (!req.body) return Response.json({ error: chooseCsv }, { status: 400 })
  try {
    const result = await run(
      Readable.fromWeb(req.body as unknown as NodeReadableStream<Uint8Array>),
    )
    return result instanceof Response ? result : Response.json(result)
  } catch (error) {
    if (error instanceof ImportFileError) {
      return Response.json({ error: error.message }, { status: error.status })
    }
    throw error
  }
}
